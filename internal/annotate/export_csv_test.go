package annotate

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// csvWriterRecord is rec as encoding/csv's Writer writes it with UseCRLF,
// the writer writeCSVRecord stands in for.
func csvWriterRecord(t testing.TB, rec []string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	require.NoError(t, w.Write(rec))
	w.Flush()
	require.NoError(t, w.Error())
	return b.String()
}

func TestWriteCSVRecordIsEncodingCSV(t *testing.T) {
	for _, rec := range [][]string{
		{},
		{""},
		{"", ""},
		{"plain", "two words", "1.5"},
		{"a,b", `say "hi"`, "line\nbreak", "cr\rlf\r\n", "lone\r"},
		{" leading space", "\tleading tab", "\u00a0nbsp", "\u2003em space", "trailing "},
		{`\.`, `\..`, "'=SUM(A1)", "é, ü", "\xff\xfe"},
	} {
		var b strings.Builder
		writeCSVRecord(&b, rec)
		assert.Equal(t, csvWriterRecord(t, rec), b.String(), "%q", rec)
	}
}

func FuzzWriteCSVRecord(f *testing.F) {
	f.Add("a", "b,c")
	f.Add(" \"x\"\r\n", `\.`)
	f.Fuzz(func(t *testing.T, a, b string) {
		rec := []string{a, b}
		var out strings.Builder
		writeCSVRecord(&out, rec)
		if want := csvWriterRecord(t, rec); out.String() != want {
			t.Fatalf("%q: wrote %q, encoding/csv writes %q", rec, out.String(), want)
		}
	})
}
