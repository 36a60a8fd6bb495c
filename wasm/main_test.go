//go:build js && wasm

package main

import (
	"errors"
	"syscall/js"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate"
)

// jsEval evaluates a JavaScript expression (in Node, where the tests run).
func jsEval(expr string) js.Value { return js.Global().Call("eval", "("+expr+")") }

// object makes a JavaScript object from Go values.
func object(fields map[string]any) js.Value { return js.ValueOf(fields) }

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name     string
		args     []any
		wantText string
		wantOpts annotate.Options
		wantErr  string // "" for success; else "Name: message"
	}{
		{"text only", []any{"Hello"}, "Hello", annotate.Options{}, ""},
		{"undefined options", []any{"Hello", js.Undefined()}, "Hello", annotate.Options{}, ""},
		{"null options", []any{"Hello", js.Null()}, "Hello", annotate.Options{}, ""},
		{"both options", []any{"Hi", map[string]any{"dateline": "2025-10-17", "format": "markdown"}}, "Hi",
			annotate.Options{Dateline: "2025-10-17", Format: annotate.FormatMarkdown}, ""},
		{"auto format", []any{"Hi", map[string]any{"format": "auto", "dateline": ""}}, "Hi", annotate.Options{}, ""},
		{"null fields", []any{"Hi", map[string]any{"format": nil, "dateline": nil}}, "Hi", annotate.Options{}, ""},
		{"no arguments", nil, "", annotate.Options{}, "TypeError: text must be a string, got nothing"},
		{"number text", []any{7}, "", annotate.Options{}, "TypeError: text must be a string, got number"},
		{"null text", []any{nil}, "", annotate.Options{}, "TypeError: text must be a string, got null"},
		{"array text", []any{[]any{"a"}}, "", annotate.Options{}, "TypeError: text must be a string, got an array"},
		{"string options", []any{"Hi", "2025-10-17"}, "", annotate.Options{},
			`TypeError: options must be an object like {dateline: "2025-10-17", format: "auto"}, got string`},
		{"unknown option", []any{"Hi", map[string]any{"lang": "en"}}, "", annotate.Options{},
			`TypeError: unknown option "lang" (known: dateline, format)`},
		{"numeric dateline", []any{"Hi", map[string]any{"dateline": 2025}}, "", annotate.Options{},
			"TypeError: options.dateline must be a string in YYYY-MM-DD form, got number"},
		{"bad format", []any{"Hi", map[string]any{"format": "html"}}, "", annotate.Options{},
			`RangeError: options.format "html" is not "auto", "plain" or "markdown"`},
		{"three arguments", []any{"Hi", js.Null(), 1}, "", annotate.Options{}, "TypeError: takes (text, options), got 3 arguments"},
		// A getter is never called: an exception thrown inside a Go call
		// would end the Go program.
		{"throwing getter", []any{"Hi", jsEval(`({get dateline() { throw 1; }})`)}, "", annotate.Options{},
			"TypeError: options.dateline must be a plain value, not a getter or setter"},
		{"unknown option beside a getter", []any{"Hi", jsEval(`({lang: "en", get dateline() { throw 1; }})`)}, "", annotate.Options{},
			`TypeError: unknown option "lang" (known: dateline, format)`},
		{"setter only", []any{"Hi", jsEval(`({set format(v) {}})`)}, "", annotate.Options{},
			"TypeError: options.format must be a plain value, not a getter or setter"},
		{"non-enumerable option", []any{"Hi", jsEval(`Object.defineProperty({}, "dateline", {value: "2025-10-17"})`)}, "Hi",
			annotate.Options{Dateline: "2025-10-17"}, ""},
		{"inherited getter", []any{"Hi", jsEval(`Object.create({get format() { throw 1; }})`)}, "Hi", annotate.Options{}, ""},
		{"bigint text", []any{jsEval(`1n`)}, "", annotate.Options{}, "TypeError: text must be a string, got bigint"},
		{"bigint options", []any{"Hi", jsEval(`1n`)}, "", annotate.Options{},
			`TypeError: options must be an object like {dateline: "2025-10-17", format: "auto"}, got bigint`},
		{"bigint dateline", []any{"Hi", jsEval(`({dateline: 2n})`)}, "", annotate.Options{},
			"TypeError: options.dateline must be a string in YYYY-MM-DD form, got bigint"},
		{"bigint format", []any{"Hi", jsEval(`({format: 2n})`)}, "", annotate.Options{},
			`TypeError: options.format must be "auto", "plain" or "markdown", got bigint`},
		{"text too long", []any{jsEval(`"x".repeat(10000001)`)}, "", annotate.Options{},
			"RangeError: the text is 10,000,001 characters long; the limit is 10,000,000 (split the article)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := make([]js.Value, len(tt.args))
			for i, a := range tt.args {
				args[i] = js.ValueOf(a)
			}
			text, opts, err := parseArgs(args)
			if tt.wantErr != "" {
				var ce *callError
				require.True(t, errors.As(err, &ce), "error %v", err)
				assert.Equal(t, tt.wantErr, ce.Name+": "+ce.Msg)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantText, text)
			assert.Equal(t, tt.wantOpts, opts)
		})
	}
}

