package quote

// Authors of documents: histories quote letters, dispatches and
// telegrams by what they say, and the words are their writers' (S6).

// authors reports whether name r is the author of a document its sentence
// names: the possessor of a document noun ("Lisle's dispatch"), or the
// subject of a reduced relative clause after one ("The telegram Ferrier
// sent from Lerwick": the document, the name, a lowercase verb).
// Source: English grammar (a contact clause, the relative pronoun left
// out); the Chicago Manual of Style, "quotations" (a document's words
// credited to its author).
func authors(ts []token, r nameRef) bool {
	if r.poss {
		return r.end+1 < len(ts) && ts[r.end+1].is(wcDocumentNoun)
	}
	f := r.first
	return f >= 2 && r.end+1 < len(ts) && ts[f-1].is(wcDocumentNoun) && !ts[f-1].upper && ts[f-2].is(wcDeterminer) &&
		ts[r.end+1].kind == tokWord && !ts[r.end+1].upper // (its verb: "sent")
}

// documentAuthor returns the author the current paragraph names, before
// token c, of the document noun doc ("the dispatch read" after "Ormond's
// dispatch to the Board of Control"), or -1.
func (e *quoteEngine) documentAuthor(ts []token, c int, doc string) int {
	for i := len(e.curRefs) - 1; i >= 0; i-- {
		r := e.curRefs[i]
		if r.end >= c || !authors(ts, r) {
			continue
		}
		if d := r.end + 1; r.poss && lowerEq(ts[d].Of(e.text), doc) || !r.poss && lowerEq(ts[r.first-1].Of(e.text), doc) {
			return r.ent
		}
	}
	return -1
}
