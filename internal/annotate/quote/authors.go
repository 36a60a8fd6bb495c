package quote

import "github.com/newsroom/annotator/internal/annotate/core"

// Authors of documents: histories quote letters, dispatches and
// telegrams by what they say, and the words are their writers' (S6, S17).

// docAfter returns the token of the document noun right after token p or
// after one modifier ("Lisle's dispatch", "His first dispatch", "An
// anonymous pamphlet"), or -1.
func docAfter(ts []token, p int) int {
	for d := p + 1; d < len(ts) && d <= p+2; d++ {
		if t := &ts[d]; t.kind != tokWord || t.upper {
			return -1
		} else if t.info&wcDocumentNoun != 0 {
			return d
		} else if t.info&(wcDeterminer|wcCueWord) != 0 {
			return -1
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
func authors(ts []token, r nameRef) bool {
	if r.poss {
		return docAfter(ts, r.end) >= 0
	}
	f := r.first
	return f >= 2 && r.end+1 < len(ts) && ts[f-1].is(wcDocumentNoun) && !ts[f-1].upper && ts[f-2].is(wcDeterminer) &&
		ts[r.end+1].kind == tokWord && !ts[r.end+1].upper // (its verb: "sent")
}

// documentAuthor returns the author the current paragraph names, before
// token c, of the document noun doc ("the dispatch read" after "Ormond's
// dispatch to the Board of Control"; "the memorandum runs" after "His
// memorandum", S17), or -1.
func (e *quoteEngine) documentAuthor(para int, ts []token, c int, doc string) int {
	for i := len(e.curRefs) - 1; i >= 0; i-- {
		r := e.curRefs[i]
		if r.end >= c || !authors(ts, r) {
			continue
		}
		if d := docAfter(ts, r.end); r.poss && lowerEq(ts[d].Of(e.text), doc) || !r.poss && lowerEq(ts[r.first-1].Of(e.text), doc) {
			return r.ent
		}
	}
	ent, _ := e.writer(para, ts, e.curRefs, c)
	return ent
}

// writer finds (S17) the writer of a document noun phrase in the
// sentence of token j or the one before: after his or her ("His
// memorandum on the walls": the one the possessive stands for), after a
// title alone ("The Cardinal's memorandum": the one last given it, S3),
// or none for an indefinite one that opens its sentence with no "from"
// after it ("An anonymous pamphlet … accused him": a speaker that is
// nobody). ok is false when there is none.
func (e *quoteEngine) writer(para int, ts []token, refs []nameRef, j int) (int, bool) {
	sent := ts[j].sent - 1
	for p := j - 1; p >= 0 && ts[p].sent >= sent; p-- {
		t := &ts[p]
		d := -1
		if t.kind == tokWord && t.info&wcDeterminer != 0 {
			d = docAfter(ts, p)
		}
		if d < 0 {
			continue
		}
		var prev *token
		if p > 0 {
			prev = &ts[p-1]
		}
		w := e.text[t.Start:t.End]
		switch {
		case len(w) == 3 && (w[1] == 'i' || w[1] == 'e'):
			g := genderMale
			if w[1] == 'e' {
				g = genderFemale
			}
			if ent := e.resolvePronoun(para, ts, refs, p, g); ent >= 0 {
				return ent, true
			}
			continue
		case len(w) > 2 || w[0]|0x20 != 'a' || prev != nil && prev.sent == t.sent || d+1 < len(ts) && isPostModifierPreposition(e.text, ts[d+1]):
			continue
		}
		ent := e.cl.addNominal(core.Span{Start: t.Start, End: ts[d].End}, ts[d].Span, true, para, -1)
		e.cl.ents[ent].nobody = true
		return ent, true
	}
	return -1, false
}
