package quote

import "github.com/newsroom/annotator/internal/annotate/core"

// The speaker of a cue: the subject before it, the noun phrase after an
// inverting verb, or the subject of the sentence for a participle.

// participleSubject gives an -ing cue without a subject of its own the
// subject of its sentence: "Trump went on the attack, saying, “…”" and
// "she said, adding, “…”". That is the speaker of the latest cue of the
// sentence, else its first name.
func (e *quoteEngine) participleSubject(para int, ts []token, refs []nameRef, evs []cueEvent, k int, ev *cueEvent) {
	sent := ts[k].sent
	for i := len(evs) - 1; i >= 0; i-- {
		p := &evs[i]
		if ts[p.tok].sent != sent {
			break
		}
		if p.ent >= 0 {
			ev.ent, ev.subjFrom, ev.subjTo, ev.pronoun = p.ent, p.subjFrom, p.subjTo, p.pronoun
			return
		}
	}
	// The first name or subject pronoun of the sentence.
	first := -1
	for i := refsBefore(refs, k) - 1; i >= 0 && refs[i].sent == sent; i-- {
		if r := refs[i]; !r.poss && !e.isHearer(ts, r) {
			first = i
		}
	}
	if first >= 0 && first+1 < len(refs) && refs[first+1].sent == sent && !e.cl.ents[refs[first].ent].person {
		// A16 (news12): a body or a place (no person) before the lowercase
		// role of the person named right after it ("BJP national spokesperson
		// Kavita Rawat hit back, saying") is no subject: the person is.
		a, b := refs[first].end+1, refs[first+1].first
		for a < b && ts[a].kind == tokWord && !ts[a].upper {
			a++
		}
		if a == b && b > refs[first].end+1 && ts[b-1].is(wcRoleNoun) && !e.cl.ents[refs[first+1].ent].org {
			first++
		}
	}
	limit := k
	if first >= 0 {
		limit = refs[first].first
	}
	for j := k - 1; j >= 0 && ts[j].sent == sent; j-- {
		if j < limit && ts[j].kind == tokWord {
			if g, ok := wcSubjectPronoun.genderOf(ts[j].info); ok && g != genderUnknown {
				limit = j
			}
		}
	}
	if limit < k && (first < 0 || limit < refs[first].first) {
		g, _ := wcSubjectPronoun.genderOf(ts[limit].info)
		if ent := e.resolvePronoun(para, ts, refs, limit, g); ent >= 0 {
			e.cl.mention(ent, ts[limit].Span)
			e.setSubject(para, ts, ent, limit, limit, ev)
			ev.pronoun = true
		}
		return
	}
	if first >= 0 {
		e.setSubject(para, ts, refs[first].ent, refs[first].first, refs[first].end, ev)
	}
}

// coordinated reports whether the cue at k shares the subject of an
// earlier verb: "… and then predicted", "went on to say".
func (e *quoteEngine) coordinated(ts []token, k int) bool {
	j := k - 1
	for j >= 0 && ts[j].kind == tokWord && (ts[j].is(wcBetweenSubjectAndCue) || isLyAdverb(e.text, ts[j])) {
		j--
	}
	if j < 0 || ts[j].kind != tokWord {
		return false
	}
	w := ts[j].Of(e.text)
	return lowerEq(w, "and") || lowerEq(w, "but") || lowerEq(w, "to")
}

// coordinatedSubject gives a cue joined by "and" or "but" to a verb
// before it the subject of that verb (A7): "Ann Marsh shook her head and
// said" is Ann Marsh's cue, whatever the sentence named before her. It
// walks back over the verb phrase, lowercase words only, to the name or
// pronoun that ends just before it, within the clause.
func (e *quoteEngine) coordinatedSubject(para int, ts []token, refs []nameRef, k int, ev *cueEvent) {
	j := k - 1
	for j >= 0 && ts[j].kind == tokWord && (ts[j].is(wcBetweenSubjectAndCue) || isLyAdverb(e.text, ts[j])) {
		j--
	}
	j-- // "and", "but"
	for n := 0; j >= 0 && n < 8 && ts[j].kind == tokWord && ts[j].sent == ts[k].sent && !ts[j].upper; j, n = j-1, n+1 {
		if g, ok := wcSubjectPronoun.genderOf(ts[j].info); ok {
			if ent := e.resolvePronoun(para, ts, refs, j, g); ent >= 0 {
				e.cl.mention(ent, ts[j].Span)
				e.setSubject(para, ts, ent, j, j, ev)
				ev.pronoun = true
			}
			return
		}
		// The name is the subject when no lowercase word comes before it
		// in the sentence's clause ("Tom Hale thanked Ann Marsh warmly
		// and said" is not Marsh's).
		if r := refEndingAt(refs, j-1); r >= 0 && !refs[r].poss && j-1 >= 0 && ts[j-1].upper &&
			(refs[r].first == 0 || ts[refs[r].first-1].kind != tokWord || ts[refs[r].first-1].sent != ts[k].sent) {
			e.setSubject(para, ts, refs[r].ent, refs[r].first, j-1, ev)
			return
		}

	}
}

