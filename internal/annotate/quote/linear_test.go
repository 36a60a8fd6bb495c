package quote

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// TestLookbackIsLinear checks, by counting the entries the look-back
// walks visit rather than by timing, that the shapes of issue 10 cost
// work in proportion to their length: four times the text, at most about
// four times the steps (a walk over every earlier cue would make it 16).
func TestLookbackIsLinear(t *testing.T) {
	shapes := []struct{ name, unit string }{
		{"pronoun cues without antecedent", "“Hi,” he said. "},
		{"pronoun cues after a name of the other gender", "“Hi,” Tom Lee said. “Hi,” she said. "},
		{"quote marks among cue words", "said “so” told “far” "},
		{"quote marks after cue words and a word", "said so “so” told so “far” "},
	}
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			steps := func(n int) int {
				_, _, st := find(core.NewDocument(strings.Repeat(s.unit, n)), nil)
				return st
			}
			small, large := steps(500), steps(2000)
			assert.Greater(t, small, 0, "the shape exercises no look-back walk")
			assert.LessOrEqual(t, large, 5*small, "steps for 500 units %d, for 2000 units %d", small, large)
		})
	}
}
