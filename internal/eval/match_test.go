package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNamesMatch(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Trump", "Donald Trump", true},
		{"donald TRUMP", "Donald Trump", true},
		{"Donald J. Trump", "Donald Trump", false}, // not a run of words
		{"O’Brien", "Mary O'Brien", true},
		{"the", "the security firm", false}, // a function word alone names nobody
		{"Mr. Hale", "Hale", true},
		{"Neither Hale", "Tom Hale", false},
		{"", "Hale", false},
		{"—", "—", true}, // no words: compared as strings
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, namesMatch(tt.a, tt.b), "%q ~ %q", tt.a, tt.b)
	}
}

func TestMatchOverlapLargestFirst(t *testing.T) {
	gold := []cpSpan{{0, 10}, {12, 20}}
	pred := []cpSpan{{8, 14}, {0, 9}}
	// (0,10)-(0,9) overlap 9 is taken first; (12,20)-(8,14) overlap 2 next.
	assert.Equal(t, []pair{{0, 1}, {1, 0}}, matchOverlap(gold, pred))
	assert.Empty(t, matchExact(gold, pred))
	assert.Equal(t, []pair{{0, 0}}, matchExact(gold, []cpSpan{{0, 10}, {0, 10}}), "one to one")
}

func TestByteToCP(t *testing.T) {
	text := "a“b”"
	tab := byteToCP(text)
	assert.Equal(t, 0, cpOf(tab, 0))
	assert.Equal(t, 1, cpOf(tab, 1))
	assert.Equal(t, 1, cpOf(tab, 2), "inside a rune: that rune's start")
	assert.Equal(t, 2, cpOf(tab, 4))
	assert.Equal(t, 4, cpOf(tab, len(text)))
	assert.Equal(t, 4, cpOf(tab, 99), "clamped to the end")
}