// afterPreposition reports whether token k follows a preposition that
// makes a name its object ("Of Carson, Levine said", "For Hale, the vote
// …"): the object of a phrase set off before the subject is not it.
func (e *quoteEngine) afterPreposition(ts []token, k int) bool {
	if k == 0 || ts[k-1].kind != tokWord {
		return false
	}
	w := ts[k-1].Of(e.text)
	for _, p := range [...]string{"of", "on", "about", "for", "with", "to", "from", "unlike", "like", "against"} {
		if lowerEq(w, p) {
			return true
		}
	}
	return false
}

// refEndingBefore returns the name that ends just before token c, or
// just before the period of a name suffix there ("James B. Carver Jr.,"),
// or -1.
func (e *quoteEngine) refEndingBefore(ts []token, refs []nameRef, c int) int {
	r := refEndingAt(refs, c-1)
	if r < 0 && c >= 2 && ts[c-1].kind == tokPunct && e.text[ts[c-1].Start] == '.' && ts[c-2].End == ts[c-1].Start && ts[c-2].is(wcNameSuffix) {
		r = refEndingAt(refs, c-2)
	}
	return r
}

// embeddedBeforeComma reports whether ts[j] is a quoted stretch inside the
// reporter's phrase that closes an apposition or a relative clause with
// the comma inside its marks (A7): "Ana Ruiz, author of “The Quiet
// Court,” put it", "Pia Lund, who wore a cape bearing the words “We Can
// Win,” shouted". A word runs into it, as into a title, where a quote of
// someone's words is set off or opens its sentence; it opens with a
// capital, as titles and slogans do, and the cue is no participle.
func (e *quoteEngine) embeddedBeforeComma(ts []token, j int) bool {
	if ts[j].kind != tokQuote || j == 0 || ts[j-1].kind != tokWord || ts[j-1].sent != ts[j].sent || isCue(e.text, ts[j-1]) {
		return false
	}
	inner := e.cands[ts[j].quote].inner
	if inner.End <= inner.Start || e.text[inner.End-1] != ',' || !isUpperByte(e.text[inner.Start]) || isParticiple(ts[j+1].Of(e.text)) {
		return false // (“had a crazy policy,” adding: quoted words in a sentence that has its own subject)
	}
	return true
}

