package quote

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// TestSortRefsByFirst checks sortRefsByFirst against core.SortStableFunc
// on lists short and long, with ties (the order of equal entries kept).
func TestSortRefsByFirst(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 45 {
		for range 20 {
			rs := make([]nameRef, n)
			for i := range rs {
				rs[i] = nameRef{ent: i, first: r.IntN(n/2 + 1)}
			}
			want := slices.Clone(rs)
			core.SortStableFunc(want, func(a, b nameRef) int { return a.first - b.first })
			sortRefsByFirst(rs)
			if !slices.Equal(rs, want) {
				t.Fatalf("%d entries: %v, want %v", n, rs, want)
			}
		}
	}
}
