package quote

import "github.com/newsroom/annotator/internal/annotate/core"

// cueFlags says how a cue word attributes a quote.
type cueFlags uint8

const (
	// cueInverts: the speaker may follow the verb ("…,” said Mr Smith).
	cueInverts cueFlags = 1 << iota
	// cueHearer: the noun phrase after the verb is the hearer, never the
	// speaker ("told Mr Trump").
	cueHearer
	// cueObject: the speaker follows the cue ("according to Mr Smith").
	cueObject
	// cueWeak: a thought verb or one that often means something else
	// ("believes", "expressed", "called"); its speaker is only ever the
	// subject before it, never a noun phrase after it.
	cueWeak
)

// cueAt reports whether the words starting at token k of ts form a cue,
// and how many tokens it takes.
func cueAt(text string, ts []token, k int) (n int, flags cueFlags, ok bool) {
	t := &ts[k]
	if !t.is(wcCueWord | wcCuePhrase) { // most tokens: one well-predicted test
		return 0, 0, false
	}
	if c := text[t.Start]; t.is(wcCueWord) && 'a' <= c && c <= 'z' {
		return 1, t.info.cueFlags(), true
	}
	if t.is(wcCuePhrase) && k+1 < len(ts) && ts[k+1].kind == tokWord && (lowerEq(ts[k+1].Of(text), "to") || lowerEq(ts[k+1].Of(text), "of")) {
		return 2, cueObject, true
	}
	return 0, 0, false
}