// subjectLeft finds (A1, A7) the speaker noun phrase that ends just before the cue
// at token k ("Mr Smith said", "Smith, the mayor, said", "he said", "the
// company said").
func (e *quoteEngine) subjectLeft(para int, ts []token, refs []nameRef, k int, ev *cueEvent) {
	text := e.text
	j := k - 1
	// (A capitalised word that ends a name is the subject, not an
	// auxiliary: "Will wrote" after "George Will".)
	for j >= 0 && ts[j].kind == tokWord && (ts[j].is(wcBetweenSubjectAndCue) || isLyAdverb(text, ts[j])) && !(ts[j].upper && refEndingAt(refs, j) >= 0) {
		j--
	}
	if j < 0 || ts[j].sent != ts[k].sent {
		return
	}
	// "Smith, who said …": the speaker is the name before ", who". (A
	// relative clause before the cue, "Smith, who …, said", is an
	// apposition below.)
	if ts[j].kind == tokWord && lowerEq(ts[j].Of(text), "who") {
		j--
		if j >= 0 && ts[j].kind == tokPunct && text[ts[j].Start] == ',' {
			j--
		}
		if j < 0 {
			return
		}
	}
	if ts[j].kind == tokPunct && text[ts[j].Start] == ')' {
		for j >= 0 && !(ts[j].kind == tokPunct && text[ts[j].Start] == '(') && k-j < 20 {
			j--
		}
		j--
		if j < 0 {
			return
		}
	}
	if ts[j].kind == tokPunct && text[ts[j].Start] == ',' && j == k-1 && isParticiple(ts[k].Of(text)) {
		// "Ann Marsh said to Tom Hale, adding, “…”": a participle after a
		// comma takes the subject of its sentence (participleSubject), not
		// the name the comma follows.
		return
	}
	if ts[j].kind == tokPunct && text[ts[j].Start] == ',' || e.embeddedBeforeComma(ts, j) {
		// An appositive: "the mayor, Jane Smith, said", "Smith, the mayor,
		// said", "Harry Bond, 30, of Raleigh, who was polled, said".
		// A7: a name just before the comma is the speaker when it opens
		// its stretch ("the mayor, Jane Smith, said"), not when it sits in
		// a phrase after the subject ("Tom Hale, asked about the deal with
		// Ann Marsh, said"): then the earlier name before a comma is.
		direct := e.refEndingBefore(ts, refs, j)
		if direct >= 0 && refs[direct].first != firstWordOfClause(ts, j-1) && e.nameBeforeComma(ts, refs, j) >= 0 {
			direct = -1
		}
		if direct >= 0 && !refs[direct].poss {
			if e.affiliated(para, ts, refs, refs[direct].first, ev) {
				return // A11 in an apposition: "Another analyst, Sofia Reyes of Northgate Securities, said"
			}
			e.setSubject(para, ts, refs[direct].ent, refs[direct].first, j-1, ev)
			return
		}
		best, lone, opening := -1, -1, -1
		for c := j - 1; c >= 1 && j-c < 30 && ts[c].sent == ts[j].sent; c-- {
			if ts[c].kind != tokPunct || text[ts[c].Start] != ',' {
				continue
			}
			if f := firstWordOfClause(ts, c-1); ts[c-1].kind == tokWord && ts[f].is(wcDeterminer) && (f == 0 || ts[f-1].sent != ts[f].sent) {
				opening = c - 1
			}
			if r := e.refEndingBefore(ts, refs, c); r >= 0 && !refs[r].poss && !e.afterPreposition(ts, refs[r].first) {
				best = r
			} else if w := ts[c-1]; w.kind == tokWord && !w.poss && w.upper && !w.is(wcNotName) && firstWordOfClause(ts, c-1) == c-1 {
				lone = c - 1
			}
		}
		switch {
		case best >= 0:
			e.setSubject(para, ts, refs[best].ent, refs[best].first, refs[best].end, ev)
		case lone >= 0:
			w := ts[lone]
			ent := e.cl.addName(w.Span, w.Span, w.Span, w.Span, 1, isAcronym(w.Of(text)) || w.is(wcOrgNoun), para)
			e.setSubject(para, ts, ent, lone, lone, ev)
		case opening >= 0:
			// A7 for a noun phrase: the description that opens the
			// sentence before an apposition or a relative clause is the
			// subject, "The 31-year-old goalkeeper, who signed in the
			// summer, said:" (news second reference by age and role;
			// Chicago Manual of Style, "relative clauses").
			e.nominal(para, ts, opening, ev)
		}
		return
	}
	if ts[j].kind != tokWord {
		return
	}
	if isNarratorI(text, ts[j]) && (afterQuote(ts, j) || k+2 < len(ts) && ts[k+1].kind == tokPunct && isSetOff(text[ts[k+1].Start]) && ts[k+2].kind == tokQuote) {
		// A15 (narrator.go): "“…,” I said" is the narrator's.
		e.setSubject(para, ts, e.narrator(ts[j].Span, para), j, j, ev)
		ev.pronoun = true
		return
	}
	if g, ok := wcSubjectPronoun.genderOf(ts[j].info); ok {
		ent := e.resolvePronoun(para, ts, refs, j, g)
		if ent >= 0 {
			e.cl.mention(ent, ts[j].Span)
			if g != genderUnknown {
				e.cl.ents[ent].person = true
			}
			e.setSubject(para, ts, ent, j, j, ev)
			ev.pronoun = true
		}
		return
	}
	if r := refEndingAt(refs, j); r >= 0 && !refs[r].poss {
		if e.affiliated(para, ts, refs, refs[r].first, ev) {
			return
		}
		e.setSubject(para, ts, refs[r].ent, refs[r].first, j, ev)
		return
	}
	// A lone capitalised word before a cue is a name: "Gingrich said";
	// not a role noun that tells a gender, a headline's "Man charged".
	if ts[j].upper && e.affiliated(para, ts, refs, j, ev) {
		return
	}
	if ts[j].upper && !ts[j].poss && !ts[j].is(wcNotName) && !(j > 0 && ts[j-1].is(wcDeterminer) && (isTitle(text, ts[j]) || ts[j].is(wcRoleNoun))) && (ts[j].info.roleGender() == genderUnknown || isKinshipName(ts[j].Of(text))) && (j == 0 || !ts[j-1].upper || ts[j-1].kind != tokWord || ts[j-1].is(wcNotName) && firstWordOfClause(ts, j-1) == j-1) {
		// (After a capitalised opener, "As Politico reported", "But
		// Gingrich said", the word is alone all the same; "the King" is a
		// role, S1 in names.go.)
		org := ts[j].is(wcOrgNoun) || isAcronym(ts[j].Of(text))
		if j > 0 && ts[j-1].kind == tokWord && lowerEq(ts[j-1].Of(text), "the") {
			org = true
		}
		ent := e.cl.addName(ts[j].Span, ts[j].Span, ts[j].Span, ts[j].Span, 1, org, para)
		if isKinshipName(ts[j].Of(text)) {
			ent = e.kinshipName(para, ts, j) // "Mother said" (kinship.go)
		}
		e.setSubject(para, ts, ent, j, j, ev)
		return
	}
	e.nominal(para, ts, j, ev)
	if ev.ent < 0 {
		e.participleModified(para, ts, j, ev)
	}
}

