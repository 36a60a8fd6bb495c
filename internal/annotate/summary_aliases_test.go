package annotate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSummaryAliasesCase: an alias is listed once whatever its case, the
// name is none, and neither are the pronouns, in any case.
func TestSummaryAliasesCase(t *testing.T) {
	text := "“Yes,” said Maria Lopez. MARIA LOPEZ, Ms Lopez, ms LOPEZ, She, HER, Lopez, Their, Théo."
	from := 0 // each phrase is looked for after the one before
	span := func(s string) Span {
		i := strings.Index(text[from:], s)
		require.GreaterOrEqual(t, i, 0, s)
		from += i + len(s)
		return Span{Start: from - len(s), End: from}
	}
	id := "s1"
	res := Result{Format: FormatPlain, Quotes: []Quote{{ID: "q1", Span: span("“Yes,”"), Speaker: &id, Attribution: "cue", Confidence: 0.9}}}
	sp := Speaker{ID: id, Name: "Maria Lopez", Kind: "person"}
	for _, m := range []string{"Maria Lopez", "MARIA LOPEZ", "Ms Lopez", "ms LOPEZ", "She", "HER", "Lopez", "Their", "Théo"} {
		sp.Mentions = append(sp.Mentions, Mention{Span: span(m)})
	}
	res.Speakers = []Speaker{sp}
	finish(text, &res)
	sum, err := Summarize(text, res, Corrections{})
	require.NoError(t, err)
	require.Len(t, sum.Speakers, 1)
	assert.Equal(t, []string{"Ms Lopez", "Lopez", "Théo"}, sum.Speakers[0].Aliases)
}

func TestIsPronoun(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"she", true}, {"SHE", true}, {"Their", true}, {"i", true}, {"It", true},
		{"", false}, {"shes", false}, {"theirs", false}, {"Lopez", false}, {"hér", false},
	} {
		assert.Equal(t, tt.want, isPronoun(tt.word), tt.word)
	}
}
