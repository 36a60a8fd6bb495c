package quote

import (
	"strings"
	"unicode/utf8"
)

// Roles: the title or description an article gives a named person, kept as
// the speaker's role and indexed by its head noun, so that a later "the
// mayor" or "the former secretary" is the same speaker (rule S3).
//
// S4 (where a role is written, from the AP Stylebook's "titles" entry and
// the Reuters Handbook of Journalism on titles): a formal title capitalised
// before the name ("Mayor Ray Olsen", "Secretary of State Ann Marsh"); a
// lowercase description before the name ("former Senate aide Dana
// Whitfield", "Ukraine's president Volodymyr Zelenskiy"); an appositive
// after it ("Luis Ortega, the affable proprietor,", "Ann Lee, a
// doctor,") or before it ("the mayor, Ray Olsen,").

// maxRoleWords bounds the words of a description before or after a name.
const maxRoleWords = 7

// roleOf finds the role of the name run ts[runFrom..to], whose name proper
// starts at nameFrom (after its titles). It returns the role's span and
// the token of its head noun, or -1 when the text gives no role.
func (e *quoteEngine) roleOf(ts []token, runFrom, nameFrom, to int) (span32, int) {
	// Titles in the run, with the role modifiers before them ("Former
	// Secretary of State"), but not a sentence opener ("But Mayor").
	from, end, head := runFrom, -1, -1
	for from < nameFrom && ts[from].is(wcNotName) && !ts[from].is(wcRoleModifier) {
		from++
	}
	for k := from; k < nameFrom; k++ {
		if ts[k].kind == tokWord && (isTitle(e.text, ts[k]) || ts[k].is(wcRoleNoun)) {
			if head < 0 && isCourtesyTitle(ts[k].Of(e.text)) {
				from = k + 1 // "Mr", "Ms": no role
				continue
			}
			if g, _ := wcTitle.genderOf(ts[k].info); head >= 0 && k == nameFrom-1 && g != genderUnknown {
				end = k - 1 // "General Sir Henry Lisle": an honour after a rank is no role (Debrett's: rank, then title)
				continue
			}
			head, end = k, nameFrom-1
		}
	}
	if head < 0 && nameFrom-from >= 2 && ts[nameFrom-1].kind == tokWord && !isCourtesyTitle(ts[nameFrom-1].Of(e.text)) {
		// Capitalised words the lists do not hold before the given name
		// (givenNameInside): "Washington Managing Editor Bill Sammon".
		head, end = nameFrom-1, nameFrom-1
	}
	// A description before the run: words back to a determiner, a
	// function word, a cue or punctuation, ending in a role noun.
	if b := e.descriptionBefore(ts, runFrom); b >= 0 {
		from = b
		if head < 0 {
			head, end = runFrom-1, runFrom-1
		}
	}
	if head >= 0 {
		return span32{int32(ts[from].Start), int32(ts[end].End)}, head
	}
	// "Ortega, the affable proprietor," and "the mayor, Ray Olsen,".
	if s, h := e.appositiveAfter(ts, to); h >= 0 {
		return s, h
	}
	if s, h := e.appositiveBefore(ts, runFrom); h >= 0 {
		return s, h
	}
	return e.knownAsBefore(ts, runFrom)
}

// knownAsBefore reads "the base chief known as " before the name starting
// at token at (S10): a role noun phrase, "known as", "named" or "called",
// and the name, with or without a comma before the verb, is one person
// ("the station chief, known as Bob,"). It returns the phrase's span and
// its head, or -1.
func (e *quoteEngine) knownAsBefore(ts []token, at int) (span32, int) {
	k := at - 1
	if k >= 1 && ts[k].kind == tokWord && lowerEq(ts[k].Of(e.text), "as") && ts[k-1].kind == tokWord && lowerEq(ts[k-1].Of(e.text), "known") {
		k -= 2
	} else if k >= 0 && ts[k].kind == tokWord && (lowerEq(ts[k].Of(e.text), "named") || lowerEq(ts[k].Of(e.text), "called")) {
		k--
	} else {
		return span32{}, -1
	}
	if k >= 0 && isComma(e.text, ts[k]) {
		k--
	}
	if k < 1 || !e.isRoleHead(ts[k]) || ts[k].sent != ts[at].sent {
		return span32{}, -1
	}
	for j := k - 1; j >= 0 && k-j <= maxRoleWords && ts[j].kind == tokWord && ts[j].sent == ts[at].sent; j-- {
		if ts[j].is(wcDeterminer) && !isPossessivePronoun(ts[j].Of(e.text)) {
			return span32{int32(ts[j].Start), int32(ts[k].End)}, k
		}
		if isCue(e.text, ts[j]) || isFunctionWord(e.text, ts[j]) || isPossessivePronoun(ts[j].Of(e.text)) {
			break
		}
	}
	return span32{}, -1
}

