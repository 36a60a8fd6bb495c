package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"

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
