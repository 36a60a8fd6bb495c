//go:build js && wasm

// Command wasm is the WebAssembly bridge between JavaScript and
// internal/annotate: a thin adapter that checks arguments, calls the
// package, and converts results and errors. It holds no annotation logic,
// no patterns and no HTML of its own.
//
// Build it with make wasm, which runs
//
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w -X main.version=$(VERSION)" -o web/annotator.wasm ./wasm
//
// (the embed's module adds -gcflags=all=-l: the Makefile says why).
// and load it with web/wasm_exec.js and web/annotator.js, which defines the
// public object ArticleAnnotator (see that file for the JavaScript API).
//
// A Go callback cannot throw a JavaScript exception, so the raw functions
// this program exposes as globalThis._articleAnnotatorGo never throw: each
// returns its answer as one JSON string (annotate: see [jsonText]), or
// [html, resultJSON] (render: see [htmlAndJSON]), or {ok: value}, or {error: message, name:
// "TypeError"|"RangeError"|"Error"}; annotator.js parses the first and turns
// the last into a thrown Error. A panic inside a
// call is recovered into such an error, so the module keeps serving the next
// call and never reaches "Go program has already exited".
//
// All offsets given to JavaScript are UTF-16 code units into the text
// passed in (what JavaScript strings index), not the UTF-8 byte offsets of
// the CLI; otherwise the result is the CLI's JSON format, but for the
// spans' texts, which annotate and render leave null
// (resultjson.AppendWithoutTexts): annotator.js sets each to what its
// offsets select in the JavaScript string.
package main

import (
	"errors"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/resultjson"
)

// version identifies the build; the Makefile sets it with -X main.version.
var version = "dev"

func main() {
	bridge := js.Global().Get("Object").New()
	bridge.Set("version", moduleVersion())
	bridge.Set("annotate", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return call("annotate", args, annotateJS)
	}))
	bridge.Set("summary", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return call("summary", args, summaryJS)
	}))
	bridge.Set("readsMarkdown", annotate.ReadsMarkdown)
	bridge.Set("detectFormat", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return call("detectFormat", args, detectFormatJS)
	}))
	registerPage(bridge)
	stop := make(chan struct{})
	bridge.Set("stop", js.FuncOf(func(js.Value, []js.Value) any {
		select {
		case <-stop:
		default:
			close(stop)
		}
		return nil
	}))
	js.Global().Set("_articleAnnotatorGo", bridge)
	<-stop // serve calls until the page goes away, or stop() ends the program
}

// moduleVersion is the build's version and its Go release.
func moduleVersion() string { return version + " (" + runtime.Version() + ")" }

// callError is an error reported to JavaScript as an Error of kind Name.
type callError struct {
	Name string // TypeError, RangeError or Error
	Msg  string
}

func (e *callError) Error() string { return e.Msg }

// typeErrorf reports an argument of the wrong JavaScript type.
func typeErrorf(format string, a ...any) error {
	return &callError{Name: "TypeError", Msg: sprintf(format, a...)}
}

// call runs fn on args and wraps its outcome as {ok: value} or
// {error, name}, recovering a panic into an error.
func call(method string, args []js.Value, fn func([]js.Value) (any, error)) (out any) {
	defer func() {
		if p := recover(); p != nil {
			runtime.GC()
			out = failure(method, &callError{Name: "Error", Msg: "internal error: " + panicText(p)})
		}
	}()
	v, err := fn(args)
	if err != nil {
		return failure(method, err)
	}
	switch a := v.(type) {
	case jsonText:
		return string(a)
	case htmlAndJSON:
		return []any{a.html, string(a.result)}
	}
	return map[string]any{"ok": v}
}

// htmlAndJSON is render's answer: the HTML fragment and the result in
// JSON. call passes them to JavaScript as an array of the two strings,
// which annotator.js makes {html, result}: the fragment, often several
// megabytes, is not escaped into JSON (every tag's < and > as \u003c and
// \u003e, a third more bytes) to be parsed back.
type htmlAndJSON struct {
	html   string
	result jsonText
}

// jsonText is an answer already encoded as JSON. call passes it to
// JavaScript as one string, which annotator.js parses with JSON.parse: one
// value crosses the boundary, where building the result's objects from Go
// (js.ValueOf, or a call per field) costs a call into JavaScript per value.
type jsonText []byte

