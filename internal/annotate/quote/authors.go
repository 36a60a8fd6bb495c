package quote

import "github.com/newsroom/annotator/internal/annotate/core"

// Authors of documents: histories quote letters, dispatches and
// telegrams by what they say, and the words are their writers' (S6).

// docAfter returns the token of the document noun a possessor or a
// determiner at token p heads, with up to two modifiers between
// ("Lisle's dispatch", "Brenna's last dispatch", "His first dispatch",
// "An anonymous pamphlet"), or -1.
func docAfter(text string, ts []token, p int) int {
	for d := p + 1; d < len(ts) && d <= p+3; d++ {
		t := ts[d]
		if t.kind != tokWord || t.upper || t.poss {
			return -1
		}
		if t.is(wcDocumentNoun) {
			return d
		}
		if w := t.Of(text); t.is(wcDeterminer) || isPostModifierPreposition(text, t) || isCue(text, t) || lowerEq(w, "to") || lowerEq(w, "in") || lowerEq(w, "and") {
			return -1 // (not a modifier: "Lisle's decision to cross")
		}
	}
	return -1
}

// authors reports whether name r is the author of a document its sentence
// names: the possessor of a document noun ("Lisle's dispatch"), or the
// subject of a reduced relative clause after one ("The telegram Ferrier
// sent from Lerwick": the document, the name, a lowercase verb).
// Source: English grammar (a contact clause, the relative pronoun left
// out); the Chicago Manual of Style, "quotations" (a document's words
// credited to its author).
func authors(text string, ts []token, r nameRef) bool {
	if r.poss {
		return docAfter(text, ts, r.end) >= 0
	}
	f := r.first
	return f >= 2 && r.end+1 < len(ts) && ts[f-1].is(wcDocumentNoun) && !ts[f-1].upper && ts[f-2].is(wcDeterminer) &&
		ts[r.end+1].kind == tokWord && !ts[r.end+1].upper // (its verb: "sent")
}

// documentAuthor returns the author the current paragraph names, before
// token c, of the document noun doc ("the dispatch read" after "Ormond's
// dispatch to the Board of Control"; "the memorandum runs" after "His
// memorandum on the walls", his the one a pronoun would stand for), or -1.
func (e *quoteEngine) documentAuthor(para int, ts []token, c int, doc string) int {
	for i := len(e.curRefs) - 1; i >= 0; i-- {
		r := e.curRefs[i]
		if r.end >= c || !authors(e.text, ts, r) {
			continue
		}
		if d := docAfter(e.text, ts, r.end); r.poss && d >= 0 && lowerEq(ts[d].Of(e.text), doc) || !r.poss && lowerEq(ts[r.first-1].Of(e.text), doc) {
			return r.ent
		}
	}
	for p := c - 1; p >= 0; p-- {
		if g, ok := possessiveGender(e.text, ts[p]); ok {
			if d := docAfter(e.text, ts, p); d >= 0 && lowerEq(ts[d].Of(e.text), doc) {
				return e.resolvePronoun(para, ts, e.curRefs, p, g)
			}
		}
		if ts[p].poss && p > 0 && lowerEq(ts[p-1].Of(e.text), "the") && (isTitle(e.text, ts[p]) || ts[p].is(wcRoleNoun)) {
			// "The Cardinal's memorandum": the one the title alone names
			// (S3), the person last given it.
			if d := docAfter(e.text, ts, p); d >= 0 && lowerEq(ts[d].Of(e.text), doc) {
				ent := e.cl.addNominal(core.Span{Start: ts[p-1].Start, End: ts[p].End}, ts[p].Span, false, para, -1)
				e.cl.ents[ent].person = true
				return ent
			}
		}
	}
	return -1
}

// possessiveGender reports the gender of a possessive his or her.
func possessiveGender(text string, t token) (gender, bool) {
	switch w := t.Of(text); {
	case lowerEq(w, "his"):
		return genderMale, true
	case lowerEq(w, "her"):
		return genderFemale, true
	}
	return genderUnknown, false
}

// documentIt reads "it" at token j after a sentence about a document
// (S6): "His first dispatch … is calm. “…,” it reads" is the dispatch's
// writer's, the one "his" stands for; "An anonymous pamphlet … accused
// the colonel. “…,” it said" is a document no one is named as writing,
// whose words are nobody's. Only the pronoun's sentence and the one
// before are read; ok is false when neither names such a document.
func (e *quoteEngine) documentIt(para int, ts []token, refs []nameRef, j int) (ent int, ok bool) {
	sent := ts[j].sent
	for p := j - 1; p >= 0 && ts[p].sent >= sent-1; p-- {
		if ts[p].kind != tokWord || !ts[p].is(wcDeterminer) {
			continue
		}
		if g, poss := possessiveGender(e.text, ts[p]); poss && docAfter(e.text, ts, p) >= 0 {
			if ent := e.resolvePronoun(para, ts, refs, p, g); ent >= 0 {
				return ent, true
			}
			continue
		}
		if w := ts[p].Of(e.text); (lowerEq(w, "a") || lowerEq(w, "an")) && (p == 0 || ts[p-1].sent != ts[p].sent) {
			if d := docAfter(e.text, ts, p); d >= 0 {
				ent := e.cl.addNominal(core.Span{Start: ts[p].Start, End: ts[d].End}, ts[d].Span, true, para, -1)
				e.cl.ents[ent].nobody = true
				return ent, true
			}
		}
	}
	return -1, false
}