// participleModified takes as the speaker the noun phrase that opens the
// clause before a participle phrase ending at token j: "One woman walking
// her dog said", "A man carrying groceries said" (an unnamed source, one
// of its own: S12). The phrase is a determiner and at most three words
// ending in a role noun, right before the -ing word. Source: English
// grammar (a participle phrase after the noun it modifies); Reuters
// Handbook of Journalism, "sources" (an unnamed source described by what
// they were doing).
func (e *quoteEngine) participleModified(para int, ts []token, j int, ev *cueEvent) {
	text := e.text
	for p := j; p > 1 && j-p < 6 && ts[p].kind == tokWord && ts[p].sent == ts[j].sent; p-- {
		if !isParticiple(ts[p].Of(text)) || ts[p].upper {
			continue
		}
		h := p - 1
		if ts[h].kind != tokWord || !ts[h].is(wcRoleNoun) || ts[h].poss {
			return
		}
		d := h - 1
		for d >= 0 && h-d <= 3 && ts[d].kind == tokWord && !ts[d].is(wcDeterminer) && !ts[d].upper {
			d--
		}
		if d < 0 || !ts[d].is(wcDeterminer) || firstWordOfClause(ts, d) != d {
			return
		}
		e.nominalAt(para, ts, d, h, ev)
		return
	}
}

// affiliated (A11) takes as the speaker the person or role before "of",
// "at", "from" or "for" when the name starting at token first is the body that
// person speaks for: "Jane Pike of Ardent Capital said", "the mayor of
// Springfield said", "Dana Rubinstein at the Ledger reports". It reports
// whether it set a speaker. Source: AP Stylebook, "titles" and
// "organizations and institutions" (a person identified by the
// organisation after the name: "John Smith of the Brookings Institution").
func (e *quoteEngine) affiliated(para int, ts []token, refs []nameRef, first int, ev *cueEvent) bool {
	p := first - 1
	// A capitalised possessive inside the body's name: "the Bakers' Union"
	// (a plural's apostrophe is a token of its own), "the Farmer’s Guild".
	for p >= 0 && ts[p].sent == ts[first].sent {
		if ts[p].kind == tokWord && ts[p].upper && ts[p].poss {
			p--
		} else if p >= 1 && ts[p].kind == tokPunct && (ts[p].Of(e.text) == "'" || ts[p].Of(e.text) == "’") && ts[p-1].kind == tokWord && ts[p-1].upper && ts[p-1].End == ts[p].Start && e.text[ts[p-1].End-1] == 's' {
			p -= 2
		} else {
			break
		}
	}
	// Up to two lowercase modifiers of the body: "a spokesman for
	// committee Democrats".
	for n := 0; n < 2 && p >= 0 && ts[p].kind == tokWord && !ts[p].upper && !isFunctionWord(e.text, ts[p]) && !ts[p].is(wcRoleNoun); n++ {
		p--
	}
	if p >= 0 && ts[p].kind == tokWord && lowerEq(ts[p].Of(e.text), "the") {
		p--
	}
	p = e.placeOfKind(ts, p)
	if p < 1 || ts[p].kind != tokWord || ts[p].sent != ts[first].sent {
		return false
	}
	if w := ts[p].Of(e.text); !lowerEq(w, "of") && !lowerEq(w, "at") && !lowerEq(w, "from") && !lowerEq(w, "for") {
		return false
	}
	if r := refEndingAt(refs, p-1); r >= 0 && !refs[r].poss && !e.cl.ents[refs[r].ent].org {
		e.setSubject(para, ts, refs[r].ent, refs[r].first, p-1, ev)
		return true
	}
	if ts[p-1].kind == tokWord && ts[p-1].is(wcRoleNoun) && !ts[p-1].upper {
		before := ev.ent
		e.nominal(para, ts, p-1, ev)
		return ev.ent != before
	}
	return false
}

