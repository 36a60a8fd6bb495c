package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSet(t *testing.T) {
	s := Set("# a list\nfilm\nnovel  extra fields\n\nsong\n")
	assert.Equal(t, 3, s.Len())
	for _, w := range []string{"film", "novel", "song"} {
		assert.Equal(t, uint64(1), s.Lookup(w), w)
	}
	assert.Zero(t, s.Lookup("extra"), "a field is not a word of the set")
	assert.Zero(t, s.Lookup("list"), "a comment is not a word")
}
