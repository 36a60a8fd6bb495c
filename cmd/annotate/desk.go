package main

import (
	"io"

	"github.com/newsroom/annotator/internal/annotate"
)

// The outputs of -format that come from the article's summary: the CSV of
// its quotes (-format csv), the CSV of its sources table (-format
// sources-csv) and the standalone report (-format html). They are the
// page's exports, byte for byte (annotate.Export); the CLI applies no
// corrections.

// formatNames lists the values of -format, for the usage and errors.
const formatNames = "json, text, html, csv or sources-csv"

// exportWriter returns the writer of -format that writes export f.
func exportWriter(f annotate.ExportFormat) func(w io.Writer, text string, res annotate.Result) error {
	return func(w io.Writer, text string, res annotate.Result) error {
		out, err := annotate.Export(text, res, annotate.Corrections{}, f, annotate.ExportOptions{})
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, out)
		return err
	}
}
