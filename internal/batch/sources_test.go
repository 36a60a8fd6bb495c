package batch

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// archive is a small archive of articles written for these tests: two
// outlets, two months, speakers quoted in several articles under different
// spellings.
var archive = []string{
	`{"id": 1, "outlet": "Harbour News", "published": "2025-10-03T08:00:00Z", "text": "“We will rebuild the pier by next summer,” the harbour master, Ines Moreau, said.\n\n“Nobody should fish there,” Moreau added."}`,
	`{"id": 2, "outlet": "Harbour News", "published": "2025-10-20", "text": "Tom Hale, a fisherman, said: “It is too late for us.”\n\n“The pier is safe,” said Ines  Moreau."}`,
	`{"id": 3, "outlet": "Coast Daily", "dct": "2025-11-02", "text": "“Ferries will run again on Monday,” the city council said in a statement."}`,
	`{"id": 4, "outlet": "Coast Daily", "published": "2025-11-09", "text": "“We were never told,” said Tom Hale.\n\n“It is a scandal,” Hale said."}`,
	`{"id": 5, "outlet": "Coast Daily", "published": "not a date", "text": "No one was quoted in this one."}`,
	`{"id": 6, "outlet": "Harbour News", "published": "2025-10-28", "text": "“The work starts in spring,” Ines Moreau said."}`,
}

func readAll(t *testing.T, lines []string, opts SourceOptions) []Article {
	t.Helper()
	var out []Article
	for i, l := range lines {
		a, err := ReadSources([]byte(l), i+1, opts)
		require.NoError(t, err, l)
		out = append(out, a)
	}
	return out
}

func TestReadSourcesOfResultsEqualsOfArticles(t *testing.T) {
	opts := SourceOptions{By: []string{"outlet", Month, "missing"}}
	var results []string
	for i, l := range archive {
		out, err := ProcessLine([]byte(l), i+1, opts.Options)
		require.NoError(t, err)
		results = append(results, string(out))
	}
	fromArticles := readAll(t, archive, opts)
	assert.Equal(t, fromArticles, readAll(t, results, opts))
	assert.Equal(t, []string{"Harbour News", "2025-10", ""}, fromArticles[0].Group)
	assert.Equal(t, []string{"Coast Daily", "2025-11", ""}, fromArticles[2].Group, "month from the dct when there is no published date")
	assert.Equal(t, []string{"Coast Daily", "", ""}, fromArticles[4].Group, "no month from a malformed date and no dateline")
}

func TestReadSourcesBadLines(t *testing.T) {
	tests := []struct{ name, line, msg string }{
		{"neither", `{"id": 1}`, "neither a result"},
		{"half a result", `{"quotes": []}`, `a result needs both "quotes" and "speakers"`},
		{"bad quotes", `{"quotes": {}, "speakers": []}`, `field "quotes"`},
		{"not JSON", `{`, "invalid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadSources([]byte(tt.line), 3, SourceOptions{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), "line 3: "+tt.msg)
		})
	}
}

func TestTableMergeIsOrderFree(t *testing.T) {
	by := []string{"outlet"}
	articles := readAll(t, archive, SourceOptions{By: by})
	whole := NewTable(by)
	for _, a := range articles {
		whole.Add(a)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		parts := []*Table{NewTable(by), NewTable(by), NewTable(by)}
		for _, i := range r.Perm(len(articles)) {
			parts[r.IntN(len(parts))].Add(articles[i])
		}
		merged := NewTable(by)
		for _, i := range r.Perm(len(parts)) {
			merged.Merge(parts[i])
		}
		require.Equal(t, whole.Rows(), merged.Rows())
	}
}

func TestTableRoundTripsThroughJSON(t *testing.T) {
	by := []string{"outlet", Month}
	table := NewTable(by)
	for _, a := range readAll(t, archive, SourceOptions{By: by}) {
		table.Add(a)
	}
	data, err := json.Marshal(table)
	require.NoError(t, err)
	var back Table
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, table.Rows(), back.Rows())

	var zero Table
	zero.Merge(&back)
	assert.Equal(t, table.Rows(), zero.Rows(), "a zero Table can be merged into")
}

func TestTableRows(t *testing.T) {
	table := NewTable([]string{"outlet"})
	for _, a := range readAll(t, archive, SourceOptions{By: []string{"outlet"}}) {
		table.Add(a)
	}
	rows := table.Rows()
	var hale, moreau Row
	shares := map[string]float64{}
	for _, r := range rows {
		shares[r.Group[0]] += r.Share
		switch r.Name {
		case "Tom Hale":
			if r.Group[0] == "Harbour News" {
				hale = r
			}
		case "Ines Moreau":
			moreau = r
		}
	}
	assert.Equal(t, Row{Group: []string{"Harbour News"}, Name: "Ines Moreau", Kind: "person", Articles: 3, Quotes: 4, Words: 21, Share: 21.0 / 27}, moreau,
		"“Ines  Moreau” joins “Ines Moreau” by normalized name, the most common spelling shown")
	assert.Equal(t, 6, hale.Words)
	for g, s := range shares {
		assert.InDelta(t, 1, s, 1e-9, g)
	}
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"Ines Moreau": "ines moreau", " ines  MOREAU. ": "ines moreau", "O’Neil": "o neil", "the city council": "the city council", "": "",
	} {
		assert.Equal(t, want, NormalizeName(in), in)
	}
}

// TestWriteGolden holds both writers to files reviewed by eye.
func TestWriteGolden(t *testing.T) {
	by := []string{"outlet", Month}
	table := NewTable(by)
	for _, a := range readAll(t, archive, SourceOptions{By: by}) {
		table.Add(a)
	}
	for name, write := range map[string]func(*bytes.Buffer) error{
		"archive.csv":  func(b *bytes.Buffer) error { return table.WriteCSV(b) },
		"archive.json": func(b *bytes.Buffer) error { return table.WriteJSON(b) },
	} {
		var b bytes.Buffer
		require.NoError(t, write(&b))
		path := filepath.Join("testdata", name)
		if *update {
			require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, string(want), b.String(), name)
	}
	var empty bytes.Buffer
	require.NoError(t, NewTable(nil).WriteJSON(&empty))
	assert.Equal(t, "[]\n", empty.String())
	assert.True(t, strings.HasPrefix(string(must(os.ReadFile("testdata/archive.csv"))), "outlet,month,name,kind,articles,quotes,words,share\n"))
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestWriteCSVIsSafe: a group value or a name that a spreadsheet would run
// as a formula is written with a leading apostrophe (CSV injection).
func TestWriteCSVIsSafe(t *testing.T) {
	lines := []string{
		`{"id": 1, "outlet": "=HYPERLINK(\"http://x.example\")", "text": "“We will open the pier again in spring,” said Ines Moreau."}`,
	}
	table := NewTable([]string{"outlet"})
	for _, a := range readAll(t, lines, SourceOptions{By: []string{"outlet"}}) {
		table.Add(a)
	}
	var b bytes.Buffer
	require.NoError(t, table.WriteCSV(&b))
	assert.Contains(t, b.String(), `"'=HYPERLINK(""http://x.example"")"`)
	assert.NotContains(t, b.String(), "\n=")
	assert.NotContains(t, b.String(), ",=")
}
