package eval

import "strings"

// goldPronouns are gold speakers that name nobody: PolNeAR links no
// pronoun to its person (score_sources.py PRONOUNS).
var goldPronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"him": true, "her": true, "them": true, "his eyes": true,
}

// goldName is the name a gold quote gives its source: the speaker_ref,
// else the speaker string, whichever is not a pronoun; "" when neither.
func goldName(q goldQuote) string {
	for _, x := range []string{q.SpeakerRef, deref(q.Speaker)} {
		if x != "" && !goldPronouns[strings.ToLower(strings.TrimSpace(x))] {
			return x
		}
	}
	return ""
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// goldSources maps each gold quote that names a source to its source
// number, and returns the number of sources. A quote names a source when it
// has a speaker string and a name that is not a pronoun; identities (group,
// else name) whose names match are merged.
func goldSources(qs []goldQuote) (map[int]int, int) {
	ids := map[string]int{}
	var names [][]string // per identity
	keyOf := map[int]int{}
	for i, q := range qs {
		name := goldName(q)
		if deref(q.Speaker) == "" || name == "" {
			continue
		}
		key := q.Group
		if key == "" {
			key = name
		}
		id, ok := ids[key]
		if !ok {
			id = len(names)
			ids[key] = id
			names = append(names, nil)
		}
		names[id] = append(names[id], name)
		keyOf[i] = id
	}
	parent := make([]int, len(names))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for a := range names {
		for b := a + 1; b < len(names); b++ {
			if anyNamesMatch(names[a], names[b]) {
				parent[find(a)] = find(b)
			}
		}
	}
	srcOf := map[int]int{}
	roots := map[int]bool{}
	for i, id := range keyOf {
		srcOf[i] = find(id)
	}
	for id := range names {
		roots[find(id)] = true
	}
	return srcOf, len(roots)
}

func anyNamesMatch(xs, ys []string) bool {
	for _, x := range xs {
		for _, y := range ys {
			if namesMatch(x, y) {
				return true
			}
		}
	}
	return false
}
