package annotate

// This file finds who speaks: names (with titles and roles) in each
// paragraph, cue events (a cue word and its speaker noun phrase), and the
// person a pronoun subject stands for.

// nameRef is one name found in a paragraph, kept for pronoun resolution.
type nameRef struct {
	ent        int
	para       int
	sent       int32
	first, end int // token range in its paragraph (for the current one only)
	poss       bool
	subj       bool // the speaker of a cue
}

// cueEvent is a cue word with the speaker it names.
type cueEvent struct {
	cue      Span
	tok      int // token index of the cue in its paragraph
	subjFrom int // token range of the speaker noun phrase
	subjTo   int
	ent      int // speaker entity, -1 if none
	flags    cueFlags
	right    bool // the speaker follows the cue
}

// findNames finds the names of paragraph para's tokens and records them in
// the clusters. It appends to refs and returns it.
func (e *quoteEngine) findNames(para int, ts []token, refs []nameRef) []nameRef {
	text := e.text
	credit := false
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		if credit {
			credit = !(t.kind == tokPunct && text[t.Start] == ')')
			continue
		}
		if !t.upper { // only a word starts with a capital
			if c := text[t.Start]; (c == ':' || c == '/') && t.kind == tokPunct && k > 0 && isCreditWord(text, ts[k-1]) {
				credit = true
			}
			continue
		}
		// Collect a run of capitalised words, particles and initials.
		end := k
		for end+1 < len(ts) && !ts[end].poss {
			n := ts[end+1]
			if n.kind == tokWord && n.Start-ts[end].End <= 2 && (n.upper || n.is(wcNameParticle) && end+2 < len(ts) && ts[end+2].upper) {
				end++
				continue
			}
			// A period after a title or an initial: Sen. Sanders, George W. Bush.
			if n.kind == tokPunct && text[n.Start] == '.' && n.Start == ts[end].End && end+2 < len(ts) &&
				ts[end+2].kind == tokWord && ts[end+2].upper && ts[end+2].sent == n.sent &&
				(ts[end].Len() == 1 || isTitle(text, ts[end])) {
				end += 2
				continue
			}
			break
		}
		if end+1 < len(ts) && ts[end+1].kind == tokPunct && text[ts[end+1].Start] == '/' && ts[end+1].Start == ts[end].End ||
			k > 0 && ts[k-1].kind == tokPunct && text[ts[k-1].Start] == '/' && ts[k-1].End == t.Start {
			// "(Ryan Remiorz/The Canadian Press)": a photo credit.
			credit = true
			k = end
			continue
		}
		e.addNameRun(para, ts, k, end, &refs)
		k = end
	}
	return refs
}

func isCreditWord(text string, t token) bool {
	return t.kind == tokWord && t.Len() < 16 && t.is(wcCreditWord)
}

func isTitle(text string, t token) bool {
	if t.kind != tokWord || t.Len() > 16 {
		return false
	}
	_, ok := wcTitle.genderOf(t.info)
	return ok
}

