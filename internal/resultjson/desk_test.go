package resultjson

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate"
)

// The editor's desk in JSON: the summary, the corrections and the JSON
// export written here, and results and corrections read back, each held to
// encoding/json's bytes and values.

// deskText is an article written for these tests: named and pronoun
// speakers, an unattributed quote, markup and escapes, dates of every type.
const deskText = "HARBOURTON, Thursday 16 October 2025\n\n" +
	"“We will rebuild the pier by next summer,” the harbour master, Ines Moreau, said on Thursday.\n\n" +
	"“Nobody should fish there,” Moreau added. “Not yet,” she said.\n\n" +
	"Tom Hale, a fisherman, said: “It is too late for us & <them>.” He has fished there for four years, every Tuesday.\n\n" +
	"“Someone will pay for this \u2028 \x7f \u0085.”\n\n" +
	"🙂 Jane Park of the Harbour Trust said: “We <b>disagree</b> \\ \"strongly\".”"

// deskCorrections are an editor's work on deskText.
func deskCorrections(t *testing.T, res annotate.Result) annotate.Corrections {
	require.GreaterOrEqual(t, len(res.Quotes), 3)
	require.GreaterOrEqual(t, len(res.Speakers), 2)
	start := strings.Index(deskText, "Jane Park")
	return annotate.Corrections{
		Version: 1,
		Quotes: map[string]annotate.QuoteCorrection{
			res.Quotes[0].ID: {Checked: true},
			res.Quotes[1].ID: {Dismissed: true},
			res.Quotes[2].ID: {Speaker: ptr("u1")},
		},
		Added: []annotate.AddedQuote{{ID: "a1", Start: start, End: start + len("Jane Park"), Speaker: res.Speakers[0].ID}},
		Speakers: map[string]annotate.SpeakerCorrection{
			"u1":               {Name: "=HYPERLINK(\"x\") <i>&\u202e", Category: "member of the public", Gender: "prefer not to say"},
			res.Speakers[0].ID: {Gender: "woman", Category: "official", Kind: "person"},
			res.Speakers[1].ID: {MergedInto: res.Speakers[0].ID, Name: "Renamed"},
		},
	}
}

func deskState(t *testing.T) (annotate.Result, annotate.Corrections) {
	res, err := annotate.Annotate(deskText, annotate.Options{Dateline: "2025-10-17"})
	require.NoError(t, err)
	return res, deskCorrections(t, res)
}

func marshal(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return terminalSafe(string(b))
}

func TestAppendSummaryMatchesEncodingJSON(t *testing.T) {
	res, c := deskState(t)
	corrected, err := annotate.Summarize(deskText, res, c)
	require.NoError(t, err)
	plain, err := annotate.Summarize(deskText, res, annotate.Corrections{})
	require.NoError(t, err)
	conf, tiny := 0.25, 1e-7
	tests := []struct {
		name string
		sum  annotate.Summary
	}{
		{"zero value", annotate.Summary{}},
		{"no corrections", plain},
		{"corrected", corrected},
		{"by hand", annotate.Summary{
			Version: "v <1> & \"2\"", Unit: annotate.UnitUTF16,
			Speakers: []annotate.SpeakerSummary{
				{ID: "s1", Name: "A\tB", QuoteGroup: annotate.QuoteGroup{Quotes: 1, Words: 3, Share: tiny, QuoteIDs: []string{"q1"}}, Edited: true},
				{ID: "s2", Aliases: []string{"x", "\xff"}},
			},
			Quotes: []annotate.QuoteSummary{
				{ID: "q1", Speaker: ptr("s1"), Confidence: &conf, Check: true, CheckWhy: []string{"low confidence"}, Dismissed: true, Added: true, Cue: "said"},
				{ID: "q2"},
			},
			Timeline:  []annotate.DateSummary{{Index: 1, Text: "t", Type: "DATE", Value: "2025", Mod: "APPROX", Readable: "2025"}},
			Durations: []annotate.DateSummary{},
			Totals:    annotate.Totals{Sources: 1, ByGender: []annotate.GroupTotal{{Key: "unset", Share: 1e21}, {Key: "woman", Share: 0.5}}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, marshal(t, tt.sum), string(AppendSummary(nil, tt.sum)))
		})
	}
}

