//go:build js && wasm

package main

import (
	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/resultjson"
)

// Both builds, the page's and the embed's, give annotate's result with its
// summary: the embed's panel shows the same sources table and readable
// dates as the page (issue 12 item 7).

// withSummary adds the summary of res (no corrections) to resJSON, the
// JSON object of the result, as its last member "summary".
func withSummary(resJSON []byte, text string, res annotate.Result) ([]byte, error) {
	sum, err := annotate.Summarize(text, res, annotate.Corrections{})
	if err != nil {
		return nil, err // a result that does not fit its own text: a bug
	}
	summary, err := summaryJSON(sum)
	if err != nil {
		return nil, err
	}
	b := append(resJSON[:len(resJSON)-1], `,"summary":`...)
	b = append(b, summary...)
	return append(b, '}'), nil
}

// summaryJSON is the JSON of a summary as the bridge gives it: this
// module's version, offsets in UTF-16 code units.
func summaryJSON(sum annotate.Summary) ([]byte, error) {
	sum.Version = moduleVersion()
	sum.Unit = annotate.UnitUTF16
	return resultjson.AppendSummary(nil, sum), nil
}
