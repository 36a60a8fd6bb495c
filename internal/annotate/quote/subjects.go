package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

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

// subjectLeft finds (A1, A7) the speaker noun phrase that ends just before the cue
// at token k ("Mr Smith said", "Smith, the mayor, said", "he said", "the
// company said").
func (e *quoteEngine) subjectLeft(para int, ts []token, refs []nameRef, k int, ev *cueEvent) {
	text := e.text
	j := k - 1
	for j >= 0 && ts[j].kind == tokWord && (ts[j].is(wcBetweenSubjectAndCue) || isLyAdverb(text, ts[j])) {
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
	if ts[j].kind == tokPunct && text[ts[j].Start] == ',' {
		// An appositive: "the mayor, Jane Smith, said", "Smith, the mayor,
		// said", "Harry Bond, 30, of Raleigh, who was polled, said".
		// A7: a name just before the comma is the speaker when it opens
		// its stretch ("the mayor, Jane Smith, said"), not when it sits in
		// a phrase after the subject ("Tom Hale, asked about the deal with
		// Ann Marsh, said"): then the earlier name before a comma is.
		direct := refEndingAt(refs, j-1)
		if direct >= 0 && refs[direct].first != firstWordOfClause(ts, j-1) && e.nameBeforeComma(ts, refs, j) >= 0 {
			direct = -1
		}
		if direct >= 0 && !refs[direct].poss {
			e.setSubject(para, ts, refs[direct].ent, refs[direct].first, j-1, ev)
			return
		}
		best, lone := -1, -1
		for c := j - 1; c >= 1 && j-c < 30 && ts[c].sent == ts[j].sent; c-- {
			if ts[c].kind != tokPunct || text[ts[c].Start] != ',' {
				continue
			}
			if r := refEndingAt(refs, c-1); r >= 0 && !refs[r].poss {
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
		}
		return
	}
	if ts[j].kind != tokWord {
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
		e.setSubject(para, ts, refs[r].ent, refs[r].first, j, ev)
		return
	}
	// A lone capitalised word before a cue is a name: "Gingrich said".
	if ts[j].upper && !ts[j].poss && !ts[j].is(wcNotName) && (j == 0 || !ts[j-1].upper || ts[j-1].kind != tokWord) {
		org := ts[j].is(wcOrgNoun) || isAcronym(ts[j].Of(text))
		if j > 0 && ts[j-1].kind == tokWord && lowerEq(ts[j-1].Of(text), "the") {
			org = true
		}
		ent := e.cl.addName(ts[j].Span, ts[j].Span, ts[j].Span, ts[j].Span, 1, org, para)
		e.setSubject(para, ts, ent, j, j, ev)
		return
	}
	e.nominal(para, ts, j, ev)
}

// nameBeforeComma returns the earliest name that ends just before a comma
// of the sentence in the 30 tokens before the comma at token j, or -1.
func (e *quoteEngine) nameBeforeComma(ts []token, refs []nameRef, j int) int {
	best := -1
	for c := j - 1; c >= 1 && j-c < 30 && ts[c].sent == ts[j].sent; c-- {
		if ts[c].kind == tokPunct && e.text[ts[c].Start] == ',' {
			if r := refEndingAt(refs, c-1); r >= 0 && !refs[r].poss {
				best = r
			}
		}
	}
	return best
}

// nominal takes the common noun phrase ending at token j ("the company",
// "a spokeswoman for the ministry") as the speaker.
func (e *quoteEngine) nominal(para int, ts []token, j int, ev *cueEvent) {
	text := e.text
	if ts[j].poss {
		return
	}
	fallback := -1 // a determiner after a preposition: "the" in "a spokeswoman for the ministry"
	c := j
	for ; c >= 0 && j-c < 8 && ts[c].kind == tokWord && ts[c].sent == ts[j].sent; c-- {
		if ts[c].is(wcDeterminer) || c < j && ts[c].poss {
			if c == j {
				return
			}
			if fallback < 0 && c >= 2 && isPostModifierPreposition(text, ts[c-1]) {
				// The phrase may go on to the left: prefer its first part.
				fallback = c
				continue
			}
			if e.nominalAt(para, ts, c, j, ev) {
				return
			}
			break
		}
		if g, _ := wcSubjectPronoun.genderOf(ts[c].info); c != j && isCue(text, ts[c]) || g != genderUnknown {
			break
		}
	}
	if fallback >= 0 {
		e.nominalAt(para, ts, fallback, j, ev)
	}
}

// isPostModifierPreposition reports whether t is a preposition that joins
// a noun phrase to the one before it ("a spokeswoman for the ministry").
func isPostModifierPreposition(text string, t token) bool {
	w := t.Of(text)
	return lowerEq(w, "for") || lowerEq(w, "of") || lowerEq(w, "at") || lowerEq(w, "from") || lowerEq(w, "with")
}

// nominalAt takes the noun phrase from determiner c to token j as the
// speaker, when its head makes a plausible one, and reports whether it did.
func (e *quoteEngine) nominalAt(para int, ts []token, c, j int, ev *cueEvent) bool {
	text := e.text
	// The head is the last noun the lexicons know in the compound
	// after the determiner, which ends at the first function word:
	// "a union organiser" is an organiser, "the ministry
	// spokesman" a spokesman, "a spokeswoman for the ministry" a
	// spokeswoman. Else it is the last word.
	h := ts[j].Span
	org := ts[j].is(wcOrgNoun)
	end := j
	for m := c + 1; m <= j && !isFunctionWord(text, ts[m]); m++ {
		if ts[m].is(wcRoleNoun) {
			h, org, end = ts[m].Span, false, m
		} else if ts[m].is(wcOrgNoun | wcDocumentNoun) {
			h, org, end = ts[m].Span, true, m
		}
	}
	j = end // "a spokeswoman for the ministry" is "a spokeswoman"
	if det := ts[c].Of(text); (lowerEq(det, "that") || lowerEq(det, "this")) && strings.HasSuffix(ts[j].Of(text), "s") {
		return false // "argued that critics said": "that" opens a clause
	}
	if isPossessivePronoun(ts[c].Of(text)) && !ts[j].is(wcRoleNoun|wcOrgNoun) {
		return false // "shook her head and said": a body, not a speaker
	}
	// A head the lexicons do not know ("the influential daily") is
	// trusted only next to a quote: “…,” the daily wrote.
	if !ts[j].is(wcRoleNoun|wcOrgNoun|wcDocumentNoun) && // ts[j] is the head h
		(j-c > 4 || !isPlainNoun(text, ts[j]) || !afterQuote(ts, c) && !afterQuote(ts, ev.tok)) {
		return false
	}
	np := core.Span{Start: ts[c].Start, End: ts[j].End}
	if ts[j].is(wcDocumentNoun) && !ts[j].is(wcRoleNoun|wcOrgNoun) {
		// S6: a document carries words but does not speak ("the report
		// said", "the ad says"). Its words are the organisation's named
		// just before ("The ministry issued a statement. “…,” the
		// statement said"), else nobody's: the cue has a subject, and the
		// quote no speaker.
		if org := e.cl.recentOrg(np.Start, docOrgReach); org >= 0 {
			e.cl.mention(org, np)
			e.setSubject(para, ts, org, c, j, ev)
			return true
		}
		ent := e.cl.addNominal(np, h, org, para)
		e.cl.ents[ent].nobody = true
		e.setSubject(para, ts, ent, c, j, ev)
		return true
	}
	ent := e.cl.addNominal(np, h, org, para)
	if ts[c].is(wcGroupQuantifier) && strings.HasSuffix(ts[j].Of(text), "s") {
		e.cl.ents[ent].nobody = true // S6: "some critics said": an unnamed group
	}
	e.setSubject(para, ts, ent, c, j, ev)
	return true
}

// isPossessivePronoun reports whether w is his, her, its, their, our, my
// or your.
func isPossessivePronoun(w string) bool {
	for _, p := range [...]string{"his", "her", "its", "their", "our", "my", "your"} {
		if lowerEq(w, p) {
			return true
		}
	}
	return false
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
	for m := k; m < len(ts) && m-k < 5 && ts[m].kind == tokWord && !isFunctionWord(text, ts[m]) && (!ts[m].poss || ts[m].upper); m++ {
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
	if ts[k].is(wcDeterminer) {
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
		e.setSubject(para, ts, ent, k, end, ev)
		ev.right = true
	}
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
	if !e.cl.ents[ent].org {
		e.cl.ents[ent].person = true
	}
}
