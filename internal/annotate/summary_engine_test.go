package annotate

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// engineSummaryGolden is the reviewed summary of deskArticle with no
// corrections: what the embed's panel shows. Both builds must give it: the
// whole one (TestEngineSummaryGolden) and the nodesk one, which has its
// own applyCorrections (TestNoDeskBuild).
var engineSummaryGolden = filepath.Join("testdata", "golden", "desk-engine-summary.json")

// engineSummaryJSON is the summary of deskArticle with corrections c, as
// indented JSON.
func engineSummaryJSON(t *testing.T, c Corrections) []byte {
	t.Helper()
	sum, err := Summarize(deskArticle, deskResult(t), c)
	require.NoError(t, err)
	b, err := json.MarshalIndent(sum, "", "  ")
	require.NoError(t, err)
	return append(b, '\n')
}

// TestEngineSummaryGolden checks the engine's summary of deskArticle
// against its reviewed file (-update rewrites it).
func TestEngineSummaryGolden(t *testing.T) {
	got := engineSummaryJSON(t, Corrections{})
	if *update {
		require.NoError(t, os.WriteFile(engineSummaryGolden, got, 0o644))
	}
	want, err := os.ReadFile(engineSummaryGolden)
	require.NoError(t, err, "run go test -run TestEngineSummaryGolden -update, then review the file by eye")
	assert.Equal(t, string(want), string(got))
}
