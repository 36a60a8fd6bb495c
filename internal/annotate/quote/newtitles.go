package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// newTitles reads (S16) the sentences of paragraph para that give a named
// person a new title or office, as histories and biographies follow a life
// through its offices: "Mr Falconer became Lord Wendle" (the peer is the
// commoner: a later "Lord Wendle said" is Falconer), "Ansford was made
// Bishop of Calder in 1192, and Archbishop of Wessing in 1204" (a later
// "the archbishop" is Ansford). The subject is the name just before the
// verb ("became"; "made", "created", "appointed" after a form of "be");
// each complement of the verb, and each one "and" adds after it in the
// sentence, is a title with a name (an alias of the subject's) or an
// office alone (a role of the subject's). Source: the Chicago Manual of
// Style, "titles and offices" (a person's title changes with the office
// held; Debrett's, peers known by their titles).
func (e *quoteEngine) newTitles(para int, ts []token, refs []nameRef) {
	text := e.text
	for k := 2; k < len(ts); k++ {
		// The verb first: it is rare, and passive reads the words before
		// it. Its length tells most tokens apart before their text is read:
		// "made" 4, "became" 6, "created" 7, "appointed" 9.
		if n := ts[k].Len(); n != 4 && n != 6 && n != 7 && n != 9 {
			continue
		}
		w := ts[k].Of(text)
		became := lowerEq(w, "became")
		if !became && !lowerEq(w, "made") && !lowerEq(w, "created") && !lowerEq(w, "appointed") {
			continue
		}
		j := k - 1
		if e.passive(ts, k) {
			j-- // "was made"
		} else if !became {
			continue
		}
		r := refEndingAt(refs, j)
		if r < 0 || refs[r].poss || e.cl.ents[refs[r].ent].org {
			continue
		}
		for m := k + 1; m < len(ts) && ts[m].sent == ts[k].sent; m++ {
			if m == k+1 || lowerEq(ts[m-1].Of(text), "and") { // the next complement follows "and"
				e.takeTitle(ts, refs, m, refs[r].ent)
			}
		}
	}
}

// takeTitle gives entity subj the title or office at token m: the name of
// a titled name starting there ("Lord Wendle"), or the office of a title
// alone ("Archbishop of Wessing").
func (e *quoteEngine) takeTitle(ts []token, refs []nameRef, m, subj int) {
	text := e.text
	if !isTitle(text, ts[m]) {
		return
	}
	r := refStartingAt(refs, m)
	if office := m+1 < len(ts) && lowerEq(ts[m+1].Of(text), "of"); r >= 0 && !office {
		if old := refs[r].ent; old != subj {
			e.cl.alias(ts[refs[r].end].Of(text), subj)
			for i := r; i < len(refs); i++ {
				if refs[i].ent == old {
					// (And the paragraph's later "Lord Wendle said", named
					// before this sentence was read.)
					refs[i].ent = subj
					e.cl.mention(subj, core.Span{Start: ts[refs[i].first].Start, End: ts[refs[i].end].End})
				}
			}
		}
		return
	}
	e.cl.indexRole(subj, strings.ToLower(ts[m].Of(text)))
}
