package quote

import "github.com/newsroom/annotator/internal/annotate/lexicon"

// Kinship names (S9, A9): "said Mother", "Father came in from the yard".
// A family word used alone and capitalised as a name names one person of
// the story with the gender it tells, where another capitalised role noun
// alone ("Man charged in …") is a headline's word, no name.

// kinshipNames are the words of lists/kinship-names.names.
var kinshipNames = lexicon.Set(kinshipNamesFile)

// isKinshipName reports whether w is on lists/kinship-names.names.
func isKinshipName(w string) bool { return kinshipNames.Lookup(w) != 0 }

// kinshipGender is the gender the kinship word w tells: that of the same
// word as a role noun ("mother" female), else unknown.
func kinshipGender(w string) gender { return lookupWord(w).roleGender() }

// kinshipSubject returns the person a kinship name at token k names, when
// it opens its sentence before a verb in lower case that is no cue
// ("Father came in", "Mother laughed"), adding it as a name; else -1.
func (e *quoteEngine) kinshipSubject(para int, ts []token, k int) int {
	t := &ts[k]
	if t.kind != tokWord || !t.upper || t.poss || !isKinshipName(t.Of(e.text)) ||
		k+1 >= len(ts) || ts[k+1].kind != tokWord || ts[k+1].upper || ts[k+1].sent != t.sent || isCue(e.text, ts[k+1]) || ts[k+1].is(wcDeterminer) {
		return -1
	}
	return e.kinshipName(para, ts, k)
}

// kinshipName adds the kinship name at token k as a person's name, with
// the gender it tells, and returns its entity.
func (e *quoteEngine) kinshipName(para int, ts []token, k int) int {
	w := ts[k]
	ent := e.cl.addName(w.Span, w.Span, w.Span, w.Span, 1, false, para)
	e.cl.ents[ent].person = true
	e.cl.setGender(ent, kinshipGender(w.Of(e.text)))
	return ent
}

// pastTenses are the irregular past tenses of lists/past-tenses.names.
var pastTenses = lexicon.Set(pastTensesFile)

// isIrregularPast reports whether w is on lists/past-tenses.names.
func isIrregularPast(w string) bool { return pastTenses.Lookup(w) != 0 }
