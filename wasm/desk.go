//go:build js && wasm && !nodesk

package main

import (
	"syscall/js"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/resultjson"
)

// The page's methods: render(text, options) (below), and the editor's
// desk, summarize(text, resultJSON, correctionsJSON) and
// export(text, resultJSON, correctionsJSON, format, time). The result and
// the corrections cross as JSON text (web/annotator.js stringifies
// objects, where an exception can be caught), their offsets in UTF-16 code
// units; both are converted to bytes and back here, and nothing else.

// summarizeJS implements summarize(text, result, corrections): the summary
// object of the corrected article.
func summarizeJS(args []js.Value) (any, error) {
	if len(args) != 3 {
		return nil, typeErrorf("takes (text, result, corrections), got %d arguments", len(args))
	}
	text, res, c, err := deskArgs(args)
	if err != nil {
		return nil, err
	}
	sum, err := annotate.Summarize(text, res, c)
	if err != nil {
		return nil, &callError{Name: "RangeError", Msg: err.Error()}
	}
	return summaryToJS(sum)
}

// exportJS implements export(text, result, corrections, format, time): the
// export as a string.
func exportJS(args []js.Value) (any, error) {
	if len(args) < 4 || len(args) > 5 {
		return nil, typeErrorf("takes (text, result, corrections, format, time), got %d arguments", len(args))
	}
	text, res, c, err := deskArgs(args)
	if err != nil {
		return nil, err
	}
	if typeOf(args[3]) != "string" {
		return nil, typeErrorf("format must be a string, got %s", describe(args, 3))
	}
	at := ""
	if len(args) == 5 && !args[4].IsUndefined() && !args[4].IsNull() {
		if typeOf(args[4]) != "string" {
			return nil, typeErrorf("time must be a string such as \"2025-10-17T09:30:00Z\", got %s", describe(args, 4))
		}
		at = args[4].String()
	}
	out, err := resultjson.Export(text, res, c, annotate.ExportFormat(args[3].String()),
		annotate.ExportOptions{Version: moduleVersion(), Time: at, UTF16: true})
	if err != nil {
		return nil, &callError{Name: "RangeError", Msg: err.Error()}
	}
	return out, nil
}

// deskArgs checks and decodes (text, resultJSON, correctionsJSON, ...),
// offsets converted to bytes. correctionsJSON may be undefined, null or ""
// for none.
func deskArgs(args []js.Value) (string, annotate.Result, annotate.Corrections, error) {
	var c annotate.Corrections
	if typeOf(args[0]) != "string" {
		return "", annotate.Result{}, c, typeErrorf("text must be a string, got %s", describe(args, 0))
	}
	text := args[0].String()
	if n := annotate.UTF16Len(text); n > maxTextLength {
		return "", annotate.Result{}, c, &callError{Name: "RangeError", Msg: sprintf(
			"the text is %s characters long; the limit is %s (split the article)", thousands(n), thousands(maxTextLength))}
	}
	if typeOf(args[1]) != "string" {
		return "", annotate.Result{}, c, typeErrorf("result must be the JSON of annotate's result, got %s", describe(args, 1))
	}
	res, err := resultjson.Decode([]byte(args[1].String()))
	if err != nil {
		return "", res, c, typeErrorf("result is not the JSON of a result: %v", err)
	}
	switch v := args[2]; {
	case v.IsUndefined() || v.IsNull():
	case typeOf(v) != "string":
		return "", res, c, typeErrorf("corrections must be JSON text, got %s", describe(args, 2))
	case v.String() != "":
		if c, err = resultjson.DecodeCorrections([]byte(v.String())); err != nil {
			return "", res, c, typeErrorf("corrections are not the JSON of corrections: %v", err)
		}
	}
	// Offsets are checked here in the caller's unit, so that a message
	// quotes what the page sent.
	n16 := annotate.NewUTF16Map(text).Len16()
	for _, a := range c.Added {
		if a.Start < 0 || a.End > n16 || a.Start >= a.End {
			return "", res, c, &callError{Name: "RangeError", Msg: sprintf(
				"added quote %q: offsets %d:%d are not a stretch of the text (length %d UTF-16 units)", a.ID, a.Start, a.End, n16)}
		}
	}
	return text, res.FromUTF16(text), c.FromUTF16(text), nil
}

// registerPage adds the page's methods to the bridge: render, summarize
// and export (a build with the nodesk tag, the embed's, has none of them:
// see nodesk.go).
func registerPage(bridge js.Value) {
	bridge.Set("render", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return call("render", args, renderJS)
	}))
	bridge.Set("summarize", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return call("summarize", args, summarizeJS)
	}))
	bridge.Set("export", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return call("export", args, exportJS)
	}))
}

// renderJS implements render(text, options): the safe HTML fragment of
// the article and the result annotate gives, its summary included, in JSON
// (see htmlAndJSON); options.titles false leaves the highlights' title
// attributes out (see parseRenderArgs).
func renderJS(args []js.Value) (any, error) {
	last = lastCall{} // render keeps nothing for summary()
	text, opts, ro, err := parseRenderArgs(args)
	if err != nil {
		return nil, err
	}
	res, err := annotate.Annotate(text, opts)
	if err != nil {
		return nil, &callError{Name: "RangeError", Msg: err.Error()}
	}
	// The fragment is rendered from the byte offsets, before ToUTF16.
	html := annotate.RenderHTMLWith(text, res, ro)
	resJSON, err := withSummary(resultjson.AppendWithoutTexts(nil, res.ToUTF16(text)), text, res)
	if err != nil {
		return nil, err
	}
	return htmlAndJSON{html: html, result: jsonText(resJSON)}, nil
}

// withSummary adds the summary of res (no corrections) to resJSON, the
// JSON object of the result, as its last member "summary" (render gives
// it at once: the page reads it with every render).
func withSummary(resJSON []byte, text string, res annotate.Result) ([]byte, error) {
	b := append(resJSON[:len(resJSON)-1], `,"summary":`...)
	b, err := summaryJSON(b, text, res)
	if err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// summaryToJS converts a summary (no offsets in it) to a JavaScript object.
func summaryToJS(sum annotate.Summary) (js.Value, error) {
	return js.Global().Get("JSON").Call("parse", string(appendSummary(nil, sum))), nil
}