// descriptionBefore returns the first token of the description that ends
// just before token at ("former Senate aide" before "Dana Whitfield"), or -1.
func (e *quoteEngine) descriptionBefore(ts []token, at int) int {
	k := at - 1
	if k < 0 || !e.isRoleHead(ts[k]) || ts[k].sent != ts[at].sent {
		return -1
	}
	from := k
	for j := k - 1; j >= 0 && k-j < maxRoleWords && ts[j].kind == tokWord && ts[j].sent == ts[at].sent; j-- {
		t := ts[j]
		if t.is(wcDeterminer) || isCue(e.text, t) || t.is(wcNotName) && !t.is(wcRoleModifier) ||
			hasDigit(t.Of(e.text)) || strings.ContainsRune(e.text[t.End:ts[j+1].Start], '\n') {
			break
		}
		from = j
	}
	return from
}

// appositiveAfter reads ", the affable proprietor," after the name ending
// at token to: a determiner, then up to maxRoleWords words with no cue,
// ending at a comma or the sentence's end, headed by a role noun or an
// agent noun. It returns the phrase's span and its head, or -1.
func (e *quoteEngine) appositiveAfter(ts []token, to int) (span32, int) {
	k := to + 1
	if k+2 >= len(ts) || !isComma(e.text, ts[k]) || ts[k+1].kind != tokWord || !ts[k+1].is(wcDeterminer) || ts[k+1].sent != ts[to].sent {
		return span32{}, -1
	}
	head := -1
	end := k + 1
	for j := k + 2; j < len(ts) && j-k <= maxRoleWords+1; j++ {
		t := ts[j]
		if t.kind != tokWord || t.sent != ts[to].sent {
			if isComma(e.text, t) || t.kind == tokPunct && t.sent != ts[to].sent || t.kind == tokPunct && e.text[t.Start] == '.' {
				break
			}
			return span32{}, -1
		}
		if isCue(e.text, t) || isFunctionWord(e.text, t) {
			break
		}
		end = j
	}
	if end == k+1 {
		return span32{}, -1
	}
	if e.isRoleHead(ts[end]) {
		head = end
	}
	if head < 0 {
		return span32{}, -1
	}
	return span32{int32(ts[k+1].Start), int32(ts[end].End)}, head
}

// appositiveBefore reads "the mayor, " before the name starting at token
// at: a determiner and up to maxRoleWords words ending in a role noun.
func (e *quoteEngine) appositiveBefore(ts []token, at int) (span32, int) {
	k := at - 1
	if k < 2 || !isComma(e.text, ts[k]) {
		return span32{}, -1
	}
	// "The mayor of Riverside, Angela Moreno": the head is before "of".
	h := k - 1
	for h > 1 && h > k-4 && ts[h].kind == tokWord && ts[h].upper {
		h--
	}
	if h < k-1 && !(ts[h].kind == tokWord && lowerEq(ts[h].Of(e.text), "of")) {
		h = k - 1
	} else if h < k-1 {
		h--
	}
	if !e.isRoleHead(ts[h]) {
		return span32{}, -1
	}
	for j := h - 1; j >= 0 && h-j <= maxRoleWords && ts[j].kind == tokWord && ts[j].sent == ts[at].sent; j-- {
		if isPossessivePronoun(ts[j].Of(e.text)) && !lowerEq(ts[j].Of(e.text), "its") {
			break // "His wife, Ann Marsh": a relation to someone, not a role ("its secretary, Edward Pryce," is one: the body's)
		}
		if ts[j].is(wcDeterminer) || ts[j].poss {
			// "the chief negotiator, Lena Fischer", "Fischer's deputy,
			// Marc Dubois".
			return span32{int32(ts[j].Start), int32(ts[k-1].End)}, h
		}
		if isCue(e.text, ts[j]) || isFunctionWord(e.text, ts[j]) {
			break
		}
	}
	return span32{}, -1
}

