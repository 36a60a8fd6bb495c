package annotate

import (
	"fmt"
	"strings"
	"testing"
)

// adversarialShapes are inputs built to make a stage do more than linear
// work (issue 10), each a function from a size in bytes to a text of about
// that size. BenchmarkAdversarial runs each at 1, 2 and 4 MB: the time per
// byte (or MB/s) must stay flat as the size doubles. Add a shape as one row.
var adversarialShapes = []struct {
	name string
	text func(n int) string
}{
	// Many people who share one surname, each named in full and then by
	// the surname alone (clustering walked every earlier namesake).
	{"given-names-one-surname", manyGivenNames},
}

// manyGivenNames writes made-up given names with one surname: "Ab Smith
// said it. Smith said it. Bb Smith said it. …", in paragraphs of 20.
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

func BenchmarkAdversarial(b *testing.B) {
	for _, shape := range adversarialShapes {
		for _, mb := range []int{1, 2, 4} {
			text := shape.text(mb << 20)
			b.Run(fmt.Sprintf("%s/%dMB", shape.name, mb), func(b *testing.B) {
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
