package annotate

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestUTF16Map(t *testing.T) {
	text := "a“b”😀c\xffé"
	// bytes:  a=0 “=1..3 b=4 ”=5..7 😀=8..11 c=12 \xff=13 é=14..15 end=16
	// units:  a=0 “=1    b=2 ”=3    😀=4,5   c=6  \xff=7  é=8      end=9
	m := NewUTF16Map(text)
	pairs := [][2]int{{0, 0}, {1, 1}, {4, 2}, {5, 3}, {8, 4}, {12, 6}, {13, 7}, {14, 8}, {16, 9}}
	for _, p := range pairs {
		assert.Equal(t, p[1], m.ToUTF16(p[0]), "ToUTF16(%d)", p[0])
		assert.Equal(t, p[0], m.ToByte(p[1]), "ToByte(%d)", p[1])
	}
	assert.Equal(t, 9, m.Len16())
	assert.Equal(t, 8, m.ToByte(5), "inside a surrogate pair maps to the rune's start")
	assert.Equal(t, 1, m.ToUTF16(2), "inside a rune maps to the rune's start")
}

func FuzzUTF16Map(f *testing.F) {
	for _, s := range []string{"", "plain", "“Curly” quotes", "emoji 😀 and é", "bad \xff\xfe bytes", "\xf0\x9f\x98",
		"a run of ASCII longer than eight bytes, then é, then 😀 and more ASCII after it"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		m := NewUTF16Map(text)
		want := 0
		for i, r := range text {
			if got := m.ToUTF16(i); got != want {
				t.Fatalf("ToUTF16(%d) = %d, want %d", i, got, want)
			}
			if got := m.ToByte(want); got != i {
				t.Fatalf("ToByte(%d) = %d, want %d", want, got, i)
			}
			if r == utf8.RuneError {
				want++
			} else {
				want += len(utf16.Encode([]rune{r}))
			}
		}
		if m.ToUTF16(len(text)) != want || m.Len16() != want || m.ToByte(want) != len(text) || UTF16Len(text) != want {
			t.Fatalf("end: ToUTF16=%d Len16=%d UTF16Len=%d want %d", m.ToUTF16(len(text)), m.Len16(), UTF16Len(text), want)
		}
	})
}
