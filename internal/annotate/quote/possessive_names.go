package quote

import "strings"

// Names that end in a possessive ’s (rule S15): a firm named after its
// founder in the genitive ("Sainsbury's", "McDonald's", "Fernley's") is
// written as a possessive, but when a cue verb follows it straight away
// ("Sainsbury's said in a statement", "McDonald's told investors") there is
// nothing for it to possess: the word with its ’s is the subject's name.
// (A person's "’s" before a cue is "has", "Trump's said", whose subject is
// the person: their name ends before the ’s.) Source: the house style of
// British business pages for such firms ("Sainsbury's", not
// "Sainsbury"; the Guardian and Observer style guide, "apostrophes").

// nameThePossessiveFirms clears the possessive of each capitalised word
// of ts that a past cue verb follows in its sentence, and takes the ’s into the
// span of a word that is a name alone (no capitalised word before it, no
// known given name): the firm, an organisation (names.go).
func nameThePossessiveFirms(text string, ts []token) {
	for i := 0; i+1 < len(ts); i++ {
		t := &ts[i]
		if !t.poss || !t.upper || t.kind != tokWord || ts[i+1].sent != t.sent || !isPastCue(text, ts[i+1]) {
			continue
		}
		t.poss = false
		alone := i == 0 || ts[i-1].kind != tokWord || !ts[i-1].upper || ts[i-1].sent != t.sent
		if _, given := firstNamesLex.get(t.Of(text)); alone && !given {
			t.End += possessiveLen(text, t.End)
		}
	}
}

// endsInPossessive reports whether word token t's span ends in a ’s
// (taken in by nameThePossessiveFirms).
func endsInPossessive(text string, t token) bool {
	w := t.Of(text)
	return len(w) > 2 && w[len(w)-1]|0x20 == 's' && (w[len(w)-2] == '\'' || strings.HasSuffix(w[:len(w)-1], "’"))
}

// isPastCue reports whether t is a cue verb in the past tense ("said",
// "told", "added"), which no noun is: "Trump's comments", "the IG's
// report" are a possessor and a noun of speech.
func isPastCue(text string, t token) bool {
	w := t.Of(text)
	return isCue(text, t) && !t.upper && (w == "said" || strings.HasSuffix(w, "ed") || isIrregularPast(w))
}

// possessiveLen is the length of the ’s or 's at i, or 0.
func possessiveLen(text string, i int) int {
	switch {
	case len(text) >= i+2 && text[i] == '\'' && text[i+1]|0x20 == 's':
		return 2
	case len(text) >= i+len("’s") && text[i:i+len("’")] == "’" && text[i+len("’")]|0x20 == 's':
		return len("’s")
	}
	return 0
}
