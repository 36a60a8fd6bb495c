package annotate

import (
	"sort"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// UTF16Map converts UTF-8 byte offsets of one text to UTF-16 code-unit
// offsets (what JavaScript strings index) and back. Each invalid byte counts
// as one code unit, as it becomes one U+FFFD when the text is decoded for
// JavaScript.
type UTF16Map struct {
	// runes lists every rune that is not one byte and one unit long; between
	// two of them both offsets advance together.
	runes []wideRune
	n16   int
}

// wideRune is a rune whose UTF-8 and UTF-16 widths differ from one.
type wideRune struct{ b, u, size, units int }

// NewUTF16Map indexes text for offset conversion.
func NewUTF16Map(text string) *UTF16Map {
	m := &UTF16Map{}
	u := 0
	for i := 0; i < len(text); {
		// A run of ASCII, the commonest, eight bytes at a time: one byte
		// and one unit each, nothing to record.
		if text[i] < utf8.RuneSelf {
			j := asciiRunEnd(text, i)
			u += j - i
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if size != 1 || w != 1 {
			m.runes = append(m.runes, wideRune{b: i, u: u, size: size, units: w})
		}
		i += size
		u += w
	}
	m.n16 = u
	return m
}

// UTF16Len returns the length of text in UTF-16 code units (what
// JavaScript's text.length counts), each invalid byte counted as one, as
// [UTF16Map.Len16] does, without building the map.
func UTF16Len(text string) int {
	n := 0
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			j := asciiRunEnd(text, i)
			n += j - i
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		n += 1 + core.B2I(r >= 0x10000)
		i += size
	}
	return n
}

// asciiRunEnd returns the end of the run of ASCII bytes that starts at i
// (text[i] is one), reading eight bytes at a time where it can.
func asciiRunEnd(text string, i int) int {
	j := i + 1
	for j+8 <= len(text) && core.Load64(text, j)&core.SWARHighs == 0 {
		j += 8
	}
	for j < len(text) && text[j] < utf8.RuneSelf {
		j++
	}
	return j
}

// Len16 returns the length of the text in UTF-16 code units.
func (m *UTF16Map) Len16() int { return m.n16 }

// ToUTF16 converts a byte offset on a rune boundary to a UTF-16 offset. An
// offset inside a rune maps to the start of that rune.
func (m *UTF16Map) ToUTF16(b int) int {
	k := sort.Search(len(m.runes), func(k int) bool { return m.runes[k].b > b }) - 1
	if k < 0 {
		return b
	}
	r := m.runes[k]
	if b < r.b+r.size {
		return r.u
	}
	return r.u + r.units + (b - r.b - r.size)
}

// ToByte converts a UTF-16 offset to a byte offset. An offset inside a
// surrogate pair maps to the start of its rune.
func (m *UTF16Map) ToByte(u int) int {
	k := sort.Search(len(m.runes), func(k int) bool { return m.runes[k].u > u }) - 1
	if k < 0 {
		return u
	}
	r := m.runes[k]
	if u < r.u+r.units {
		return r.b
	}
	return r.b + r.size + (u - r.u - r.units)
}

// ToUTF16 returns a copy of r whose offsets are UTF-16 code units into text
// instead of bytes, for JavaScript. text must be the text r was made from.
func (r Result) ToUTF16(text string) Result {
	m := NewUTF16Map(text)
	return r.mapSpans(func(s Span) Span { return Span{Start: m.ToUTF16(s.Start), End: m.ToUTF16(s.End)} }, nil)
}