func TestAppendCorrectionsMatchesEncodingJSON(t *testing.T) {
	_, c := deskState(t)
	for _, c := range []annotate.Corrections{
		{},
		{Version: 1, Quotes: map[string]annotate.QuoteCorrection{}, Added: []annotate.AddedQuote{}, Speakers: map[string]annotate.SpeakerCorrection{}},
		{Quotes: map[string]annotate.QuoteCorrection{"q10": {}, "q2": {Speaker: ptr("")}, "<q>": {Checked: true}}},
		c,
		c.ToUTF16(deskText),
	} {
		assert.Equal(t, marshal(t, c), string(AppendCorrections(nil, c)))
	}
}

// encodeRecord is the JSON export as annotate wrote it with encoding/json.
func encodeRecord(t testing.TB, text string, res annotate.Result, c annotate.Corrections, opts annotate.ExportOptions) string {
	rec, err := annotate.NewExportRecord(text, res, c, opts)
	require.NoError(t, err)
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(rec))
	return terminalSafe(b.String())
}

func TestExportMatchesEncodingJSON(t *testing.T) {
	res, c := deskState(t)
	empty, err := annotate.Annotate("", annotate.Options{})
	require.NoError(t, err)
	for _, tt := range []struct {
		name, text string
		res        annotate.Result
		c          annotate.Corrections
	}{{"empty", "", empty, annotate.Corrections{}}, {"engine's", deskText, res, annotate.Corrections{}}, {"corrected", deskText, res, c}} {
		for _, utf16 := range []bool{false, true} {
			t.Run(tt.name+"/utf16="+strconv.FormatBool(utf16), func(t *testing.T) {
				opts := annotate.ExportOptions{Version: "v<1>", Time: "2025-10-17T09:30:00Z", UTF16: utf16}
				got, err := Export(tt.text, tt.res, tt.c, annotate.ExportJSON, opts)
				require.NoError(t, err)
				assert.Equal(t, encodeRecord(t, tt.text, tt.res, tt.c, opts), got)
			})
		}
	}
}

func TestExportOtherFormats(t *testing.T) {
	res, c := deskState(t)
	for _, f := range annotate.ExportFormats[1:] {
		want, err := annotate.Export(deskText, res, c, f, annotate.ExportOptions{})
		require.NoError(t, err)
		got, err := Export(deskText, res, c, f, annotate.ExportOptions{})
		require.NoError(t, err)
		assert.Equal(t, want, got, "format %s", f)
	}
	_, err := Export(deskText, res, c, "pdf", annotate.ExportOptions{})
	assert.ErrorContains(t, err, `unknown export "pdf"`)
	_, err = Export(deskText, res, annotate.Corrections{Version: 9}, annotate.ExportJSON, annotate.ExportOptions{})
	assert.EqualError(t, err, "annotate: corrections version 9 is not 1")
}

func TestIndent(t *testing.T) {
	for _, src := range []string{
		`{}`, `[]`, `{"a":[],"b":{},"c":[1,{"d":null}],"e":"x\u003cy\u003e\u0026\\u003c\"\u2028"}`,
		`"\\\\u003c"`, `[[[]],[{}]]`,
	} {
		var want strings.Builder
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		var v any
		require.NoError(t, json.Unmarshal([]byte(src), &v))
		require.NoError(t, enc.Encode(v))
		// Re-encode v as this package writes compact JSON: encoding/json with HTML escaping.
		compact, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, want.String(), string(indent(nil, compact))+"\n", "from %s", compact)
	}
}
