package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Nominal speakers: a noun phrase ("the mayor", "a spokeswoman for the
// ministry", "the 43-year-old") as the subject of a cue.

// nominal takes the common noun phrase ending at token j ("the company",
// "a spokeswoman for the ministry") as the speaker.
func (e *quoteEngine) nominal(para int, ts []token, j int, ev *cueEvent) {
	text := e.text
	if ts[j].poss {
		return
	}
	if j >= 2 && ts[j].is(wcDeterminer) && lowerEq(ts[j-1].Of(text), "of") {
		j -= 2 // "the mother of three": the phrase ends before "of"
		if ts[j].kind != tokWord {
			return
		}
	}
	fallback := -1 // a determiner after a preposition: "the" in "a spokeswoman for the ministry"
	c := j
	for ; c >= 0 && j-c < 8 && ts[c].kind == tokWord && ts[c].sent == ts[j].sent; c-- {
		if ts[c].is(wcDeterminer) || c < j && ts[c].poss {
			if c == j {
				return
			}
			if c >= 2 && isPostModifierPreposition(text, ts[c-1]) {
				// The phrase may go on to the left: prefer its first part
				// ("a woman at the back of the hall").
				if fallback < 0 {
					fallback = c
				}
				continue
			}
			if e.nominalAt(para, ts, c, j, ev) {
				if ts[c].poss && ev.subjFrom == c {
					// The possessor's whole name, title and all, is in the
					// subject: "Mr. Marsh's spokesman said".
					for f := c - 1; f >= 0 && ts[f].sent == ts[c].sent && (ts[f].kind == tokWord && ts[f].upper ||
						ts[f].kind == tokPunct && e.text[ts[f].Start] == '.' && f > 0 && isTitle(e.text, ts[f-1])); f-- {
						ev.subjFrom = f
					}
				}
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
	if end == j && isAgeNoun(ts[j].Of(text)) {
		org = false // "the 43-year-old": a person
	}
	j = end // "a spokeswoman for the ministry" is "a spokeswoman"
	if det := ts[c].Of(text); (lowerEq(det, "that") || lowerEq(det, "this")) && strings.HasSuffix(ts[j].Of(text), "s") {
		return false // "argued that critics said": "that" opens a clause
	}
	if isPossessivePronoun(ts[c].Of(text)) && (!ts[j].is(wcRoleNoun|wcOrgNoun) && !isAgeNoun(ts[j].Of(text)) || e.coordinated(ts, ev.tok)) {
		// "shook her head and said": a body, not a speaker, and an
		// object when a verb of its own joins the cue ("and said").
		return false
	}
	// A head the lexicons do not know ("the influential daily") is
	// trusted only next to a quote: “…,” the daily wrote; not at the
	// start of a paragraph of its own ("The men laughed.": a reaction,
	// no speaker; Chicago Manual of Style, "dialogue", a tag goes with
	// its line).
	if !ts[j].is(wcRoleNoun|wcOrgNoun|wcDocumentNoun) && !isAgeNoun(ts[j].Of(text)) && // ts[j] is the head h
		!(c == 0 && e.cl.personNominal(ts[j].Of(text))) && // ("The captain laughed", the captain a person of the text)
		(j-c > 4 || !isPlainNoun(text, ts[j]) || !(c > 0 && afterQuote(ts, c)) && !afterQuote(ts, ev.tok)) {
		return false
	}
	np := core.Span{Start: ts[c].Start, End: ts[j].End}
	if ts[j].is(wcDocumentNoun) && !ts[j].is(wcRoleNoun|wcOrgNoun) {
		// S6: a document carries words but does not speak ("the report
		// said", "the ad says"). Its words are the organisation's named
		// just before ("The ministry issued a statement. “…,” the
		// statement said"), else nobody's: the cue has a subject, and the
		// quote no speaker.
		// A document its author was named with ("Ormond's dispatch …. “…,”
		// the dispatch read") is that author's (authors.go).
		if a := e.documentAuthor(para, ts, c, ts[j].Of(text)); a >= 0 {
			e.cl.mention(a, np)
			e.setSubject(para, ts, a, c, j, ev)
			return true
		}
		if org := e.cl.recentOrg(np.Start, docOrgReach); org >= 0 {
			e.cl.mention(org, np)
			e.setSubject(para, ts, org, c, j, ev)
			return true
		}
		ent := e.cl.addNominal(np, h, org, para, -1)
		e.cl.ents[ent].nobody = true
		e.setSubject(para, ts, ent, c, j, ev)
		return true
	}
	ent := -1
	if !org {
		ent = e.cl.otherReferent(np, h) // S12: "the second official" (ordinals.go)
	}
	if ent < 0 {
		prior := e.priorSpeaker(para, ts, ev.tok)
		if prior < 0 {
			prior = e.openingPersonBefore(para, ts, c) // S13: "“…,” the fly-half said" after "Ifield, who …, was asked"
		}
		ent = e.cl.describedNominal(np, h, org, para, prior) // S12: "the young man" is not "the old man" (described.go)
	}
	// S9: a head that tells a gender gives it ("a man", "his daughter"),
	// so that a later he or she agrees (A9).
	e.cl.setGender(ent, ts[j].info.roleGender())
	if ts[c].is(wcGroupQuantifier) && strings.HasSuffix(ts[j].Of(text), "s") {
		e.cl.ents[ent].nobody = true // S6: "some critics said": an unnamed group
	}
	if c > 0 && afterQuote(ts, c) && ts[ev.tok].is(wcPassiveHearer) && (lowerEq(ts[j].Of(text), "journalist") || isHypernym("journalist", ts[j].Of(text))) {
		// A8: "“…?” a reporter asked": a question from the floor of a
		// news conference is the press's, as an interviewer's is, and
		// names no source (AP Stylebook, "news conference"; the BBC's
		// 50:50 count leaves out the journalists' own questions). Only
		// the quote it follows: "when a reporter asked if …" is the
		// reporter's sentence, the answer's "he said" another's.
		e.cl.ents[ent].nobody = true
	}
	e.setSubject(para, ts, ent, c, j, ev)
	return true
}

// isAgeNoun reports whether w is an age used as a noun: "43-year-old",
// "nine-year-old" (AP Stylebook, "ages": hyphenated when the age is a
// noun), which names a person.
func isAgeNoun(w string) bool {
	for _, suf := range [...]string{"-year-old", "-month-old"} {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
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

// isDescriptionDeterminer reports whether w opens a noun phrase that may
// describe a person: an article or a possessive other than "its" ("The
// captain", "A boy", "Her husband", "My sister").
func isDescriptionDeterminer(w string) bool {
	return lowerEq(w, "the") || lowerEq(w, "a") || lowerEq(w, "an") || isPossessivePronoun(w) && !lowerEq(w, "its")
}