// appendLower appends s to dst with ASCII letters lowered.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// lowerEq reports whether s equals the lower-case word w, ignoring ASCII case.
func lowerEq(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// cueEvent is a cue word with the speaker it names.
type cueEvent struct {
	cue      core.Span
	tok      int // token index of the cue in its paragraph
	subjFrom int // token range of the speaker noun phrase
	subjTo   int
	ent      int // speaker entity, -1 if none
	flags    cueFlags
	right    bool // the speaker follows the cue
	pronoun  bool // the speaker is a pronoun, resolved (pronouns.go)
}

// findCues finds the cue events of a paragraph's tokens.
func (e *quoteEngine) findCues(para int, ts []token, refs []nameRef, evs []cueEvent) []cueEvent {
	text := e.text
	e.curEvs, e.curRefs = evs[:0], refs
	for k := 0; k < len(ts); k++ {
		for k < len(ts) && !ts[k].is(wcCueWord|wcCuePhrase) {
			k++ // most tokens: cueAt's first test, in a loop without a call
		}
		if k == len(ts) {
			break
		}
		n, flags, ok := cueAt(text, ts, k)
		if !ok || n == 1 && ts[k].is(wcNounCue) && isNounUse(text, ts, k) || n == 1 && modifiesTitle(text, ts, k) {
			continue
		}
		ev := cueEvent{cue: core.Span{Start: ts[k].Start, End: ts[k+n-1].End}, tok: k, flags: flags, ent: -1}
		if flags&cueObject != 0 {
			if reportsSpeech(ts, evs, k) && !e.quoteBetween(ts, evs[len(evs)-1].tok, k) {
				// "“…,” the Queen said to him that evening, according to
				// Lady Caroline, “…”": after a speech verb with its own
				// subject, "according to" names who reported the words,
				// not who spoke them (the Guardian and Observer style
				// guide, "according to": the source of the report).
				continue
			}
			e.subjectRight(para, ts, refs, k+n, &ev)
		} else {
			e.subjectLeft(para, ts, refs, k, &ev)
			if ev.ent >= 0 && ev.subjFrom > 0 && lowerEq(ts[ev.subjFrom-1].Of(text), "to") {
				ev.ent, ev.pronoun = -1, false // "His letters to his son suggest": the object of "to" is not the verb's subject (but "with Ana Ruiz adding" names the subject)
			}
			// Inversion ("…,” said Mr Smith) follows a quote or a comma;
			// elsewhere the words after a verb are its object.
			if ev.ent < 0 && flags&cueInverts != 0 && (afterQuote(ts, k) || afterCommaBeforeName(text, ts, refs, k, n)) && !isParticiple(ts[k].Of(text)) {
				e.subjectRight(para, ts, refs, k+n, &ev)
			}
			if ev.ent < 0 && e.coordinated(ts, k) {
				e.coordinatedSubject(para, ts, refs, k, &ev)
			}
			if ev.ent < 0 && (isParticiple(ts[k].Of(text)) || e.coordinated(ts, k)) {
				e.participleSubject(para, ts, refs, evs, k, &ev)
			}
			if ev.ent >= 0 && ts[k].is(wcPassiveHearer) && e.passive(ts, k) {
				// A8: "Whitfield was asked, “…?”": the subject is the one
				// asked; the question is nobody's the text names, unless
				// "by" names the one who asked ("was asked by host Bill
				// Maher, “…?”").
				ev.ent, ev.pronoun = -1, false
				if k+n+1 < len(ts) && ts[k+n].kind == tokWord && lowerEq(ts[k+n].Of(text), "by") {
					e.subjectRight(para, ts, refs, k+n+1, &ev)
				}
			}
		}
		if n == 1 && !beganSpeech(text, ts, k, &ev) {
			continue
		}
		if w := ts[k].Of(text); ev.ent >= 0 && len(w) > 6 && lowerEq(w[:6], "testif") && !e.cl.ents[ev.ent].org {
			// S18 (news12): the person a cue says testified is "the
			// witness" on second reference, until another testifies
			// (court reporting: a witness is one who gives evidence).
			e.cl.indexRole(ev.ent, "witness")
		}
		evs = append(evs, ev)
		e.curEvs = evs
		k += n - 1
	}
	return evs
}

// passive reports whether the cue at k is a passive participle: a form
// of "be" before it, with adverbs between ("was asked", "is often told").
func (e *quoteEngine) passive(ts []token, k int) bool {
	j := k - 1
	for j >= 0 && ts[j].kind == tokWord && isLyAdverb(e.text, ts[j]) {
		j--
	}
	if j < 0 || ts[j].kind != tokWord {
		return false
	}
	switch w := ts[j].Of(e.text); {
	case lowerEq(w, "was"), lowerEq(w, "were"), lowerEq(w, "is"), lowerEq(w, "are"), lowerEq(w, "been"), lowerEq(w, "being"), lowerEq(w, "be"):
		return true
	}
	return false
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

// afterCommaBeforeName reports whether the cue of n tokens at k follows a
// comma and comes before a name: "The vote is next week, said Bart
// Noyes, an aide." is inverted as after a quote (AP Stylebook, "said":
// the verb before the name when a long title follows).
func afterCommaBeforeName(text string, ts []token, refs []nameRef, k, n int) bool {
	if k == 0 || !isComma(text, ts[k-1]) || k+n >= len(ts) || ts[k+n].sent != ts[k].sent {
		return false
	}
	r := refStartingAt(refs, k+n)
	return r >= 0 && !refs[r].poss
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
	// "a Facebook comment", "an NBC interview": a name between an
	// indefinite article and the cue word modifies a noun.
	if k >= 2 && p.upper && ts[k-2].kind == tokWord {
		if a := ts[k-2].Of(text); lowerEq(a, "a") || lowerEq(a, "an") {
			return true
		}
	}
	// "As one historian put it,", "as the historian of the navy put it,":
	// a person noun before the word is its subject, not an adjective, and
	// "it" set off by a sign after it is the object of the verb of the
	// idiom "put it" (Chicago Manual of Style, "quotations": the writer's
	// words credited to their author); "the claims it made" runs on.
	// A document noun before it is its subject too: "the letter reads",
	// "the report notes" (S6; lists/document-nouns.txt).
	if p.is(wcRoleNoun|wcDocumentNoun) || k+2 < len(ts) && lowerEq(ts[k+1].Of(text), "it") && ts[k+2].kind == tokPunct {
		return false
	}
	return k >= 2 && ts[k-2].kind == tokWord && isPlainNoun(text, p) && !isLyAdverb(text, p) &&
		(ts[k-2].poss || ts[k-2].is(wcDeterminer) && !lowerEq(ts[k-2].Of(text), "that"))
}

// modifiesTitle reports whether the cue word at k, right after another
// cue word, or a cue that is also a noun right after a capitalised word,
// modifies the title or role noun after it: "said state Rep. Colin
// Avery", "said state senator Mary Lee", "Ohio state senator Ann Lee hit
// back" ("state" is no verb there; the cue before it is the cue; news12
// for the capitalised word).
func modifiesTitle(text string, ts []token, k int) bool {
	return k > 0 && k+1 < len(ts) && (isCue(text, ts[k-1]) || ts[k-1].upper && !ts[k].upper && ts[k].is(wcNounCue)) && ts[k-1].sent == ts[k].sent &&
		(isTitle(text, ts[k+1]) || ts[k+1].kind == tokWord && ts[k+1].is(wcRoleNoun))
}

// beganSpeech reports whether the cue word at k, with the subject ev
// found for it, tags a speech: any cue but "began", and "began" when
// nothing follows it in its sentence and a name or a pronoun is its
// subject ("“…,” Hanley began, filling his pipe"; lists/cues.txt). "Began
// previews", "began Sunday", "began to" are starts, not speech, and "the
// email began" is a document's opening words (S6).
func beganSpeech(text string, ts []token, k int, ev *cueEvent) bool {
	if !lowerEq(ts[k].Of(text), "began") {
		return true
	}
	if k+1 < len(ts) && ts[k+1].kind == tokWord && ts[k+1].sent == ts[k].sent {
		return false
	}
	return ev.ent < 0 || ev.pronoun || ts[ev.subjFrom].upper && !ts[ev.subjFrom].is(wcDeterminer)
}

// isParticiple reports whether a cue word is an -ing form ("saying").
func isParticiple(w string) bool { return len(w) > 4 && w[len(w)-3:] == "ing" }

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

// reportsSpeech reports whether the latest cue of evs, before token k in
// its sentence, is a speech verb with a speaker of its own: "the Queen
// said ..., according to ...".
func reportsSpeech(ts []token, evs []cueEvent, k int) bool {
	if len(evs) == 0 {
		return false
	}
	p := evs[len(evs)-1]
	return p.ent >= 0 && p.flags&cueObject == 0 && p.tok < k && ts[p.tok].sent == ts[k].sent
}
