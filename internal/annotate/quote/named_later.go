package quote

// nameGivenTo reads "His name was Lockyer" (S19, branch prose9): a name
// right after "his name was" or "her name is" names the latest speaker
// when that speaker is known only by a description of the pronoun's gender
// ("a tall man in a long oilskin coat"), so that the description and the
// name are one speaker: the word at token at becomes that person's name.
// It returns that person, or -1. Source: the Chicago Manual of Style,
// "dialogue" and narrative exposition: novels bring a stranger on by a
// description and name them later in the narration; Lappin and Leass
// (1994), recency and agreement.
func (e *quoteEngine) nameGivenTo(ts []token, at int) int {
	k, ent := at-3, e.lastSpeaker
	if k < 0 || ent < 0 {
		return -1
	}
	// "His name was", "her name is", read as one slice: "h", "is" or
	// "er", " name ", "was" or "is".
	p := e.text[ts[k].Start:ts[at].Start]
	en := &e.cl.ents[ent]
	g := genderMale
	if p[1] == 'e' {
		g = genderFemale
	}
	if len(p) < 12 || len(p) > 13 || p[0]|0x20 != 'h' || p[3] != ' ' || p[4] != 'n' || p[7] != 'e' || p[8] != ' ' || en.nameLen > 0 || en.gender != g {
		return -1
	}
	en.name, en.nameLen = to32(ts[at].Span), 1
	e.cl.alias(e.text[ts[at].Start:ts[at].End], ent)
	return ent
}
