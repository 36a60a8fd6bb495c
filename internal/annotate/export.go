package annotate

import (
	"errors"
	"strconv"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/render"
)

// This file writes the exports a newsroom uses, all from one [Summary]:
// the JSON record of the article, CSV of its quotes and of its sources
// (export_csv.go), the standalone HTML report, the HTML fragment that
// "Copy HTML" puts on the clipboard, and readable plain text
// (export_text.go). The page, the CLI and any batch job get the same bytes.
//
// The JSON record is assembled here ([NewExportRecord]) and written by
// package resultjson (resultjson.Export, which also writes every other
// format through [Export]): that package holds the reflection-free JSON
// encoder of a Result, and this one links no encoding/json, so neither
// does the WebAssembly.

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

// ErrJSONExport is Export's error for ExportJSON: resultjson.Export writes
// it.
var ErrJSONExport = errors.New("annotate: the JSON export is written by resultjson.Export")

// Export summarizes text, its Result res and the corrections c, and writes
// the summary in format, any but ExportJSON (resultjson.Export writes
// every format). The error reports an unknown format, ErrJSONExport, or
// what [Summarize] refuses.
func Export(text string, res Result, c Corrections, format ExportFormat, opts ExportOptions) (string, error) {
	if format == ExportJSON {
		return "", ErrJSONExport
	}
	write := exporter(format)
	if write == nil {
		names := make([]string, len(ExportFormats))
		for i, f := range ExportFormats {
			names[i] = string(f)
		}
		return "", errors.New("annotate: unknown export " + strconv.Quote(string(format)) + " (want " + strings.Join(names, ", ") + ")")
	}
	sum, cor, err := exportSummary(text, res, c, opts)
	if err != nil {
		return "", err
	}
	return write(exportInput{text: text, res: res, sum: sum, cor: cor, opts: opts})
}

// exportSummary is the summary an export writes: the corrected one, with
// the caller's version and unit.
func exportSummary(text string, res Result, c Corrections, opts ExportOptions) (Summary, *corrected, error) {
	sum, cor, err := summarize(text, res, c)
	if err != nil {
		return Summary{}, nil, err
	}
	sum.Version = opts.Version
	if opts.UTF16 {
		sum.Unit = UnitUTF16
	}
	return sum, cor, nil
}

// exportInput is what every export reads.
type exportInput struct {
	text string
	res  Result
	sum  Summary
	cor  *corrected
	opts ExportOptions
}

// exporter returns the writer of format, or nil. (A switch, not a map: a
// program that never exports links none of them, the WebAssembly
// included.)
func exporter(format ExportFormat) func(exportInput) (string, error) {
	switch format {
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

// ExportRecord is the JSON export: everything needed to read the article's
// figures again, or to check them against the text. Its encoding (the
// json tags say the keys) is resultjson's, indented.
type ExportRecord struct {
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

// NewExportRecord summarizes text, its Result res and the corrections c
// into the record of the JSON export, offsets in the caller's unit
// (opts.UTF16). The error is what [Summarize] refuses.
func NewExportRecord(text string, res Result, c Corrections, opts ExportOptions) (ExportRecord, error) {
	sum, _, err := exportSummary(text, res, c, opts)
	if err != nil {
		return ExportRecord{}, err
	}
	rec := ExportRecord{
		AnnotatorVersion: opts.Version, ExportedAt: opts.Time, Unit: sum.Unit,
		Dateline: res.Dateline, Format: res.Format, Text: text,
		Corrections: c, Summary: sum, Result: res,
	}
	if rec.Corrections.Version == 0 {
		rec.Corrections.Version = CorrectionsVersion
	}
	if opts.UTF16 {
		rec.Result = res.ToUTF16(text)
		rec.Corrections = rec.Corrections.ToUTF16(text)
	}
	return rec, nil
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
