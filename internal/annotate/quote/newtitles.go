package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// newTitles reads (S15) the sentences of paragraph para that give a named
// person a new title or rank, as histories and biographies follow a life
// through its offices: "Mr Falconer became Lord Wendle" (the peer is the
// commoner: a later "Lord Wendle said" is Falconer), "Ansford was made
// Bishop of Calder in 1192, and Archbishop of Wessing in 1204" (a later
// "the archbishop" is Ansford), "Thorne had been promoted to major". The
// subject is the name just before the verb; each complement of the verb,
// and each one "and" adds after it in the sentence, is a title with a name
// (an alias of the subject's) or an office alone (a role of the
// subject's). Source: the Chicago Manual of Style, "titles and offices"
// (a person's title changes with the office held; Debrett's, peers known
// by their titles).
func (e *quoteEngine) newTitles(para int, ts []token, refs []nameRef) {
	text := e.text
	for k := 1; k < len(ts); k++ {
		n := titleVerbLen(text, ts, k)
		if n == 0 {
			continue
		}
		j := k - 1
		for j > 0 && k-j < 3 && ts[j].kind == tokWord && isAuxiliary(ts[j].Of(text)) {
			j--
		}
		r := refEndingAt(refs, j)
		if r < 0 || refs[r].poss || e.cl.ents[refs[r].ent].org {
			continue
		}
		subj := refs[r].ent
		sent := ts[k].sent
		for m := k + n; m < len(ts) && ts[m].sent == sent; m++ {
			if m > k+n && !(ts[m-1].kind == tokWord && lowerEq(ts[m-1].Of(text), "and")) {
				continue // the next complement follows "and"
			}
			if ts[m].kind == tokWord && (lowerEq(ts[m].Of(text), "a") || lowerEq(ts[m].Of(text), "the")) && m+1 < len(ts) {
				m++
			}
			e.takeTitle(para, ts, refs, m, subj)
		}
		k += n - 1
	}
}

// takeTitle gives entity subj the title or office at token m: the name of
// a titled name starting there ("Lord Wendle"), or the office of a title
// or role noun alone ("Archbishop of Wessing", "major").
func (e *quoteEngine) takeTitle(para int, ts []token, refs []nameRef, m, subj int) {
	text := e.text
	t := ts[m]
	if t.kind != tokWord || !(isTitle(text, t) || t.is(wcRoleNoun)) {
		return
	}
	office := m+1 < len(ts) && ts[m+1].kind == tokWord && lowerEq(ts[m+1].Of(text), "of")
	if r := refStartingAt(refs, m); r >= 0 && !office && refs[r].end > m && refs[r].ent != subj {
		old := refs[r].ent
		e.cl.alias(ts[refs[r].end].Of(text), subj)
		for i := r; i < len(refs); i++ {
			if refs[i].ent == old {
				// (And the paragraph's later "Lord Wendle said", named
				// before this sentence was read.)
				refs[i].ent = subj
				e.cl.mention(subj, core.Span{Start: ts[refs[i].first].Start, End: ts[refs[i].end].End})
			}
		}
		return
	}
	if r := refStartingAt(refs, m); r >= 0 && !office {
		return // the same person's name again ("Commander Ferrier was made Captain Ferrier")
	}
	head := strings.ToLower(t.Of(text))
	if x, ok := titleExpansions[head]; ok {
		head = x
	}
	e.cl.indexRole(subj, head)
}

// titleVerbLen returns how many tokens the verb of a new title at k takes:
// "became"; "made", "created", "appointed" after a form of "be"
// ("was made Bishop"); "promoted to", "raised to" (the rank after). It
// returns 0 when there is none.
func titleVerbLen(text string, ts []token, k int) int {
	if ts[k].kind != tokWord || ts[k].upper {
		return 0
	}
	switch w := ts[k].Of(text); {
	case lowerEq(w, "became"):
		return 1
	case lowerEq(w, "made"), lowerEq(w, "created"), lowerEq(w, "appointed"):
		if ts[k-1].kind == tokWord && isBe(ts[k-1].Of(text)) && !lowerEq(ts[k-1].Of(text), "as") {
			return 1
		}
	case lowerEq(w, "promoted"), lowerEq(w, "raised"):
		if k+1 < len(ts) && ts[k+1].kind == tokWord && lowerEq(ts[k+1].Of(text), "to") {
			return 2
		}
	}
	return 0
}

// isAuxiliary reports whether w is an auxiliary between a subject and its
// verb: was, were, had, has, been, is.
func isAuxiliary(w string) bool {
	return lowerEq(w, "had") || lowerEq(w, "has") || isBe(w) && !lowerEq(w, "as")
}
