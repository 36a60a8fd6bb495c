//go:build js && wasm && !nodesk

package main

import (
	"errors"
	"strconv"
	"strings"
	"syscall/js"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deskText has an emoji (2 UTF-16 units, 4 bytes) before its quotes, so
// that offsets in the wrong unit show.
const deskText = "🙂 “We will rebuild the pier,” Ines Moreau said on Friday.\n\n“Not yet,” said Tom Hale."

// annotated returns the result of annotate for deskText, as the page
// keeps it, and its JSON text.
func annotated(t *testing.T) (js.Value, string) {
	v, err := annotateJS([]js.Value{js.ValueOf(deskText), object(map[string]any{"dateline": "2025-10-17"})})
	require.NoError(t, err)
	res := parseJSON(t, v)
	return res, js.Global().Get("JSON").Call("stringify", res).String()
}

func TestAnnotateJSSummary(t *testing.T) {
	res, _ := annotated(t)
	assert.True(t, res.Get("summary").IsUndefined(), "annotate leaves the summary to summary()")
	v, err := summaryJS(nil)
	require.NoError(t, err)
	sum := parseJSON(t, v)
	require.Equal(t, "object", sum.Type().String())
	assert.Equal(t, "utf-16", sum.Get("unit").String())
	assert.Equal(t, moduleVersion(), sum.Get("version").String())
	speakers := sum.Get("speakers")
	require.Equal(t, 2, speakers.Length())
	assert.Equal(t, "Ines Moreau", speakers.Index(0).Get("name").String())
	assert.Equal(t, "IM", speakers.Index(0).Get("initials").String())
	assert.Equal(t, "Fri 17 Oct 2025", sum.Get("timeline").Index(0).Get("readable").String())

	// The summary of a call is given once, and a render or a failed call
	// lets the result go.
	var ce *callError
	_, err = summaryJS(nil)
	require.True(t, errors.As(err, &ce), "error %v", err)
	assert.Equal(t, "Error", ce.Name)
	annotated(t)
	_, err = renderJS([]js.Value{js.ValueOf("On Friday.")})
	require.NoError(t, err)
	_, err = summaryJS(nil)
	assert.Error(t, err, "after render")
	annotated(t)
	_, err = annotateJS([]js.Value{js.ValueOf(deskText), object(map[string]any{"dateline": "Friday"})})
	require.Error(t, err)
	_, err = summaryJS(nil)
	assert.Error(t, err, "after a failed call")
	_, err = summaryJS([]js.Value{js.ValueOf(1)})
	require.True(t, errors.As(err, &ce))
	assert.Equal(t, "TypeError", ce.Name)
}

func TestSummarizeJS(t *testing.T) {
	_, resJSON := annotated(t)
	// The page marks "Ines Moreau" (UTF-16 offsets 31:42) as a quote of a
	// new speaker and dismisses q2.
	start := strings.Index(deskText, "Ines")
	u16 := len([]rune(deskText[:start])) + 1 // the emoji is two units
	corrections := `{"version":1,"quotes":{"q2":{"dismissed":true}},` +
		`"added":[{"id":"a1","start":` + strconv.Itoa(u16) + `,"end":` + strconv.Itoa(u16+11) + `,"speaker":"u1"}],` +
		`"speakers":{"u1":{"name":"Ana Duarte","gender":"woman"}}}`
	v, err := summarizeJS([]js.Value{js.ValueOf(deskText), js.ValueOf(resJSON), js.ValueOf(corrections)})
	require.NoError(t, err)
	sum := v.(js.Value)
	names := []string{}
	for i := 0; i < sum.Get("speakers").Length(); i++ {
		s := sum.Get("speakers").Index(i)
		names = append(names, s.Get("name").String()+"/"+s.Get("gender").String())
	}
	assert.Equal(t, []string{"Ines Moreau/", "Ana Duarte/woman"}, names)
	quotes := sum.Get("quotes")
	require.Equal(t, 3, quotes.Length())
	assert.Equal(t, "a1", quotes.Index(1).Get("id").String())
	assert.Equal(t, 2, quotes.Index(1).Get("words").Int(), "the added quote is “Ines Moreau”: its offsets were read as UTF-16")
	assert.True(t, quotes.Index(2).Get("dismissed").Bool())

	// No corrections at all.
	for _, none := range []js.Value{js.Undefined(), js.Null(), js.ValueOf("")} {
		_, err := summarizeJS([]js.Value{js.ValueOf(deskText), js.ValueOf(resJSON), none})
		assert.NoError(t, err)
	}
}

func TestExportJS(t *testing.T) {
	_, resJSON := annotated(t)
	v, err := exportJS([]js.Value{js.ValueOf(deskText), js.ValueOf(resJSON), js.Null(), js.ValueOf("json"), js.ValueOf("2025-10-17T09:30:00Z")})
	require.NoError(t, err)
	rec := js.Global().Get("JSON").Call("parse", v.(string))
	assert.Equal(t, "utf-16", rec.Get("unit").String())
	assert.Equal(t, deskText, rec.Get("text").String())
	assert.Equal(t, "2025-10-17T09:30:00Z", rec.Get("exported_at").String())
	assert.Equal(t, moduleVersion(), rec.Get("annotator_version").String())
	q1 := rec.Get("result").Get("quotes").Index(0)
	assert.Equal(t, 3, q1.Get("start").Int(), "UTF-16 offsets in the export, as the page has them")

	v, err = exportJS([]js.Value{js.ValueOf(deskText), js.ValueOf(resJSON), js.Null(), js.ValueOf("csv-quotes")})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(v.(string), "id,speaker,"), v)

	v, err = exportJS([]js.Value{js.ValueOf(deskText), js.ValueOf(resJSON), js.Null(), js.ValueOf("html-fragment")})
	require.NoError(t, err)
	assert.Contains(t, v.(string), "[Ines Moreau]</span> “We will rebuild the pier,”")
	assert.NotContains(t, v.(string), " id=")
}

