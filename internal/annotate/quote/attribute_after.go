package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// A cue after the quote: "…,” she said; “…” ― Maria Lopez; and the
// colon that introduces the next quote.

// after looks (A1, A5) for a cue just after candidate c (at token qi, its last
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
	if ent := e.dashName(pi, ts, refs, qi); ent >= 0 {
		a.ent, a.adjacent, a.basis = int32(ent), true, basisColon
		e.decide(pi, c, ts, refs, evs)
		return
	}
	if k < len(ts) && ts[k].kind == tokWord {
		sent := ts[k].sent
		// A quote that ends its sentence hands over to a new one: only an
		// attribution at the very start of it ("“We won.” Smith said the
		// team…") belongs to the quote.
		stop := endsWithStop(text, e.cands[c].span) && !isLowerStart(ts[k].Of(text))
		// A3: a quote its cue before attributes (the second part of a
		// split quote: “…,” she cried, “….”) that ends its sentence hands
		// over to the next, whose cue is its own subject's ("The abbot,
		// an old man named Roger Fane, answered him").
		held := stop && a.adjacent && a.ent >= 0
		// Only the first cue after the quote can attribute it: a later cue
		// of the sentence belongs to another clause. (Trying the later cues
		// too found one more quote on ../shared/eval and no more right
		// speakers.) "Mr. Zahed said: ''…''", a colon after the cue,
		// introduces the next quote.
		if i := searchEvents(evs, func(ev *cueEvent) bool { return ev.tok >= k }); i < len(evs) {
			ev := &evs[i]
			if ts[ev.tok].sent == sent && !held && ev.tok <= k+30 && !e.quoteBetween(ts, k, ev.tok) && !colonAfter(text, ts, ev) &&
				!(stop && (introducesQuote(text, ts, ev) || asClause(text, ts, k, ev.subjFrom))) && !(a.adjacent && a.ent >= 0 && opensNewClause(text, ts[k])) {
				e.cueAfter(a, ts, refs, k, stop, endsWithBang(text, e.cands[c].span), ev)
			}
		}
	}
	e.decide(pi, c, ts, refs, evs)
}

// dashName returns the speaker named after a dash that closes the quote
// at token qi, or -1 (A5): “…” ― Maria Lopez; "…" - Councillor Mary Lee,
// 34, a nurse. The name starts right after the dash and ends its
// paragraph or is followed by a comma, a period or a bracket; a cue after
// it ("― Lopez said") is left to the cues, lower-case words ("― a phrase
// she repeated") are the reporter's.
func (e *quoteEngine) dashName(pi int, ts []token, refs []nameRef, qi int) int {
	if qi+2 >= len(ts) || ts[qi+1].kind != tokPunct || !isDash(ts[qi+1].Of(e.text)) || ts[qi+2].kind != tokWord {
		return -1
	}
	first, end := qi+2, qi+2
	ent := -1
	if r := refStartingAt(refs, first); r >= 0 && !refs[r].poss {
		ent, end = refs[r].ent, refs[r].end
	} else if w := ts[first]; w.upper && !w.poss && !w.is(wcNotName) && !isCue(e.text, w) {
		ent = -2 // a lone capitalised word: added below if it ends the attribution
	}
	if ent == -1 {
		return -1
	}
	if n := end + 1; n < len(ts) {
		c := e.text[ts[n].Start]
		if ts[n].kind != tokPunct || c != ',' && c != '.' && c != '(' {
			return -1
		}
	}
	if ent == -2 {
		w := ts[first]
		ent = e.cl.addName(w.Span, w.Span, w.Span, w.Span, 1, isAcronym(w.Of(e.text)) || w.is(wcOrgNoun), pi)
	}
	en := &e.cl.ents[ent]
	en.person = en.person || !en.org
	return ent
}

// creditLine reads a paragraph that is a dash and a name and no more
// ("— Maria Lopez, 34, a nurse", "-Tom Vale, writing on Twitter."), just after a
// paragraph that is one quote with no cue of its own: the line credits
// that quote, as vox pops and epigraphs set their sources (A5).
func (e *quoteEngine) creditLine(pi int, ts []token, refs []nameRef) {
	c := e.lastQuote
	if pi == 0 || c < 0 || len(ts) < 2 || len(ts) > 20 || ts[0].kind != tokPunct || !isDash(ts[0].Of(e.text)) {
		return
	}
	q, a := &e.cands[c], &e.attrs[c]
	if q.lastPara != pi-1 || !a.direct || a.adjacent || a.pre != preParaStart || strings.TrimSpace(e.text[q.span.End:e.paras[pi-1].End]) != "" {
		return
	}
	for _, t := range ts {
		if t.kind == tokQuote {
			return // a quote of its own: not a credit line
		}
	}
	ent := e.dashName(pi, ts, refs, -1)
	if ent < 0 {
		return
	}
	a.ent, a.adjacent, a.hasCue, a.pronoun, a.basis = int32(ent), true, false, false, basisColon
	e.lastSpeaker, e.lastSpkPara = ent, pi
	e.spoke(ent, pi)
	e.cl.quoted(ent)
}

// endsWithComma reports whether a quote's words end with a comma.
func endsWithComma(inner string) bool {
	for len(inner) > 0 && (inner[len(inner)-1] == ' ' || inner[len(inner)-1] == '\'') {
		inner = inner[:len(inner)-1]
	}
	return len(inner) > 0 && inner[len(inner)-1] == ','
}