// addNameRun turns the capitalised run ts[from..to] (word tokens and
// periods) into a name, if it is one.
func (e *quoteEngine) addNameRun(para int, ts []token, from, to int, refs *[]nameRef) {
	text := e.text
	// Drop sentence-initial function words and weekdays: "But", "On Friday".
	for from <= to && ts[from].kind == tokWord && ts[from].is(wcNotName) {
		from++
	}
	if from > to {
		return
	}
	// Titles: the name starts after the last title of the run.
	g := genderUnknown
	titled := false
	nameFrom := from
	mentionFrom := from
	for k := from; k < to; k++ {
		if ts[k].kind != tokWord || ts[k].Len() > 16 {
			continue
		}
		if tg, ok := wcTitle.genderOf(ts[k].info); ok {
			if !titled {
				mentionFrom = k
			}
			titled = true
			if tg != genderUnknown {
				g = tg
			}
			nameFrom = k + 1
		}
	}
	for nameFrom <= to && ts[nameFrom].kind != tokWord {
		nameFrom++
	}
	if nameFrom > to {
		return
	}
	words := 0
	firstTok := -1
	for k := nameFrom; k <= to; k++ {
		if ts[k].kind == tokWord {
			words++
			if firstTok < 0 {
				firstTok = k
			}
			if k > nameFrom && ts[k].is(wcNotName) {
				return // "Baking From My Home To Yours": a title, not a name
			}
		}
	}
	last := ts[to]
	org := last.is(wcOrgNoun) && !titled || isAcronym(last.Of(text)) && words == 1 && !titled
	if from > 0 && ts[from-1].kind == tokWord && lowerEq(ts[from-1].Of(text), "the") && !titled {
		org = true
	}
	person := titled
	if !person && from > 0 && ts[from-1].kind == tokWord && ts[from-1].is(wcRoleNoun) {
		person = true
	}
	if !person && words >= 2 {
		if _, ok := wcFirstName.genderOf(ts[firstTok].info); ok {
			person = true
		}
	}
	ent := -1
	if words == 1 && !person && !org {
		// A lone capitalised word is a name only if it is already known,
		// or a given name ("a resident named Caroline").
		ent = e.cl.lookupSurname(last.Of(text))
		if g, known := wcFirstName.genderOf(last.info); ent < 0 && known && from > 0 {
			ent = e.cl.addName(last.Span, last.Span, last.Span, last.Span, 1, false, para)
			e.cl.ents[ent].person = true
			e.cl.setGender(ent, g)
		}
		if ent < 0 || e.cl.ents[ent].org {
			return
		}
		e.cl.mention(ent, Span{Start: ts[mentionFrom].Start, End: last.End})
	} else {
		// The surname is the last word, before a suffix (Donald Trump Jr.).
		key := to
		for key > firstTok && (ts[key].kind != tokWord || ts[key].is(wcNameSuffix)) {
			key--
		}
		ent = e.cl.addName(Span{Start: ts[mentionFrom].Start, End: last.End}, Span{Start: ts[nameFrom].Start, End: last.End},
			ts[firstTok].Span, ts[key].Span, words, org, para)
	}
	en := &e.cl.ents[ent]
	if person {
		en.person = true
	} else if ts[firstTok].is(wcPlaceWord) || last.is(wcPlaceWord) {
		en.place = true
	}
	e.cl.setGender(ent, g)
	*refs = append(*refs, nameRef{ent: ent, para: para, sent: ts[to].sent, first: mentionFrom, end: to, poss: last.poss})
}

// isAcronym reports whether w is two or more capitals (NATO, FBI).
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isUpperByte(w[i]) {
			return false
		}
	}
	return true
}

// adverbs and auxiliaries that may stand between a speaker and a cue
// ("Smith has also said", "he later told").
var betweenSubjectAndCue = map[string]bool{
	"also": true, "later": true, "then": true, "previously": true, "once": true,
	"has": true, "had": true, "have": true, "was": true, "is": true, "were": true,
	"are": true, "would": true, "will": true, "could": true, "may": true, "might": true,
	"had've": true, "long": true, "often": true, "again": true, "further": true,
	"just": true, "already": true, "still": true, "not": true, "never": true,
	"earlier": true, "recently": true, "repeatedly": true, "reportedly": true,
	"frequently": true, "publicly": true, "privately": true, "simply": true,
	"separately": true, "quickly": true, "flatly": true, "bluntly": true, "firmly": true,
	"did": true, "does": true, "do": true, "been": true, "be": true, "being": true,
	"herself": true, "himself": true, "themselves": true, "itself": true,
}

// findCues finds the cue events of a paragraph's tokens.
func (e *quoteEngine) findCues(para int, ts []token, refs []nameRef, evs []cueEvent) []cueEvent {
	text := e.text
	e.curEvs = evs[:0]
	for k := 0; k < len(ts); k++ {
		n, flags, ok := cueAt(text, ts, k)
		if !ok || n == 1 && ts[k].is(wcNounCue) && isNounUse(text, ts, k) {
			continue
		}
		ev := cueEvent{cue: Span{Start: ts[k].Start, End: ts[k+n-1].End}, tok: k, flags: flags, ent: -1}
		if flags&cueObject != 0 {
			e.subjectRight(para, ts, refs, k+n, &ev)
		} else {
			e.subjectLeft(para, ts, refs, k, &ev)
			// Inversion ("…,” said Mr Smith) follows a quote or a comma;
			// elsewhere the words after a verb are its object.
			if ev.ent < 0 && flags&cueInverts != 0 && afterQuote(ts, k) && !isParticiple(ts[k].Of(text)) {
				e.subjectRight(para, ts, refs, k+n, &ev)
			}
			if ev.ent < 0 && (isParticiple(ts[k].Of(text)) || e.coordinated(ts, k)) {
				e.participleSubject(para, ts, refs, evs, k, &ev)
			}
		}
		evs = append(evs, ev)
		e.curEvs = evs
		k += n - 1
	}
	return evs
}

