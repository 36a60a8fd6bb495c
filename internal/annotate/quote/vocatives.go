package quote

// Vocatives (A14): a name set off by a comma at the start or the end of a
// sentence of a line ("Walter, you've let him carry his own bag"; "He's
// fine, Susan."; "Doesn't he look thin, Walter?") names the one spoken to,
// not the speaker. So a line with no cue that opens the next paragraph is
// the addressee's answer, and a line with no cue is never its addressee's
// own. Source: the Chicago Manual of Style, "direct address" (the name of
// the person addressed is set off by commas); Sacks, Schegloff and
// Jefferson (1974), turn-taking: the current speaker selects the next by
// addressing them.

// addressee returns the person of the text that quote c addresses by
// name, or -1. The name is one word, capitalised, that the text has
// given a person (a surname, or a given name alone as S14 reads it),
// opening a sentence of the quote before a comma or ending one after a
// comma; up to two capitalised words may stand before it ("Thank you, Dr
// Anwar.").
func (e *quoteEngine) addressee(c int, para int) int {
	in := e.cands[c].inner.Of(e.text)
	start := true // at the start of a sentence of the quote
	prev := ""    // the word before
	for i := 0; i < len(in); {
		if isLetterByte(in[i]) {
			j := i
			for j < len(in) && isWordByte(in[j]) {
				j++
			}
			if start && j < len(in) && in[j] == ',' {
				if ent := e.addressed(in[i:j], para); ent >= 0 {
					return ent
				}
			}
			start, prev = false, in[i:j]
			i = j
			continue
		}
		switch in[i] {
		case '.':
			// Not the period of a title: "Mr. Hale, …" is no address.
			start = !(len(prev) <= 3 && prev != "" && 'A' <= prev[0] && prev[0] <= 'Z')
		case '?', '!':
			start = true
		case ',':
			if ent := e.closingVocative(in[i+1:], para); ent >= 0 {
				return ent
			}
		}
		i++
	}
	return -1
}

// closingVocative reads the words after a comma of a quote: one to three
// capitalised words ending the quote or its sentence (. ? ! or a dash),
// the last a person addressed; or -1.
func (e *quoteEngine) closingVocative(s string, para int) int {
	last := ""
	for n := 0; n < 3; n++ {
		i := 0
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if j == i || !('A' <= s[i] && s[i] <= 'Z') {
			return -1
		}
		last, s = s[i:j], s[j:]
		if s == "" || s[0] == '.' || s[0] == '?' || s[0] == '!' || s[0] == 0xe2 { // 0xe2: a dash or an ellipsis
			return e.addressed(last, para)
		}
		if s[0] != ' ' {
			return -1
		}
	}
	return -1
}

// addressed returns the person a capitalised word w names, or -1.
func (e *quoteEngine) addressed(w string, para int) int {
	if !('A' <= w[0] && w[0] <= 'Z') || lookupWord(w)&(wcNotName|wcSubjectPronoun|wcDeterminer) != 0 {
		return -1
	}
	ent := e.cl.bareSurname(w, genderUnknown, para)
	if ent < 0 {
		ent = e.cl.givenNameAlone(w)
	}
	if ent < 0 {
		return -1
	}
	if en := &e.cl.ents[ent]; en.org || en.place || en.nobody || en.locative {
		return -1
	}
	return ent
}

// isLetterByte reports whether b is an ASCII letter.
func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// isWordByte reports whether b may be part of a word: a letter, an
// apostrophe, or a byte of a non-ASCII letter (not of the punctuation of
// U+2000-U+2BFF, whose UTF-8 starts with 0xe2: dashes, curly marks).
func isWordByte(b byte) bool { return isLetterByte(b) || b == '\'' || b >= 0x80 && b != 0xe2 }

// answersAddress returns the person the latest quote addressed when
// candidate c, with no cue, opens paragraph pi right after it (the
// latest quote ended the paragraph before) and the addressee is not the
// one who spoke it: "“Hanley, tell them about the wolf,” said Evans."
// then "“There was no wolf.”" is Hanley's. Else -1.
func (e *quoteEngine) answersAddress(pi, c int) int {
	p := e.lastQuote
	pi = e.cands[c].para
	if p < 0 || e.attrs[c].pre != preParaStart || e.cands[p].lastPara != pi-1 {
		return -1
	}
	if ent := e.addressee(p, pi); ent >= 0 && ent != int(e.attrs[p].ent) {
		return ent
	}
	return -1
}

// otherSpeaker returns the latest speaker within recentReach paragraphs
// of paragraph pi who is not ent, or -1.
func (e *quoteEngine) otherSpeaker(ent, pi int) int {
	for _, r := range e.recent {
		if r.ent >= 0 && r.ent != ent && pi-r.para <= recentReach {
			return r.ent
		}
	}
	return -1
}
