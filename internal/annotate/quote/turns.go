package quote

import (
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Turns (A13): a line with no cue that opens its paragraph right after a
// question someone asked in the paragraph before answers it, so it is the
// other person's: `“Not even to school?” Tom asked.` then `“Not even to
// school.”` is the one Tom asked, the speaker before him. Source: Sacks,
// Schegloff and Jefferson, "A simplest systematics for the organization
// of turn-taking for conversation" (1974): a question selects the next
// speaker; the Chicago Manual of Style, "dialogue" (a new paragraph for
// each change of speaker).

// answerer returns the speaker of the turn before the question that the
// latest quote asked, when candidate c answers it (it opens its paragraph
// and the question closed the paragraph before), or -1; and after an
// answer found so, the other of the two again. The question is
// asked with an asking cue ("asked", "wondered") or with no cue of its
// own; a question a speaker "said" is often one they answer themselves
// ("“Why would we?” Smith said. “It makes no sense.”").
func (e *quoteEngine) answerer(c int) int {
	q := &e.cands[c]
	a := &e.attrs[c]
	p := e.lastQuote
	pi := q.para // (a line running over paragraphs is decided where it ends)
	if p < 0 || a.pre != preParaStart || e.cands[p].lastPara != pi-1 {
		return -1
	}
	pa := &e.attrs[p]
	if pa.ent < 0 {
		return -1
	}
	// Once a question has handed the turn over, the lines with no cue that
	// follow go on alternating between the two ("“Twenty minutes.”" then
	// "“You said that an hour ago.”").
	if pa.basis != basisTurn {
		if !endsWithQuestion(e.text, e.cands[p].span) {
			// A third turn: the line before answered a question, so this
			// one is the asker's again ("“You the law here?” the
			// stranger asked." / "“Depends who's asking.”" / "“Name's
			// Cole.”"); in a text that writes dialogue as novels do, the
			// other of the two who spoke last.
			if b := e.thirdTurn(pi, p, false); b >= 0 || !e.novelDialogue(int(pa.ent)) {
				return b
			}
			if b := e.thirdTurn(pi, p, true); b >= 0 {
				return b
			}
			if b := e.otherSpeaker(int(pa.ent), pi); b >= 0 {
				return b // the other of the two, a paragraph of narration between
			}
			// The first reply of a scene of two ("Nadia found Tomasz …
			// “It's eaten my coins,” he said." then "“Did you kick it?”"):
			// the other person named last.
			return e.otherNamed(pi, int(pa.ent))
		}
		// In a text that writes dialogue as novels do, a new paragraph is a
		// new speaker, so a question "said" hands the turn over too
		// ("“Your mother?” said Clive." then "“She fell …”"; branch prose9).
		if pa.hasCue && !(pa.basis < basisPreviousQuote && isAskingCue(pa.cue.of(e.text))) && !e.novelDialogue(int(pa.ent)) {
			return -1
		}
	}
	if e.recent[0].ent != int(pa.ent) {
		return -1
	}
	if b := e.recent[1]; b.ent >= 0 && b.ent != int(pa.ent) && pi-b.para <= recentReach {
		return b.ent
	}
	// No one else has spoken yet: the person named last before the
	// question who is not its asker ("Dev drove with one hand. … “How
	// much further?” Priya asked." then "“Twenty minutes.”").
	return e.otherNamed(pi, int(pa.ent))
}

// otherNamed returns the person named last, within three paragraphs
// before paragraph pi, who is not ent; or -1. One named as the subject
// opening a sentence comes before one named inside a sentence, the
// subject being the likeliest to be there ("Adaeze Okafor had used the
// quiet …, blurring the lettering her father had painted": Adaeze
// answers; Lappin and Leass, 1994, subject salience). With no one named,
// it is the narrator of a text told in the first person, unless that is
// ent: the one a line answers in a scene of two, one of them "I"
// (nounSubjects).
func (e *quoteEngine) otherNamed(pi, ent int) int {
	last := -1
	for i := len(e.hist) - 1; i >= 0 && len(e.hist)-i <= maxLookback; i-- {
		r := e.hist[i]
		if pi-r.para > 3 {
			break
		}
		en := &e.cl.ents[r.ent]
		if r.ent != ent && !r.poss && !en.org && !en.place && !en.nobody && (en.person || en.nameLen >= 2 && !e.isDateName(en)) {
			if r.opens {
				return r.ent
			}
			if last < 0 {
				last = r.ent
			}
		}
	}
	if last < 0 && e.narratorEnt-1 != ent {
		return e.narratorEnt - 1
	}
	return last
}

// novelDialogue reports whether the text writes dialogue as novels do,
// each change of speaker a new paragraph: it has shown two lines given by
// beats or turns (dialogueLines), or the one who spoke the line before,
// ent, goes by a given name alone, as novels name their people and news,
// which names a person in full on first reference, does not (AP
// Stylebook, "names"; the Chicago Manual of Style, "dialogue").
func (e *quoteEngine) novelDialogue(ent int) bool {
	if e.dialogueLines >= 2 || e.narratorEnt > 0 {
		return true
	}
	en := &e.cl.ents[ent]
	// (A one-word name the lists lack counts when a cue or a pronoun made
	// it a person and no title or capitalised role goes with it: "said
	// Osman", not "Hereditary Chief Na'moks"; branch prose9.)
	return en.nameLen == 1 && !en.org && !en.place && (en.role.empty() || isLowerStart(en.role.of(e.text))) && (en.person || lookupWord(en.name.of(e.text))&wcFirstName != 0)
}

// isAskingCue reports whether cue is a verb of asking.
func isAskingCue(cue string) bool {
	for _, w := range [...]string{"asked", "asks", "ask", "inquired", "enquired", "wondered", "demanded", "queried"} {
		if lowerEq(cue, w) {
			return true
		}
	}
	return false
}

// endsWithQuestion reports whether the quote at s ends with a question
// mark inside its closing marks.
func endsWithQuestion(text string, s core.Span) bool {
	i := s.End
	for i > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:i])
		switch {
		case size == 0:
			return false
		case r == '?':
			return true
		case r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' || r == '›' || r == '“':
			i -= size
			continue
		}
		return false
	}
	return false
}

// thirdTurn returns the asker of the question that quote p, opening
// paragraph pi-1, answered: the speaker of the latest quote before p when
// it closed the paragraph before p's with a question and is someone else;
// else -1. With anyLine, the latest quote before p need not be a question
// (two people talking in turn, in a text that writes dialogue as novels
// do: see dialogueLines). It looks back over a few candidates only.
func (e *quoteEngine) thirdTurn(pi, p int, anyLine bool) int {
	pa := &e.attrs[p]
	if e.cands[p].lastPara != pi-1 || !anyLine && (pa.pre != preParaStart || e.cands[p].para != pi-1) {
		return -1
	}
	for k := p - 1; k >= 0 && p-k <= 8; k-- {
		ka := &e.attrs[k]
		if !ka.decided || !ka.direct {
			continue
		}
		if anyLine && e.cands[k].lastPara == pi-1 && ka.ent == pa.ent {
			continue // the same speaker's line before, in the same paragraph
		}
		if e.cands[k].lastPara != pi-2 || ka.ent < 0 || ka.ent == pa.ent || !anyLine && !endsWithQuestion(e.text, e.cands[k].span) {
			return -1
		}
		return int(ka.ent)
	}
	return -1
}
