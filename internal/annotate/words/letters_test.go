package words

import (
	"math/bits"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// TestNonLetters checks the eight-byte letter scan of the word pass
// against a byte-by-byte count: the first byte that is no ASCII letter,
// whatever the bytes after it (beyond ASCII ones carry into the next), and
// the mask of the letters before it.
func TestNonLetters(t *testing.T) {
	for _, s := range []string{
		"abcdefgh", "Said it.", "a1bcdefg", "word’s x", "café and", "ÿÿÿÿÿÿÿÿ"[:8], "z{|}~@[`",
		"ZZZZ\x80abc", "\xffabcdefg", "ab\xff\xffcdef", "AbCdEfG\xe2", "@ABCDEFG", "`abcdefg", "abcdefg{",
		"abc def ", "0123456a", "Q\x00\x00\x00\x00\x00\x00\x00",
	} {
		checkNonLetters(t, s)
	}
	for p := 0; p < 8; p++ { // every byte at every place among letters
		for b := 0; b < 256; b++ {
			w := []byte("abcdefgh")
			w[p] = byte(b)
			checkNonLetters(t, string(w))
		}
	}
}

func checkNonLetters(t *testing.T, s string) {
	t.Helper()
	x := core.Load64(s, 0)
	y := x | 0x20*core.SWAROnes
	want := 0
	for want < 8 && (s[want]|0x20 >= 'a' && s[want]|0x20 <= 'z') {
		want++
	}
	m := nonLetters(x)
	assert.Equal(t, want, bits.TrailingZeros64(m)/8, "%q", s)
	if m != 0 {
		assert.Equal(t, y&(1<<(8*want)-1), y&lettersMask(m), "%q", s)
	}
}
