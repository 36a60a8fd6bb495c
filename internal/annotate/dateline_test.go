package annotate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDatelineInTextIsNotADate checks that the detected dateline is the
// article's date, not one of the time expressions of its text (rule D42:
// TimeML's document creation time), and that relative dates resolve
// against it.
func TestDatelineInTextIsNotADate(t *testing.T) {
	text := "Published 17 October 2025\n\nThe envoy arrived on Thursday and leaves next week."
	res, err := Annotate(text, Options{Format: FormatPlain})
	require.NoError(t, err)
	assert.Equal(t, "2025-10-17", res.Dateline)
	var got []string
	for _, d := range res.Dates {
		got = append(got, d.Text+"|"+d.Type+"|"+d.Value)
	}
	assert.Equal(t, []string{"Thursday|DATE|2025-10-16", "next week|DATE|2025-W43"}, got)
}

// TestDatelineOutsideTheYearsIsAnError: a dateline must lie in the years
// 1000-9999 (four-digit TIMEX3 years); one outside them is an error that
// says so, never a dateline silently dropped or a five-digit value.
func TestDatelineOutsideTheYearsIsAnError(t *testing.T) {
	for _, tc := range []struct {
		dateline string
		ok       bool
	}{
		{"0001-01-01", false}, // the zero time.Time: once silently dropped
		{"0000-01-01", false},
		{"0999-12-31", false},
		{"1000-01-01", true},
		{"2025-10-17", true},
		{"9999-12-31", true},
	} {
		res, err := Annotate("The vote is on Friday.", Options{Dateline: tc.dateline, Format: FormatPlain})
		if !tc.ok {
			require.Error(t, err, tc.dateline)
			assert.Contains(t, err.Error(), "1000-9999", tc.dateline)
			continue
		}
		require.NoError(t, err, tc.dateline)
		assert.Equal(t, tc.dateline, res.Dateline)
	}
}
