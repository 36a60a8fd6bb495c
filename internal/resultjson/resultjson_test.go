package resultjson

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate"
)

func ptr(s string) *string { return &s }

// full sets every field of the format, optional ones included, with text
// that needs every kind of escape.
var full = annotate.Result{
	ID:       "doc-1 <&>",
	Format:   annotate.FormatMarkdown,
	Dateline: "2025-10-17",
	Quotes: []annotate.Quote{
		{
			ID: "q1", Span: annotate.Span{Start: 3, End: 40},
			Text:      "“Tabs\tnew\nlines\r, \"quotes\", back\\slash, \b\f\x00\x1f, <b>&amp;</b> \u2028\u2029 \xff\xfe end”",
			Speaker:   ptr("s1"),
			Cue:       &annotate.Mention{Span: annotate.Span{Start: 41, End: 45}, Text: "said"},
			Paragraph: 2, Unclosed: true, Attribution: "cue", Confidence: 0.97,
		},
		{ID: "q2", Span: annotate.Span{Start: 50, End: 60}, Text: "“🙂 ok”", Attribution: "none"},
	},
	Speakers: []annotate.Speaker{
		{ID: "s1", Name: "Ana Duarte", Kind: "person", Role: "former \"Senate\" aide", Mentions: []annotate.Mention{{Span: annotate.Span{Start: 46, End: 56}, Text: "Ana Duarte"}}, Quotes: 1, Words: 12},
		{ID: "s2", Name: "the Kremlin", Kind: "organization", Mentions: []annotate.Mention{}},
		{ID: "s3", Name: "Nil Mentions", Kind: "person"},
	},
	Dates: []annotate.Date{
		{Span: annotate.Span{Start: 61, End: 67}, Text: "Friday", Type: annotate.TypeDate, Value: "2025-10-17"},
		{Span: annotate.Span{Start: 70, End: 80}, Text: "about a year", Type: annotate.TypeDuration, Value: "P1Y", Mod: "APPROX"},
	},
	Warnings: []string{"read as \"plain\" text", "a second <one>"},
}

func TestAppendMatchesEncodingJSON(t *testing.T) {
	tests := []struct {
		name string
		res  annotate.Result
	}{
		{"zero value", annotate.Result{}},
		{"empty lists", annotate.Result{Format: annotate.FormatPlain, Quotes: []annotate.Quote{}, Speakers: []annotate.Speaker{}, Dates: []annotate.Date{}}},
		{"every field", full},
		{"in UTF-16", full.ToUTF16(strings.Repeat("🙂", 50))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := json.Marshal(tt.res)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(Append(nil, tt.res)))
		})
	}
}

// TestAppendAnnotated compares the two encoders on what the annotator finds
// in articles written for this test.
func TestAppendAnnotated(t *testing.T) {
	texts := []string{
		"",
		"“We will rebuild the pier by next summer,” the harbour master, Ines Moreau, said on Tuesday.\n\n" +
			"She added: “Nobody should fish there until then.”\n\nThe council met on 3 March 2024 for two hours.",
		"Published 14 March 2024\n\n«Non», a dit le maire. 'It is done,' said Mr O'Neil <b>yesterday</b> & left.",
		"# Heading\n\n*“Emphasis,”* said [Jo](https://example.com) on Friday.\n\n- a list\n- “item,” she said",
		"broken \xff\xfe “bytes”, he said \x00 last week",
	}
	for _, text := range texts {
		res, err := annotate.Annotate(text, annotate.Options{})
		require.NoError(t, err)
		for _, r := range []annotate.Result{res, res.ToUTF16(text)} {
			want, err := json.Marshal(r)
			require.NoError(t, err)
			assert.Equal(t, terminalSafe(string(want)), string(Append(nil, r)), "text %q", text)
		}
	}
}

func FuzzAppend(f *testing.F) {
	f.Add("“Quote,” said Ana Duarte on Friday.", "")
	f.Add("\xff “\u2028<&>” \t he said yesterday", "2025-10-17")
	f.Fuzz(func(t *testing.T, text, dateline string) {
		res, err := annotate.Annotate(text, annotate.Options{Dateline: dateline})
		if err != nil {
			return
		}
		res.ID = text
		want, err := json.Marshal(res)
		require.NoError(t, err)
		assert.Equal(t, terminalSafe(string(want)), string(Append(nil, res)))
	})
}

