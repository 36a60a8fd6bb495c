package batch

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/resultjson"
)

// Month is the name, in SourceOptions.By, of the field derived from the
// article's date (see [SourceOptions.DateField]); an input field of that
// name is not read.
const Month = "month"

// SourceOptions are what [ReadSources] needs besides the line.
type SourceOptions struct {
	// Options annotate the lines that are articles.
	Options
	// By names the fields to group by, in order: input fields (a string
	// as its text, a number or literal as written, missing or null as ""),
	// or [Month].
	By []string
	// DateField is the input field [Month] is read from: its first seven
	// characters when they read YYYY-MM (an ISO 8601 date or date-time).
	// Failing that, the month is that of the result's dateline ("dct", or
	// the dateline the engine detected), and "" when there is none.
	// Empty means "published".
	DateField string
}

// Article is one article's contribution to a sources table: the values of
// its group (one per SourceOptions.By) and its sources table.
type Article struct {
	Group   []string
	Sources []annotate.Source
}

// ReadSources reads one line, a result or an article (see the package
// documentation), and returns its group and sources.
func ReadSources(line []byte, lineNo int, opts SourceOptions) (Article, error) {
	dateField := opts.DateField
	if dateField == "" {
		dateField = "published"
	}
	keep := map[string]bool{dateField: true}
	for _, f := range opts.By {
		keep[f] = true
	}
	a, err := readArticle(trimSpace(line), keep, nil)
	if err != nil {
		return Article{}, &LineError{lineNo, err}
	}
	var res annotate.Result
	switch {
	case a.hasResultPart:
		res, err = a.result()
	case a.hasText:
		res, err = a.annotate(opts.Options)
	default:
		err = errors.New(`neither a result ("quotes", "speakers") nor an article ("text")`)
	}
	if err != nil {
		return Article{}, &LineError{lineNo, err}
	}
	group := make([]string, len(opts.By))
	for i, f := range opts.By {
		if f == Month {
			group[i] = month(a.fields[dateField], res.Dateline)
		} else {
			group[i] = fieldText(a.fields[f])
		}
	}
	return Article{Group: group, Sources: annotate.Sources(res)}, nil
}

// result decodes the quotes and speakers of a result line. Sources needs
// only a few of their members, and this path is not the hot one, so it
// uses encoding/json.
func (a article) result() (annotate.Result, error) {
	res := annotate.Result{Dateline: a.dateline}
	if a.quotes == nil || a.speakers == nil {
		return res, errors.New(`a result needs both "quotes" and "speakers"`)
	}
	if err := json.Unmarshal(a.quotes, &res.Quotes); err != nil {
		return res, fmt.Errorf(`field "quotes": %v`, err)
	}
	if err := json.Unmarshal(a.speakers, &res.Speakers); err != nil {
		return res, fmt.Errorf(`field "speakers": %v`, err)
	}
	return res, nil
}

// fieldText is the text of a raw member value for a group.
func fieldText(raw []byte) string {
	if raw == nil || string(raw) == "null" {
		return ""
	}
	if raw[0] == '"' {
		s, _ := resultjson.UnquoteMember(raw) // checked by Members
		return s
	}
	return string(raw)
}

// month is YYYY-MM from the date field when it starts so, else from the
// dateline, else "".
func month(raw []byte, dateline string) string {
	if m, ok := yearMonth(fieldText(raw)); ok {
		return m
	}
	m, _ := yearMonth(dateline)
	return m
}

func yearMonth(s string) (string, bool) {
	if len(s) < 7 || s[4] != '-' {
		return "", false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6} {
		if s[i] < '0' || s[i] > '9' {
			return "", false
		}
	}
	if m := (s[5]-'0')*10 + s[6] - '0'; m < 1 || m > 12 {
		return "", false
	}
	if len(s) > 7 && s[7] != '-' {
		return "", false
	}
	return s[:7], true
}
