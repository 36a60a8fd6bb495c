package timex

import "strings"

// The sentence around an expression: where it starts and ends, and which
// way its tense points, so that "Thursday" or "January" without a year
// resolve to the nearest one in that direction.

// sentenceStart reports whether token i opens a sentence (or the window).
func (p *dateParser) sentenceStart(i int) bool {
	if i <= 0 {
		return true
	}
	return p.isBoundary(i - 1)
}

// isBoundary reports whether token k ends a sentence.
func (p *dateParser) isBoundary(k int) bool {
	t := p.t(k)
	if t.kind != dtPunct {
		return false
	}
	if !dSentenceMark(p.text, *t) {
		w := p.word(k)
		if w == ":" && p.t(k-1).kind == dtNum && p.t(k+1).kind == dtNum && p.joined(k+1) {
			return false // "9:30"
		}
		return w == ":" || w == ";" || w == "\u201c" || w == "\""
	}
	if p.text[t.start] == '.' && k > 0 {
		prev := p.t(k - 1)
		if prev.kind == dtWord && (prev.end-prev.start == 1 || p.lex(k-1) == dlexTitle || p.lex(k-1) == dlexMonthAbbr) {
			return false
		}
	}
	return true
}

// pastOrThis is -1 (the weekend just gone) when the sentence around token i
// is in the past tense, else 0 (this week's weekend).
func (p *dateParser) pastOrThis(i int) int {
	if p.dtense(i, i+2) == tensePast {
		return -1
	}
	return 0
}

// direction is the direction a month, day or weekday written without a
// year at tokens [i, j) points to: the tense of its sentence (dtense),
// except that after a preposition of a deadline ("by August", "until
// May", "through January") inside a sentence it points ahead unless a
// past cue before it says otherwise ("was finished by August") (rule D2).
func (p *dateParser) direction(i, j int) dtense {
	dir := p.dtense(i, j)
	k := p.clockBefore(i)
	if dir == tenseFuture || !p.deadlinePrep(k) || p.sentenceStart(k) {
		return dir // "By March the hull stood": the sentence's verb decides
	}
	if p.pastBefore(k + 1) {
		return tensePast
	}
	return tenseFuture
}

// clockBefore is the token before a day at token i and the clock time
// that leads it ("until 6pm on Monday", "by 10 p.m. Friday"): the token
// before the clock time, or i-1 when no clock time leads the day.
func (p *dateParser) clockBefore(i int) int {
	k := i - 1
	if p.is(k, "on") {
		k--
	}
	m := k
	for n := 0; m >= 0 && n < 6; n++ {
		t := p.t(m)
		if t.kind == dtNum || (t.kind == dtPunct && (p.word(m) == "." || p.word(m) == ":")) ||
			(t.kind == dtWord && (p.is(m, "a") || p.is(m, "p") || p.is(m, "m") || p.is(m, "am") || p.is(m, "pm") || p.lex(m) == dlexNoon)) {
			m--
			continue
		}
		break
	}
	if m == k || p.t(m+1).kind != dtNum && p.lex(m+1) != dlexNoon {
		return i - 1 // no clock time
	}
	return m
}

// deadlinePrep reports whether token k is by, until, till or through.
func (p *dateParser) deadlinePrep(k int) bool {
	return p.is(k, "by") || p.is(k, "until") || p.is(k, "till") || p.is(k, "through")
}

// pastBefore reports whether a past cue comes before token i in its
// sentence, with no future cue nearer.
func (p *dateParser) pastBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 25 && !p.isBoundary(k); k-- {
		switch p.cue(k) {
		case tensePast:
			return !p.inRelativeClause(k, i)
		case tenseFuture:
			return false
		}
	}
	return false
}

