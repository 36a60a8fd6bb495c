package quote

// Delayed identification (rule S17, news12): a news lede that describes
// its main person without naming them ("A school nurse testified on
// Monday that …") names them at the start of the next paragraph, with
// their age ("Ann Pike, 41, who has worked …, told jurors …"). The
// description and the name are one person: "the nurse" later is the named
// one, and so is "the witness" the lede's cue made the description (S18).
// Only when the lede names no person and the name after it has no title
// or role of its own. Source: AP Stylebook, "delayed identification";
// the Missouri Group, "News Reporting and Writing", the
// delayed-identification lede.

// delayedName joins the unnamed person a cue of paragraph pi-1 has as
// its subject to the person named with an age at the start of paragraph
// pi (refs, its names).
func (e *quoteEngine) delayedName(pi int, ts []token, refs []nameRef) {
	if len(refs) == 0 || refs[0].first != 0 || ageOfName(e.text, ts, 0, refs[0].end) == "" {
		return
	}
	named := int32(refs[0].ent)
	if en := &e.cl.ents[named]; en.org || en.nameLen < 2 || !en.role.empty() {
		return
	}
	d := -1
	for _, r := range e.hist {
		x := &e.cl.ents[r.ent]
		if r.para != pi-1 {
			continue
		}
		if x.nameLen > 0 && !x.org && !x.place {
			return // the lede names someone
		}
		if r.subj && x.nameLen == 0 && x.quotes == 0 && x.name.end-x.name.start > 2 && lowerEq(e.text[x.name.start:x.name.start+2], "a ") {
			d = r.ent
		}
	}
	if d >= 0 {
		e.cl.byKey.set(e.cl.ents[d].key, named)
		if w, ok := e.cl.byKey.get(keyHash(keyRole, "witness")); ok && int(w) == d {
			e.cl.indexRole(int(named), "witness")
		}
	}
}
