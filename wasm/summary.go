//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/resultjson"
)

// Both builds, the page's and the embed's, give annotate's result with its
// summary: the embed's panel shows the same sources table and readable
// dates as the page (issue 12 item 7). annotate leaves the summary out of
// its answer and keeps what it needs (lastCall); summary() computes it when
// annotator.js first reads result.summary, so that a caller who never
// reads it does not pay for it.

// lastCall is the text and result of the last annotate call, until its
// summary is asked for or the next annotate or render call.
type lastCall struct {
	text string
	res  annotate.Result
	ok   bool
}

// last is the one lastCall the bridge holds.
var last lastCall

// summaryJS implements summary(): the summary (no corrections) of the last
// annotate call's result, in JSON, offsets in UTF-16 code units. It is
// given once: the text and the result are let go then.
func summaryJS(args []js.Value) (any, error) {
	if len(args) != 0 {
		return nil, typeErrorf("takes no arguments, got %d", len(args))
	}
	if !last.ok {
		return nil, &callError{Name: "Error", Msg: "no annotate call to summarize (the summary of a call is given once, before the next call)"}
	}
	text, res := last.text, last.res
	last = lastCall{}
	b, err := summaryJSON(outBuffer(len(text)), text, res)
	if err != nil {
		return nil, err
	}
	return keepBuffer(b), nil
}

// summaryJSON appends the JSON of the summary of res (no corrections) to
// dst as the bridge gives it: this module's version, offsets in UTF-16
// code units.
func summaryJSON(dst []byte, text string, res annotate.Result) ([]byte, error) {
	sum, err := annotate.Summarize(text, res, annotate.Corrections{})
	if err != nil {
		return nil, err // a result that does not fit its own text: a bug
	}
	return appendSummary(dst, sum), nil
}

// appendSummary appends the JSON of sum as the bridge gives it: this
// module's version, offsets in UTF-16 code units.
func appendSummary(dst []byte, sum annotate.Summary) []byte {
	sum.Version = moduleVersion()
	sum.Unit = annotate.UnitUTF16
	return resultjson.AppendSummary(dst, sum)
}