// dtense guesses the tense of the sentence around tokens [i, j): the cue
// nearest to the expression wins; future cues are will, shall, 'll, would,
// expected, ...; past cues are past forms of common verbs (said and told
// included: "forecasters said on Saturday"), words in -ed, and
// yesterday/ago/last. Looking ahead stops at a comma while a cue before
// the expression may still be found: what follows the comma is mostly
// another clause, the reporting one above all ("will resume on 3
// January, the company said", "could cut them as early as June, as
// officials weighed"); only when the expression's own clause has no cue
// does the verb after the comma decide ("On Tuesday, the minister said").
func (p *dateParser) dtense(i, j int) dtense {
	const reach = 25
	back, ahead := i, j
	comma := -1 // the token after the first comma ahead, where looking ahead paused
	for d := 1; d <= reach; d++ {
		if k := i - d; k >= 0 && back >= 0 {
			// (A boundary is a mark, a clause join and a cue are words:
			// the kind tells most tokens without a call.)
			switch kind := p.toks[k].kind; {
			case kind == dtPunct && p.isBoundary(k), kind == dtWord && p.clauseJoin(k):
				back = -1 // stop looking back
			case kind == dtWord:
				if t := p.cue(k); t != tenseNone && !p.inRelativeClause(k, i) {
					return t
				}
			}
		}
		if k := j + d - 1; k < len(p.toks) && k >= j && ahead >= 0 && comma < 0 {
			switch {
			case p.isBoundary(k):
				ahead = -1
			case p.word(k) == "," || ((p.is(k, "and") || p.is(k, "but")) && p.verbAfter(k+1)):
				comma = k + 1 // "will close 40 stores by June and has not raised ..."
			default:
				if t := p.cue(k); t != tenseNone {
					return t
				}
			}
		}
	}
	if ahead < 0 || comma < 0 || p.inRelativeOpen(i) {
		return tenseNone // "The company, which reports on Aug. 25, said": not the main verb's
	}
	for k := comma; k < len(p.toks) && k < j+reach; k++ {
		if p.isBoundary(k) {
			break
		}
		if t := p.cue(k); t != tenseNone {
			return t
		}
	}
	return tenseNone
}

// clauseJoin reports whether token k joins two clauses, ", and" or ",
// but": the verbs before it are another clause's ("were published last
// year, and on Tuesday a museum will open": rule D2).
func (p *dateParser) clauseJoin(k int) bool {
	return p.word(k-1) == "," && (p.is(k, "and") || p.is(k, "but")) // (the comma first: it tells most words without a call)
}

// inRelativeClause reports whether token k, before token i, sits in a
// relative clause set off by commas that closes before i ("The bank, which
// meets every six weeks, cut rates in August"): its verb says nothing of
// the tense around i.
func (p *dateParser) inRelativeClause(k, i int) bool {
	closed := false
	for m := k + 1; m < i && !closed; m++ {
		closed = p.word(m) == ","
	}
	if !closed {
		return false
	}
	for m := k - 1; m >= 0 && k-m <= 12 && !p.isBoundary(m); m-- {
		if p.word(m) == "," {
			return p.is(m+1, "which") || p.is(m+1, "who")
		}
	}
	return false
}

// verbAfter reports whether token k opens a verb phrase: an auxiliary
// or a tense cue ("and has not raised", "but will").
func (p *dateParser) verbAfter(k int) bool {
	if p.cue(k) != tenseNone {
		return true
	}
	for _, w := range auxiliaries {
		if p.is(k, w) {
			return true
		}
	}
	return false
}

// auxiliaries are the present forms of be, have and do.
var auxiliaries = [...]string{"is", "are", "has", "have", "does", "do"}

// inRelativeOpen reports whether token i sits in a relative clause set
// off by a comma before it (", which ...", ", who ..."), with no comma
// between: the verb after the clause's closing comma is the main clause's.
func (p *dateParser) inRelativeOpen(i int) bool {
	for m := i - 1; m >= 0 && i-m <= 15 && !p.isBoundary(m); m-- {
		if p.word(m) == "," {
			return p.is(m+1, "which") || p.is(m+1, "who")
		}
	}
	return false
}

// cue is the tense token k signals.
func (p *dateParser) cue(k int) dtense {
	t := p.t(k)
	if t.kind != dtWord {
		return tenseNone
	}
	switch t.lex {
	case dlexPast:
		if p.is(k-1, "be") {
			return tenseNone // "will be paid in January": the auxiliary decides
		}
		if t.val == 1 {
			return p.ambiguousPast(k)
		}
		return tensePast
	case dlexAgo:
		return tensePast
	case dlexFuture:
		// "had been scheduled to expire Friday" looked ahead from the past.
		if p.is(k-1, "had") || p.is(k-1, "been") || p.is(k-2, "had") {
			return tensePast
		}
		return tenseFuture
	case dlexDeictic:
		if t.val < 0 {
			return tensePast
		}
		if t.val == 1 {
			return tenseFuture
		}
	case dlexRel:
		if t.val == relLast {
			return tensePast
		}
		if t.val == relNext || t.val == relComing {
			return tenseFuture
		}
	case dlexPrep:
		if p.is(k, "to") && (p.is(k-1, "is") || p.is(k-1, "are")) && p.t(k+1).kind == dtWord && p.lex(k+1) == dlexNone {
			return tenseFuture // "is to resume trading Tuesday": an arrangement ahead
		}
		if p.is(k, "to") && (p.is(k-2, "is") || p.is(k-2, "are")) && p.raising(k-1) && p.t(k+1).kind == dtWord {
			return tenseFuture // "is forecast to move", "are likely to rise"
		}
	case dlexNone:
		if p.scheduledPresent(k) {
			return tenseFuture // "The team holds a walkthrough Saturday morning"
		}
		w := p.word(k)
		if len(w) >= 5 && !t.upper && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' && !strings.HasSuffix(w, "eed") {
			switch w {
			case "hundred", "united", "related", "based", "limited", "interested", "concerned", "involved", "supposed", "used":
				return tenseNone
			}
			if p.is(k-1, "be") {
				return tenseNone // "will be sentenced": the auxiliary decides
			}
			if p.perfectPassiveFor(k) {
				return tenseFuture // "the trial has been fixed for 5 October"
			}
			if p.is(k-1, "is") || p.is(k-1, "are") {
				// A present passive: "a hearing is listed for 12 December"
				// is arranged ahead; "are based in" says nothing.
				if p.is(k+1, "for") {
					return tenseFuture
				}
				return tenseNone
			}
			return tensePast
		}
	}
	return tenseNone
}