// nameBeforeComma returns the earliest name that ends just before a comma
// of the sentence in the 30 tokens before the comma at token j, or -1.
func (e *quoteEngine) nameBeforeComma(ts []token, refs []nameRef, j int) int {
	best := -1
	for c := j - 1; c >= 1 && j-c < 30 && ts[c].sent == ts[j].sent; c-- {
		if ts[c].kind == tokPunct && e.text[ts[c].Start] == ',' {
			if r := e.refEndingBefore(ts, refs, c); r >= 0 && !refs[r].poss && !e.afterPreposition(ts, refs[r].first) {
				best = r
			}
		}
	}
	return best
}

// subjectRight finds the speaker noun phrase starting at token k ("said
// Mr Smith", "according to the company").
func (e *quoteEngine) subjectRight(para int, ts []token, refs []nameRef, k int, ev *cueEvent) {
	text := e.text
	if k >= len(ts) || ts[k].kind != tokWord {
		return
	}
	w := ts[k].Of(text)
	if g, ok := wcSubjectPronoun.genderOf(ts[k].info); ok && !lowerEq(w, "it") {
		ent := e.resolvePronoun(para, ts, refs, k, g)
		if ent >= 0 {
			e.cl.mention(ent, ts[k].Span)
			e.setSubject(para, ts, ent, k, k, ev)
			ev.right, ev.pronoun = true, true
		}
		return
	}
	// Roles before the name: "said lead author Dr. Allan Garland", "said
	// former South Carolina Gov. Jim Hodges", "said Florida's Rick Wilson"
	// (a capitalised possessive: the place or body the person is of).
	for m := k; m < len(ts) && m-k < 5 && ts[m].kind == tokWord && (!isFunctionWord(text, ts[m]) || modifiesTitle(text, ts, m)) && (!ts[m].poss || ts[m].upper); m++ {
		if r := refStartingAt(refs, m+1); r >= 0 && !refs[r].poss && !(e.cl.ents[refs[r].ent].org && refs[r].end+1 < len(ts) && ts[refs[r].end+1].kind == tokWord && !ts[refs[r].end+1].upper) {
			// (An organisation before a lowercase role is the body the
			// person speaks for: "said former Senate aide Dana Whitfield".)
			e.setSubject(para, ts, refs[r].ent, k, refs[r].end, ev)
			ev.right = true
			return
		}
	}
	if i := refsBefore(refs, k); i < len(refs) && refs[i].first <= k {
		if r := refs[i]; !r.poss {
			e.setSubject(para, ts, r.ent, r.first, r.end, ev)
			ev.right = true
			return
		}
	}
	if ts[k].is(wcDeterminer) && k+3 < len(ts) && lowerEq(ts[k+1].Of(text), "of") && ts[k+2].kind == tokWord && (ts[k+2].is(wcDeterminer) || ts[k+2].poss || lowerEq(ts[k+2].Of(text), "those") || lowerEq(ts[k+2].Of(text), "these")) {
		// "said one of those advisers", "said one of his aides": one of a
		// group, the speaker.
		end := k + 3
		for end+1 < len(ts) && end-k < 6 && ts[end+1].kind == tokWord && !isFunctionWord(text, ts[end+1]) && !isCue(text, ts[end+1]) {
			end++
		}
		if ts[end].kind == tokWord && e.nominalAt(para, ts, k, end, ev) {
			ev.right = true
		}
		return
	}
	if ts[k].is(wcDeterminer) {
		// S10: "said the base chief known as Bob" is Bob, and "asked the
		// youngest of the shepherds, a boy called Rhys" is Rhys.
		for m := k + 1; m < len(ts) && m-k <= 2*maxRoleWords+2 && (ts[m].kind == tokWord || isComma(text, ts[m])) && ts[m].sent == ts[k].sent; m++ {
			if r := refStartingAt(refs, m); r >= 0 && !refs[r].poss {
				if _, h := e.knownAsBefore(ts, m); h >= 0 {
					e.setSubject(para, ts, refs[r].ent, k, refs[r].end, ev)
					ev.right = true
					return
				}
				break
			}
		}
		end := k
		for end+1 < len(ts) && end-k < 6 && ts[end+1].kind == tokWord && (end == k || !isCue(text, ts[end+1])) && !ts[end].poss {
			nw := ts[end+1].Of(text)
			if end > k && (isFunctionWord(text, ts[end+1]) || isParticiple(nw) || len(nw) > 3 && nw[len(nw)-2:] == "ed") {
				break
			}
			end++
		}
		before := ev.ent
		e.nominal(para, ts, end, ev)
		for ev.ent == before && end > k+1 {
			end--
			e.nominal(para, ts, end, ev)
		}
		if ev.ent >= 0 {
			ev.right = true
		}
		return
	}
	if ts[k].upper && !ts[k].is(wcNotName) {
		end := k
		for end+1 < len(ts) && ts[end+1].kind == tokWord && ts[end+1].upper && !ts[end].poss {
			end++
		}
		org := ts[end].is(wcOrgNoun) || isAcronym(ts[end].Of(text))
		ent := e.cl.addName(core.Span{Start: ts[k].Start, End: ts[end].End}, core.Span{Start: ts[k].Start, End: ts[end].End}, ts[k].Span, ts[end].Span, end-k+1, org, para)
		if end == k && isKinshipName(ts[k].Of(text)) {
			ent = e.kinshipName(para, ts, k) // "said Mother" (kinship.go)
		}
		e.setSubject(para, ts, ent, k, end, ev)
		ev.right = true
	}
}

