package quote

import "github.com/newsroom/annotator/internal/annotate/core"

// Attribution: before and after tie each quoted stretch to a cue next to
// it or in its sentence; decide falls back on the speaker the surrounding
// paragraphs establish.

// before records (A2, A3, A4, A6) what precedes the opening of candidate c, at token qi.
func (e *quoteEngine) before(pi int, ts []token, refs []nameRef, evs []cueEvent, qi, c int) {
	a := &e.attrs[c]
	a.sentKey = pi<<20 | int(ts[qi].sent)
	switch {
	case qi == 0:
		a.pre = preParaStart
	case ts[qi-1].kind == tokPunct && isSetOff(e.text[ts[qi-1].Start]):
		a.pre = preSetOff
	case ts[qi-1].sent != ts[qi].sent:
		a.pre = preSentenceEnd
	case ts[qi-1].kind == tokWord && lowerEq(ts[qi-1].Of(e.text), "that"):
		a.pre = preThat
	default:
		a.pre = preWord
	}
	// The cue of the quote is the latest cue of its sentence set off next
	// to it, else the first cue of the sentence with a speaker. Neither
	// needs a walk over the whole sentence for each of its quotes (issue
	// 10): a set-off cue ends within maxSetOffReach tokens of the quote,
	// and the first cue with a speaker is kept for the sentence.
	sent := ts[qi].sent
	adj := -1
	for i := searchEvents(evs, func(ev *cueEvent) bool { return ev.tok >= qi }) - 1; i >= 0; i-- {
		ev := &evs[i]
		e.steps++
		if ts[ev.tok].sent != sent || qi-ev.tok > maxSetOffReach {
			break
		}
		end := ev.tok
		if ev.right {
			end = ev.subjTo
		}
		if end < qi && e.onlySetOff(ts, end+1, qi) {
			adj = i
			a.adjacent = a.pre == preSetOff
			e.setCue(a, ev, a.adjacent)
			break
		}
	}
	if first := e.firstCueOfSentence(pi<<20|int(sent), ts, evs, qi); adj < 0 && first >= 0 {
		e.setCue(a, &evs[first], false)
	}
	if adj < 0 && a.pre == preSetOff && c > 0 {
		// A3: the second part of a quote split by its cue, however long
		// the cue's sentence: “Well,” said Ms Hale, picking up her coat,
		// “the sooner we start the better.” The first part hands over with
		// a comma, and the cue lies between the two.
		p, pa := &e.cands[c-1], &e.attrs[c-1]
		if pa.decided && pa.direct && pa.hasCue && pa.ent >= 0 && p.lastPara == pi && pa.afterKey == a.sentKey &&
			pa.cue.start > int32(p.span.End) && endsWithComma(p.inner.Of(e.text)) {
			a.ent, a.cue, a.hasCue, a.pronoun, a.basis, a.adjacent = pa.ent, pa.cue, true, pa.pronoun, basisCueAdjacent, true
		}
	}
	// "Clinton: “…”": a name and a colon introduce the quote.
	if !a.hasCue && qi >= 2 && ts[qi-1].kind == tokPunct && e.text[ts[qi-1].Start] == ':' {
		w := ts[qi-2]
		if r := refEndingAt(refs, qi-2); r >= 0 && !refs[r].poss && e.onlyIntroWords(ts, firstWordOfClause(ts, qi-2), refs[r].first) && !(refs[r].first == qi-2 && isBareGroup(e.text, w)) {
			// A4: "Clinton: “…”", "And from Chairwoman Rosa Diaz: “…”".
			a.ent, a.adjacent, a.basis = int32(refs[r].ent), true, basisColon
		} else if r := e.clauseSubject(ts, refs, qi-1); r >= 0 {
			// A6: "Grant Oduya, the head of the association, was more
			// blunt: “…”": the subject of the clause the colon ends.
			a.ent, a.adjacent, a.basis = int32(refs[r].ent), true, basisClauseColon
		} else if ent := e.nominalClauseSubject(pi, ts, qi-1); ent >= 0 {
			// A6 with an unnamed subject: "A third person, a Democratic
			// aide, was blunter: “…”" (noun_subjects.go).
			a.ent, a.adjacent, a.basis = int32(ent), true, basisClauseColon
		} else if ent := e.documentIntro(ts, qi-2, pi); ent >= 0 {
			// S6: "From the report: “…”": the document's words, the
			// organisation's named before it or nobody's.
			a.ent, a.adjacent, a.basis = int32(ent), true, basisColon
		} else if w.kind == tokWord && !w.poss && w.upper && !w.is(wcNotName) && firstWordOfClause(ts, qi-2) == qi-2 && !isBareGroup(e.text, w) {
			// (Not a group: "Residents: ‘We were never asked’", S8.)
			// A lone surname: "Lee: “…”".
			a.ent = int32(e.cl.addName(w.Span, w.Span, w.Span, w.Span, 1, isAcronym(w.Of(e.text)), pi))
			a.adjacent, a.basis = true, basisColon
		}
		if a.ent >= 0 {
			e.cl.ents[a.ent].person = e.cl.ents[a.ent].person || !e.cl.ents[a.ent].org
		}
	}
}

