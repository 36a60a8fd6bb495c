package quote

// Delayed identification (rule S17, news12): a news lede that describes
// its main person without naming them ("A city bus driver testified
// Tuesday that …") names them at the start of the next paragraph, with
// their age ("Derrick Owens, 52, who has driven …, told jurors …"). The
// description and the name are one person: "the bus driver" later is the
// named one, and so is a role the lede's cue gave (S18). Only when the
// lede names no one else and the person named after it is new, with no
// title or role of their own. Source: AP Stylebook, "delayed
// identification" (the name in the second paragraph); the Missouri Group,
// "News Reporting and Writing", the delayed-identification lede.

// delayedName joins the unnamed person of paragraph pi-1 to the person
// named with an age at the start of paragraph pi (refs, its names).
func (e *quoteEngine) delayedName(pi int, ts []token, refs []nameRef) {
	if len(refs) == 0 || refs[0].first != 0 || refs[0].poss {
		return
	}
	named := refs[0].ent
	en := &e.cl.ents[named]
	if en.org || en.place || en.nameLen < 2 || !en.role.empty() || ageOfName(e.text, ts, 0, refs[0].end) == "" ||
		e.cl.mentionedIn(named, ts[0].Start, ts[0].Start) {
		return
	}
	d, from := -1, len(e.hist)
	for from > 0 && e.hist[from-1].para >= pi-1 {
		from--
		r := e.hist[from]
		x := &e.cl.ents[r.ent]
		if x.nameLen > 0 && !x.org && !x.place {
			return // the lede names someone
		}
		if x.nameLen == 0 && r.subj && !x.org && x.quotes == 0 && len(x.name.of(e.text)) > 2 && lowerEq(x.name.of(e.text)[:2], "a ") {
			d = r.ent
		}
	}
	if d < 0 {
		return
	}
	// Later references to the description are the named person's, and so
	// are the lede's mentions that pronouns look back on.
	x := &e.cl.ents[d]
	e.cl.byKey.set(x.key, int32(named))
	if w, ok := e.cl.byKey.get(keyHash(keyRole, "witness")); ok && int(w) == d {
		e.cl.byKey.set(keyHash(keyRole, "witness"), int32(named))
	}
	e.cl.setGender(named, x.gender)
	for ; from < len(e.hist); from++ {
		if e.hist[from].ent == d {
			e.hist[from].ent = named
		}
	}
}
