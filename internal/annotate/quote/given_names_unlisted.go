package quote

// unlistedGivenName returns the person a lone capitalised word at token
// to names when that word is no given name the lists hold but is the
// given name of the one person the text has named in full with it
// ("Tyrell, a rookie, shrugged" after "his younger brother, Tyrell
// Williams"), and the word stands as a subject does: before a past tense
// or a cue (actsNext), or before an apposition set off by a comma and a
// determiner (", a rookie,"). Else -1. The first word of a name known
// as an organisation's or a place's is left alone: the surname and
// organisation rules read it. (A company the lexicons do not type, "Brook
// Foods", is joined as any full name is: "Brook, the county's largest
// employer," is Brook Foods, not a speaker of its own.)
// Source: S14 (the Guardian and Observer style guide, "first names": a
// first name on second reference, above all to tell apart two people of
// one surname, as sport and family stories do); the lists of given names
// cannot hold every name, and a name the text gave in full needs none.
func (e *quoteEngine) unlistedGivenName(ts []token, to int) int {
	w := ts[to]
	if w.kind != tokWord || w.poss || w.is(wcNotName|wcPlaceWord|wcOrgNoun|wcRoleNoun) || isAcronym(w.Of(e.text)) {
		return -1
	}
	if !actsNext(e.text, ts, to) && !e.appositionNext(ts, to) {
		return -1
	}
	ent := e.cl.givenNameAlone(w.Of(e.text))
	if ent < 0 {
		return -1
	}
	if en := &e.cl.ents[ent]; en.place || en.locative || en.nameLen < 2 {
		return -1
	}
	return ent
}

// appositionNext reports whether a comma and a determiner follow token to
// in its sentence: "Tyrell, a rookie,", "Ana, the eldest,".
func (e *quoteEngine) appositionNext(ts []token, to int) bool {
	c, d := to+1, to+2
	return d < len(ts) && ts[c].kind == tokPunct && e.text[ts[c].Start] == ',' && ts[d].kind == tokWord && !ts[d].upper && ts[d].is(wcDeterminer) && ts[d].sent == ts[to].sent
}