// documentIntro reads a colon introduction that ends in a document noun
// at token w ("From the report:", "More from the statement:") and returns
// the entity its quote belongs to (S6): the organisation named just
// before, else the document itself, a speaker that is nobody; or -1 when
// the words before the colon are not such an introduction.
func (e *quoteEngine) documentIntro(ts []token, w, para int) int {
	t := ts[w]
	if t.kind != tokWord || t.upper || !t.is(wcDocumentNoun) || t.is(wcRoleNoun|wcOrgNoun) || w < 1 || !ts[w-1].is(wcDeterminer) {
		return -1
	}
	from := firstWordOfClause(ts, w)
	for k := from; k < w-1; k++ {
		if x := ts[k].Of(e.text); !e.onlyIntroWords(ts, k, k+1) && !lowerEq(x, "more") {
			return -1
		}
	}
	np := core.Span{Start: ts[w-1].Start, End: t.End}
	if org := e.cl.recentOrg(np.Start, docOrgReach); org >= 0 {
		e.cl.mention(org, np)
		return org
	}
	ent := e.cl.addNominal(np, t.Span, true, para, -1)
	e.cl.ents[ent].nobody = true
	return ent
}

// onlyIntroWords reports whether tokens [from, to) are at most three
// words that may open a colon introduction before its name: a conjunction
// or "from" ("And from Chairwoman Rosa Diaz:", "Also from the mayor:").
func (e *quoteEngine) onlyIntroWords(ts []token, from, to int) bool {
	if to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		w := ts[k].Of(e.text)
		if ts[k].kind != tokWord || !(lowerEq(w, "and") || lowerEq(w, "but") || lowerEq(w, "also") || lowerEq(w, "from") || lowerEq(w, "then")) {
			return false
		}
	}
	return true
}

// clauseSubject returns the name that is the subject of the sentence
// ending with the colon at token colon, or -1: a name that opens the
// sentence (after a conjunction), not a possessive, optionally followed by
// an apposition between commas, and then a verb phrase in lower case with
// no quote and no other cue: "Oduya, the head of the association, was
// more blunt:", "Oduya put it plainly:".
func (e *quoteEngine) clauseSubject(ts []token, refs []nameRef, colon int) int {
	sent := ts[colon].sent
	s0 := colon
	for s0 > 0 && ts[s0-1].sent == sent && colon-s0 < 40 {
		s0--
	}
	if s0 > 0 && ts[s0-1].sent == sent {
		return -1 // too long a sentence to read as one introduction
	}
	for s0 < colon && ts[s0].kind == tokWord && e.onlyIntroWords(ts, s0, s0+1) {
		s0++
	}
	r := refStartingAt(refs, s0)
	if r < 0 && s0 < colon && ts[s0].kind == tokWord && opensFrontedPhrase(ts[s0].Of(e.text)) {
		// After a fronted clause or phrase, up to its comma: "With
		// donors worried about turnout, Lena Ford made it plain:".
		for k := s0 + 1; k+1 < colon; k++ {
			if ts[k].kind == tokQuote {
				break
			}
			if isComma(e.text, ts[k]) {
				r = refStartingAt(refs, k+1)
				break
			}
		}
	}
	if (r < 0 || e.cl.ents[refs[r].ent].org) && s0 < colon {
		// After the role the name is given (S4), the role's own names
		// ("Council") not the subject: "Council leader Cllr Ana Bell
		// closed the debate:".
		if i := searchRefs(refs, func(x *nameRef) bool { return x.first > s0 }); i < len(refs) && refs[i].first < colon && e.descriptionBefore(ts, refs[i].first) == s0 {
			r = i
		}
	}
	if r < 0 || refs[r].poss || e.cl.ents[refs[r].ent].org {
		return -1
	}
	k := refs[r].end + 1
	if k < colon && ts[k].kind == tokPunct && e.text[ts[k].Start] == ',' {
		// The apposition, up to its closing comma.
		k++
		for k < colon && !(ts[k].kind == tokPunct && e.text[ts[k].Start] == ',') {
			k++
		}
		k++
	}
	if k >= colon || ts[k].kind != tokWord || ts[k].upper {
		return -1
	}
	for m := k; m < colon; m++ {
		if ts[m].kind == tokQuote || isCue(e.text, ts[m]) {
			return -1
		}
	}
	return r
}

