package annotate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDatelineInTextIsADate checks that the detected dateline is also one of
// the dates found, and that relative dates resolve against it.
func TestDatelineInTextIsADate(t *testing.T) {
	text := "Published 17 October 2025\n\nThe envoy arrived on Thursday and leaves next week."
	res, err := Annotate(text, Options{Format: FormatPlain})
	require.NoError(t, err)
	assert.Equal(t, "2025-10-17", res.Dateline)
	var got []string
	for _, d := range res.Dates {
		got = append(got, d.Text+"|"+d.Type+"|"+d.Value)
	}
	assert.Equal(t, []string{"17 October 2025|DATE|2025-10-17", "Thursday|DATE|2025-10-16", "next week|DATE|2025-W43"}, got)
}