// isDash reports whether s is a dash or a hyphen set as one: ― — – -.
func isDash(s string) bool { return s == "―" || s == "—" || s == "–" || s == "-" }

// cueAfter attributes candidate a to the cue ev after it, its first word
// at token k, when the cue reads as the quote's own; stop says the quote
// ends its sentence, bang that it ends with ? or !.
func (e *quoteEngine) cueAfter(a *attribution, ts []token, refs []nameRef, k int, stop, bang bool, ev *cueEvent) {
	text := e.text
	subjOK := ev.subjFrom == k || ev.subjFrom == k+1 && ts[k].is(wcDeterminer) ||
		ev.subjFrom > k && ev.subjFrom-k <= 8 && onlyWordsAndCommas(text, ts, k, ev.subjFrom)
	if r := refStartingAt(refs, k); r >= 0 && ev.ent >= 0 && !ev.right && ev.subjFrom > refs[r].end && refs[r].ent != ev.ent && !refs[r].poss &&
		refs[r].end+2 < ev.subjFrom && isComma(text, ts[refs[r].end+1]) && ts[refs[r].end+2].is(wcDeterminer) && !isPossessivePronoun(ts[refs[r].end+2].Of(text)) &&
		onlyWordsAndCommas(text, ts, k, ev.subjFrom) {
		// "…,” Doug Andres, a spokesman for Speaker Paul Ryan told the
		// Post: an apposition left open by its comma holds the name the
		// cue found; the name right after the quote is the speaker (A7).
		e.setCue(a, ev, true)
		a.ent, a.pronoun, a.adjacent = int32(refs[r].ent), false, true
		e.cl.ents[a.ent].person = e.cl.ents[a.ent].person || !e.cl.ents[a.ent].org
		return
	}
	switch {
	case ev.tok == k && ev.right && !stop:
	case ev.flags&cueObject != 0 && ev.tok-k <= 2 && !stop:
		// "according to NAME" right after the quote, or "in the words of
		// NAME" (its two words before the cue phrase).
	case !ev.right && ev.ent >= 0 && subjOK && (!stop || ev.tok <= ev.subjTo+3 || ev.subjFrom == k && bang && onlyWordsAndCommas(text, ts, ev.subjTo+1, ev.tok)):
		// (After ? or ! the name and its apposition are still the
		// attribution: "“Long live the press!” Ana Ruiz, the editor, wrote".)
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
		e.setCue(a, ev, true)
		a.ent, a.pronoun = int32(refs[r].ent), false
		e.cl.ents[a.ent].person = e.cl.ents[a.ent].person || !e.cl.ents[a.ent].org
		a.adjacent = true
		return
	}
	e.setCue(a, ev, true)
	a.adjacent = true
}

// endsWithBang reports whether the quoted stretch q ends with ? or ! just
// before its closing mark.
func endsWithBang(text string, q core.Span) bool {
	inner := strings.TrimRight(text[q.Start:q.End], "\"'”’ ")
	return strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")
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

// introducesQuote reports whether the cue ev (or its inverted speaker) is
// followed by a comma and a quote: after a quote that ends its sentence,
// "“…?” She answered, “…”" introduces the next quote, not the last.
func introducesQuote(text string, ts []token, ev *cueEvent) bool {
	end := ev.tok
	if ev.right {
		end = ev.subjTo
	}
	return end+2 < len(ts) && ts[end+1].kind == tokPunct && text[ts[end+1].Start] == ',' && ts[end+2].kind == tokQuote
}

// onlyWordsAndCommas reports whether ts[from:to] are words and commas, or
// the signs inside a name or a title ($ & % - /): "the mayor's campaign
// manager, Tom Reyes, said".
func onlyWordsAndCommas(text string, ts []token, from, to int) bool {
	for k := from; k < to; k++ {
		if ts[k].kind == tokPunct && text[ts[k].Start] == '.' && k > from && ts[k-1].End == ts[k].Start && isTitle(text, ts[k-1]) {
			continue // the period of a title: "Ms. Marsh's spokesman, Tom Hale, said"
		}
		if ts[k].kind != tokWord && (ts[k].kind != tokPunct || !strings.ContainsRune(",$&%-/", rune(text[ts[k].Start]))) {
			return false // ("Fight for $15 organizing director Kendall Moss told")
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

// opensNewClause reports whether t, the word right after a quote, joins a
// new clause to the sentence ("“Good jobs for who?” and the chairwoman
// called for order"): a cue in that clause is its own subject's, not the
// quote's, when a cue before the quote has attributed it already.
func opensNewClause(text string, t token) bool {
	w := t.Of(text)
	return t.kind == tokWord && (lowerEq(w, "and") || lowerEq(w, "but") || lowerEq(w, "while") || lowerEq(w, "as") || lowerEq(w, "before") || lowerEq(w, "then"))
}

// asClause reports whether a word of ts[from:to], before a cue's subject,
// is "as": after a quote that ends its sentence, "And as Menendez pointed
// out, the rulings …" is a comment clause that credits the words after it
// (as reported speech), not the quote before (Chicago Manual of Style,
// "quotations": "as X said" introduces what follows).
func asClause(text string, ts []token, from, to int) bool {
	for k := from; k < to && k < len(ts); k++ {
		if ts[k].kind == tokWord && lowerEq(ts[k].Of(text), "as") {
			return true
		}
	}
	return false
}
