package quote

import (
	"strings"
	"testing"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/stretchr/testify/assert"
)

// manyGivenNames writes n people who share one surname, each named once in
// full and then by the surname alone: "Ab Smith said. Smith said. Ac
// Smith said. …" (the given names are made up, two to four letters).
func manyGivenNames(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteByte(byte('A' + i%26))
		for j := i / 26; ; j /= 26 {
			b.WriteByte(byte('a' + j%26))
			if j < 26 {
				break
			}
		}
		b.WriteString(" Smith said it. Smith said it. ")
	}
	return b.String()
}

// TestAddNameLinear checks that clustering the mentions of many people with
// one surname looks at a bounded number of entities per mention, whatever
// the number of people (issue 10: the chain of same-key entities made it
// quadratic).
func TestAddNameLinear(t *testing.T) {
	for _, n := range []int{10, 100, 1000} {
		text := manyGivenNames(n)
		c := &clusters{text: text, byKey: new(keyTable)}
		calls := 0
		for at := 0; ; {
			i := strings.Index(text[at:], " Smith")
			if i < 0 {
				break
			}
			last := core.Span{Start: at + i + 1, End: at + i + 6}
			from := strings.LastIndexByte(text[:last.Start-1], ' ') + 1
			if from == 0 || text[from-2] == '.' { // "Ab Smith": the given name and the surname
				first := core.Span{Start: from, End: last.Start - 1}
				whole := core.Span{Start: from, End: last.End}
				c.addName(whole, whole, first, last, 2, false, 0)
			} else { // "Smith" alone
				c.addName(last, last, last, last, 1, false, 0)
			}
			calls++
			at = last.End
		}
		assert.Equal(t, 2*n, calls)
		assert.Equal(t, n, len(c.ents), "one entity per person")
		assert.LessOrEqual(t, c.visits, 2*calls, "n=%d: entities looked at per mention must not grow with n", n)
	}
}
