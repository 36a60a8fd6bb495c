package annotate

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deskCorrections are an editor's work on deskArticle: a quote moved to a
// new speaker (whose name a spreadsheet would run as a formula), one
// dismissed, two speakers merged, a missed quote added, genders recorded.
var deskCorrections = Corrections{
	Version: 1,
	Quotes:  map[string]QuoteCorrection{"q5": {Speaker: str("u1")}, "q2": {Dismissed: true}, "q1": {Checked: true}},
	Added:   []AddedQuote{{ID: "a1", Start: 0, End: 10, Speaker: "s1"}},
	Speakers: map[string]SpeakerCorrection{
		"u1": {Name: "=HYPERLINK(\"http://x\") \u202eevil", Category: "member of the public", Gender: "prefer not to say"},
		"s1": {Gender: "woman", Category: "official"},
		"s3": {MergedInto: "s2"},
	},
}

// TestExportGolden writes every export of the corrected desk article and
// compares it with its reviewed file under testdata/export (-update
// rewrites them; review them by eye).
func TestExportGolden(t *testing.T) {
	res := deskResult(t)
	ext := map[ExportFormat]string{ExportJSON: "json", ExportCSVQuotes: "quotes.csv", ExportCSVSources: "sources.csv",
		ExportHTMLReport: "report.html", ExportHTMLFragment: "fragment.html", ExportText: "txt"}
	for _, f := range ExportFormats {
		t.Run(string(f), func(t *testing.T) {
			opts := ExportOptions{Version: "test", Time: "2025-10-17T09:30:00Z"}
			got, err := Export(deskArticle, res, deskCorrections, f, opts)
			if f == ExportJSON { // resultjson writes it; its tests hold it to this encoding
				got, err = encodeRecord(t, deskArticle, res, deskCorrections, opts), nil
			}
			require.NoError(t, err)
			path := filepath.Join("testdata", "export", "desk."+ext[f])
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -run TestExportGolden -update, then review the files by eye")
			assert.Equal(t, string(want), got)
		})
	}
}

// encodeRecord is the JSON export of text as encoding/json writes the
// record (resultjson.Export writes the same bytes; its tests check it).
func encodeRecord(t *testing.T, text string, res Result, c Corrections, opts ExportOptions) string {
	rec, err := NewExportRecord(text, res, c, opts)
	require.NoError(t, err)
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(rec))
	return b.String()
}

func TestExportRecordUnits(t *testing.T) {
	text := "🙂 “Yes,” said Ana Duarte on Friday."
	res, err := Annotate(text, Options{Dateline: "2025-10-17"})
	require.NoError(t, err)
	c := Corrections{Added: []AddedQuote{{ID: "a1", Start: len("🙂 "), End: len("🙂 “Yes")}}}
	for _, tt := range []struct {
		utf16      bool
		unit       string
		start, end int
	}{{false, "utf-8", 5, 11}, {true, "utf-16", 3, 7}} {
		rec, err := NewExportRecord(text, res, c, ExportOptions{UTF16: tt.utf16})
		require.NoError(t, err)
		assert.Equal(t, tt.unit, rec.Unit)
		assert.Equal(t, tt.unit, rec.Summary.Unit)
		assert.Equal(t, text, rec.Text)
		assert.Equal(t, CorrectionsVersion, rec.Corrections.Version, "the version is recorded")
		assert.Equal(t, []AddedQuote{{ID: "a1", Start: tt.start, End: tt.end}}, rec.Corrections.Added)
		if tt.utf16 {
			assert.Equal(t, res, rec.Result.FromUTF16(text), "the UTF-16 result converts back")
		} else {
			assert.Equal(t, res, rec.Result)
		}
	}
}

func TestCSVSafe(t *testing.T) {
	for cell, want := range map[string]string{
		"=SUM(A1)": "'=SUM(A1)", "+1": "'+1", "-1": "'-1", "@cmd": "'@cmd", "\tx": "'\tx", "\rx": "'\rx",
		"Ana": "Ana", "": "", " =x": " =x", "“=x”": "“=x”",
	} {
		assert.Equal(t, want, csvSafe(cell), cell)
	}
}

// TestExportCSVReads checks that both CSVs read back as RFC 4180, every
// row as wide as the header, and that no cell the article or the editor
// wrote can start a formula.
func TestExportCSVReads(t *testing.T) {
	res := deskResult(t)
	for _, f := range []ExportFormat{ExportCSVQuotes, ExportCSVSources} {
		out, err := Export(deskArticle, res, deskCorrections, f, ExportOptions{})
		require.NoError(t, err)
		assert.True(t, strings.HasSuffix(out, "\r\n"), "CRLF line ends")
		records, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		require.NoError(t, err)
		require.Greater(t, len(records), 1)
		for _, rec := range records[1:] {
			for _, cell := range rec {
				if cell != "" && strings.ContainsRune("=+@\t\r", rune(cell[0])) {
					t.Errorf("%s: cell %q starts a formula", f, cell)
				}
			}
		}
	}
}

// TestExportText checks that no control character of the article reaches
// the plain text, and that each quote carries its speaker's label.
func TestExportText(t *testing.T) {
	text := "Ana Duarte said: “Vote\x1b[31m now\u202e, or\u0007 never.”\r\n\r\nShe left."
	res, err := Annotate(text, Options{})
	require.NoError(t, err)
	out, err := Export(text, res, Corrections{}, ExportText, ExportOptions{})
	require.NoError(t, err)
	for _, r := range out {
		if r != '\n' && (unicode.IsControl(r) || isBidiControl(r)) {
			t.Errorf("control character %U in the text export", r)
		}
	}
	assert.Contains(t, out, "Ana Duarte said: [Ana Duarte] “Vote[31m now, or never.”\n\nShe left.")
}

func TestExportErrors(t *testing.T) {
	res := deskResult(t)
	_, err := Export(deskArticle, res, Corrections{}, "pdf", ExportOptions{})
	assert.EqualError(t, err, `annotate: unknown export "pdf" (want json, csv-quotes, csv-sources, html-report, html-fragment, text)`)
	_, err = Export(deskArticle, res, Corrections{Version: 9}, ExportCSVQuotes, ExportOptions{})
	assert.EqualError(t, err, "annotate: corrections version 9 is not 1")
	_, err = NewExportRecord(deskArticle, res, Corrections{Version: 9}, ExportOptions{})
	assert.EqualError(t, err, "annotate: corrections version 9 is not 1")
	_, err = Export(deskArticle, res, Corrections{}, ExportJSON, ExportOptions{})
	assert.ErrorIs(t, err, ErrJSONExport)
}

func TestExportTitle(t *testing.T) {
	assert.Equal(t, "Title", ExportTitle("\n\n## Title ##\nbody"))
	assert.Equal(t, "Annotated article", ExportTitle(" \n\x00\n"))
	assert.Equal(t, "Bell rings", ExportTitle("\x07Bell\trings"))
	assert.Equal(t, strings.Repeat("é", 79)+"…", ExportTitle(strings.Repeat("é", 100)))
}

func TestCleanText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Maria Lopez", "Maria Lopez"},
		{"", ""},
		{"a\tb", "a b"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"a\x00b\x7fc", "abc"},
		{"Théo \u202eevil\u202c", "Théo evil"},
		{"bad \xff byte", "bad \uFFFD byte"},
	} {
		assert.Equal(t, tt.want, cleanText(tt.in), "%q", tt.in)
	}
}