// failure is the {error, name} object for err, its message prefixed with
// the method name.
func failure(method string, err error) map[string]any {
	name := "Error"
	// errors.As, for the one wrapping this package and annotate use (an
	// Unwrap() error chain), without the reflection errors.As links in.
	for e := err; e != nil; e = errors.Unwrap(e) {
		if ce, ok := e.(*callError); ok {
			name = ce.Name
			break
		}
	}
	return map[string]any{"error": "ArticleAnnotator." + method + ": " + err.Error(), "name": name}
}

// annotateJS implements annotate(text, options): the result in JSON, offsets
// in UTF-16 code units, without its summary, which summary() gives for the
// last call (annotator.js asks for it when the caller first reads
// result.summary: a short article's summary and its JSON cost about a
// third of the call, see the README).
func annotateJS(args []js.Value) (any, error) {
	last = lastCall{} // the text before is not held past the next call
	text, opts, err := parseArgs(args)
	if err != nil {
		return nil, err
	}
	res, err := annotate.Annotate(text, opts)
	if err != nil {
		return nil, &callError{Name: "RangeError", Msg: err.Error()}
	}
	b := resultjson.AppendWithoutTexts(outBuffer(len(text)), res.ToUTF16(text))
	last = lastCall{text: text, res: res, ok: true}
	return keepBuffer(b), nil
}

// detectFormat implements detectFormat(text): "markdown" when the text
// reads as Markdown, else "plain", in every build (see
// annotate.LooksLikeMarkdown): the page's worker asks its first module,
// which reads no Markdown, whether to load the one that does.
func detectFormatJS(args []js.Value) (any, error) {
	if len(args) != 1 {
		return nil, typeErrorf("takes (text), got %d arguments", len(args))
	}
	if typeOf(args[0]) != "string" {
		return nil, typeErrorf("text must be a string, got %s", describe(args, 0))
	}
	if annotate.LooksLikeMarkdown(args[0].String()) {
		return string(annotate.FormatMarkdown), nil
	}
	return string(annotate.FormatPlain), nil
}

// maxTextLength is the longest text, in UTF-16 code units (what
// JavaScript's text.length counts), that annotate and render accept: the
// module's memory grows to about 45 bytes per unit while rendering, and
// WebAssembly's runs out near 40 million (see the README, "What size").
// web/annotator.js refuses the same before calling in.
const maxTextLength = 10_000_000

// parseArgs checks (text, options) and returns them as Go values. options
// may be omitted, undefined or null; its fields dateline ("YYYY-MM-DD", or
// empty to detect it) and format ("auto", "plain" or "markdown") are both
// optional. Only the object's own data properties are read: a getter is
// never called, since a JavaScript exception thrown inside a Go call would
// end the program.
func parseArgs(args []js.Value) (string, annotate.Options, error) {
	text, opts, _, err := parseCall(args, false)
	return text, opts, err
}

// parseRenderArgs is parseArgs for render, whose options may also hold
// titles: false, to leave the highlights' title attributes out
// (annotate.RenderOptions.NoTitles); true or absent keeps them.
func parseRenderArgs(args []js.Value) (string, annotate.Options, annotate.RenderOptions, error) {
	return parseCall(args, true)
}

