package quote

// nameGivenTo reads "His name was Lockyer" (S17, branch prose9): a name
// right after "his name was" or "her name is" names the person the
// possessive stands for (A9), when that person is so far known only by a
// description ("a tall man in a long oilskin coat"), so that the
// description and the name are one speaker. It returns that person, or -1.
// Source: the Chicago Manual of Style, "dialogue" and narrative
// exposition: novels bring a stranger on by a description and name them
// later in the narration; Lappin and Leass (1994), agreement.
func (e *quoteEngine) nameGivenTo(ts []token, refs []nameRef, at int) int {
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
	// The latest person named before it who may be that gender, in this
	// paragraph or the last few, else the latest speaker: it must be one
	// known only by a description.
	other := genderMale + genderFemale - g
	fits := func(r nameRef) bool {
		en := &e.cl.ents[r.ent]
		return !r.poss && !en.org && !en.place && en.gender != other
	}
	ent := -1
	for i := len(refs) - 1; i >= 0 && ent < 0; i-- {
		if refs[i].first < k && fits(refs[i]) {
			ent = refs[i].ent
		}
	}
	for i := len(e.hist) - 1; i >= 0 && ent < 0 && len(e.hist)-i <= maxLookback; i-- {
		if fits(e.hist[i]) {
			ent = e.hist[i].ent
		}
	}
	if ent < 0 {
		ent = e.lastSpeaker
	}
	if ent < 0 || e.cl.ents[ent].nameLen > 0 || e.cl.ents[ent].org || e.cl.ents[ent].gender == other {
		return -1
	}
	return ent
}
