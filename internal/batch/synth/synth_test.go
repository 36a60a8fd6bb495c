package synth

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteIsJSONLinesAndRepeatable(t *testing.T) {
	var a, b bytes.Buffer
	n, err := Write(&a, 20, 7)
	require.NoError(t, err)
	assert.Equal(t, int64(a.Len()), n)
	_, err = Write(&b, 20, 7)
	require.NoError(t, err)
	assert.Equal(t, a.String(), b.String(), "the same seed gives the same archive")

	lines := strings.Split(strings.TrimSuffix(a.String(), "\n"), "\n")
	require.Len(t, lines, 20)
	for _, l := range lines {
		var rec struct {
			ID        int    `json:"id"`
			Outlet    string `json:"outlet"`
			Published string `json:"published"`
			Text      string `json:"text"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &rec))
		assert.NotEmpty(t, rec.Outlet)
		assert.Len(t, rec.Published, len("2025-01-02"))
		assert.Greater(t, len(rec.Text), 1000)
		assert.Contains(t, rec.Text, "“")
	}
}
