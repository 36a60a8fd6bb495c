package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate"
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
	all := r.All
	assert.Equal(t, 5, all.Gold)
	assert.Equal(t, 5, all.System)
	assert.Equal(t, 3, all.StrictGold)
	assert.Equal(t, 4, all.RelaxedGold)
	assert.Equal(t, 4, all.TypeOK)
	assert.Equal(t, 3, all.ValueOK)
	assert.InDelta(t, 0.8, all.RelaxedP(), 1e-9)
	assert.InDelta(t, 0.8, all.RelaxedF1(), 1e-9)
	assert.InDelta(t, 0.6, all.StrictF1(), 1e-9)
	assert.InDelta(t, 0.75, all.ValueAccuracy(), 1e-9)
	assert.InDelta(t, 0.6, all.ValueF1(), 1e-9)

	// Per type: the three gold DATEs are all found ("Now" is a spurious
	// DATE), Tuesday with a wrong value; of the two DURATIONs one is found,
	// by a longer span.
	date, dur := r.ByType["DATE"], r.ByType["DURATION"]
	require.NotNil(t, date)
	require.NotNil(t, dur)
	assert.Equal(t, DateCounts{Gold: 3, System: 4, StrictGold: 3, StrictSystem: 3, RelaxedGold: 3, RelaxedSystem: 3, TypeOK: 3, ValueOK: 2}, *date)
	assert.Equal(t, DateCounts{Gold: 2, System: 1, StrictGold: 0, StrictSystem: 0, RelaxedGold: 1, RelaxedSystem: 1, TypeOK: 1, ValueOK: 1}, *dur)
	assert.InDelta(t, 0.75, date.StrictP(), 1e-9)
	assert.InDelta(t, 0.5, dur.RelaxedR(), 1e-9)

	kinds := map[string]int{}
	for _, e := range r.Errors {
		kinds[e.Kind]++
	}
	assert.Equal(t, map[string]int{"missed": 1, "spurious": 1, "value": 1, "extent": 1}, kinds)
	out := r.String()
	assert.Contains(t, out, "  relaxed F1           0.800     0.857     0.667\n")
	assert.Contains(t, out, "  measure                all      DATE  DURATION\n")
	assert.Contains(t, r.Details(), `gold="a while" DURATION PXX`)
}

func TestScoreDatesMatchesLargestOverlapFirst(t *testing.T) {
	// A gold span overlapped by two expressions is paired with the one that
	// shares more of it, as score.py does, whatever their order.
	text := "It ran from March to May 1998, they said."
	doc := dateDoc{ID: "x", DCT: "1998-06-01", Text: text, Timexes: []goldTimex{goldTimexOf(t, text, "May 1998", "DATE", "1998-05")}}
	r := &DateReport{ByType: map[string]*DateCounts{}}
	march, may := strings.Index(text, "March to May"), strings.Index(text, "May 1998")
	r.add(doc, []annotate.Date{
		{Span: annotate.Span{Start: march, End: march + len("March to May")}, Type: "DATE", Value: "1998-03"},
		{Span: annotate.Span{Start: may, End: may + len("May 1998,")}, Type: "DATE", Value: "1998-05"},
	})
	assert.Equal(t, 1, r.All.ValueOK, "paired with the larger overlap")
	assert.Equal(t, 0, r.All.StrictGold)
}

func TestScoreDatesMissingFile(t *testing.T) {
	_, err := ScoreDates(filepath.Join(t.TempDir(), "absent.jsonl"))
	assert.Error(t, err)
}
