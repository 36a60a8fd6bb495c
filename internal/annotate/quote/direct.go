package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rule for short quoted terms (see the package doc): isDirect keeps
// the stretches that read as someone's words.

// isDirect applies the rule for short quoted terms (see the package doc)
// to candidate c.
func (e *quoteEngine) isDirect(c int) bool {
	q := &e.cands[c]
	a := &e.attrs[c]
	inner := q.inner.Of(e.text)
	words, comma := countWords(inner)
	if !hasLetter(inner) || q.span.Start > 0 && e.text[q.span.Start-1] == '=' {
		return false // numbers, or an HTML attribute value
	}
	if q.unclosed || q.lastPara != q.para {
		return true // Q4
	}
	if e.afterTitleWord(q.span.Start) {
		return false // Q13: "a paper entitled “…”", "the family motto, “…”"
	}
	first, _ := utf8.DecodeRuneInString(trimLeftMarks(inner))
	lower := isLowerStart(string(first))
	if !lower && e.runsOn(q.span.End, inner) && !(a.adjacent && a.basis == basisColon) {
		// Q10: the reporter's sentence goes on after it; not after a name
		// and a colon, as a headline quotes: "Marsh: ‘I will not resign’
		// as inquiry opens".
		return false
	}
	if !lower && words >= 2 && !a.adjacent && (allCapitalised(inner) || headlineCase(inner)) {
		return false // Q9: a title or headline in title case
	}
	if a.pre == preParaStart && !a.adjacent && q.span.End == e.paras[q.para].End && !endsWithClause(inner) {
		return false // a paragraph of quoted words without punctuation: a subheading
	}
	if a.pre == preParaStart && (words >= 2 || a.adjacent) {
		return true // Q5
	}
	if a.pre == preThat {
		return false // Q9: "she said that “…”": reported speech with quoted words
	}
	if !lower && a.pre == preWord && isTitleCase(inner) {
		return false // "appearing on “Meet the Press,” Smith said"
	}
	if a.adjacent && (!lower || a.pre == preSetOff || a.pre == preSentenceEnd) {
		return true // Q6
	}
	if !lower && (words >= 4 || words >= 2 && endsWithStop(e.text, q.span)) {
		return true // Q7
	}
	if !lower && words == 1 && endsWithStop(e.text, q.span) && (a.pre == preParaStart || a.pre == preSentenceEnd) && e.dialogueLines >= 2 {
		return true // Q12: a line of one word ("Sit.") in a text written as a novel's dialogue
	}
	if lower && a.pre == preWord && a.hasCue && a.ent >= 0 && words >= 3 && endsWithSentence(inner) && e.cueVerbJustBefore(a, q.span.Start) {
		return true // Q11: Ann Marsh said “we are not there yet.”
	}
	if a.hasCue && a.ent >= 0 && words >= 7 && comma && !endsWithClause(inner) {
		return true // Q8
	}
	return false
}

// runsOn reports whether the reporter's sentence goes on after a quoted
// stretch that opens with a capital and ends at end (Q10): its words end with no punctuation and the
// next word, on the same line, is a lowercase word that is neither a cue,
// a subject pronoun nor a determiner opening the speaker ("…” he said,
// "…” said Ann Marsh, "…” the mayor said). “Boots on the ground” would
// be wise; “We will look at it” if elected: the quoted words are part of
// the reporter's sentence, a partial quote, not someone's whole words.
// Source: AP Stylebook, "quotation marks" (partial quotes run into the
// writer's sentence; a full quote is set off by a comma or ends it).
func (e *quoteEngine) runsOn(end int, inner string) bool {
	if endsWithClause(inner) || endsWithSentence(inner) || endsWithAny(inner, ":;…") || holdsSentenceEnd(inner) {
		return false // (whole sentences before the last are someone's words)
	}
	i := end
	for i < len(e.text) && e.text[i] == ' ' {
		i++
	}
	if i == end || i >= len(e.text) || e.text[i] < 'a' || e.text[i] > 'z' {
		return false
	}
	j := i
	for j < len(e.text) && (e.text[j] >= 'a' && e.text[j] <= 'z' || e.text[j] == '-') {
		j++
	}
	return lookupWordAt(e.text, i, j)&(wcCueWord|wcSubjectPronoun|wcDeterminer) == 0
}