func TestDeskArgErrors(t *testing.T) {
	_, resJSON := annotated(t)
	tests := []struct {
		name string
		fn   func([]js.Value) (any, error)
		args []any
		want string
	}{
		{"summarize arity", summarizeJS, []any{deskText, resJSON}, "TypeError: takes (text, result, corrections), got 2 arguments"},
		{"text", summarizeJS, []any{7, resJSON, nil}, "TypeError: text must be a string, got number"},
		{"result object", summarizeJS, []any{deskText, map[string]any{}, nil}, "TypeError: result must be the JSON of annotate's result, got object"},
		{"result bad JSON", summarizeJS, []any{deskText, "{", nil}, "TypeError: result is not the JSON of a result: invalid JSON at byte 1: unexpected end of input"},
		{"corrections object", summarizeJS, []any{deskText, resJSON, map[string]any{}}, "TypeError: corrections must be JSON text, got object"},
		{"corrections bad JSON", summarizeJS, []any{deskText, resJSON, `{"quotes": 1}`},
			"TypeError: corrections are not the JSON of corrections: cannot read number 1 into quotes of type object"},
		{"unknown quote", summarizeJS, []any{deskText, resJSON, `{"quotes":{"q9":{"dismissed":true}}}`}, `RangeError: annotate: quote correction "q9" names no quote`},
		{"added past the end", summarizeJS, []any{deskText, resJSON, `{"added":[{"id":"a1","start":0,"end":500}]}`},
			`RangeError: added quote "a1": offsets 0:500 are not a stretch of the text (length 85 UTF-16 units)`},
		{"result of another text", summarizeJS, []any{"short", resJSON, nil}, "RangeError: annotate: quote q1 has offsets 3:"},
		{"export arity", exportJS, []any{deskText, resJSON, nil}, "TypeError: takes (text, result, corrections, format, time), got 3 arguments"},
		{"export format type", exportJS, []any{deskText, resJSON, nil, 1}, "TypeError: format must be a string, got number"},
		{"export format", exportJS, []any{deskText, resJSON, nil, "pdf"}, `RangeError: annotate: unknown export "pdf" (want json, csv-quotes, csv-sources, html-report, html-fragment, text)`},
		{"export time", exportJS, []any{deskText, resJSON, nil, "json", 5}, `TypeError: time must be a string such as "2025-10-17T09:30:00Z", got number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := make([]js.Value, len(tt.args))
			for i, a := range tt.args {
				args[i] = js.ValueOf(a)
			}
			_, err := tt.fn(args)
			var ce *callError
			require.True(t, errors.As(err, &ce), "error %v", err)
			assert.True(t, strings.HasPrefix(ce.Name+": "+ce.Msg, tt.want), "got %s: %s", ce.Name, ce.Msg)
		})
	}
}

func TestRenderJS(t *testing.T) {
	v, err := renderJS([]js.Value{js.ValueOf("“Yes,” said Ana Duarte <b>loudly</b>.")})
	require.NoError(t, err)
	out := parseJSON(t, v)
	html := out.Get("html").String()
	assert.Contains(t, html, "<mark")
	assert.Contains(t, html, "&lt;b&gt;loudly&lt;/b&gt;")
	assert.NotContains(t, html, "<b>")
	assert.Equal(t, 1, out.Get("result").Get("quotes").Length())
	assert.Contains(t, html, ` title="quote by Ana Duarte`)
}

func TestRenderJSTitles(t *testing.T) {
	text := "“Yes,” said Ana Duarte on Friday."
	html := func(opts any) string {
		v, err := renderJS([]js.Value{js.ValueOf(text), js.ValueOf(opts)})
		require.NoError(t, err)
		return parseJSON(t, v).Get("html").String()
	}
	with := html(map[string]any{"titles": true})
	assert.Equal(t, with, html(map[string]any{}), "titles are kept by default")
	without := html(map[string]any{"titles": false})
	assert.Contains(t, with, ` title="`)
	assert.NotContains(t, without, ` title="`)
	assert.Equal(t, strings.Count(with, "<mark"), strings.Count(without, "<mark"))

	for _, tt := range []struct {
		opts any
		want string
	}{
		{map[string]any{"titles": "no"}, "TypeError: options.titles must be true or false, got string"},
		{jsEval(`({get titles() { throw 1; }})`), "TypeError: options.titles must be a plain value, not a getter or setter"},
		{map[string]any{"title": false}, `TypeError: unknown option "title" (known: dateline, format, titles)`},
	} {
		_, err := renderJS([]js.Value{js.ValueOf(text), js.ValueOf(tt.opts)})
		var ce *callError
		require.True(t, errors.As(err, &ce), "error %v", err)
		assert.Equal(t, tt.want, ce.Name+": "+ce.Msg)
	}
	// annotate has no titles option.
	_, err := annotateJS([]js.Value{js.ValueOf(text), js.ValueOf(map[string]any{"titles": false})})
	assert.ErrorContains(t, err, `unknown option "titles" (known: dateline, format)`)
}
