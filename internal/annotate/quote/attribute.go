package quote

// Attribution: before and after tie each quoted stretch to a cue next to
// it or in its sentence; decide falls back on the speaker the surrounding
// paragraphs establish.

// before records what precedes the opening of candidate c, at token qi.
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
	sent := ts[qi].sent
	first, adj := -1, -1
	for i := searchEvents(evs, func(ev *cueEvent) bool { return ts[ev.tok].sent >= sent }); i < len(evs); i++ {
		ev := &evs[i]
		if ev.tok >= qi || ts[ev.tok].sent != sent {
			break
		}
		end := ev.tok
		if ev.right {
			end = ev.subjTo
		}
		if end >= qi {
			continue
		}
		if e.onlySetOff(ts, end+1, qi) {
			adj = i
			e.setCue(a, ev)
			a.adjacent = a.pre == preSetOff
		}
		if first < 0 && ev.ent >= 0 {
			first = i
		}
	}
	if adj < 0 && first >= 0 {
		e.setCue(a, &evs[first])
	}
	// "Clinton: “…”": a name and a colon introduce the quote.
	if !a.hasCue && qi >= 2 && ts[qi-1].kind == tokPunct && e.text[ts[qi-1].Start] == ':' {
		w := ts[qi-2]
		if r := refEndingAt(refs, qi-2); r >= 0 && !refs[r].poss && refs[r].first == firstWordOfClause(ts, qi-2) {
			a.ent, a.adjacent = int32(refs[r].ent), true
		} else if w.kind == tokWord && !w.poss && w.upper && !w.is(wcNotName) && firstWordOfClause(ts, qi-2) == qi-2 {
			// A lone surname: "Lee: “…”".
			a.ent = int32(e.cl.addName(w.Span, w.Span, w.Span, w.Span, 1, isAcronym(w.Of(e.text)), pi))
			a.adjacent = true
		}
		if a.ent >= 0 {
			e.cl.ents[a.ent].person = e.cl.ents[a.ent].person || !e.cl.ents[a.ent].org
		}
	}
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

func (e *quoteEngine) setCue(a *attribution, ev *cueEvent) {
	a.cue, a.hasCue, a.ent = to32(ev.cue), true, int32(ev.ent)
}

// after looks for a cue just after candidate c (at token qi, its last
// piece) and then decides its speaker.
func (e *quoteEngine) after(pi int, ts []token, refs []nameRef, evs []cueEvent, qi, c int) {
	a := &e.attrs[c]
	text := e.text
	k := qi + 1
	for k < len(ts) && ts[k].kind == tokPunct && text[ts[k].Start] != '.' && text[ts[k].Start] != '(' {
		k++
	}
	if qi+1 < len(ts) {
		a.afterKey = pi<<20 | int(ts[qi+1].sent)
	}
	if k < len(ts) && ts[k].kind == tokWord {
		sent := ts[k].sent
		// A quote that ends its sentence hands over to a new one: only an
		// attribution at the very start of it ("“We won.” Smith said the
		// team…") belongs to the quote.
		stop := endsWithStop(text, e.cands[c].span) && !isLowerStart(ts[k].Of(text))
		// Only the first cue after the quote can attribute it: a later cue
		// of the sentence belongs to another clause. (Trying the later cues
		// too found one more quote on ../shared/eval and no more right
		// speakers.) "Mr. Zahed said: ''…''", a colon after the cue,
		// introduces the next quote.
		if i := searchEvents(evs, func(ev *cueEvent) bool { return ev.tok >= k }); i < len(evs) {
			ev := &evs[i]
			if ts[ev.tok].sent == sent && ev.tok <= k+30 && !quoteBetween(ts, k, ev.tok) && !colonAfter(text, ts, ev) {
				e.cueAfter(a, ts, refs, k, stop, ev)
			}
		}
	}
	e.decide(pi, c, ts, evs)
}

