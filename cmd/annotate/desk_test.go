package main

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCSVFormats checks -format csv and -format sources-csv: RFC 4180
// that reads back, one row per quote or per speaker. (annotate's tests
// check the cells a spreadsheet would run.)
func TestCSVFormats(t *testing.T) {
	article := "“We will rebuild the pier,” Ines Moreau said.\n\n“Too late,” said Tom Hale. “Not yet,” Moreau added."
	tests := []struct {
		format string
		want   [][]string
	}{
		{"csv", [][]string{
			{"id", "speaker", "speaker_id", "role", "kind", "category", "gender", "quote", "words", "paragraph", "cue", "attribution", "confidence", "flags"},
			{"q1", "Ines Moreau", "s1", "", "person", "", "", "“We will rebuild the pier,”", "5", "1", "said", "cue", "0.98", ""},
			{"q2", "Tom Hale", "s2", "", "person", "", "", "“Too late,”", "2", "2", "said", "cue", "0.98", ""},
			{"q3", "Ines Moreau", "s1", "", "person", "", "", "“Not yet,”", "2", "2", "added", "cue", "0.98", ""},
		}},
		{"sources-csv", [][]string{
			{"speaker_id", "speaker", "role", "kind", "category", "gender", "quotes", "words", "share", "aliases"},
			{"s1", "Ines Moreau", "", "person", "", "", "2", "7", "0.7778", "Moreau"},
			{"s2", "Tom Hale", "", "person", "", "", "1", "2", "0.2222", ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			status, stdout, stderr := runCLI(t, article, "-format", tt.format)
			require.Equal(t, 0, status, stderr)
			assert.True(t, strings.HasSuffix(stdout, "\r\n"))
			got, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	status, _, stderr := runCLI(t, article, "-format", "xlsx")
	assert.Equal(t, 2, status)
	assert.Contains(t, stderr, `unknown -format "xlsx" (want json, text, html, csv or sources-csv)`)
}
