package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// TestAttributionAndConfidence checks the kind and the confidence of each
// way a speaker is found, on text written for the test.
func TestAttributionAndConfidence(t *testing.T) {
	text := "“We will win,” Maria Lopez said. “It will not be close.”\n\n" +
		"“The roads are ready,” she said.\n\n" +
		"“Nobody expected this turnout.”"
	quotes, _ := Find(core.NewDocument(text))
	alone, _ := Find(core.NewDocument("“Bring the sandbags before the river rises.”"))
	quotes = append(quotes, alone...)
	want := []string{AttributionCue, AttributionContext, AttributionPronoun, AttributionContext, AttributionNone}
	var got []string
	for _, q := range quotes {
		got = append(got, q.Attribution)
		assert.GreaterOrEqual(t, q.Confidence, 0.0)
		assert.LessOrEqual(t, q.Confidence, 1.0)
		assert.Equal(t, q.Speaker == nil, q.Confidence == 0, "no speaker, and only then, confidence 0: %s", q.Text)
	}
	assert.Equal(t, want, got)
	if len(quotes) == len(want) {
		assert.Greater(t, quotes[0].Confidence, quotes[3].Confidence, "a cue next to the quote is surer than the paragraphs around it")
	}
}

// TestWayTable checks the confidence table against the attribution kinds:
// every way a speaker can be found (each basis, with a name or a pronoun)
// falls in one way of the table, a way never mixes two kinds, every way is
// reached, and a confidence is in [0, 1], 0 for no speaker and only then.
func TestWayTable(t *testing.T) {
	kindOf := map[way]string{}
	for _, ent := range []int32{-1, 0} {
		for b := range numBases {
			if ent >= 0 && b == basisNone {
				continue // every rule that picks a speaker sets a basis
			}
			for _, pronoun := range []bool{false, true} {
				a := attribution{ent: ent, basis: b, pronoun: pronoun}
				w, k := a.way(), a.kind()
				require.Less(t, w, numWays)
				if prev, ok := kindOf[w]; ok {
					assert.Equal(t, prev, k, "way %s holds two kinds (basis %d, pronoun %v)", wayNames[w], b, pronoun)
				}
				kindOf[w] = k
				c := a.confidence()
				assert.GreaterOrEqual(t, c, 0.0)
				assert.LessOrEqual(t, c, 1.0)
				assert.Equal(t, ent < 0, c == 0, "no speaker, and only then, confidence 0 (way %s)", wayNames[w])
				assert.Equal(t, ent < 0, w == wayNone)
			}
		}
	}
	assert.Len(t, kindOf, int(numWays), "every way of the table is reached")
	seen := map[string]bool{}
	for w, name := range wayNames {
		assert.NotEmpty(t, name, "way %d has no name", w)
		assert.False(t, seen[name], "two ways named %s", name)
		seen[name] = true
	}
	for w, n := range wayCounts {
		assert.True(t, 0 <= n.right && n.right <= n.quotes, "way %s: %d right of %d", wayNames[w], n.right, n.quotes)
	}
}

// TestFindWays checks that FindWays returns Find's quotes with the way of
// each, on text written for the test.
func TestFindWays(t *testing.T) {
	text := "“We will win,” Maria Lopez said. “It will not be close.”\n\n" +
		"“The roads are ready,” she said.\n\n" +
		"Asked about the vote, Pedro Ruiz said, “We have the numbers.”\n\n" +
		"“Nobody expected this turnout.”"
	want, wantSpeakers := Find(core.NewDocument(text))
	quotes, speakers, ways := FindWays(core.NewDocument(text))
	assert.Equal(t, want, quotes)
	assert.Equal(t, wantSpeakers, speakers)
	assert.Equal(t, []string{"CueAdjacent", "PreviousQuote", "PronounAdjacent", "CueAdjacent", "PreviousParagraph"}, ways)
}
