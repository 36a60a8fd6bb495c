package core

import "slices"

// SortStableFunc sorts s stably by cmp, as slices.SortStableFunc does,
// with one copy of the sort's code for every element type: a slice in
// order is left as it is, a short one is sorted in place by insertion,
// and a longer one through a permutation of indexes, sorted by
// slices.SortStableFunc on ints, and the elements moved once. (Each
// element type of slices.SortStableFunc is about 7 KB more of the
// WebAssembly module, and each of slices.SortFunc about 19 KB.)
func SortStableFunc[S ~[]E, E any](s S, cmp func(a, b E) int) {
	i := 1
	for i < len(s) && cmp(s[i-1], s[i]) <= 0 {
		i++
	}
	if i >= len(s) {
		return
	}
	if len(s) <= insertionSortMax {
		for ; i < len(s); i++ {
			for j := i; j > 0 && cmp(s[j], s[j-1]) < 0; j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
		return
	}
	order := make([]int, len(s))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp(s[i], s[j]) })
	sorted := make(S, len(s))
	for k, i := range order {
		sorted[k] = s[i]
	}
	copy(s, sorted)
}

// insertionSortMax is the longest slice SortStableFunc sorts in place by
// insertion (slices' own stable sort uses insertion on blocks of 20).
const insertionSortMax = 20