// parseCall is parseArgs, and parseRenderArgs when render is set.
func parseCall(args []js.Value, render bool) (string, annotate.Options, annotate.RenderOptions, error) {
	var opts annotate.Options
	var ro annotate.RenderOptions
	if len(args) == 0 || typeOf(args[0]) != "string" {
		return "", opts, ro, typeErrorf("text must be a string, got %s", describe(args, 0))
	}
	if len(args) > 2 {
		return "", opts, ro, typeErrorf("takes (text, options), got %d arguments", len(args))
	}
	text := args[0].String()
	if n := annotate.UTF16Len(text); n > maxTextLength {
		return "", opts, ro, &callError{Name: "RangeError", Msg: sprintf(
			"the text is %s characters long; the limit is %s (split the article)", thousands(n), thousands(maxTextLength))}
	}
	if len(args) < 2 || args[1].IsUndefined() || args[1].IsNull() {
		return text, opts, ro, nil
	}
	o := args[1]
	if typeOf(o) != "object" || jsIsArray.Invoke(o).Bool() {
		return "", opts, ro, typeErrorf("options must be an object like {dateline: \"2025-10-17\", format: \"auto\"}, got %s", describe(args, 1))
	}
	// The descriptors of the known options, then the keys: an enumerable
	// key beyond the known ones is named in the error (before any value is
	// read).
	keys := []string{"dateline", "format"}
	if render {
		keys = append(keys, "titles")
	}
	descs := make([]js.Value, len(keys))
	known := 0
	for i, k := range keys {
		descs[i] = jsOwnDesc.Invoke(o, k)
		if !descs[i].IsUndefined() && descs[i].Get("enumerable").Truthy() {
			known++
		}
	}
	if all := jsObjectKeys.Invoke(o); all.Length() > known {
		for i := 0; i < all.Length(); i++ {
			if k := all.Index(i).String(); !slices.Contains(keys, k) {
				return "", opts, ro, typeErrorf("unknown option %q (known: %s)", k, strings.Join(keys, ", "))
			}
		}
	}
	dateline, err := ownValue(descs[0], "dateline")
	if err != nil {
		return "", opts, ro, err
	}
	if !dateline.IsUndefined() && !dateline.IsNull() {
		if t := typeOf(dateline); t != "string" {
			return "", opts, ro, typeErrorf("options.dateline must be a string in YYYY-MM-DD form, got %s", t)
		}
		opts.Dateline = dateline.String()
	}
	format, err := ownValue(descs[1], "format")
	if err != nil {
		return "", opts, ro, err
	}
	if !format.IsUndefined() && !format.IsNull() {
		if t := typeOf(format); t != "string" {
			return "", opts, ro, typeErrorf("options.format must be \"auto\", \"plain\" or \"markdown\", got %s", t)
		}
		switch f := format.String(); f {
		case "", "auto":
			opts.Format = annotate.FormatAuto
		case string(annotate.FormatPlain), string(annotate.FormatMarkdown):
			opts.Format = annotate.Format(f)
		default:
			return "", opts, ro, &callError{Name: "RangeError", Msg: sprintf("options.format %q is not \"auto\", \"plain\" or \"markdown\"", f)}
		}
	}
	if render {
		titles, err := ownValue(descs[2], "titles")
		if err != nil {
			return "", opts, ro, err
		}
		if !titles.IsUndefined() && !titles.IsNull() {
			if t := typeOf(titles); t != "boolean" {
				return "", opts, ro, typeErrorf("options.titles must be true or false, got %s", t)
			}
			ro.NoTitles = !titles.Bool()
		}
	}
	return text, opts, ro, nil
}

// The JavaScript functions that parseArgs calls, looked up once: each
// look-up is a call out of the WebAssembly (a call with options makes
// about fifteen).
var (
	jsIsArray    = js.Global().Get("Array").Get("isArray")
	jsObjectKeys = js.Global().Get("Object").Get("keys")
	jsOwnDesc    = js.Global().Get("Object").Get("getOwnPropertyDescriptor")
)

// ownValue returns the value of the own data property key whose
// descriptor (Object.getOwnPropertyDescriptor's) is desc, or undefined when
// there is none; an accessor property is an error, and is not called.
func ownValue(desc js.Value, key string) (js.Value, error) {
	if desc.IsUndefined() {
		return js.Undefined(), nil
	}
	// Only a data property's descriptor has "writable" (true or false).
	if desc.Get("writable").IsUndefined() {
		return js.Undefined(), typeErrorf("options.%s must be a plain value, not a getter or setter", key)
	}
	return desc.Get("value"), nil
}

// typeOf is JavaScript's typeof of v ("bigint" included, which
// js.Value.Type does not know and panics on).
func typeOf(v js.Value) (name string) {
	defer func() {
		if recover() != nil {
			name = "bigint" // the one typeof that syscall/js has no js.Type for
		}
	}()
	return v.Type().String()
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// panicText describes the value a recovered panic carried.
func panicText(p any) string {
	switch v := p.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "a panic of an unexpected type"
}

// describe names the JavaScript type of args[i] for an error message.
func describe(args []js.Value, i int) string {
	if i >= len(args) {
		return "nothing"
	}
	v := args[i]
	t := typeOf(v)
	switch {
	case v.IsNull():
		return "null"
	case t == "object" && jsIsArray.Invoke(v).Bool():
		return "an array"
	}
	return t
}
