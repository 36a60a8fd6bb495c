package annotate

import (
	"fmt"
	"strings"
	"testing"
)

// adversarialShapes are inputs built to make the engine do more than
// linear work (issue 10), each a function from a size in bytes to a text of
// about that size. The growth from 1 to 2 to 4 MB in `make bench` shows
// whether a stage walks back over what it has already seen: the time per
// byte (MB/s) must stay flat as the size doubles. Add a shape as one row.
var adversarialShapes = []struct {
	name string
	text func(n int) string
}{
	// A pronoun cue with no antecedent, over and over in one paragraph:
	// each "he" used to walk every earlier cue of the paragraph.
	{"pronoun-cues-without-antecedent", repeated("“Hi,” he said. ")},
	// Quotation marks scattered among cue words in one sentence: each
	// quote used to walk every earlier cue of its sentence.
	{"quote-marks-among-cue-words", repeated("said “so” told “far” ")},
	// Many people who share one surname, each named in full and then by
	// the surname alone: clustering walked every earlier namesake.
	{"given-names-one-surname", manyGivenNames},
	// Markdown block quotes nested on one line, "> > > … x": goldmark's
	// work grew with the square of the depth (256 KB took 9 s); past
	// mdtext.MaxNesting the text is read as plain text, with a warning.
	{"markdown-nested-quotes", nestedQuotes},
}

// nestedQuotes is a Markdown article (a heading and a link, so that it is
// detected as Markdown) whose last line opens about n/2 block quotes.
func nestedQuotes(n int) string {
	return "# Notes\n\nSee [the report](https://example.org/report).\n\n" + strings.Repeat("> ", n/2) + "x\n"
}

// repeated returns a shape that repeats unit into one paragraph (or one
// line) of at least n bytes.
func repeated(unit string) func(n int) string {
	return func(n int) string { return strings.Repeat(unit, n/len(unit)+1) }
}

// manyGivenNames writes made-up given names with one surname: "Aa Smith
// said it. Smith said it. Ba Smith said it. …", in paragraphs of 20.
func manyGivenNames(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteByte(byte('A' + i%26))
		for j := i / 26; ; j /= 26 {
			b.WriteByte(byte('a' + j%26))
			if j < 26 {
				break
			}
		}
		b.WriteString(" Smith said it. Smith said it. ")
		if i%20 == 19 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkAdversarial annotates each shape at 1, 2 and 4 MB.
func BenchmarkAdversarial(b *testing.B) {
	for _, s := range adversarialShapes {
		for _, mb := range []int{1, 2, 4} {
			text := s.text(mb << 20)
			b.Run(fmt.Sprintf("%s/%dMB", s.name, mb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					if _, err := Annotate(text, Options{Dateline: "2025-10-17"}); err != nil { // auto: the Markdown shape is detected
						b.Fatal(err)
					}
				}
			})
		}
	}
}