// isRoleHead reports whether t is a lowercase noun that can head a
// person's role: on the role-noun list, or an agent noun.
func (e *quoteEngine) isRoleHead(t token) bool {
	if t.kind != tokWord || t.upper || t.poss || isFunctionWord(e.text, t) || isCue(e.text, t) {
		return false
	}
	return t.is(wcRoleNoun) || isAgentNoun(t.Of(e.text)) && !t.is(wcNotAgentNoun)
}

// isAgentNoun reports whether w ends like a noun for a person who does
// something (proprietor, organiser, economist, historian, resident,
// fisherman, chairperson).
func isAgentNoun(w string) bool {
	if len(w) < 5 || strings.HasSuffix(w, "ment") {
		return false // (a statement, the government)
	}
	for _, suf := range [...]string{"er", "or", "ist", "ian", "ant", "ent", "man", "person"} {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// isCourtesyTitle reports whether w is a courtesy title, which says how
// to address a person but gives no role (AP Stylebook, "courtesy titles";
// the Guardian style guide, "honorifics"; India's Shri and Smt.).
func isCourtesyTitle(w string) bool {
	w = strings.TrimSuffix(w, ".")
	var buf [8]byte // the longest title in ASCII, "monsieur"
	lw, ascii := "", true
	for i := 0; i < len(w); i++ {
		ascii = ascii && w[i] < utf8.RuneSelf
	}
	switch {
	case !ascii:
		lw = strings.ToLower(w) // "Señor", "SEÑORA"
	case len(w) > len(buf):
		return false
	default:
		lw = string(appendLower(buf[:0], w)) // (no allocation: compared only)
	}
	switch lw {
	case "mr", "mrs", "ms", "miss", "mx", "mister", "madam", "madame", "monsieur", "herr", "frau", "señor", "señora", "shri", "smt", "shrimati", "sushri":
		return true
	}
	return false
}

// hasDigit reports whether w holds an ASCII digit.
func hasDigit(w string) bool { return strings.ContainsAny(w, "0123456789") }

// isComma reports whether t is a comma.
func isComma(text string, t token) bool { return t.kind == tokPunct && text[t.Start] == ',' }

// orgTypeOf returns the organisation noun the text introduces the
// organisation named from token runFrom to token to with (S11): a
// lowercase one just before it ("the utility BC Hydro", "carrier
// Skyward Air") or heading an appositive after it ("BC Hydro, the
// province's utility,"); or -1. A later "the utility" is then that
// organisation (S3).
func (e *quoteEngine) orgTypeOf(ts []token, runFrom, to int) int {
	isType := func(t token) bool {
		return t.kind == tokWord && !t.upper && !t.poss && t.is(wcOrgNoun) && !t.is(wcRoleNoun)
	}
	if k := runFrom - 1; k >= 0 && isType(ts[k]) && ts[k].sent == ts[to].sent {
		return k
	}
	k := to + 1
	if k+2 >= len(ts) || !isComma(e.text, ts[k]) || ts[k+1].kind != tokWord || !(ts[k+1].is(wcDeterminer) || ts[k+1].poss) {
		return -1
	}
	end := -1
	for j := k + 1; j < len(ts) && j-k <= maxRoleWords+1 && ts[j].sent == ts[to].sent; j++ {
		t := ts[j]
		if t.kind != tokWord {
			if isComma(e.text, t) || t.kind == tokPunct && e.text[t.Start] == '.' {
				break
			}
			return -1
		}
		if j > k+1 && (isCue(e.text, t) || isFunctionWord(e.text, t) && !t.poss) {
			return -1
		}
		end = j
	}
	if end > k+1 && isType(ts[end]) {
		return end
	}
	return -1
}
