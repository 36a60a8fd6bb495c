package annotate

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// checkInvariants returns every way res breaks the promises of [Result]:
// spans in bounds, on rune boundaries, sorted, Text equal to the text the
// span covers, quotes starting with an opening mark, speakers that exist.
func checkInvariants(text string, res Result) []string {
	var bad []string
	span := func(what string, s Span, got string) {
		switch {
		case s.Start < 0 || s.End > len(text) || s.Start > s.End:
			bad = append(bad, fmt.Sprintf("%s %d:%d out of bounds (len %d)", what, s.Start, s.End, len(text)))
		case !core.OnBoundary(text, s.Start) || !core.OnBoundary(text, s.End):
			bad = append(bad, fmt.Sprintf("%s %d:%d not on rune boundaries", what, s.Start, s.End))
		case got != text[s.Start:s.End]:
			bad = append(bad, fmt.Sprintf("%s %d:%d text %q, span covers %q", what, s.Start, s.End, got, text[s.Start:s.End]))
		}
	}
	speakers := map[string]bool{}
	for _, s := range res.Speakers {
		if speakers[s.ID] {
			bad = append(bad, "speaker id "+s.ID+" twice")
		}
		speakers[s.ID] = true
		for _, m := range s.Mentions {
			span("mention of "+s.ID, m.Span, m.Text)
		}
	}
	for i, q := range res.Quotes {
		span("quote "+q.ID, q.Span, q.Text)
		if i > 0 && q.Start < res.Quotes[i-1].Start {
			bad = append(bad, "quotes not sorted at "+q.ID)
		}
		if i > 0 && q.Start < res.Quotes[i-1].End {
			bad = append(bad, "quote "+q.ID+" overlaps the one before")
		}
		if q.Start < q.End && q.End <= len(text) {
			r, _ := utf8.DecodeRuneInString(text[q.Start:])
			if !isQuoteMarkForTest(r) && !(res.Format == FormatMarkdown && r == '&') {
				bad = append(bad, fmt.Sprintf("quote %s starts with %q, not a quotation mark", q.ID, r))
			}
		}
		if q.Speaker != nil && !speakers[*q.Speaker] {
			bad = append(bad, "quote "+q.ID+" names missing speaker "+*q.Speaker)
		}
		if q.Cue != nil {
			span("cue of "+q.ID, q.Cue.Span, q.Cue.Text)
		}
	}
	for i, d := range res.Dates {
		span("date", d.Span, d.Text)
		if i > 0 && d.Start < res.Dates[i-1].Start {
			bad = append(bad, "dates not sorted")
		}
		switch d.Type {
		case TypeDate, TypeTime, TypeDuration, TypeSet:
		default:
			bad = append(bad, "date with type "+d.Type)
		}
		if d.Value == "" {
			bad = append(bad, "date "+d.Text+" without value")
		}
	}
	return bad
}

// isQuoteMarkForTest lists every character a quote may open with: the
// quotation marks of issue 2, the apostrophe of NYT-style ”…” and the
// backquote of Penn Treebank-style “…”. In Markdown, a quote may also open
// with an entity such as &ldquo; (checked by the caller).
func isQuoteMarkForTest(r rune) bool {
	return strings.ContainsRune("\"'`“”‘’«»„‚‹›", r)
}

func FuzzAnnotate(f *testing.F) {
	seeds := []string{
		"",
		"\xff\xfe",
		`"Hello," she said. "Again."`,
		"“It is an escalation,” Mr Smith said on Friday.\n\n“Unclosed quote\n\nNext para.",
		"‘Single’ and «guillemets» and „German“ and ‹single›.",
		"''NYT style,'' said Ms Jones on Oct. 17, 2025.",
		"“Across\n\n“paragraphs,” he said.",
		"The ’90s, rock ’n’ roll and the students' union don’t count.",
		"# Heading\n\n*Emphasis* and [a link](http://example.com) “quoted” 2025-10-17.",
		"date 2025-10-17 Published yesterday, the past four years, two and a half hours.",
		strings.Repeat("“", 50) + strings.Repeat("”", 3),
		"\"\"\"''''''",
		"Mr\nTrump said \"x\xff\" \u200b\u00a0",
		// Dialogue: beats, turns, kinship names, namesakes by title (A12, A13, S7, S9).
		"The captain was on deck.\n\n“Can we go?” asked Tom.\n\n“Not now.”\n\n“Why?”\n\nMother laughed. “Yes,” she said. “No,” said Mrs. Pell. Mr. Pell: ‘Never’ as ever. Asked why, Ann, the second official, was blunt: “So.”",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, format := range []Format{FormatPlain, FormatMarkdown} {
			res, err := Annotate(text, Options{Format: format, Dateline: "2025-10-17"})
			if err != nil {
				t.Fatalf("format %s: %v", format, err)
			}
			if bad := checkInvariants(text, res); len(bad) > 0 {
				t.Fatalf("format %s, text %q:\n%s", format, text, strings.Join(bad, "\n"))
			}
		}
	})
}