// holdsSentenceEnd reports whether s holds the end of a sentence before
// its last words: . ? ! and a space before a capital.
func holdsSentenceEnd(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' && isUpperByte(s[i+2]) {
			return true
		}
	}
	return false
}

// endsWithAny reports whether s, before any closing marks, ends with one
// of the runes of set.
func endsWithAny(s, set string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case ' ', '\'', '’', '"', '”':
			s = s[:len(s)-size]
			continue
		}
		return strings.ContainsRune(set, r)
	}
	return false
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// allCapitalised reports whether every word of s that starts with a letter
// starts with a capital.
func allCapitalised(s string) bool {
	ok := true
	eachWord(s, func(w string) bool {
		r, _ := utf8.DecodeRuneInString(trimLeftMarks(w))
		ok = !unicode.IsLetter(r) || unicode.IsUpper(r)
		return ok
	})
	return ok
}

// headlineCase reports whether every word of four letters or more in s
// starts with a capital, and there are at least two: "Like an Open Orchid."
func headlineCase(s string) bool {
	long, ok := capitalisedLongWords(s)
	return ok && long >= 2
}

// capitalisedLongWords counts the words of four letters or more in s and
// reports whether each of them starts with a capital.
func capitalisedLongWords(s string) (long int, ok bool) {
	ok = true
	eachWord(s, func(w string) bool {
		if len(w) >= 4 {
			long++
			ok = isUpper(trimLeftMarks(w))
		}
		return ok
	})
	return long, ok
}

// isTitleCase reports whether every word of four letters or more in s
// starts with a capital and s does not end like a sentence: the title of a
// book, a show or a slogan, not someone's words.
func isTitleCase(s string) bool {
	if endsWithSentence(s) {
		return false
	}
	long, ok := capitalisedLongWords(s)
	return ok && long >= 1
}

// eachWord calls f with each space-separated word of s until f returns
// false.
func eachWord(s string, f func(string) bool) {
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' {
			j++
		}
		if j > i && !f(s[i:j]) {
			return
		}
		i = j
	}
}

// endsWithSentence reports whether s ends with . ? ! or … before any
// closing marks.
func endsWithSentence(s string) bool { return endsWithAny(s, ".?!…") }

// countWords counts the words of s, up to eight (no rule needs more), and
// reports whether a comma stands between two of them.
func countWords(s string) (int, bool) {
	n, comma, in := 0, false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\n', '\t', '\r':
			in = false
		case ',':
			comma = comma || i+1 < len(s) && s[i+1] == ' '
		default:
			if !in {
				n++
				in = true
				if n > 8 {
					// Enough words: only a comma is left to find, and
					// strings.Contains finds it faster than this loop.
					return n, comma || strings.Contains(s[i:], ", ")
				}
			}
		}
	}
	return n, comma
}

// trimLeftMarks drops leading spaces, marks and ellipses from s.
func trimLeftMarks(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r == ' ' || r == '.' || r == '…' || r == '\'' || r == '"' || r == '‘' || r == '“' || r == '[' || r == '(' {
			s = s[size:]
			continue
		}
		break
	}
	return s
}

// endsWithClause reports whether a quote's words end with , ? ! — the way
// a quoted sentence hands over to its attribution.
func endsWithClause(inner string) bool {
	for len(inner) > 0 {
		r, size := utf8.DecodeLastRuneInString(inner)
		switch r {
		case ' ', '\'', '’', '"':
			inner = inner[:len(inner)-size]
			continue
		case ',', '?', '!', '—', '–', '-', '.':
			return true
		}
		return false
	}
	return false
}

// cueVerbJustBefore reports whether the cue of a is a verb of saying,
// not a weak one ("called", "described"), that stands right before the
// opening mark at start, with only spaces between: "said “we are not
// there yet.”" (Q11).
func (e *quoteEngine) cueVerbJustBefore(a *attribution, start int) bool {
	if a.cue.empty() || int(a.cue.end) > start {
		return false
	}
	for i := int(a.cue.end); i < start; i++ {
		if e.text[i] != ' ' {
			return false
		}
	}
	inf := lookupWordAt(e.text, int(a.cue.start), int(a.cue.end))
	return inf&wcCueWord != 0 && inf.cueFlags()&cueWeak == 0
}
