package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/stretchr/testify/require"
)

// TestNarrativeValueAccuracy measures the value accuracy of the date
// stage on history writing whose events lie far from the dateline
// (rules D20-D21): testdata/narrative/storyN.txt, texts of our own, with
// storyN.want listing "expression|value" in text order, as a TimeML
// annotator would give them against a dateline of 17 October 2025. An
// expected expression counts as right when a date found overlapping it
// has its value. The aim of issue 13 is 0.80 on narrative text; the test
// holds the stage to 0.90 here, and logs every miss.
func TestNarrativeValueAccuracy(t *testing.T) {
	dct := time.Date(2025, 10, 17, 0, 0, 0, 0, time.UTC)
	wants, err := filepath.Glob(filepath.Join("testdata", "narrative", "*.want"))
	require.NoError(t, err)
	require.NotEmpty(t, wants)
	right, total := 0, 0
	for _, want := range wants {
		textBytes, err := os.ReadFile(strings.TrimSuffix(want, ".want") + ".txt")
		require.NoError(t, err)
		lines, err := os.ReadFile(want)
		require.NoError(t, err)
		text := string(textBytes)
		found := Find(core.NewDocument(text), dct)
		from := 0 // expected expressions come in text order
		for _, line := range strings.Split(strings.TrimSpace(string(lines)), "\n") {
			expr, value, ok := strings.Cut(line, "|")
			require.True(t, ok, "%s: %q", want, line)
			total++
			at := strings.Index(text[from:], expr)
			require.GreaterOrEqual(t, at, 0, "%s: %q not in the text after offset %d", want, expr, from)
			span := core.Span{Start: from + at, End: from + at + len(expr)}
			from = span.End
			got := ""
			for _, d := range found {
				if d.Span.Start < span.End && span.Start < d.Span.End {
					got = d.Value
					break
				}
			}
			if got == value {
				right++
			} else {
				t.Logf("%s: %q want %s, got %q", filepath.Base(want), expr, value, got)
			}
		}
	}
	acc := float64(right) / float64(total)
	t.Logf("narrative value accuracy %d/%d = %.3f", right, total, acc)
	require.GreaterOrEqual(t, acc, 0.90)
}
