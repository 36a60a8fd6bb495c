package quote

import (
	"slices"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// nounSubjects adds to refs, in text order, the people paragraph para's
// sentences open with as a noun phrase rather than a name (A9, A12): "The
// captain was already on deck", "A boy came running", "Her husband folded
// his newspaper", and a first-person narrator's kin ("My sister had
// already filled six bags", then "she said": a homodiegetic narrator's
// people go by their relation to "I"; Genette, "Narrative Discourse",
// 1972). A phrase is a determiner and at most three lower-case
// words ending in a role noun, a title or the head of a noun phrase that
// already named a speaker ("the fox said", then "The fox sat down"), before a verb in lower case that
// is no cue (a cue's subject is found with its cue); and, anywhere in a
// sentence, a possessive and a role noun that tells a gender ("found her
// father in the greenhouse"). So a later "he said"
// can find the captain, as it finds a named person (Lappin and Leass,
// 1994: a sentence's subject is the likeliest antecedent), and novels'
// people who go by a description are people of the story. It also notes a
// narrator who says "I" (A15) and gives the people who open a sentence
// the gender of a possessive after them (A9).
func (e *quoteEngine) nounSubjects(para int, ts []token, refs []nameRef) []nameRef {
	text := e.text
	n := len(refs)
	for d := 0; d < len(ts); d++ {
		t := &ts[d]
		if t.kind != tokWord || !t.upper && !t.is(wcDeterminer) {
			// Most tokens are out here: every phrase below opens with a
			// word, and one in lower case is a determiner (a possessive,
			// "the", or "a" or "an": lists/determiners.txt).
			continue
		}
		if e.narratorEnt == 0 && isNarratorI(text, *t) && d+1 < len(ts) && ts[d+1].kind == tokWord && !ts[d+1].upper && ts[d+1].sent == t.sent && (d == 0 || !afterQuote(ts, d)) {
			// A15: "I" as the subject of a sentence of narration, outside
			// any quote ("I had read my book twice", "I pull the chair
			// over"): the text is told in the first person, and its
			// narrator is one of the people of its scenes, who may take a
			// line with no cue in turn (otherNamed), the text writing
			// dialogue as novels do (novelDialogue). Source: Genette
			// (1972), the homodiegetic narrator.
			e.narratorEnt = e.narrator(t.Span, para) + 1
		}
		if h := d + 1; h < len(ts) && ts[h].kind == tokWord && !ts[h].upper && !ts[h].poss && ts[h].sent == t.sent && ts[h].info.roleGender() != genderUnknown &&
			(h+1 >= len(ts) || !ts[h+1].upper || ts[h+1].kind != tokWord) && !e.namedInApposition(ts, h) &&
			(!t.upper && t.is(wcDeterminer) && isPossessivePronoun(t.Of(text)) && !lowerEq(t.Of(text), "its") || t.poss && t.upper && isKinshipName(ts[h].Of(text))) {
			// (The words are compared last: most determiners are followed
			// by no role noun that tells a gender.)
			// A relation inside the sentence: "Marguerite found her father
			// in the greenhouse" (he said, next); a name's kin ("Peter's
			// mother had come down", she called; not "Marsh's spokesman").
			ent := e.beatNominal(core.Span{Start: t.Start, End: ts[h].End}, ts[h].Span, para)
			e.cl.setGender(ent, ts[h].info.roleGender())
			e.cl.ents[ent].person = true
			refs = append(refs, nameRef{ent: ent, para: para, sent: t.sent, first: d, end: h})
			d = h
			continue
		}
		w := text[t.Start:t.End]
		for h := d + 1; w == "the" && d > 0 && ts[d-1].sent == t.sent && h < len(ts) && h <= d+3 && ts[h].kind == tokWord && !ts[h].upper && !ts[h].poss && ts[h].sent == t.sent; h++ {
			if e.cl.personNominal(text[ts[h].Start:ts[h].End]) && (h+1 >= len(ts) || ts[h+1].kind != tokWord || ts[h+1].is(wcNotName|wcDeterminer)) {
				// A person of the story named again by their description
				// inside a sentence ("put the mug down in front of the
				// young man"), a mention pronouns may find (S12).
				ent := e.beatNominal(core.Span{Start: t.Start, End: ts[h].End}, ts[h].Span, para)
				refs = append(refs, nameRef{ent: ent, para: para, sent: t.sent, first: d, end: h})
				d = h
				break
			}
		}
		if ts[d].End > t.End {
			continue
		}
		// A person brought on mid-sentence: an indefinite noun phrase
		// introduces someone new (Lappin and Leass, 1994; Karttunen,
		// 1976), in a clause after "and" ("The door banged open and a man
		// in a wet jumper came in"), after a phrase set off by a comma
		// ("Behind them, at the dish station, a thin boy ... was trying")
		// or after a copula ("The only other person left was an old man
		// in a tweed cap"; "it was for a young man in a corduroy jacket").
		// (The article is a lower-case word of one or two letters, told
		// before its text is read.)
		andClause := !t.upper && t.End-t.Start <= 2 && bringsOnSomeone(text, ts, d)
		if !andClause && (!t.upper || d > 0 && ts[d-1].sent == t.sent && ts[d-1].kind != tokQuote) {
			continue
		}
		if !t.is(wcDeterminer) {
			if refStartingAt(refs[:n], d) < 0 {
				if ent := e.kinshipSubject(para, ts, d); ent >= 0 {
					refs = append(refs, nameRef{ent: ent, para: para, sent: t.sent, first: d, end: d})
				}
			} else if r := refStartingAt(refs[:n], d); isKinshipName(t.Of(text)) {
				e.cl.setGender(refs[r].ent, kinshipGender(t.Of(text))) // "Mother laughed", Mother named before
			}
			continue
		}
		if !isDescriptionDeterminer(t.Of(text)) {
			continue
		}
		for h := d + 1; h < len(ts) && h <= d+3; h++ {
			w := &ts[h]
			if w.kind != tokWord || w.upper || w.poss || w.sent != t.sent || isCue(text, *w) {
				break
			}
			if !w.is(wcRoleNoun) && !isTitle(text, *w) && !e.cl.personNominal(w.Of(text)) {
				continue
			}
			v := h + 1
			if v >= len(ts) || ts[v].kind != tokWord || ts[v].upper || ts[v].sent != t.sent || isCue(text, ts[v]) ||
				ts[v].is(wcDeterminer|wcRoleNoun) || isPostModifierPreposition(text, ts[v]) || refStartingAt(refs[:n], d) >= 0 {
				break
			}
			for k := v; k < len(ts) && k-v < 6 && ts[k].kind == tokWord && !ts[k].upper; k++ {
				if x := text[ts[k].Start:ts[k].End]; (x == "was" || x == "is") && bringsOnSomeone(text, ts, k+1) {
					v = -1 // a subject that a copula says is someone brought on: that one is the person
					break
				}
			}
			if v < 0 {
				break
			}
			ent := e.beatNominal(core.Span{Start: t.Start, End: w.End}, w.Span, para)
			e.cl.setGender(ent, w.info.roleGender())
			e.cl.ents[ent].person = true
			refs = append(refs, nameRef{ent: ent, para: para, sent: t.sent, first: d, end: h})
			d = h
			break
		}
	}
	if len(refs) > n {
		slices.SortStableFunc(refs, func(a, b nameRef) int { return a.first - b.first })
	}
	// Possessive gender (A9): a person whose gender neither the lists nor a
	// title tell takes the gender of a possessive or reflexive pronoun later in
	// a sentence that opens with them as its subject, before any other name or
	// a quote: "Adaeze picked up her mug and drank", "Dee Whitlock slid the
	// plate toward him and wiped the rim with a cloth from her apron". A
	// possessive in a clause most often stands for its subject, and a
	// reflexive always does; an object pronoun ("toward him") never does, and
	// "her" is read as a possessive only before a noun, not a function word or
	// an adverb ("thanked her warmly"). So a later "she said" can find them.
	// Source: Lappin and Leass, "An algorithm for pronominal anaphora
	// resolution" (1994): subject preference and agreement; Chomsky's binding
	// conditions (a reflexive is bound in its clause, a pronoun object is not).
	for _, r := range refs {
		en := &e.cl.ents[r.ent]
		if r.poss || en.gender != genderUnknown || en.org || en.place || en.narrator || r.first > 0 && ts[r.first-1].sent == ts[r.first].sent {
			continue
		}
		for k := r.end + 1; k < len(ts) && k-r.end <= 16 && ts[k].sent == ts[r.end].sent && ts[k].kind != tokQuote && !ts[k].upper; k++ {
			// (Another name, or a quote, ends the search.)
			w, g := text[ts[k].Start:ts[k].End], genderUnknown
			if w == "his" || w == "himself" {
				g = genderMale
			} else if n := k + 1; w == "herself" || w == "her" && n < len(ts) && ts[n].kind == tokWord && !ts[n].upper && !ts[n].is(wcNotName|wcDeterminer|wcCueWord) && text[ts[n].End-2:ts[n].End] != "ly" {
				g = genderFemale // (not "told her that", "thanked her warmly")
			}
			if g != genderUnknown {
				e.cl.setGender(r.ent, g)
				break
			}
		}
	}
	return refs
}

// inFrontedParticiple reports whether token k lies in a participle phrase
// that opens its sentence, before the comma that ends it: "Asked whether
// she blamed her former boss, Senator Hal Benton, Whitfield paused"
// (Benton is in the phrase; Whitfield, the subject, after it). The
// sentence opens with an -ed or -ing word, and a comma after k is followed
// by a capitalised word or a subject pronoun (the subject: "Asked about
// Ifield, who ..., he said:"), not by a participle of the main clause
// ("Speaking to reporters, Smith said …, adding"). Source: English
// grammar (a fronted participle clause modifies the subject after it);
// Lappin and Leass (1994), subject preference.
func (e *quoteEngine) inFrontedParticiple(ts []token, k int) bool {
	i := e.participleOpening(ts, k)
	if i < 0 || i == k {
		return false
	}
	for j := k + 1; j+1 < len(ts) && ts[j].sent == ts[k].sent && ts[j].kind != tokQuote && j-i < frontedReach; j++ {
		if isComma(e.text, ts[j]) && ts[j+1].kind == tokWord && (ts[j+1].upper || ts[j+1].is(wcSubjectPronoun)) {
			return true
		}
	}
	return false
}

// participleOpening returns the first token of token k's sentence when
// that sentence opens with a capitalised -ed or -ing word within
// frontedReach tokens before k, else -1. The answer for the latest
// sentence asked about is kept: names are looked at in text order, and a
// sentence's names share it (both walks are bounded: a fronted phrase is
// short; issue 10).
func (e *quoteEngine) participleOpening(ts []token, k int) int {
	if e.fronted.para == ts[0].Start && e.fronted.sent == ts[k].sent && e.fronted.from <= k && e.fronted.valid {
		if e.fronted.start >= 0 && k-e.fronted.start > frontedReach {
			return -1
		}
		return e.fronted.start
	}
	i := k
	for i > 0 && ts[i-1].sent == ts[k].sent && ts[i-1].kind != tokQuote && k-i < frontedReach {
		i--
	}
	start := i
	if i > 0 && ts[i-1].sent == ts[k].sent && ts[i-1].kind != tokQuote || ts[i].kind != tokWord || !ts[i].upper {
		start = -1
	} else if w := ts[i].Of(e.text); len(w) < 5 || !(w[len(w)-2:] == "ed" || w[len(w)-3:] == "ing") || ts[i].is(wcFirstName) {
		start = -1
	}
	if start >= 0 || i > 0 && ts[i-1].sent == ts[k].sent && ts[i-1].kind != tokQuote {
		// (A sentence too long to have reached its start is not kept.)
		e.fronted = frontedMemo{para: ts[0].Start, sent: ts[k].sent, from: k, start: start, valid: true}
	} else {
		e.fronted = frontedMemo{para: ts[0].Start, sent: ts[k].sent, from: i, start: -1, valid: true}
	}
	return start
}

// frontedMemo is participleOpening's answer for one sentence of the
// paragraph whose first token starts at byte para: from the token from on,
// its sentence opens with a participle at start, or not (-1).
type frontedMemo struct {
	para  int
	sent  int32
	from  int
	start int
	valid bool
}

// personNominal reports whether head is the head noun of a common noun
// phrase that already names a person of the text: "fox" once "the fox
// said" (a fable's characters go by such names).
func (c *clusters) personNominal(head string) bool {
	i, ok := c.byKey.get(keyHash(keyNominal, head))
	return ok && i >= 0 && c.ents[i].person && !c.ents[i].org && !c.ents[i].nobody
}

// nominalClauseSubject is A6 for a subject that is a noun phrase: "A third
// person, a Democratic aide on Capitol Hill, was blunter: “…”". The
// sentence that the colon at token colon ends opens with a determiner and
// at most three words ending in a role noun, then an apposition set off by
// commas or not, then a verb in lower case, with no quote or cue before
// the colon. It returns the phrase's entity, or -1.
func (e *quoteEngine) nominalClauseSubject(para int, ts []token, colon int) int {
	text := e.text
	sent := ts[colon].sent
	s0 := colon
	for s0 > 0 && ts[s0-1].sent == sent && colon-s0 < 40 {
		s0--
	}
	if s0 > 0 && ts[s0-1].sent == sent || !ts[s0].is(wcDeterminer) || !ts[s0].upper {
		return -1
	}
	h := -1
	for k := s0 + 1; k < colon && k <= s0+3 && ts[k].kind == tokWord && !ts[k].upper; k++ {
		if ts[k].is(wcRoleNoun) {
			h = k
			break
		}
	}
	if h < 0 {
		return -1
	}
	k := h + 1
	if k < colon && isComma(text, ts[k]) {
		k++
		for k < colon && !isComma(text, ts[k]) {
			k++
		}
		k++
	}
	if k >= colon || ts[k].kind != tokWord || ts[k].upper {
		return -1
	}
	for m := s0; m < colon; m++ {
		if ts[m].kind == tokQuote || isCue(text, ts[m]) {
			return -1
		}
	}
	ent := e.cl.describedNominal(core.Span{Start: ts[s0].Start, End: ts[h].End}, ts[h].Span, false, para, -1)
	e.cl.setGender(ent, ts[h].info.roleGender())
	return ent
}

// frontedReach is how many tokens a fronted participle phrase and the
// subject after it may span (inFrontedParticiple).
const frontedReach = 40

// bringsOnSomeone reports whether token d is an indefinite article that
// brings a person on in the middle of a sentence: after "and", a comma or
// a copula, or "for" after a copula ("it was for a young man").
func bringsOnSomeone(text string, ts []token, d int) bool {
	if d <= 0 || d >= len(ts) || ts[d-1].sent != ts[d].sent {
		return false
	}
	if w := text[ts[d].Start:ts[d].End]; w != "a" && w != "an" {
		return false
	}
	p := text[ts[d-1].Start:ts[d-1].End]
	if p == "for" && d > 1 {
		p = text[ts[d-2].Start:ts[d-2].End] // "it was for a young man"
	}
	if p == "," {
		// After a fronted phrase of place or time, not in an apposition
		// ("The chairman, an elderly farmer named Josiah Brill,").
		s := d - 1
		for s > 0 && ts[s-1].sent == ts[d].sent && d-s < 12 {
			s--
		}
		w := text[ts[s].Start:ts[s].End]
		return (s == 0 || ts[s-1].sent != ts[d].sent) && (isPlacePreposition(w) || opensFrontedPhrase(w))
	}
	return p == "and" || p == "was" || p == "is"
}

// namedInApposition reports whether a comma and a capitalised word follow
// an official's role noun at token h (a kind of "official",
// role-hypernyms.map; the word is in lower case): "her spokesman, Derek Oyelaran, said" names the
// spokesman in an apposition (S12), one person, not a relation of its own
// beside him (held-out news batch 10). Kin stay relations ("his daughter,
// Carol Penhallow,": taking the relation out gave the family's next
// quote to the daughter, held-out news41).
func (e *quoteEngine) namedInApposition(ts []token, h int) bool {
	return h+2 < len(ts) && isHypernym("official", ts[h].Of(e.text)) && isComma(e.text, ts[h+1]) && ts[h+2].kind == tokWord && ts[h+2].upper && ts[h+2].sent == ts[h].sent
}
