package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldTimexOf builds a gold time expression for sub in text, with code-point
// offsets as the corpus counts them.
func goldTimexOf(t *testing.T, text, sub, typ, value string) goldTimex {
	t.Helper()
	i := strings.Index(text, sub)
	require.GreaterOrEqual(t, i, 0, sub)
	start := utf8.RuneCountInString(text[:i])
	return goldTimex{Start: start, End: start + utf8.RuneCountInString(sub), Text: sub, Type: typ, Value: value}
}

func TestScoreDates(t *testing.T) {
	// Two invented documents. The first has a curly apostrophe before its
	// dates, so byte and code-point offsets differ.
	text1 := "Zelenskiy’s visit ended on Friday. Officials will meet again next week."
	text2 := "Now prices have risen for the past four years, analysts said on Tuesday, for a while."
	docs := []dateDoc{
		{ID: "one", DCT: "2025-10-17", Text: text1, Timexes: []goldTimex{
			goldTimexOf(t, text1, "Friday", "DATE", "2025-10-17"),  // strict, value right
			goldTimexOf(t, text1, "next week", "DATE", "2025-W43"), // strict, value right
		}},
		{ID: "two", DCT: "2025-10-17", Text: text2, Timexes: []goldTimex{
			goldTimexOf(t, text2, "four years", "DURATION", "P4Y"), // relaxed only ("the past four years")
			goldTimexOf(t, text2, "Tuesday", "DATE", "2025-10-21"), // strict, value wrong (found 2025-10-14)
			goldTimexOf(t, text2, "a while", "DURATION", "PXX"),    // missed; "Now" is spurious
		}},
	}
	path := filepath.Join(t.TempDir(), "dates.jsonl")
	var b strings.Builder
	for _, d := range docs {
		line, err := json.Marshal(d)
		require.NoError(t, err)
		b.Write(line)
		b.WriteByte('\n')
	}
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))

	r, err := ScoreDates(path)
	require.NoError(t, err)
	assert.Equal(t, 2, r.Docs)
	assert.Equal(t, 5, r.Gold)
	assert.Equal(t, 5, r.System)
	assert.Equal(t, 3, r.Strict)
	assert.Equal(t, 4, r.Relaxed)
	assert.Equal(t, 4, r.TypeOK)
	assert.Equal(t, 3, r.ValueOK)
	assert.InDelta(t, 0.8, r.RelaxedP(), 1e-9)
	assert.InDelta(t, 0.8, r.RelaxedF1(), 1e-9)
	assert.InDelta(t, 0.6, r.StrictF1(), 1e-9)
	assert.InDelta(t, 0.75, r.ValueAccuracy(), 1e-9)
	assert.InDelta(t, 0.6, r.ValueF1(), 1e-9)

	kinds := map[string]int{}
	for _, e := range r.Errors {
		kinds[e.Kind]++
	}
	assert.Equal(t, map[string]int{"missed": 1, "spurious": 1, "value": 1}, kinds)
	assert.Contains(t, r.String(), "relaxed     0.800  0.800  0.800")
	assert.Contains(t, r.Details(), `gold="a while" DURATION PXX`)
}

func TestScoreDatesMissingFile(t *testing.T) {
	_, err := ScoreDates(filepath.Join(t.TempDir(), "absent.jsonl"))
	assert.Error(t, err)
}