// isBareGroup reports (S8) whether t is a capitalised plural group noun
// standing alone: "Officials said", "Republicans say", "Candidates
// argue". It names no one a source audit can count, as "some critics
// said" does not (S6): a plural whose own form is on org-nouns.txt or
// whose singular is a role noun. A named group ("Senate Republicans",
// "the Conservative Party") is more than one word and stays. Source: the
// Reuters Handbook of Journalism, "sources" (a quote needs an identified
// source; "officials said" identifies none).
func isBareGroup(text string, t token) bool {
	w := t.Of(text)
	if !t.upper || t.poss || len(w) < 4 || w[len(w)-1] != 's' || isAcronym(w[:len(w)-1]) {
		return false
	}
	return t.is(wcOrgNoun) || lookupWord(w[:len(w)-1])&wcRoleNoun != 0
}

// isFunctionWord reports whether t is a preposition, determiner, pronoun
// or the like, which cannot stand in a role before a name.
func isFunctionWord(text string, t token) bool {
	return t.is(wcNotName) && !t.upper || t.is(wcDeterminer) || isCue(text, t)
}

// isPlainNoun reports whether t may head a noun phrase that names a
// speaker: a lower-case word that is no function word, adverb or cue.
func isPlainNoun(text string, t token) bool {
	w := t.Of(text)
	if t.kind != tokWord || len(w) < 3 || !isLowerStart(w) || isFunctionWord(text, t) || isLyAdverb(text, t) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if isDigit(w[i]) {
			return false
		}
	}
	return true
}

// setSubject makes entity ent the speaker of ev; the speaker of a cue is a
// person unless it is an organisation.
func (e *quoteEngine) setSubject(para int, ts []token, ent, from, to int, ev *cueEvent) {
	ev.ent, ev.subjFrom, ev.subjTo = ent, from, to
	if from == to && isBareGroup(e.text, ts[from]) && e.cl.ents[ent].name.end-e.cl.ents[ent].name.start == int32(ts[from].Len()) {
		e.cl.ents[ent].nobody, e.cl.ents[ent].org = true, true
	}
	if !e.cl.ents[ent].org {
		e.cl.ents[ent].person = true
	}
}
