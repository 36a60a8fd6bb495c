package batch

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/resultjson"
)

const story = "“We will rebuild the pier by next summer,” the harbour master, Ines Moreau, said on Tuesday."

func TestProcessLineKeepsInputAndAddsResult(t *testing.T) {
	in := `{"id": "a1", "url": "https://example.org/a?x=1&y=<2>", "outlet": "Harbour News", "text": "` + story + `", "dct": "2025-10-17", "tags": ["port", {"n": 1.50}]}` + "\r\n"
	got, err := ProcessLine([]byte(in), 1, Options{})
	require.NoError(t, err)

	res, err := annotate.Annotate(story, annotate.Options{Dateline: "2025-10-17"})
	require.NoError(t, err)
	want := strings.TrimSpace(in[:strings.LastIndex(in, "}")]) + "," + string(resultjson.AppendFields(nil, res)) + "}"
	assert.Equal(t, want, string(got), "input members byte for byte, then the result's")
	assert.True(t, json.Valid(got))
	assert.Contains(t, string(got), `"tags": ["port", {"n": 1.50}]`)
	assert.NotEmpty(t, res.Quotes)
}

func TestProcessLineWithoutIDGetsTheLineNumber(t *testing.T) {
	got, err := ProcessLine([]byte(`{"text": "Nothing happened."}`), 42, Options{Dateline: "2025-01-02"})
	require.NoError(t, err)
	var out struct {
		ID       json.RawMessage `json:"id"`
		Text     string          `json:"text"`
		Dateline string          `json:"dateline"`
	}
	require.NoError(t, json.Unmarshal(got, &out))
	assert.Equal(t, "42", string(out.ID))
	assert.Equal(t, "Nothing happened.", out.Text)
	assert.Equal(t, "2025-01-02", out.Dateline, "the option stands in for a missing dct")
}

func TestProcessLineBadLines(t *testing.T) {
	tests := []struct{ name, line, msg string }{
		{"not JSON", `this is not json`, "invalid JSON at byte 0"},
		{"not an object", `["text"]`, "want an object"},
		{"no text", `{"id": "c"}`, `no "text" field`},
		{"text not a string", `{"text": 5}`, `field "text" is not a string`},
		{"null text", `{"text": null}`, `field "text" is not a string`},
		{"dct not a string", `{"text": "x", "dct": 20251017}`, `field "dct" is not a string`},
		{"bad dct", `{"text": "x", "dct": "17/10/2025"}`, `dateline "17/10/2025"`},
		{"output field", `{"text": "x", "quotes": []}`, `input field "quotes" has the name of a field the output adds`},
		{"output field format", `{"format": "print", "text": "x"}`, `input field "format"`},
		{"text twice", `{"text": "x", "text": "y"}`, `field "text" given twice`},
		{"truncated", `{"text": "x`, "unexpected end of input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := []byte("kept")
			got, err := AppendLine(dst, []byte(tt.line), 7, Options{})
			var le *LineError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, 7, le.Line)
			assert.Contains(t, err.Error(), "line 7: ")
			assert.Contains(t, err.Error(), tt.msg)
			assert.Equal(t, "kept", string(got))
		})
	}
}

func TestProcessLineDecodesTextAsEncodingJSON(t *testing.T) {
	text := "“Caf\u00e9 🙂 \u2028 ok,” she said. \xff"
	line, err := json.Marshal(map[string]string{"text": text})
	require.NoError(t, err)
	got, err := ProcessLine(line, 1, Options{})
	require.NoError(t, err)

	var decoded string
	require.NoError(t, json.Unmarshal(line[len(`{"text":`):len(line)-1], &decoded))
	res, err := annotate.Annotate(decoded, annotate.Options{})
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(string(got), ","+string(resultjson.AppendFields(nil, res))+"}"))
}

// TestProcessLineReadsTextAsEncodingJSON: the text of a line, written raw
// in every way JSON allows (escapes, surrogate pairs, lone surrogates,
// invalid UTF-8 unescaped), is the text encoding/json decodes; a value that
// is no JSON string is refused with the reader's error.
func TestProcessLineReadsTextAsEncodingJSON(t *testing.T) {
	tests := []struct{ name, raw, msg string }{
		{"plain", `"The mayor spoke on Friday."`, ""},
		{"escapes", `"\u201cWe\u2019ll see,\u201d she said.\n\n\"Quoted\" \\ \/ \t\r\b\f"`, ""},
		{"pair and lone surrogates", `"\ud83d\ude42 \ud83d alone \ude42 \ud83d\u0041"`, ""},
		{"raw non-ASCII", "\"\u201cCaf\u00e9 \U0001f642 \u2028,\u201d he said\"", ""},
		{"invalid UTF-8", "\"broken \xff\xfe \xe2\x80 bytes, \\n escaped\"", ""},
		{"bad escape", `"a \q b"`, "unknown escape"},
		{"short unicode escape", `"a \u12 b"`, "four hex digits"},
		{"raw control", "\"a\tb\"", "control character"},
		{"unterminated", `"a \"`, "unexpected end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line := `{"id": "x", "text": ` + tt.raw + `}`
			got, err := ProcessLine([]byte(line), 3, Options{})
			if tt.msg != "" {
				require.Error(t, err)
				assert.False(t, json.Valid([]byte(line)), "encoding/json refuses it too")
				assert.Contains(t, err.Error(), "line 3: invalid JSON at byte ")
				assert.Contains(t, err.Error(), tt.msg)
				return
			}
			require.NoError(t, err)
			var want string
			require.NoError(t, json.Unmarshal([]byte(tt.raw), &want))
			res, err := annotate.Annotate(want, annotate.Options{})
			require.NoError(t, err)
			assert.Equal(t, `{"id": "x", "text": `+tt.raw+`,`+string(resultjson.AppendFields(nil, res))+"}", string(got))
		})
	}
}

func TestProcessLineKeep(t *testing.T) {
	in := `{"id": "g1", "source": "a test", "text": "` + story + `", "quotes": [{"gold": true}]}`
	_, err := ProcessLine([]byte(in), 1, Options{})
	require.ErrorContains(t, err, `input field "quotes"`, "kept, it would clash")

	got, err := ProcessLine([]byte(in), 1, Options{Keep: []string{"source"}})
	require.NoError(t, err)
	res, err := annotate.Annotate(story, annotate.Options{})
	require.NoError(t, err)
	assert.Equal(t, `{"id":"g1","source":"a test",`+string(resultjson.AppendFields(nil, res))+"}", string(got),
		"only id and the kept members, then the result")

	got, err = ProcessLine([]byte(`{"text": "x", "n": 1}`), 3, Options{Keep: []string{}})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(got), `{"id":3,"format":`), string(got))
}
