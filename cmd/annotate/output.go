package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/newsroom/annotator/internal/annotate"
)

// formats lists the output formats of -format.
var formats = map[string]func(w io.Writer, text string, res annotate.Result) error{
	"json":        writeJSON,
	"text":        writeText,
	"html":        exportWriter(annotate.ExportHTMLReport),
	"csv":         exportWriter(annotate.ExportCSVQuotes),
	"sources-csv": exportWriter(annotate.ExportCSVSources),
}

func validFormat(f string) bool { _, ok := formats[f]; return ok }

func write(w io.Writer, format, text string, res annotate.Result) error {
	return formats[format](w, text, res)
}

func writeJSON(w io.Writer, _ string, res annotate.Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

// writeText prints the result for a person reading a terminal. Every text
// from the article goes through visible, so that no control character of
// the article reaches the terminal.
func writeText(w io.Writer, _ string, res annotate.Result) error {
	var b strings.Builder
	dateline := res.Dateline
	if dateline == "" {
		dateline = "unknown"
	}
	fmt.Fprintf(&b, "Dateline: %s\n", visible(dateline))
	names := map[string]string{}
	count := map[string]int{}
	for _, q := range res.Quotes {
		if q.Speaker != nil {
			count[*q.Speaker]++
		}
	}
	fmt.Fprintf(&b, "\nSpeakers (%d)\n", len(res.Speakers))
	for _, s := range res.Speakers {
		names[s.ID] = s.Name
		fmt.Fprintf(&b, "  %-4s %s (%s), %d quote(s); mentions: %s\n", s.ID, visible(s.Name), s.Kind, count[s.ID], visible(aliases(s)))
	}
	fmt.Fprintf(&b, "\nQuotes (%d)\n", len(res.Quotes))
	for _, q := range res.Quotes {
		who := "unknown speaker"
		if q.Speaker != nil {
			who = visible(names[*q.Speaker])
		}
		cue := ""
		if q.Cue != nil {
			cue = fmt.Sprintf(", cue %q", q.Cue.Text)
		}
		unclosed := ""
		if q.Unclosed {
			unclosed = " (unclosed)"
		}
		fmt.Fprintf(&b, "  %-4s %d:%d %s%s%s\n       %s\n", q.ID, q.Start, q.End, who, cue, unclosed, visible(oneLine(q.Text)))
	}
	fmt.Fprintf(&b, "\nDates (%d)\n", len(res.Dates))
	for _, d := range res.Dates {
		fmt.Fprintf(&b, "  %d:%d %-8s %-14s %s\n", d.Start, d.End, d.Type, d.Value, visible(oneLine(d.Text)))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// aliases lists the distinct texts of a speaker's mentions.
func aliases(s annotate.Speaker) string {
	seen := map[string]bool{}
	var out []string
	for _, m := range s.Mentions {
		if !seen[m.Text] {
			seen[m.Text] = true
			out = append(out, m.Text)
		}
	}
	return strings.Join(out, ", ")
}

// oneLine folds line breaks so each entry stays on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
