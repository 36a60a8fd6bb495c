package annotate

import (
	"testing"
	"unicode/utf8"
)

// quoteWordsByRune is QuoteWords' rule read one rune at a time, with no
// fast path: the reference FuzzQuoteWords compares it with.
func quoteWordsByRune(text string) int {
	n, inWord := 0, false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isQuoteWordRune(r):
			if !inWord {
				n++
			}
			inWord = true
		case inWord && joinsQuoteWord(r, text, i, size):
		default:
			inWord = false
		}
		i += size
	}
	return n
}

func FuzzQuoteWords(f *testing.F) {
	for _, s := range []string{"", "“Don’t go,” she said.", "It cost 3.5 or 10,000 - well-known", "rock 'n' roll", "café naïve \xff x", "a.b,c 1.2.3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := QuoteWords(s), quoteWordsByRune(s); got != want {
			t.Fatalf("QuoteWords(%q) = %d, by rune %d", s, got, want)
		}
	})
}
