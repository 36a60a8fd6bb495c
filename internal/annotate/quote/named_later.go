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
	if k < 0 || ts[k].sent != ts[at].sent {
		return -1
	}
	// "His name was", "her name is": one slice, read byte-wise.
	text := e.text
	p := text[ts[k].Start:ts[k+2].End]
	if len(p) < 11 || p[0]|0x20 != 'h' || p[3:9] != " name " || p[9:] != "was" && p[9:] != "is" {
		return -1
	}
	g := genderMale
	if p[1:3] == "er" {
		g = genderFemale
	} else if p[1:3] != "is" {
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
	e.cl.ents[ent].name, e.cl.ents[ent].nameLen = span32{int32(ts[at].Start), int32(ts[at].End)}, 1
	e.cl.alias(text[ts[at].Start:ts[at].End], ent)
	return ent
}
