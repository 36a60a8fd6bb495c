package annotate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCases runs the cases of testdata/cases/*.txt: small texts, each
// keyed by the rule it shows, with what the annotator must find in them.
//
// # The case files
//
// A file holds cases one after the other. A case opens with a header line
//
//	=== key: what the case shows
//
// where key is the id of the rule (unique across the files), then option
// lines, then the text, then a line "---", then the expected lines:
//
//	=== marks.curly-double: curly double marks
//	dateline: 2025-10-17
//	“We will build it,” the mayor said.
//	---
//	quote “We will build it,” | the mayor | said
//
// Options, each optional, come first: "dateline: YYYY-MM-DD" (else none is
// given and the dateline is detected) and "format: markdown" or "format:
// auto" (else the text is read as plain text). The text runs to the "---"
// line, blank lines (paragraph breaks) included; blank lines around it are
// dropped. Lines starting with "#" outside a case are comments.
//
// The expected lines say, in text order, for each kind a case mentions:
//
//	quote TEXT | SPEAKER | CUE     the speaker's name and the cue, "-" when none
//	date TEXT | TYPE | VALUE       with " | MOD" when the date has a modifier
//	speaker NAME | KIND | MENTION, MENTION, ...   with " | role ROLE" when it has one
//	no quotes / no dates / no speakers
//
// speakers first, then quotes, then dates; a line break inside a text is
// written \n. A kind the case does not mention is not checked.
func TestCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	keys := map[string]string{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		cases, err := parseCases(string(data))
		require.NoError(t, err, file)
		for _, c := range cases {
			if prev, dup := keys[c.key]; dup {
				t.Errorf("%s:%d: key %q is also used in %s", file, c.line, c.key, prev)
			}
			keys[c.key] = fmt.Sprintf("%s:%d", file, c.line)
			t.Run(c.key, func(t *testing.T) {
				res, err := Annotate(c.text, c.opts)
				require.NoError(t, err)
				assert.Equal(t, c.want, caseLines(res, c.kinds), "%s:%d: %s\n%s", file, c.line, c.about, c.text)
			})
		}
	}
}

// textCase is one case of a case file.
type textCase struct {
	key, about string
	line       int // of the header, for messages
	opts       Options
	text       string
	want       []string
	kinds      map[string]bool // the kinds the expected lines mention
}

// parseCases reads a case file.
func parseCases(data string) ([]textCase, error) {
	var cases []textCase
	var c *textCase
	inText := false
	var text []string
	for n, line := range strings.Split(strings.TrimSuffix(data, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "=== "):
			key, about, ok := strings.Cut(strings.TrimPrefix(line, "=== "), ": ")
			if !ok || strings.ContainsAny(key, " \t") {
				return nil, fmt.Errorf("line %d: want \"=== key: what the case shows\"", n+1)
			}
			cases = append(cases, textCase{key: key, about: about, line: n + 1, opts: Options{Format: FormatPlain}, kinds: map[string]bool{}})
			c, inText, text = &cases[len(cases)-1], true, nil
		case c == nil:
			if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
				return nil, fmt.Errorf("line %d: text outside a case", n+1)
			}
		case inText && line == "---":
			c.text, inText = strings.Trim(strings.Join(text, "\n"), "\n"), false
		case inText && len(text) == 0 && strings.HasPrefix(line, "dateline: "):
			c.opts.Dateline = strings.TrimPrefix(line, "dateline: ")
		case inText && len(text) == 0 && strings.HasPrefix(line, "format: "):
			c.opts.Format = Format(strings.TrimPrefix(line, "format: "))
			if c.opts.Format == "auto" {
				c.opts.Format = FormatAuto
			}
		case inText:
			text = append(text, line)
		case strings.TrimSpace(line) == "":
		default:
			kind, _, _ := strings.Cut(line, " ")
			switch {
			case kind == "quote" || kind == "date" || kind == "speaker":
				c.want = append(c.want, line)
				c.kinds[kind] = true
			case line == "no quotes" || line == "no dates" || line == "no speakers":
				c.kinds[strings.TrimSuffix(strings.TrimPrefix(line, "no "), "s")] = true
			default:
				return nil, fmt.Errorf("line %d: want quote, date, speaker or \"no ...\" lines after ---", n+1)
			}
		}
	}
	for _, c := range cases {
		if c.text == "" || len(c.kinds) == 0 {
			return nil, fmt.Errorf("line %d: case %s has no text or no expected lines", c.line, c.key)
		}
	}
	return cases, nil
}

// caseLines prints what res found of the given kinds, as the expected
// lines of a case.
func caseLines(res Result, kinds map[string]bool) []string {
	var out []string
	names := map[string]string{}
	for _, s := range res.Speakers {
		names[s.ID] = s.Name
		if kinds["speaker"] {
			var ms []string
			for _, m := range s.Mentions {
				ms = append(ms, m.Text)
			}
			line := fmt.Sprintf("speaker %s | %s | %s", s.Name, s.Kind, strings.Join(ms, ", "))
			if s.Role != "" {
				line += " | role " + s.Role
			}
			out = append(out, line)
		}
	}
	for _, q := range res.Quotes {
		if !kinds["quote"] {
			break
		}
		who, cue := "-", "-"
		if q.Speaker != nil {
			who = names[*q.Speaker]
		}
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		out = append(out, fmt.Sprintf("quote %s | %s | %s", oneLine(q.Text), who, cue))
	}
	for _, d := range res.Dates {
		if !kinds["date"] {
			break
		}
		line := fmt.Sprintf("date %s | %s | %s", oneLine(d.Text), d.Type, d.Value)
		if d.Mod != "" {
			line += " | " + d.Mod
		}
		out = append(out, line)
	}
	return out
}

// oneLine writes the line breaks of s as \n.
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", `\n`) }
