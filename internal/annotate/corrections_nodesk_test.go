//go:build nodesk

package annotate

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoDeskBuild checks the build of the embed's module (the nodesk tag;
// make test-native runs it): the engine's summary is the whole build's
// (the same reviewed file), and every kind of correction is refused with
// an error that says why.
func TestNoDeskBuild(t *testing.T) {
	want, err := os.ReadFile(engineSummaryGolden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(engineSummaryJSON(t, Corrections{})))
	assert.Equal(t, string(want), string(engineSummaryJSON(t, Corrections{Version: CorrectionsVersion})))

	res := deskResult(t)
	require.NotEmpty(t, res.Quotes)
	yes, none := "s1", ""
	for name, c := range map[string]Corrections{
		"a quote":   {Quotes: map[string]QuoteCorrection{res.Quotes[0].ID: {Speaker: &none}}},
		"a check":   {Quotes: map[string]QuoteCorrection{res.Quotes[0].ID: {Checked: true}}},
		"an added":  {Added: []AddedQuote{{ID: "a1", Start: 0, End: 4, Speaker: yes}}},
		"a speaker": {Speakers: map[string]SpeakerCorrection{"s1": {Name: "Someone"}}},
		"a version": {Version: CorrectionsVersion + 1},
	} {
		_, err := Summarize(deskArticle, res, c)
		if assert.Error(t, err, name) {
			assert.Contains(t, err.Error(), "nodesk", name)
		}
	}
}
