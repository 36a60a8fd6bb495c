package timex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// isWords are words the grammar compares tokens with, and words beyond
// ASCII that fold to ASCII ones at another length in bytes.
var isWords = []string{"at", "least", "SO", "so", "ſo", "k", "ok", "said", "a", "", "é", "café", "straße"}

// TestIsIsEqualFold checks the ASCII reading of is against strings.EqualFold.
func TestIsIsEqualFold(t *testing.T) {
	for _, text := range []string{
		"At least SO it was said, Said and SAID; ok OK oK \u212a \u212ao \u017fo Café CAFÉ straße STRASSE 12 A a",
		"x-y, ’90s é É and at-least",
	} {
		checkIs(t, text)
	}
}

func FuzzIs(f *testing.F) {
	f.Add("At least SO it was said \u212ao \u017fo Café")
	f.Fuzz(checkIs)
}

func checkIs(t *testing.T, text string) {
	var buf [dateHardWindow]dtoken
	toks, _ := tokenizeDates(text, 0, len(text), nil, buf[:0])
	p := dateParser{text: text, toks: toks}
	for i := -1; i <= len(toks); i++ {
		for _, w := range isWords {
			want := i >= 0 && i < len(toks) && toks[i].kind == dtWord && strings.EqualFold(text[toks[i].start:toks[i].end], w)
			assert.Equal(t, want, p.is(i, w), "token %d of %q, %q", i, text, w)
		}
	}
}
