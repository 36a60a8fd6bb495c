package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate/quote"
)

// TestFitConfidence refits the table on an invented file: two quotes with
// a cue next to them right and one wrong (the gold file gives its words to
// someone else), and one carried over from the previous quote, right.
func TestFitConfidence(t *testing.T) {
	text := "“The ferry will run at dawn,” said Ana Berg.\n\n" +
		"“We tested it twice,” Berg said. “It floats.”\n\n" +
		"“I doubt it,” said Karl Lind."
	ana := "Ana Berg"
	a := newArticle(t, text).
		goldSaid("“The ferry will run at dawn,”", &ana, "", "").
		goldSaid("“We tested it twice,”", &ana, "", "").
		goldSaid("“It floats.”", &ana, "", "").
		goldSaid("“I doubt it,”", &ana, "", "")
	line, err := json.Marshal(quoteDoc{ID: "invented:ferry", Text: text, Quotes: a.gold})
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	require.NoError(t, os.WriteFile(path, append(line, '\n'), 0o600))

	f, err := FitConfidence(path)
	require.NoError(t, err)
	require.Len(t, f.Ways, len(quote.Ways()))
	got := map[string][2]int{}
	for _, w := range f.Ways {
		if w.Quotes > 0 {
			got[w.Name] = [2]int{w.Right, w.Quotes}
		}
	}
	assert.Equal(t, map[string][2]int{"CueAdjacent": {2, 3}, "PreviousQuote": {1, 1}}, got)
	for _, w := range f.Ways {
		if w.Name == "CueAdjacent" {
			assert.InDelta(t, 0.6, w.Confidence(), 1e-9, "(2+1)/(3+2)")
		}
	}

	// The fit judges the quotes as the calibration of make eval does.
	r, err := ScoreSources(path)
	require.NoError(t, err)
	assert.Equal(t, r.Calibration, f.Before)
	assert.Equal(t, 4, f.After.Judged)
	// Out of sample: the one article is its fold's only one, so its quotes
	// get the confidence of a table fitted on nothing, one half.
	assert.Equal(t, 4, f.CrossValidated.Bins[5].N)
	assert.Equal(t, 4, f.CrossValidated.Judged)
	assert.Contains(t, f.GoSource(), "\twayCueAdjacent:       {2, 3},\n")
	assert.Contains(t, f.GoSource(), "\twayPreviousQuote:     {1, 1},\n")
	assert.Contains(t, f.String(), "expected calibration error, refitted")
}