// maxSetOffReach is how far, in tokens, a cue set off next to a quote may
// start before it: the cue, an inverted speaker's name with its titles
// ("said former South Carolina Gov. Jim Hodges") and the punctuation,
// "that" or adverbs between.
const maxSetOffReach = 40

// firstCueOfSentence returns the index of the first cue event with a
// speaker in sentence key (paragraph<<20 | sentence) that ends before
// token qi, or -1. The quotes of a sentence come in text order, so one
// scan of its cues serves them all.
func (e *quoteEngine) firstCueOfSentence(key int, ts []token, evs []cueEvent, qi int) int {
	m := &e.firstCue
	if m.key != key || m.evs != len(evs) {
		sent := int32(key & (1<<20 - 1))
		*m = firstCueMemo{key: key, evs: len(evs), found: -1,
			next: searchEvents(evs, func(ev *cueEvent) bool { return ts[ev.tok].sent >= sent })}
	}
	for m.found < 0 && m.next < len(evs) && evs[m.next].tok < qi && ts[evs[m.next].tok].sent == ts[qi].sent {
		e.steps++
		ev := &evs[m.next]
		end := ev.tok
		if ev.right {
			end = ev.subjTo
		}
		if ev.ent >= 0 && end < qi {
			m.found = m.next
			break
		}
		m.next++
	}
	return m.found
}

// firstCueMemo is what firstCueOfSentence has read of one sentence's cues.
type firstCueMemo struct {
	key   int // paragraph<<20 | sentence
	evs   int // the number of cue events of the paragraph, to tell paragraphs of the same number apart
	next  int // the next cue event to read
	found int // the first with a speaker, -1 so far
}

// firstWordOfClause returns the index of the first token of the clause
// that token k ends: after the last sentence break, quote or punctuation
// other than a period.
func firstWordOfClause(ts []token, k int) int {
	i := k
	for i > 0 && ts[i-1].sent == ts[k].sent && ts[i-1].kind == tokWord {
		i--
	}
	for i > 0 && ts[i-1].kind == tokPunct && ts[i-1].sent == ts[k].sent && ts[i-1].Len() == 1 && i-2 >= 0 && ts[i-2].kind == tokWord && ts[i-1].Start == ts[i-2].End {
		// Step over the period of a title or initial: "Sen. Warren:".
		i -= 2
		for i > 0 && ts[i-1].sent == ts[k].sent && ts[i-1].kind == tokWord {
			i--
		}
	}
	return i
}

func isSetOff(c byte) bool { return c == ',' || c == ':' || c == ';' || c == '(' || c == '-' }

// onlySetOff reports whether tokens [from, to) hold only punctuation that
// sets a quote off, "that", or adverbs.
func (e *quoteEngine) onlySetOff(ts []token, from, to int) bool {
	for k := from; k < to; k++ {
		t := ts[k]
		switch t.kind {
		case tokPunct:
			continue
		case tokWord:
			if lowerEq(t.Of(e.text), "that") || isLyAdverb(e.text, t) {
				continue
			}
		}
		return false
	}
	return true
}

// setCue makes ev the cue of a; adjacent says it is set off next to the
// quote rather than elsewhere in its sentence.
func (e *quoteEngine) setCue(a *attribution, ev *cueEvent, adjacent bool) {
	a.cue, a.hasCue, a.ent = to32(ev.cue), true, int32(ev.ent)
	a.basis, a.pronoun = basisCueSentence, ev.pronoun
	if adjacent {
		a.basis = basisCueAdjacent
	}
}