func TestCallRecoversPanics(t *testing.T) {
	out := call("annotate", nil, func([]js.Value) (any, error) { panic("index out of range") })
	assert.Equal(t, map[string]any{
		"error": "ArticleAnnotator.annotate: internal error: index out of range",
		"name":  "Error",
	}, out)

	// The next call works.
	out = call("annotate", nil, func([]js.Value) (any, error) { return "fine", nil })
	assert.Equal(t, map[string]any{"ok": "fine"}, out)
}

func TestAnnotateJS(t *testing.T) {
	// The emoji is 4 bytes and 2 UTF-16 units: offsets after it differ.
	text := "🙂 On Friday the council met."
	v, err := annotateJS([]js.Value{js.ValueOf(text), object(map[string]any{"dateline": "2025-10-17"})})
	require.NoError(t, err)
	res := parseJSON(t, v)
	assert.Equal(t, "2025-10-17", res.Get("dateline").String())
	dates := res.Get("dates")
	require.Positive(t, dates.Length())
	friday := dates.Index(0)
	assert.True(t, friday.Get("text").IsNull(), "annotator.js fills the texts in from the offsets")
	assert.Equal(t, 6, friday.Get("start").Int(), "UTF-16 offset of Friday")
	assert.Equal(t, 12, friday.Get("end").Int())

	_, err = annotateJS([]js.Value{js.ValueOf(text), object(map[string]any{"dateline": "Friday"})})
	var ce *callError
	require.True(t, errors.As(err, &ce))
	assert.Equal(t, "RangeError", ce.Name)
}

// parseJSON parses an answer of annotateJS or renderJS as annotator.js does.
func parseJSON(t *testing.T, v any) js.Value {
	t.Helper()
	if r, ok := v.(htmlAndJSON); ok {
		out := js.Global().Get("Object").New()
		out.Set("html", r.html)
		out.Set("result", parseJSON(t, r.result))
		return out
	}
	j, ok := v.(jsonText)
	require.True(t, ok, "the answer is JSON text, got %T", v)
	return js.Global().Get("JSON").Call("parse", string(j))
}

func TestCallPassesJSONAsOneString(t *testing.T) {
	out := call("annotate", nil, func([]js.Value) (any, error) { return jsonText(`{"quotes":[]}`), nil })
	assert.Equal(t, `{"quotes":[]}`, out)
	out = call("render", nil, func([]js.Value) (any, error) {
		return htmlAndJSON{html: `<p>“a”</p>`, result: jsonText(`{"quotes":[]}`)}, nil
	})
	assert.Equal(t, []any{`<p>“a”</p>`, `{"quotes":[]}`}, out, "render's HTML apart, unescaped")
}

func TestDetectFormatJS(t *testing.T) {
	tests := []struct {
		name    string
		args    []js.Value
		want    string
		wantErr string
	}{
		{"Markdown", []js.Value{js.ValueOf("# Budget\n\nRead [the report](r.html) and [the vote](v.html).")}, "markdown", ""},
		{"plain news", []js.Value{js.ValueOf("The council met on Tuesday.")}, "plain", ""},
		{"no text", nil, "", "takes (text), got 0 arguments"},
		{"a number", []js.Value{js.ValueOf(3)}, "", "text must be a string, got number"},
		{"two arguments", []js.Value{js.ValueOf("a"), js.ValueOf("b")}, "", "takes (text), got 2 arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := detectFormatJS(tt.args)
			if tt.wantErr != "" {
				var ce *callError
				require.True(t, errors.As(err, &ce), "a callError, got %v", err)
				assert.Equal(t, "TypeError", ce.Name)
				assert.Contains(t, ce.Msg, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}
