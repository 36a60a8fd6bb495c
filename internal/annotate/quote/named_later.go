package quote

// nameGivenTo reads "His name was Lockyer" (S17, branch prose9): a name
// right after "his name was" or "her name is" names the person the
// possessive stands for (A9), when that person is so far known only by a
// description ("a tall man in a long oilskin coat"), so that the
// description and the name are one speaker: the word at token at becomes
// that person's name. It returns that person, or -1.
// Source: the Chicago Manual of Style, "dialogue" and narrative
// exposition: novels bring a stranger on by a description and name them
// later in the narration; Lappin and Leass (1994), agreement.
func (e *quoteEngine) nameGivenTo(para int, ts []token, refs []nameRef, at int) int {
	k := at - 3
	if k < 0 || ts[k].sent != ts[at].sent || !lowerEq(ts[k+1].Of(e.text), "name") {
		return -1
	}
	if v := ts[k+2].Of(e.text); !lowerEq(v, "was") && !lowerEq(v, "is") {
		return -1
	}
	g := genderFemale
	if lowerEq(ts[k].Of(e.text), "his") {
		g = genderMale
	} else if !lowerEq(ts[k].Of(e.text), "her") {
		return -1
	}
	// The person the possessive stands for, of a gender the text has told
	// (no guess: a pronoun beat's reading, A12), must be one known only by
	// a description. The cues read so far are the paragraph before's.
	evs := e.curEvs
	e.curEvs, e.knownGenderOnly = nil, true
	ent := e.resolvePronoun(para, ts, refs, k, g)
	e.curEvs, e.knownGenderOnly = evs, false
	if ent < 0 || e.cl.ents[ent].nameLen > 0 {
		return -1
	}
	e.cl.ents[ent].name, e.cl.ents[ent].nameLen = to32(ts[at].Span), 1
	e.cl.alias(ts[at].Of(e.text), ent)
	return ent
}
