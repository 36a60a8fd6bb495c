package quote

// Authors of documents: histories quote letters, dispatches and
// telegrams by what they say, and the words are their writers' (S6).

// authors reports whether name r is the author of a document its sentence
// names: the possessor of a document noun ("Lisle's dispatch"), or the
// subject of a reduced relative clause after one ("The telegram Ferrier
// sent from Lerwick": the document, the name, its verb in the past).
// Source: English grammar (a contact clause, the relative pronoun left
// out); the Chicago Manual of Style, "quotations" (a document's words
// credited to its author).
func authors(text string, ts []token, r nameRef) bool {
	if r.poss {
		return r.end+1 < len(ts) && ts[r.end+1].is(wcDocumentNoun)
	}
	f := r.first
	if f < 2 || r.end+1 >= len(ts) || !ts[f-1].is(wcDocumentNoun) || ts[f-1].upper || !ts[f-2].is(wcDeterminer) {
		return false
	}
	v := ts[r.end+1]
	w := v.Of(text)
	return v.kind == tokWord && !v.upper && (len(w) > 3 && w[len(w)-2:] == "ed" || isIrregularPast(w) || isCue(text, v))
}

// documentAuthor returns the author the current paragraph names, before
// token c, of the document noun doc ("the dispatch read" after "Ormond's
// dispatch to the Board of Control"), or -1.
func (e *quoteEngine) documentAuthor(ts []token, c int, doc string) int {
	for i := len(e.curRefs) - 1; i >= 0; i-- {
		r := e.curRefs[i]
		if r.end >= c || !authors(e.text, ts, r) {
			continue
		}
		if d := r.end + 1; r.poss && lowerEq(ts[d].Of(e.text), doc) || !r.poss && lowerEq(ts[r.first-1].Of(e.text), doc) {
			return r.ent
		}
	}
	return -1
}

// possessedDocumentAuthor returns the author of a document that a
// possessive pronoun gives, in the sentence of the "it" at token j or the
// one before ("His memorandum to the Queen … begins with an apology.
// “…,” it runs"): the person "his" or "her" stands for (A9), or -1.
func (e *quoteEngine) possessedDocumentAuthor(para int, ts []token, refs []nameRef, j int) int {
	text := e.text
	for i := j - 1; i >= 0 && ts[j].sent-ts[i].sent <= 1; i-- {
		if ts[i].kind != tokWord || i+1 >= j || !ts[i+1].is(wcDocumentNoun) || ts[i+1].upper {
			continue
		}
		switch w := ts[i].Of(text); {
		case lowerEq(w, "his"):
			return e.resolvePronoun(para, ts, refs, i, genderMale)
		case lowerEq(w, "her"):
			return e.resolvePronoun(para, ts, refs, i, genderFemale)
		}
	}
	return -1
}
