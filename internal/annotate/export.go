package annotate

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/render"
)

// This file writes the exports a newsroom uses, all from one [Summary]:
// the JSON record of the article, CSV of its quotes and of its sources
// (export_csv.go), the standalone HTML report, the HTML fragment that
// "Copy HTML" puts on the clipboard, and readable plain text
// (export_text.go). The page, the CLI and any batch job get the same bytes.

// ExportFormat names one export.
type ExportFormat string

// The exports.
const (
	ExportJSON         ExportFormat = "json"
	ExportCSVQuotes    ExportFormat = "csv-quotes"
	ExportCSVSources   ExportFormat = "csv-sources"
	ExportHTMLReport   ExportFormat = "html-report"
	ExportHTMLFragment ExportFormat = "html-fragment"
	ExportText         ExportFormat = "text"
)

// ExportFormats lists the exports, in the order a menu shows them.
var ExportFormats = []ExportFormat{ExportJSON, ExportCSVQuotes, ExportCSVSources, ExportHTMLReport, ExportHTMLFragment, ExportText}

// ExportOptions are what an export records besides the article.
type ExportOptions struct {
	// Version is the annotator's version, Time the moment of the export
	// as the caller writes it (RFC 3339 is usual); the JSON records both.
	Version string
	Time    string
	// UTF16 says the caller counts offsets in UTF-16 code units: the JSON
	// export writes the result's and the corrections' offsets in them.
	UTF16 bool
	// Title is the report's title; "" takes the article's first line.
	Title string
}

// Export summarizes text, its Result res and the corrections c, and writes
// the summary in format. The error reports an unknown format or what
// [Summarize] refuses.
func Export(text string, res Result, c Corrections, format ExportFormat, opts ExportOptions) (string, error) {
	write := exporter(format)
	if write == nil {
		names := make([]string, len(ExportFormats))
		for i, f := range ExportFormats {
			names[i] = string(f)
		}
		return "", fmt.Errorf("annotate: unknown export %q (want %s)", format, strings.Join(names, ", "))
	}
	sum, cor, err := summarize(text, res, c)
	if err != nil {
		return "", err
	}
	sum.Version = opts.Version
	if opts.UTF16 {
		sum.Unit = UnitUTF16
	}
	return write(exportInput{text: text, res: res, c: c, sum: sum, cor: cor, opts: opts})
}

// exportInput is what every export reads.
type exportInput struct {
	text string
	res  Result
	c    Corrections
	sum  Summary
	cor  *corrected
	opts ExportOptions
}

// exporter returns the writer of format, or nil. (A switch, not a map: a
// program that never exports links none of them, the WebAssembly
// included.)
func exporter(format ExportFormat) func(exportInput) (string, error) {
	switch format {
	case ExportJSON:
		return exportJSON
	case ExportCSVQuotes:
		return exportCSVQuotes
	case ExportCSVSources:
		return exportCSVSources
	case ExportHTMLReport:
		return exportHTMLReport
	case ExportHTMLFragment:
		return exportHTMLFragment
	case ExportText:
		return exportText
	}
	return nil
}

// exportRecord is the JSON export: everything needed to read the article's
// figures again, or to check them against the text.
type exportRecord struct {
	AnnotatorVersion string      `json:"annotator_version"`
	ExportedAt       string      `json:"exported_at"`
	Unit             string      `json:"unit"`
	Dateline         string      `json:"dateline"`
	Format           Format      `json:"format"`
	Text             string      `json:"text"`
	Corrections      Corrections `json:"corrections"`
	Summary          Summary     `json:"summary"`
	Result           Result      `json:"result"`
}

// exportJSON writes the JSON record, indented, offsets in the caller's unit.
func exportJSON(in exportInput) (string, error) {
	rec := exportRecord{
		AnnotatorVersion: in.opts.Version, ExportedAt: in.opts.Time, Unit: in.sum.Unit,
		Dateline: in.res.Dateline, Format: in.res.Format, Text: in.text,
		Corrections: in.c, Summary: in.sum, Result: in.res,
	}
	if rec.Corrections.Version == 0 {
		rec.Corrections.Version = CorrectionsVersion
	}
	if in.opts.UTF16 {
		rec.Result = in.res.ToUTF16(in.text)
		rec.Corrections = rec.Corrections.ToUTF16(in.text)
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rec); err != nil {
		return "", fmt.Errorf("annotate: %w", err)
	}
	return b.String(), nil
}

// exportHTMLReport writes the standalone page of `-format html` for the
// corrected article.
func exportHTMLReport(in exportInput) (string, error) {
	title := in.opts.Title
	if strings.TrimSpace(title) == "" {
		title = ExportTitle(in.text)
	}
	return renderPage(in.text, correctedResult(in.text, in.res, in.sum, in.cor), in.sum, title), nil
}

// exportHTMLFragment writes the fragment of "Copy HTML".
func exportHTMLFragment(in exportInput) (string, error) {
	speakers := make(map[string]render.FragmentSpeaker, len(in.sum.Speakers))
	for _, s := range in.sum.Speakers {
		speakers[s.ID] = render.FragmentSpeaker{Name: s.Name, Palette: s.Palette}
	}
	return render.Fragment(in.text, annotations(correctedResult(in.text, in.res, in.sum, in.cor)), speakers), nil
}

// correctedResult is res as the editor left it, for the renderers: the
// quotes not dismissed (added ones included) with their speakers after
// corrections, and the speakers of the summary under their names, with the
// mentions of every speaker merged into them.
func correctedResult(text string, res Result, sum Summary, cor *corrected) Result {
	out := Result{ID: res.ID, Format: res.Format, Dateline: res.Dateline, Dates: res.Dates, Quotes: []Quote{}}
	for i, q := range sum.Quotes {
		if q.Dismissed {
			continue
		}
		c := cor.quotes[i].Quote // the same quotes in the same order
		c.Speaker = q.Speaker
		out.Quotes = append(out.Quotes, c)
	}
	rows := make(map[string]*Speaker, len(sum.Speakers))
	for _, s := range sum.Speakers {
		out.Speakers = append(out.Speakers, Speaker{ID: s.ID, Name: s.Name, Kind: s.Kind})
	}
	for i := range out.Speakers {
		rows[out.Speakers[i].ID] = &out.Speakers[i]
	}
	for _, sp := range cor.speakers {
		id, err := cor.finalSpeaker(sp.ID)
		if row := rows[id]; err == nil && row != nil {
			row.Mentions = append(row.Mentions, sp.Mentions...)
		}
	}
	finish(text, &out)
	return out
}

// ExportTitle is the title of an article's report and the stem of its
// export files: its first non-blank line, Markdown heading marks dropped,
// cut to 80 characters; "Annotated article" when it has none.
func ExportTitle(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "#"))
		if line = cleanText(line); line == "" {
			continue
		}
		if r := []rune(line); len(r) > 80 {
			line = string(r[:79]) + "…"
		}
		return line
	}
	return "Annotated article"
}
