package annotate

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/newsroom/annotator/internal/annotate/timex"
)

// The plain-text export: the article as written, each quote opened by its
// speaker's name in brackets ("[Ines Moreau] “We will…”"), then the
// sources table and the dates in readable form. It is what "Copy HTML"
// puts on the clipboard beside the fragment, so it reads as text: no
// control character of the article reaches it (see cleanText).

// exportText writes the plain-text export.
func exportText(in exportInput) (string, error) {
	var b strings.Builder
	sum := in.sum
	title := in.opts.Title
	if strings.TrimSpace(title) == "" {
		title = ExportTitle(in.text)
	}
	b.WriteString(cleanLine(title) + "\n")
	if sum.Dateline != "" {
		b.WriteString("Dateline: " + readableDateline(sum.Dateline) + " (" + cleanLine(sum.Dateline) + ")\n")
	}
	b.WriteString("\n")
	names := make(map[string]string, len(sum.Speakers))
	for _, s := range sum.Speakers {
		names[s.ID] = s.Name
	}
	from := 0
	var article strings.Builder
	for _, q := range sum.Quotes {
		if q.Dismissed || q.Span.Start < from {
			continue
		}
		who := "unattributed"
		if q.Speaker != nil {
			who = names[*q.Speaker]
		}
		article.WriteString(in.text[from:q.Span.Start])
		article.WriteString("[" + who + "] ")
		from = q.Span.Start
	}
	article.WriteString(in.text[from:])
	b.WriteString(strings.TrimSpace(cleanText(article.String())) + "\n")

	b.WriteString("\nSources: " + plural(sum.Totals.Sources, "speaker") + ", " + plural(sum.Totals.Quotes, "quote") + ", " + plural(sum.Totals.Words, "quoted word") + "\n")
	for _, s := range sum.Speakers {
		b.WriteString("- " + cleanLine(s.Name))
		var about []string
		for _, a := range []string{s.Role, s.Kind, s.Category, s.Gender} {
			if a != "" {
				about = append(about, cleanLine(a))
			}
		}
		if len(about) > 0 {
			b.WriteString(" (" + strings.Join(about, ", ") + ")")
		}
		b.WriteString(": " + plural(s.Quotes, "quote") + ", " + plural(s.Words, "word") + ", " + percent(s.Share))
		if len(s.Aliases) > 0 {
			b.WriteString("; also " + cleanLine("“"+strings.Join(s.Aliases, "”, “")+"”"))
		}
		b.WriteString("\n")
	}
	if u := sum.Unattributed; u.Quotes > 0 {
		b.WriteString("- Unattributed: " + plural(u.Quotes, "quote") + ", " + plural(u.Words, "word") + ", " + percent(u.Share) + "\n")
	}
	for _, part := range []struct {
		head  string
		dates []DateSummary
	}{{"Dates", sum.Timeline}, {"Durations", sum.Durations}, {"Repeated", sum.Sets}} {
		if len(part.dates) == 0 {
			continue
		}
		b.WriteString("\n" + part.head + "\n")
		for _, d := range part.dates {
			b.WriteString("- " + cleanLine(d.Readable) + ": “" + cleanLine(d.Text) + "” (" + cleanLine(d.Value) + ")\n")
		}
	}
	return b.String(), nil
}

// readableDateline writes a YYYY-MM-DD dateline as the dates are written.
func readableDateline(dateline string) string {
	return timex.Readable(Date{Type: TypeDate, Value: dateline})
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// percent writes a share as a whole percentage.
func percent(share float64) string { return strconv.Itoa(int(share*100+0.5)) + "%" }

// cleanText returns s fit for a terminal, a clipboard or a spreadsheet:
// line breaks kept (CR LF and lone CR as LF), a tab as a space, and every
// other control character dropped: C0 and C1 controls, the bidirectional
// embeddings, overrides and isolates (which can make text read backwards,
// Trojan Source), and U+FFFD's invalid bytes replaced by it.
func cleanText(s string) string {
	if printableASCII(s) {
		return s // the commonest, a name or a quote: nothing to replace or drop
	}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case unicode.IsControl(r), isBidiControl(r):
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// printableASCII reports whether s is all printable ASCII (space to '~'):
// no line break, tab, control character or invalid byte for cleanText.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' {
			return false
		}
	}
	return true
}

// cleanLine is cleanText on one line: white space runs, line breaks
// included, folded into one space.
func cleanLine(s string) string { return collapseSpace(cleanText(s)) }

// isBidiControl reports the explicit bidirectional formatting characters
// of UAX #9 (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, and the marks LRM RLM
// ALM are harmless and kept).
func isBidiControl(r rune) bool {
	return 0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069
}
