package core

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// SortStableFunc sorts as slices.SortStableFunc does: the same order, ties
// kept in the order they came.
func TestSortStableFuncIsSlices(t *testing.T) {
	type item struct{ key, seq int }
	byKey := func(a, b item) int { return a.key - b.key }
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 12, 13, 20, 21, 100, 1000} {
		for _, keys := range []int{1, 3, n + 1} {
			s := make([]item, n)
			for i := range s {
				s[i] = item{r.IntN(keys), i}
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, byKey)
			SortStableFunc(s, byKey)
			assert.Equal(t, want, s, "n=%d keys=%d", n, keys)
		}
	}
}

// A slice already in order, the engine's usual case, costs no allocation.
func TestSortStableFuncInOrderAllocatesNothing(t *testing.T) {
	s := make([]int, 1000)
	for i := range s {
		s[i] = i / 3
	}
	allocs := testing.AllocsPerRun(10, func() { SortStableFunc(s, func(a, b int) int { return a - b }) })
	assert.Zero(t, allocs)
}
