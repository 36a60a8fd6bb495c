package annotate

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLineEndingsReadAlike checks that an article reads the same whatever
// its line endings (LF, CRLF or lone CR, issue 10) and with a byte-order
// mark in front: the same quotes, speakers and dates, at offsets that
// differ only by the bytes of the endings.
func TestLineEndingsReadAlike(t *testing.T) {
	raw, err := os.ReadFile("testdata/golden/harbour-strike.txt")
	require.NoError(t, err)
	lf := strings.ReplaceAll(string(raw), "\r\n", "\n")
	want, err := Annotate(lf, Options{Dateline: "2025-10-17"})
	require.NoError(t, err)
	require.NotEmpty(t, want.Quotes, "the fixture has quotes")
	variants := map[string]string{
		"CRLF":      strings.ReplaceAll(lf, "\n", "\r\n"),
		"lone CR":   strings.ReplaceAll(lf, "\n", "\r"),
		"BOM":       "\ufeff" + lf,
		"BOM, CRLF": "\ufeff" + strings.ReplaceAll(lf, "\n", "\r\n"),
	}
	for name, text := range variants {
		t.Run(name, func(t *testing.T) {
			got, err := Annotate(text, Options{Dateline: "2025-10-17"})
			require.NoError(t, err)
			assert.Equal(t, quoteTextsLF(want), quoteTextsLF(got))
			assert.Equal(t, speakerNames(want), speakerNames(got))
			assert.Equal(t, len(want.Dates), len(got.Dates))
		})
	}
}

func quoteTextsLF(r Result) []string {
	var out []string
	for _, q := range r.Quotes {
		out = append(out, strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(q.Text))
	}
	return out
}

func speakerNames(r Result) []string {
	var out []string
	for _, s := range r.Speakers {
		out = append(out, s.Name)
	}
	return out
}

// TestByteOrderMarkBeforeAQuote: a quote that opens the text is found
// whether or not a byte-order mark comes first (issue 10).
func TestByteOrderMarkBeforeAQuote(t *testing.T) {
	text := "\"We will not back down on pay,\" said Ana Ruiz, the union's secretary.\n\nTalks resume on Monday."
	for _, prefix := range []string{"", "\ufeff"} {
		got, err := Annotate(prefix+text, Options{Format: FormatPlain})
		require.NoError(t, err)
		require.Len(t, got.Quotes, 1, "prefix %q", prefix)
		assert.Equal(t, "\"We will not back down on pay,\"", got.Quotes[0].Text)
		require.NotNil(t, got.Quotes[0].Speaker)
	}
}