// cueAfter attributes candidate a to the cue ev after it, its first word
// at token k, when the cue reads as the quote's own; stop says the quote
// ends its sentence.
func (e *quoteEngine) cueAfter(a *attribution, ts []token, refs []nameRef, k int, stop bool, ev *cueEvent) {
	text := e.text
	subjOK := ev.subjFrom == k || ev.subjFrom == k+1 && ts[k].is(wcDeterminer) ||
		ev.subjFrom > k && ev.subjFrom-k <= 8 && onlyWordsAndCommas(text, ts, k, ev.subjFrom)
	switch {
	case ev.tok == k && (ev.right || ev.flags&cueObject != 0) && !stop:
	case !ev.right && ev.ent >= 0 && subjOK && (!stop || ev.tok <= ev.subjTo+3):
	case !ev.right && ev.ent < 0 && ev.tok <= k+1:
	default:
		// "…,” Adam Green, co-founder of the group, said": the name right
		// after the quote, before an apposition or a relative or
		// prepositional phrase, is the speaker.
		r := refStartingAt(refs, k)
		if r < 0 && k+1 < len(ts) && ts[k].is(wcDeterminer) {
			r = refStartingAt(refs, k+1)
		}
		if r < 0 || stop || ev.right || refs[r].poss || refs[r].end+1 >= ev.tok || !opensModifier(text, ts[refs[r].end+1]) {
			return
		}
		e.setCue(a, ev)
		a.ent = int32(refs[r].ent)
		e.cl.ents[a.ent].person = e.cl.ents[a.ent].person || !e.cl.ents[a.ent].org
		a.adjacent = true
		return
	}
	e.setCue(a, ev)
	a.adjacent = true
}

// colonAfter reports whether a colon follows the cue ev (or its inverted
// speaker).
func colonAfter(text string, ts []token, ev *cueEvent) bool {
	end := ev.tok
	if ev.right {
		end = ev.subjTo
	}
	for end+1 < len(ts) && ts[end+1].kind == tokWord && end-ev.tok < 4 && !ev.right {
		end++ // "said on Friday:"
	}
	return end+1 < len(ts) && ts[end+1].kind == tokPunct && text[ts[end+1].Start] == ':'
}

// onlyWordsAndCommas reports whether ts[from:to] are words and commas:
// "Sanders's campaign manager, Jeff Weaver, said".
func onlyWordsAndCommas(text string, ts []token, from, to int) bool {
	for k := from; k < to; k++ {
		if ts[k].kind != tokWord && (ts[k].kind != tokPunct || text[ts[k].Start] != ',') {
			return false
		}
	}
	return true
}

// opensModifier reports whether t starts what may follow a name before its
// verb: a comma, or a preposition ("Mr. Morgan of the Sierra Club said").
func opensModifier(text string, t token) bool {
	if t.kind == tokPunct {
		return text[t.Start] == ',' || text[t.Start] == '('
	}
	w := t.Of(text)
	return lowerEq(w, "of") || lowerEq(w, "from") || lowerEq(w, "at") || lowerEq(w, "with") || lowerEq(w, "for")
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

// quoteBetween reports whether a quote token lies in ts[from:to].
func quoteBetween(ts []token, from, to int) bool {
	for k := from; k < to && k < len(ts); k++ {
		if ts[k].kind == tokQuote {
			return true
		}
	}
	return false
}

// decide picks the speaker of candidate c once its cues are known, and
// whether it is a direct quote.
func (e *quoteEngine) decide(pi, c int, ts []token, evs []cueEvent) {
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
				}
			}
		}
		if a.ent < 0 && a.prevEnt >= 0 {
			a.ent = a.prevEnt
		}
		if a.ent < 0 && e.lastSpeaker >= 0 && q.para-e.lastSpkPara <= 2 {
			a.ent = int32(e.lastSpeaker)
		}
	}
	if a.ent >= 0 {
		e.lastSpeaker, e.lastSpkPara = int(a.ent), q.lastPara
		e.cl.ents[a.ent].quotes++
	}
	e.lastQuote = c
}