// afterQuote reports whether token k follows a quote, with at most
// punctuation between: the place of an inverted cue ("…,” said Smith).
func afterQuote(ts []token, k int) bool {
	i := k - 1
	for i >= 0 && ts[i].kind == tokPunct && k-i <= 2 {
		i--
	}
	return i >= 0 && ts[i].kind == tokQuote || k == 0
}

// isNounUse reports whether the cue word at k is used as a noun: after a
// determiner or a possessive ("the notes", "his remarks", "Trump's
// claims"), or after an adjective that follows one ("the positive notes").
func isNounUse(text string, ts []token, k int) bool {
	if k == 0 || ts[k-1].kind != tokWord {
		return false
	}
	p := ts[k-1]
	if p.poss || p.is(wcDeterminer) && !lowerEq(p.Of(text), "that") {
		return true
	}
	return k >= 2 && ts[k-2].kind == tokWord && isPlainNoun(text, p) && !isLyAdverb(text, p) &&
		(ts[k-2].poss || ts[k-2].is(wcDeterminer) && !lowerEq(ts[k-2].Of(text), "that"))
}

// isParticiple reports whether a cue word is an -ing form ("saying").
func isParticiple(w string) bool { return len(w) > 4 && w[len(w)-3:] == "ing" }

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
			ev.ent, ev.subjFrom, ev.subjTo = p.ent, p.subjFrom, p.subjTo
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

