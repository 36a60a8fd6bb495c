package annotate

import (
	"fmt"
	"strings"
	"testing"
)

// adversarialShapes are inputs built to make the engine do more than
// linear work (issue 10): each repeats a unit into one paragraph (or one
// line) of the given size. The growth from 1 to 2 to 4 MB in `make bench`
// shows whether a stage walks back over what it has already seen.
var adversarialShapes = []struct {
	name string
	unit string // repeated to the size
}{
	// A pronoun cue with no antecedent, over and over in one paragraph:
	// each "he" used to walk every earlier cue of the paragraph.
	{"pronoun-cues-without-antecedent", "“Hi,” he said. "},
	// Quotation marks scattered among cue words in one sentence: each
	// quote used to walk every earlier cue of its sentence.
	{"quote-marks-among-cue-words", "said “so” told “far” "},
}

// adversarialText repeats unit to at least n bytes.
func adversarialText(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)
}

// BenchmarkAdversarial annotates each shape at 1, 2 and 4 MB.
func BenchmarkAdversarial(b *testing.B) {
	for _, s := range adversarialShapes {
		for _, mb := range []int{1, 2, 4} {
			text := adversarialText(s.unit, mb<<20)
			b.Run(fmt.Sprintf("%s/%dMB", s.name, mb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					if _, err := Annotate(text, Options{Dateline: "2025-10-17", Format: FormatPlain}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