// perfectPassiveFor reports whether the participle at token k is a
// present perfect passive before "for": "has been fixed for 5 October",
// "have been scheduled for Monday" arrange a time ahead, as "is listed
// for" does (rule D2).
func (p *dateParser) perfectPassiveFor(k int) bool {
	return p.is(k-1, "been") && (p.is(k-2, "has") || p.is(k-2, "have")) && p.is(k+1, "for")
}

// sentenceHas reports whether a token of the sentence around [i, j)
// satisfies f.
func (p *dateParser) sentenceHas(i, j int, f func(int) bool) bool {
	const reach = 40
	for k := i - 1; k >= 0 && k >= i-reach && !p.isBoundary(k); k-- {
		if f(k) {
			return true
		}
	}
	for k := i; k < len(p.toks) && k < j+reach; k++ {
		if k >= j && p.isBoundary(k) {
			break
		}
		if f(k) {
			return true
		}
	}
	return false
}

// presentSubjects are the words before an ambiguous past form that make it
// a present or an infinitive: "they cut", "do not cut", "can cut".
var presentSubjects = [...]string{"not", "t", "do", "does", "we", "they", "you", "i", "can", "must", "may"}

// ambiguousPast is the tense of a form that is past, present and
// infinitive at once ("cut", "set", "hit", "put"), at token k (rule D2):
// none as a noun ("the cut", "a set of"), after "to" or "not", or in a
// plural present ("they cut"); the modal's after one ("will cut rates in
// December"); ahead in a present passive before "for" ("a hearing is set
// for Monday"); else past ("The bank cut rates in December").
func (p *dateParser) ambiguousPast(k int) dtense {
	prev := p.t(k - 1)
	switch {
	case prev.lex == dlexFuture || (p.is(k+1, "to") && p.t(k+2).kind == dtWord && p.lex(k+2) == dlexNone):
		return tenseFuture // "will cut", "is set to resume"
	case prev.lex == dlexThe || prev.lex == dlexA || prev.lex == dlexPrep:
		return tenseNone
	case p.perfectPassiveFor(k):
		return tenseFuture // "a hearing has been set for Monday"
	case p.is(k-1, "is") || p.is(k-1, "are"):
		// A present passive: "is set for Monday" is arranged ahead;
		// "are cut each year" says nothing.
		if p.is(k+1, "for") {
			return tenseFuture
		}
		return tenseNone
	}
	for _, w := range presentSubjects {
		if p.is(k-1, w) {
			return tenseNone
		}
	}
	for _, w := range nounDeterminers {
		if p.is(k-1, w) {
			return tenseNone // "one more cut", "its first cut": a noun
		}
	}
	return tensePast
}

// nounDeterminers are the words before an ambiguous past form that make
// it a noun: quantifiers and possessives ("one more cut", "another set",
// "its first hit").
var nounDeterminers = [...]string{"more", "another", "one", "its", "their", "his", "her", "our", "any", "no", "each", "every", "first", "second", "next", "latest", "rate", "tax"}

// raisingWords are the words between "is" and "to" that look ahead: "is
// forecast to move late Saturday", "are likely to rise in May" (the
// raising adjectives and participles of English that say what will be).
var raisingWords = [...]string{"forecast", "likely", "unlikely", "set", "due", "poised", "scheduled", "expected", "slated", "planned", "going", "about", "bound", "certain", "sure", "predicted", "projected", "tipped"}

// raising reports whether token k is one of raisingWords.
func (p *dateParser) raising(k int) bool {
	for _, w := range raisingWords {
		if p.is(k, w) {
			return true
		}
	}
	return false
}