// searchEvents returns the first index at which f holds, f being false
// and then true over the cue events (which are in text order).
func searchEvents(evs []cueEvent, f func(*cueEvent) bool) int {
	lo, hi := 0, len(evs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(&evs[m]) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// quoteBetween reports whether a quoted stretch lies in ts[from:to] that
// may be someone's words: not one a word runs into, as into a title or a
// slogan inside the reporter's phrase ("wearing “Vale for Mayor” pins",
// A7), which a cue may reach across.
func (e *quoteEngine) quoteBetween(ts []token, from, to int) bool {
	for k := from; k < to && k < len(ts); k++ {
		if ts[k].kind == tokQuote && !(k > from && ts[k-1].kind == tokWord && ts[k-1].sent == ts[k].sent && !isCue(e.text, ts[k-1])) {
			return true
		}
	}
	return false
}

// decide picks (A10) the speaker of candidate c once its cues are known, and
// whether it is a direct quote.
func (e *quoteEngine) decide(pi, c int, ts []token, refs []nameRef, evs []cueEvent) {
	a := &e.attrs[c]
	q := &e.cands[c]
	a.direct = e.isDirect(c)
	a.decided = true
	if !a.direct {
		return
	}
	if a.ent < 0 && !a.hasCue {
		// No cue of its own: the previous quote of the paragraph (a split
		// quote), else the latest cue of this paragraph before it, else
		// the latest cue of the paragraph before, else the latest speaker.
		prevPos, prevKey := -1, -1
		if e.lastQuote >= 0 && e.cands[e.lastQuote].lastPara == q.para && e.attrs[e.lastQuote].ent >= 0 {
			prevPos, prevKey = e.cands[e.lastQuote].span.End, e.attrs[e.lastQuote].afterKey
			a.ent = e.attrs[e.lastQuote].ent
			a.cue, a.hasCue = e.attrs[e.lastQuote].cue, e.attrs[e.lastQuote].hasCue
			a.basis = basisPreviousQuote
		}
		if q.para == pi {
			// A cue of its own sentence between the two quotes ("“A,” Smith
			// said. Jones disagreed. “B.”"); the rest of the previous
			// quote's attribution sentence does not count.
			for i := searchEvents(evs, func(ev *cueEvent) bool { return ev.cue.Start > prevPos }); i < len(evs); i++ {
				ev := &evs[i]
				if ev.cue.End > q.span.Start {
					break
				}
				if ev.ent >= 0 && pi<<20|int(ts[ev.tok].sent) != prevKey {
					a.ent, a.cue, a.hasCue = int32(ev.ent), to32(ev.cue), true
					a.basis = basisParagraphCue
				}
			}
		}
		if a.ent < 0 && a.prevEnt >= 0 {
			a.ent, a.basis = a.prevEnt, basisPreviousParagraph
		}
		if a.ent < 0 && a.pre == preParaStart && q.para == pi && e.introEnt >= 0 {
			// A10: a quote that opens its paragraph after one that
			// introduces a person without quoting them.
			a.ent, a.basis = int32(e.introEnt), basisIntroduced
		}
		if a.ent < 0 && e.lastSpeaker >= 0 && q.para-e.lastSpkPara <= 2 {
			a.ent, a.basis = int32(e.lastSpeaker), basisLastSpeaker
		}
		if ent := e.answerer(c); ent >= 0 && a.basis >= basisPreviousParagraph {
			// A13 (turns.go): the answer to a question is the other person's.
			a.ent, a.basis, a.cue, a.hasCue, a.pronoun = int32(ent), basisTurn, span32{}, false, false
		}
		if ent := e.answersAddress(c); ent >= 0 && a.basis >= basisPreviousParagraph {
			// A14 (vocatives.go): the one the line before addressed answers.
			a.ent, a.basis, a.cue, a.hasCue, a.pronoun = int32(ent), basisTurn, span32{}, false, false
		}
		e.beatGender = genderUnknown
		if ent := e.beatSpeaker(pi, ts, refs, evs, c); ent >= 0 && (a.basis != basisParagraphCue || int(a.ent) == ent) {
			// A12 (beats.go): an action beat beside the quote names its speaker.
			a.ent, a.basis, a.cue, a.hasCue, a.pronoun = int32(ent), basisBeat, span32{}, false, false
		} else if a.ent >= 0 && a.basis >= basisPreviousQuote {
			// A12: a pronoun beat beside a line given by its turn tells
			// the gender of its speaker, whom no list told ("“Then you've
			// caught me.” She set down her needle."), as does one between
			// two lines of one speaker ("“…,” Ilse said. She tapped the
			// sheet. “…”"; branch prose9).
			e.cl.setGender(int(a.ent), e.beatGender)
		}
	}
	if a.ent >= 0 && !a.hasCue && a.basis >= basisPreviousQuote && int(a.ent) == e.addressee(c, pi) {
		// A14: a line is not its addressee's own ("He's fine, Susan.").
		a.ent, a.basis = int32(e.otherSpeaker(int(a.ent), pi)), basisTurn
		if a.ent < 0 {
			a.basis = basisNone
		}
	}
	if a.basis == basisBeat || a.basis == basisTurn {
		e.dialogueLines++
	}
	if a.ent >= 0 {
		e.lastSpeaker, e.lastSpkPara = int(a.ent), q.lastPara
		e.spoke(int(a.ent), q.lastPara)
		e.cl.quoted(int(a.ent))
	}
	e.lastQuote = c
}

// opensFrontedPhrase reports whether w opens a subordinate clause or an
// adverbial phrase that may stand before the subject of its sentence, set
// off by a comma ("When …,", "With …,", "Despite …,"): the subject comes
// after that comma (A6).
func opensFrontedPhrase(w string) bool {
	for _, s := range [...]string{"when", "if", "as", "after", "before", "although", "though", "while", "because", "since", "once", "until", "unless", "whereas", "with", "despite", "amid", "during"} {
		if lowerEq(w, s) {
			return true
		}
	}
	return false
}
