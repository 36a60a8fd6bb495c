package quote

import (
	"sort"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Action beats (A12): a quote with no cue of its own, beside a sentence of
// its paragraph whose subject is a person doing something, is that
// person's: `Nell almost smiled. “Some things don't change.”`; `“I won't
// be long.” The young man shook the water from his hat.` Novels attribute
// most lines of dialogue so, and news a line after a reaction ("Hale
// shook his head. “Not this year.”"). Source: the Chicago Manual of Style,
// "dialogue" (an action in the speaker's paragraph identifies the
// speaker); Renate Browne and Dave King, "Self-Editing for Fiction
// Writers" (1993), "beats".

// beatSpeaker returns the person an action beat next to candidate c names,
// or -1: the subject of the sentence right before the quote in its
// paragraph, else, for a quote that opens its paragraph and ends its
// sentence, of the sentence right after it. The beat has no quote and no
// cue of its own (a cue attributes by the other rules).
func (e *quoteEngine) beatSpeaker(pi int, ts []token, refs []nameRef, evs []cueEvent, c int) int {
	q := &e.cands[c]
	if q.para != pi || q.lastPara != pi {
		return -1
	}
	// The quote's token: tokens are in text order (a search, not a walk:
	// a paragraph of many quotes costs no more per quote, issue 10).
	qi := sort.Search(len(ts), func(k int) bool { return ts[k].Start >= q.span.Start })
	if qi >= len(ts) || ts[qi].kind != tokQuote || int(ts[qi].quote) != c {
		return -1
	}
	if a := &e.attrs[c]; a.pre == preSentenceEnd {
		from := qi - 1
		for from > 0 && ts[from-1].sent == ts[qi-1].sent {
			from--
		}
		return e.beatSubject(pi, ts, refs, evs, from, qi)
	} else if a.pre != preParaStart || !endsWithStop(e.text, q.span) {
		return -1
	}
	// The stop inside the closing mark ends the quote's sentence; the
	// tokens may count the next one as its own.
	from := qi + 1
	if from >= len(ts) || ts[from].kind != tokWord || !ts[from].upper {
		return -1
	}
	end := from
	for end < len(ts) && ts[end].sent == ts[from].sent && ts[end].kind != tokQuote {
		end++
	}
	return e.beatSubject(pi, ts, refs, evs, from, end)
}

// beatSubject returns the person who opens the sentence of tokens [from,
// end) as its subject, before a verb in lower case, or -1: a name ("Clara
// set her suitcase down", "Mr. Pell poured him a glass"), he or she ("She
// did not stop scrubbing", resolved as A9 resolves it), or a noun phrase
// of a determiner and at most three words ending in a role noun ("The
// young man shook", "Her husband folded his newspaper", "A porter
// passed"). A sentence with a quote or a cue, or a name that is an
// organisation, a place or a day, makes no beat.
func (e *quoteEngine) beatSubject(pi int, ts []token, refs []nameRef, evs []cueEvent, from, end int) int {
	text := e.text
	if end-from < 2 {
		return -1
	}
	for k := from; k < end; k++ {
		if ts[k].kind == tokQuote {
			return -1
		}
	}
	if i := searchEvents(evs, func(ev *cueEvent) bool { return ev.tok >= from }); i < len(evs) && evs[i].tok < end {
		return -1
	}
	// A fronted phrase set off by a comma comes before the subject: "In
	// the passenger seat, their grandmother woke with a start."
	fronted := false
	if ts[from].kind == tokWord && ts[from].upper && (opensFrontedPhrase(ts[from].Of(text)) || isPlacePreposition(ts[from].Of(text))) {
		for k := from + 1; k < end && k <= from+6; k++ {
			if isComma(text, ts[k]) {
				from, fronted = k+1, true
				break
			}
		}
		if !fronted || end-from < 2 {
			return -1
		}
	}
	verbAt := func(k int) bool {
		return k < end && ts[k].kind == tokWord && isLowerStart(ts[k].Of(text)) && !ts[k].is(wcDeterminer|wcRoleNoun)
	}
	if g, ok := wcSubjectPronoun.genderOf(ts[from].info); ok && g != genderUnknown && verbAt(from+1) {
		// "She sat on an upturned crate. “Papa, …”": the person the
		// pronoun stands for (A9).
		e.knownGenderOnly = true
		ent := e.resolvePronoun(pi, ts, refs, from, g)
		e.knownGenderOnly = false
		if ent < 0 {
			e.beatGender = g // (told to the line's speaker found otherwise: decide)
		}
		return ent
	}
	if r := refStartingAt(refs, from); r >= 0 {
		ref := refs[r]
		en := &e.cl.ents[ref.ent]
		if ref.poss || en.org || en.place || en.nobody || en.nameLen > 0 && e.isDateName(en) || !verbAt(ref.end+1) {
			return -1
		}
		return ref.ent
	}
	if !ts[from].is(wcDeterminer) || !ts[from].upper && !fronted {
		return -1
	}
	if !isDescriptionDeterminer(ts[from].Of(text)) {
		return -1
	}
	for j := from + 1; j < end && j <= from+3; j++ {
		t := &ts[j]
		if t.kind != tokWord || t.upper || t.poss {
			return -1
		}
		// (A name in apposition may stand before the verb: "The boy,
		// Danny, looked up"; the Chicago Manual of Style, "appositives".)
		if t.is(wcRoleNoun) && (verbAt(j+1) || j+4 < end && text[ts[j+1].Start] == ',' && ts[j+2].upper && text[ts[j+3].Start] == ',' && verbAt(j+4)) {
			np := core.Span{Start: ts[from].Start, End: t.End}
			ent := e.beatNominal(np, t.Span, pi)
			e.cl.setGender(ent, t.info.roleGender())
			return ent
		}
	}
	return -1
}

// beatNominal is the entity of a beat's or a sentence subject's noun
// phrase np with head noun head (describedNominal, a person).
func (e *quoteEngine) beatNominal(np, head core.Span, para int) int {
	return e.cl.describedNominal(np, head, false, para, -1)
}

// isPlacePreposition reports whether w opens a phrase of place that may
// stand before the subject ("In the passenger seat,", "Behind him,").
func isPlacePreposition(w string) bool {
	for _, p := range [...]string{"in", "on", "at", "behind", "beside", "across", "outside", "inside", "from", "by"} {
		if lowerEq(w, p) {
			return true
		}
	}
	return false
}

// lastBeat returns the person whose action ends a paragraph with no
// quote (A12), or -1: the subject of its last sentence, when that
// sentence is a beat (beatSubject), as in "The men laughed. Rhys did
// not." before Rhys's line, or of its last clause after ", and". A line with no cue that opens the next
// paragraph is theirs, the one who acts last leading into the line, in a
// text that writes dialogue as novels do (novelDialogue; the caller
// checks): news goes on with the speaker quoted before.
func (e *quoteEngine) lastBeat(pi int, ts []token, refs []nameRef, evs []cueEvent) int {
	from := len(ts) - 1
	for from > 0 && ts[from-1].sent == ts[from].sent {
		from--
	}
	// Of two clauses joined by ", and", the second's subject acts last
	// ("Ravi leaned over to look, and she slapped his hand away."); else
	// the sentence's, a paragraph's only one too ("She looked at his
	// boots.": introduced reads names, not pronouns; branch prose9).
	second := -1
	for k := len(ts) - 3; k > from && second < 0; k-- {
		if ts[k].kind == tokPunct && e.text[ts[k].Start] == ',' && e.text[ts[k+1].Start:ts[k+1].End] == "and" {
			second = k + 2
		}
	}
	for _, s := range [...]int{second, from} {
		if s >= 0 {
			if ent := e.beatSubject(pi, ts, refs, evs, s, len(ts)); ent >= 0 {
				return ent
			}
		}
	}
	return -1
}