// subjectLeft finds the speaker noun phrase that ends just before the cue
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
		if r := refEndingAt(refs, j-1); r >= 0 && !refs[r].poss {
			e.setSubject(para, ts, refs[r].ent, refs[r].first, j-1, ev)
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
		} else if ts[m].is(wcOrgNoun) {
			h, org, end = ts[m].Span, true, m
		}
	}
	j = end // "a spokeswoman for the ministry" is "a spokeswoman"
	// A head the lexicons do not know ("the influential daily") is
	// trusted only next to a quote: “…,” the daily wrote.
	if !ts[j].is(wcRoleNoun) && !ts[j].is(wcOrgNoun) && // ts[j] is the head h
		(j-c > 4 || !isPlainNoun(text, ts[j]) || !afterQuote(ts, c) && !afterQuote(ts, ev.tok)) {
		return false
	}
	ent := e.cl.addNominal(Span{Start: ts[c].Start, End: ts[j].End}, h, org, para)
	e.setSubject(para, ts, ent, c, j, ev)
	return true
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
			ev.right = true
		}
		return
	}
	// Roles before the name: "said lead author Dr. Allan Garland", "said
	// former South Carolina Gov. Jim Hodges".
	for m := k; m < len(ts) && m-k < 5 && ts[m].kind == tokWord && !isFunctionWord(text, ts[m]) && !ts[m].poss; m++ {
		if r := refStartingAt(refs, m+1); r >= 0 && !refs[r].poss {
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
		ent := e.cl.addName(Span{Start: ts[k].Start, End: ts[end].End}, Span{Start: ts[k].Start, End: ts[end].End}, ts[k].Span, ts[end].Span, end-k+1, org, para)
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

// isCue reports whether token t is a cue word.
func isCue(text string, t token) bool {
	if t.kind != tokWord || t.Len() > 20 {
		return false
	}
	return t.is(wcCueWord)
}

// isLyAdverb reports whether t is a lower-case word ending in -ly.
func isLyAdverb(text string, t token) bool {
	w := t.Of(text)
	return len(w) > 4 && w[len(w)-2:] == "ly" && !t.upper
}

// setSubject makes entity ent the speaker of ev; the speaker of a cue is a
// person unless it is an organisation.
func (e *quoteEngine) setSubject(para int, ts []token, ent, from, to int, ev *cueEvent) {
	ev.ent, ev.subjFrom, ev.subjTo = ent, from, to
	if !e.cl.ents[ent].org {
		e.cl.ents[ent].person = true
	}
}

// refStartingAt returns the index of the name starting at token j, or -1.
// Names are in text order, so the lookups search by halves.
func refStartingAt(refs []nameRef, j int) int {
	i := searchRefs(refs, func(r *nameRef) bool { return r.first >= j })
	if i < len(refs) && refs[i].first == j {
		return i
	}
	return -1
}

// refEndingAt returns the index of the name ending at token j, or -1.
func refEndingAt(refs []nameRef, j int) int {
	i := refsBefore(refs, j)
	if i < len(refs) && refs[i].end == j {
		return i
	}
	return -1
}

// refsBefore returns how many names end before token j.
func refsBefore(refs []nameRef, j int) int {
	return searchRefs(refs, func(r *nameRef) bool { return r.end >= j })
}

// searchRefs returns the first index at which f holds, f being false and
// then true over refs.
func searchRefs(refs []nameRef, f func(*nameRef) bool) int {
	lo, hi := 0, len(refs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(&refs[m]) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// resolvePronoun finds the entity a subject pronoun at token j stands for:
//
//  1. the first compatible person named earlier in the same sentence;
//  2. else the first compatible person named in the latest earlier
//     sentence that names one (within the last three paragraphs), the
//     subject of a sentence being usually its first name;
//  3. else the latest speaker of the article, if compatible.
//
// He and she need a person whose gender is unknown or the same; it and
// they take an organisation.
func (e *quoteEngine) resolvePronoun(para int, ts []token, refs []nameRef, j int, g gender) int {
	wantOrg := g == genderUnknown
	ok := func(ent int) bool {
		en := &e.cl.ents[ent]
		if wantOrg {
			return en.org
		}
		return (en.person || en.nameLen >= 2 && !en.place) && !en.org && (en.gender == genderUnknown || en.gender == g)
	}
	sent := ts[j].sent
	// The speaker of an earlier cue in the sentence: "Trump asserted
	// that …: “…,” he claimed".
	first := -1
	for i := len(e.curEvs) - 1; i >= 0 && ts[e.curEvs[i].tok].sent == sent; i-- {
		if ev := e.curEvs[i]; ev.ent >= 0 && ev.tok < j && ok(ev.ent) {
			first = ev.ent
		}
	}
	if first >= 0 {
		return e.bind(first, g)
	}
	// The first compatible name of this sentence, else of the latest
	// earlier sentence of the paragraph that has one, where the speaker of
	// a cue comes before other names ("Laurier envisioned …, Foster
	// writes. “…,” he writes").
	best := -1
	var bestSent int32 = -1
	for i := refsBefore(refs, j) - 1; i >= 0; i-- {
		r := refs[i]
		if bestSent >= 0 && r.sent < bestSent {
			break
		}
		// A possessor in an earlier sentence is rarely its subject:
		// "Fischer's deputy, Marc Dubois, was blunt. “…,” he said."
		if ok(r.ent) && !e.isHearer(ts, r) && !(r.poss && r.sent < sent) {
			best, bestSent = r.ent, r.sent
		}
	}
	for i := len(e.curEvs) - 1; i >= 0; i-- {
		ev := e.curEvs[i]
		s := ts[ev.tok].sent
		if s < bestSent || s >= sent && bestSent >= 0 {
			if s < bestSent {
				break
			}
			continue
		}
		if ev.ent >= 0 && ev.tok < j && ok(ev.ent) {
			best, bestSent = ev.ent, s
		}
	}
	if best >= 0 {
		return e.bind(best, g)
	}
	// Earlier paragraphs, from e.hist.
	bestPara, bestSubj := -1, -1
	for i := len(e.hist) - 1; i >= 0; i-- {
		r := e.hist[i]
		if para-r.para > 3 {
			break
		}
		if bestPara >= 0 && (r.para != bestPara || r.sent != bestSent) {
			break
		}
		if ok(r.ent) && !r.poss {
			best, bestPara, bestSent = r.ent, r.para, r.sent
			if r.subj {
				bestSubj = r.ent
			}
		}
	}
	if bestSubj >= 0 {
		return e.bind(bestSubj, g)
	}
	if best >= 0 {
		return e.bind(best, g)
	}
	if e.lastSpeaker >= 0 && ok(e.lastSpeaker) {
		return e.bind(e.lastSpeaker, g)
	}
	return -1
}

// isHearer reports whether name r is the object of "told" and the like.
func (e *quoteEngine) isHearer(ts []token, r nameRef) bool {
	if r.first == 0 {
		return false
	}
	p := ts[r.first-1]
	if p.kind != tokWord {
		return false
	}
	f, ok := p.info.cueFlags(), p.is(wcCueWord)
	return ok && f&cueHearer != 0 || lowerEq(p.Of(e.text), "with") || lowerEq(p.Of(e.text), "to")
}

func (e *quoteEngine) bind(ent int, g gender) int {
	e.cl.setGender(ent, g)
	return ent
}