// terminalSafe is encoding/json's output with DEL and the C1 controls
// written as \u escapes, as Append writes them (encoding/json leaves them
// raw; they only occur inside strings).
func terminalSafe(js string) string {
	var b strings.Builder
	for _, r := range js {
		if r == 0x7f || r >= 0x80 && r <= 0x9f {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestNoTerminalControls: no byte of the encoding is a C0, DEL or C1
// control, whatever the article holds (issue 10: JSON shown on a terminal).
func TestNoTerminalControls(t *testing.T) {
	text := "\u201cOK,\u201d said Jo \x1b]52;c;aGk=\x07 \x7f \u009b31m \u0085 on Friday."
	res, err := annotate.Annotate(text, annotate.Options{})
	require.NoError(t, err)
	res.ID = text // every byte of the article in one string
	out := string(Append(nil, res))
	for _, r := range out {
		assert.False(t, r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f, "control %U in %s", r, out)
	}
	var back map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &back), "still JSON")
}

// TestSafeRun puts every byte value at every position of runs of 1 to 40
// bytes, alone and with a byte to escape right after it (a control, whose
// borrow the eight-byte test spreads upwards, and the marks tested in
// pairs): the run stops exactly at the first byte to escape, whichever of
// its paths (eight bytes a step, the overlapping last eight, the first and
// last four, byte by byte) the length takes.
func TestSafeRun(t *testing.T) {
	special := func(c byte) bool {
		return c < ' ' || strings.IndexByte(`"\\<>&`, c) >= 0 || c == 0x7f || c >= 0x80
	}
	for n := 1; n <= 40; n++ {
		for c := 0; c < 256; c++ {
			for pos := 0; pos < n; pos++ {
				for _, after := range []string{"", "\x00", "<", ">", "\"", "&", "\x7f", "\xff"} {
					b := []byte(strings.Repeat("a", n))
					b[pos] = byte(c)
					copy(b[pos+1:], after)
					want := len(b)
					for i, c := range b {
						if special(c) {
							want = i
							break
						}
					}
					if got := safeRun(string(b)); got != want {
						t.Fatalf("safeRun(%q) = %d, want %d", b, got, want)
					}
				}
			}
		}
	}
	for n := 0; n <= 40; n++ {
		require.Equal(t, n, safeRun(strings.Repeat("a", n)))
	}
}

// TestAppendNumbers holds appendInt and appendFloat to strconv and
// encoding/json, on every number their fast paths take and around them.
func TestAppendNumbers(t *testing.T) {
	ints := []int{-1, -100, 1e8 - 1, 1e8, 1e9 + 7, math.MaxInt, math.MinInt, 1e5, 1e6, 1e7, 1e6 - 1, 1e7 - 1, 1e7 + 1, 10_000_001, 20_000_000}
	for n := 0; n <= 100_000; n++ {
		ints = append(ints, n)
	}
	for n := 100_000; n < 1e8; n = n*3 + 1 {
		ints = append(ints, n, n+9, n+99)
	}
	for _, n := range ints {
		require.Equal(t, strconv.Itoa(n), string(appendInt(nil, n)), n)
	}
	floats := []float64{0, 1, 0.5, 0.98, 0.05, 0.01, 0.99, 1e-6, 0.985, 0.333, 1.5, 7, 1e20, 0.1 + 0.2, math.Nextafter(0.98, 1), math.Nextafter(0.98, 0)}
	for k := 0; k <= 100; k++ {
		floats = append(floats, float64(k)/100, float64(k)/100+1e-9, math.Nextafter(float64(k)/100, 2))
	}
	for _, f := range floats {
		want, err := json.Marshal(f)
		require.NoError(t, err)
		if f != 0 && f < 1e-6 { // written as 0, by design (a confidence is in [0, 1])
			want = []byte("0")
		}
		require.Equal(t, string(want), string(appendFloat(nil, f)), "%v", f)
	}
}

// TestAppendWithoutTexts: the bridge's encoding is encoding/json's of the
// same result with every span's text empty, but for null in place of "".
func TestAppendWithoutTexts(t *testing.T) {
	for _, res := range []annotate.Result{{}, full} {
		blank := res
		blank.Quotes = append([]annotate.Quote(nil), res.Quotes...)
		for i := range blank.Quotes {
			blank.Quotes[i].Text = ""
			if c := blank.Quotes[i].Cue; c != nil {
				blank.Quotes[i].Cue = &annotate.Mention{Span: c.Span}
			}
		}
		blank.Speakers = append([]annotate.Speaker(nil), res.Speakers...)
		for i, s := range blank.Speakers {
			if s.Mentions != nil {
				blank.Speakers[i].Mentions = make([]annotate.Mention, len(s.Mentions))
				for j, m := range s.Mentions {
					blank.Speakers[i].Mentions[j] = annotate.Mention{Span: m.Span}
				}
			}
		}
		blank.Dates = append([]annotate.Date(nil), res.Dates...)
		for i := range blank.Dates {
			blank.Dates[i].Text = ""
		}
		want, err := json.Marshal(blank)
		require.NoError(t, err)
		got := string(AppendWithoutTexts(nil, res))
		assert.Equal(t, strings.ReplaceAll(string(want), `"text":""`, `"text":null`), got)
		assert.NotContains(t, got, "Tabs", "no text crosses")
	}
}
