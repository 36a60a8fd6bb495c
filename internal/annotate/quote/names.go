package quote

import (
	"strings"
	"unicode"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Names: the names of each paragraph, with their titles and roles ("Ukraine's
// president, Volodymyr Zelenskiy"), added to the clusters.

// nameRef is one name found in a paragraph, kept for pronoun resolution.
type nameRef struct {
	ent        int
	para       int
	sent       int32
	first, end int // token range in its paragraph (for the current one only)
	poss       bool
	subj       bool // the speaker of a cue
	fronted    bool // in a subordinate clause that opens its sentence ("When Ann Marsh spoke, …")
	opens      bool // it opens its sentence, or a clause after ", and" (in e.hist)
}

// findNames finds the names of paragraph para's tokens and records them in
// the clusters. It appends to refs and returns it.
func (e *quoteEngine) findNames(para int, ts []token, refs []nameRef) []nameRef {
	text := e.text
	credit := false
	for k := 0; k < len(ts); k++ {
		t := &ts[k] // not copied: a token is 40 bytes
		if credit {
			credit = !(t.kind == tokPunct && text[t.Start] == ')')
			continue
		}
		if !t.upper { // only a word starts with a capital
			if t.kind == tokPunct && (text[t.Start] == ':' || text[t.Start] == '/') && k > 0 && isCreditWord(text, ts[k-1]) {
				credit = true
			}
			continue
		}
		// Collect a run of capitalised words, particles and initials.
		end := k
		for end+1 < len(ts) && !ts[end].poss {
			n := &ts[end+1]
			if n.kind == tokWord && nameGap(text[ts[end].End:n.Start]) && (n.upper || (n.is(wcNameParticle) || joinsProperName(text, ts, end+1) && !hasGivenName(ts, k, end)) && end+2 < len(ts) && ts[end+2].upper) {
				end++
				continue
			}
			// A period after a title or an initial: Sen. Sanders, George W. Bush.
			if n.kind == tokPunct && text[n.Start] == '.' && n.Start == ts[end].End && end+2 < len(ts) &&
				ts[end+2].kind == tokWord && ts[end+2].upper && ts[end+2].sent == n.sent &&
				(isInitials(ts[end].Of(text)) || isTitle(text, ts[end])) {
				end += 2
				continue
			}
			break
		}
		if end+1 < len(ts) && ts[end+1].kind == tokPunct && text[ts[end+1].Start] == '/' && ts[end+1].Start == ts[end].End ||
			k > 0 && ts[k-1].kind == tokPunct && text[ts[k-1].Start] == '/' && ts[k-1].End == t.Start {
			// "(Ryan Remiorz/The Canadian Press)": a photo credit.
			credit = true
			k = end
			continue
		}
		if end+2 < len(ts) && ts[end+1].kind == tokWord && lowerEq(ts[end+1].Of(text), "via") && ts[end+2].upper {
			// "Ana Ruiz via Getty Images": a photo credit, the
			// photographer and the agency; neither is in the story.
			k = end + 2
			for k+1 < len(ts) && ts[k+1].kind == tokWord && ts[k+1].upper {
				k++
			}
			continue
		}
		end = headlineNameEnd(text, ts, k, end)
		e.addNameRun(para, ts, k, end, &refs)
		k = end
	}
	return refs
}

// joinsProperName reports whether ts[k] is "of" or "for" inside a longer
// proper name: after an organisation noun or a title and before a
// capitalised word ("Ministry of Defence", "Secretary of State").
func joinsProperName(text string, ts []token, k int) bool {
	if k < 1 || k+1 >= len(ts) || ts[k].kind != tokWord || ts[k].upper || !ts[k+1].upper || ts[k-1].kind != tokWord {
		return false
	}
	w := ts[k].Of(text)
	return (lowerEq(w, "of") || lowerEq(w, "for")) && ts[k-1].upper && (ts[k-1].is(wcOrgNoun) || isTitle(text, ts[k-1]))
}

// bareSurnameAt is bareSurname for the lone word ts[to], told the gender
// of a pronoun after it (pronounAfter), which is read only when an entity
// has that surname (most lone capitalised words are no known surname).
func (e *quoteEngine) bareSurnameAt(ts []token, to, para int) int {
	w := ts[to].Of(e.text)
	if _, ok := e.cl.byKey.get(keyHash(keyPerson, w)); !ok {
		return -1
	}
	return e.cl.bareSurname(w, e.pronounAfter(ts, to), para)
}

// pronounAfter returns the gender told by a pronoun among the three words
// after token to in its sentence ("Marsh and her aides", "Marsh, who said
// he"), or genderUnknown.
func (e *quoteEngine) pronounAfter(ts []token, to int) gender {
	for k := to + 1; k < len(ts) && k <= to+3 && ts[k].sent == ts[to].sent; k++ {
		if ts[k].kind != tokWord {
			continue
		}
		w := ts[k].Of(e.text)
		switch {
		case lowerEq(w, "his"):
			return genderMale
		case lowerEq(w, "her"):
			return genderFemale
		}
		if g, ok := wcSubjectPronoun.genderOf(ts[k].info); ok && g != genderUnknown {
			return g
		}
	}
	return genderUnknown
}

// headlineNameEnd cuts a run of four capitalised words or more that opens
// with a given name after the name (S2): in a headline every word is
// capitalised, and "Elizabeth Warren Hammers Wells Fargo CEO" is Elizabeth
// Warren and the words of the headline. A second given name stays ("Mary
// Jo White …"). It returns the run's new last token.
func headlineNameEnd(text string, ts []token, from, to int) int {
	if to-from < 3 {
		return to // fewer than four words: most runs, without a call
	}
	return headlineRunEnd(text, ts, from, to)
}

// headlineRunEnd is headlineNameEnd for a run of four tokens or more.
func headlineRunEnd(text string, ts []token, from, to int) int {
	words := 0
	for k := from; k <= to; k++ {
		// A title, a particle, an initial's period or a suffix: not a
		// headline run; after the name's first two words a title or a
		// function word is the headline's ("… Hammers Wells Fargo CEO",
		// "… Says The Deal Is Dead").
		if ts[k].kind != tokWord || !ts[k].upper || ts[k].is(wcNameSuffix) || k < from+2 && ts[k].is(wcTitle|wcNotName) {
			return to
		}
		words++
	}
	if words < 4 || !ts[from].is(wcFirstName) || to+1 < len(ts) && ts[to+1].kind == tokPunct && ts[to+1].Of(text) == ":" {
		return to // (before a colon the run introduces a quote: "… CEO: “…”")
	}
	end := from + 1
	if ts[end].is(wcFirstName) {
		end++
	}
	return end
}

// nameAfterAll reports whether ts[k], a word of lists/not-names.txt that
// opens the capitalised run ts[k..to], is a name all the same (S2): a given
// name inside a sentence before a surname ("said Will Doyle"), or alone
// next to a cue the surname of a person the text has named in full
// ("George Will … Will wrote"). Otherwise, at the start of a sentence,
// "Will" is the verb ("Will you go?").
func (e *quoteEngine) nameAfterAll(ts []token, k, to int) bool {
	if k == to {
		cue := k+1 < len(ts) && isCue(e.text, ts[k+1]) || k > 0 && isCue(e.text, ts[k-1])
		return cue && e.cl.bareSurname(ts[k].Of(e.text), genderUnknown, -1) >= 0
	}
	return k > 0 && ts[k-1].sent == ts[k].sent && ts[k].is(wcFirstName) && ts[k+1].kind == tokWord && !ts[k+1].is(wcNotName)
}

// givenNameInside returns the token of a given name inside the run
// ts[from..to], after two words or a hyphenated one and followed by one
// or two words (a surname, an initial), or -1.
func givenNameInside(text string, ts []token, from, to int) int {
	for p := from + 1; p < to; p++ {
		if ts[p].kind != tokWord || !ts[p].is(wcFirstName) {
			continue
		}
		words := 0
		for k := p + 1; k <= to; k++ {
			if ts[k].kind == tokWord {
				words++
			}
		}
		before := 0
		for k := from; k < p; k++ {
			if ts[k].kind == tokWord {
				before++
			}
		}
		// Two words or more before it, or one hyphenated ("Texas-based"):
		// one plain word may be a given name the list lacks ("Michaela
		// Angela Davis"), an initial is one ("J. Gerald Hebert").
		if words >= 1 && words <= 2 && (before >= 2 || before == 1 && strings.Contains(ts[from].Of(text), "-")) {
			return p
		}
		return -1
	}
	return -1
}

// isInitials reports whether w is an initial or initials joined by
// periods ("W", "G.K", "J.J"): a period after it does not end the name.
func isInitials(w string) bool {
	for i := 0; i < len(w); i++ {
		if i%2 == 0 && !isUpperByte(w[i]) || i%2 == 1 && w[i] != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// isInitialAt reports whether ts[k] is an initial set off by its period
// inside a name ("James A. Baker", "Ruth I. Okafor"): a word of the lists
// of not-names ("a", "I") is no article or pronoun there.
func isInitialAt(text string, ts []token, k int) bool {
	return k+1 < len(ts) && ts[k].kind == tokWord && isInitials(ts[k].Of(text)) &&
		ts[k+1].kind == tokPunct && text[ts[k+1].Start] == '.' && ts[k+1].Start == ts[k].End
}

// nameGap reports whether gap, the text between two words, may lie
// inside a name: two spaces at most and no line break, format characters
// aside ("Doug \u00adAndres", a soft hyphen left by a page).
func nameGap(gap string) bool {
	if len(gap) == 1 {
		return gap[0] != '\n' && gap[0] != '\r' // one space, the commonest, without a call
	}
	return nameGapLong(gap)
}

// nameGapLong is nameGap for a gap of any length.
func nameGapLong(gap string) bool {
	if len(gap) <= 2 {
		return !hasLineBreak(gap)
	}
	n := 0
	for _, r := range gap {
		if unicode.Is(unicode.Cf, r) {
			continue
		}
		if r == '\n' || r == '\r' {
			return false
		}
		if n++; n > 2 {
			return false
		}
	}
	return true
}

// hasLineBreak reports whether s holds a line break: a name never runs
// over one (a headline's last word and the next line's first name).
func hasLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

// hasGivenName reports whether a word of ts[from..to] is a given name: a
// person's name has begun, and "of" after it ("Peter King of New York")
// starts a place, not the rest of a title or of an organisation's name.
func hasGivenName(ts []token, from, to int) bool {
	for k := from; k <= to; k++ {
		if ts[k].kind == tokWord && ts[k].is(wcFirstName) {
			return true
		}
	}
	return false
}

func isCreditWord(text string, t token) bool {
	return t.kind == tokWord && t.Len() < 16 && t.is(wcCreditWord)
}

func isTitle(text string, t token) bool {
	if t.kind != tokWord || t.Len() > 16 {
		return false
	}
	_, ok := wcTitle.genderOf(t.info)
	return ok
}

// addNameRun turns the capitalised run ts[from..to] (word tokens and
// periods) into a name, if it is one.
func (e *quoteEngine) addNameRun(para int, ts []token, from, to int, refs *[]nameRef) {
	text := e.text
	// S2: drop sentence-initial function words, weekdays and role
	// modifiers: "But", "On Friday", "Neither Marsh", "Former Carson".
	runFrom := from
	for from <= to && ts[from].kind == tokWord && ts[from].is(wcNotName|wcRoleModifier) && !e.nameAfterAll(ts, from, to) {
		from++
	}
	if from > to {
		return
	}
	// Titles: the name starts after the last title of the run.
	g := genderUnknown
	titled := false
	nameFrom := from
	mentionFrom := from
	for k := from; k < to; k++ {
		if ts[k].kind != tokWord || ts[k].Len() > 16 {
			continue
		}
		if k+1 == to && ts[to].is(wcOrgNoun) && !ts[to].poss {
			continue // S5: "General Infirmary", "General Motors": a title before a last organisation noun names the body
		}
		if tg, ok := wcTitle.genderOf(ts[k].info); ok || ts[k].is(wcRoleNoun) && !ts[k].is(wcOrgNoun) {
			// S1: a title or a capitalised role noun before the name is
			// not part of it ("Mayor Ray Olsen", "Senate Aide Dana
			// Whitfield"); "of" and a capitalised word after a title
			// belong to the title ("Secretary of State Ann Marsh").
			if !titled {
				mentionFrom = k
			}
			titled = true
			if tg == genderUnknown {
				tg = ts[k].info.roleGender() // "Spokeswoman Jen Psaki"
			}
			if tg != genderUnknown {
				g = tg
			}
			nameFrom = k + 1
			if k+3 <= to && ts[k+1].kind == tokWord && lowerEq(ts[k+1].Of(text), "of") && ts[k+2].upper {
				k += 2
				nameFrom = k + 1
			}
		}
	}
	if !titled && !ts[from].is(wcFirstName) && !ts[to].is(wcOrgNoun) {
		if p := givenNameInside(text, ts, from, to); p > from {
			// S1: capitalised words before a given name and its surname
			// are a title the lists do not hold ("Senate Minority Whip
			// Dick Durbin", "United Auto Workers Secretary-Treasurer Gary
			// Casteel").
			titled, mentionFrom, nameFrom = true, from, p
		}
	}
	for nameFrom <= to && ts[nameFrom].kind != tokWord {
		nameFrom++
	}
	if nameFrom > to || !ts[nameFrom].upper || nameFrom == to && from > 0 && ts[from-1].is(wcDeterminer) && (isTitle(text, ts[to]) || ts[to].is(wcRoleNoun) && !ts[to].is(wcOrgNoun)) {
		// (S1: a title alone after "the" is a role, not a name: "the
		// King", "The Prime Minister", capitalised as histories and
		// British usage write an office one person holds; the Chicago
		// Manual of Style, "Titles and Offices", lowercases it. So is a
		// role noun in capitals, "the CFO".)
		return
	}
	words := 0
	firstTok := -1
	org := false
	for k := nameFrom; k <= to; k++ {
		if ts[k].kind == tokWord {
			words++
			if firstTok < 0 {
				firstTok = k
			}
			if k > nameFrom && ts[k].is(wcNotName) && !joinsProperName(text, ts, k) && !isInitialAt(text, ts, k) && !(k == to && k == nameFrom+1 && ts[nameFrom].is(wcFirstName)) && !(k == to && ts[k].is(wcOrgNoun)) {
				return // "Baking From My Home To Yours": a title, not a name (but "George Will", "Dan Rather", "Harbour Watch")
			}
			if k > nameFrom && joinsProperName(text, ts, k) && ts[k-1].is(wcOrgNoun) {
				org = true // S5: "Ministry of Defence", "Center for Justice"
			}
		}
	}
	last := ts[to]
	org = org || last.is(wcOrgNoun) && !titled || isAcronym(last.Of(text)) && words == 1 && !titled ||
		isAcronymPlural(last.Of(text)) && !titled || // S5: "Super PACs", "NGOs"
		words == 1 && !titled && endsInPossessive(text, last) // S15: "Sainsbury's said"
	if from > 0 && ts[from-1].kind == tokWord && lowerEq(ts[from-1].Of(text), "the") && !titled &&
		!(to+1 < len(ts) && ts[to+1].kind == tokWord && !ts[to+1].upper && ts[to+1].is(wcOrgNoun|wcRoleNoun) && !last.is(wcOrgNoun)) {
		// (A name that modifies a lowercase organisation or role noun, "the
		// Obama administration", "the Trump campaign", is no organisation.)
		org = true
	}
	typeHead := -1 // S11: "the utility Coastal Power", "Coastal Power, the province's utility,"
	if _, given := wcFirstName.genderOf(ts[firstTok].info); !titled && !given && from == runFrom {
		if typeHead = e.orgTypeOf(ts, runFrom, to); typeHead >= 0 {
			org = true
		}
	}
	person := titled
	if from > 0 && ts[from-1].kind == tokWord && ts[from-1].is(wcRoleNoun) {
		person = true
		if g == genderUnknown {
			g = ts[from-1].info.roleGender() // S9: "her son Milo Cook" is a he
		}
	}
	if !person && words >= 2 {
		if _, ok := wcFirstName.genderOf(ts[firstTok].info); ok {
			person = true
		}
	}
	if !person && words >= 2 && len(last.Of(text)) >= 3 && isAcronym(last.Of(text)) && !last.is(wcNameSuffix) {
		org = true // S5: a name ending in an acronym, "Ashford RCMP"
	}
	ent := -1
	if words == 1 && !person && !org {
		// A lone capitalised word is a name only if it is already known,
		// or a given name ("a resident named Caroline").
		ent = e.bareSurnameAt(ts, to, para)
		if _, known := wcFirstName.genderOf(last.info); ent < 0 && known && !afterLocative(text, ts, runFrom) {
			// S14: a given name alone is the one person named in full with it.
			ent = e.cl.givenNameAlone(last.Of(text))
		}
		if _, listed := wcFirstName.genderOf(last.info); ent < 0 && !listed && !afterLocative(text, ts, runFrom) {
			ent = e.unlistedGivenName(ts, to) // S14 for a name the lists lack
		}
		if ent < 0 {
			// S19: "His name was Lockyer" names the description "his"
			// stands for (named_later.go).
			ent = e.nameGivenTo(ts, to)
		}
		if g, known := wcFirstName.genderOf(last.info); ent < 0 && known && (from > 0 || actsNext(text, ts, to)) {
			ent = e.cl.addName(last.Span, last.Span, last.Span, last.Span, 1, false, para)
			e.cl.ents[ent].person = true
			e.cl.setGender(ent, g)
		}
		if ent < 0 || e.cl.ents[ent].org {
			return
		}
		e.cl.mention(ent, core.Span{Start: ts[mentionFrom].Start, End: last.End})
	} else {
		// The surname is the last word, before a suffix (Donald Trump Jr.).
		key := to
		for key > firstTok && (ts[key].kind != tokWord || ts[key].is(wcNameSuffix)) {
			key--
		}
		ent = -1
		if words == 1 && titled && !org {
			// S7: "Mrs. Pell" is not "Mr. Pell" (namesakes.go).
			ent = e.cl.titledSurname(core.Span{Start: ts[mentionFrom].Start, End: last.End}, core.Span{Start: ts[nameFrom].Start, End: last.End}, ts[key].Of(text), g, para)
		}
		if ent < 0 {
			ent = e.cl.addName(core.Span{Start: ts[mentionFrom].Start, End: last.End}, core.Span{Start: ts[nameFrom].Start, End: last.End},
				ts[firstTok].Span, ts[key].Span, words, org, para)
		}
	}
	en := &e.cl.ents[ent]
	if person {
		en.person = true
	} else if ts[firstTok].is(wcPlaceWord) || last.is(wcPlaceWord) {
		en.place = true
	}
	if !titled && !last.poss && afterLocative(text, ts, runFrom) {
		en.locative = true
	}
	e.cl.setGender(ent, g)
	if en.org && typeHead >= 0 {
		e.cl.indexOrgHead(ent, ts[typeHead].Of(text))
	}
	if !en.org {
		if role, head := e.roleOf(ts, runFrom, nameFrom, to); head >= 0 {
			if en.role.empty() {
				en.role, en.roleHead = role, to32(ts[head].Span)
			}
			e.cl.byKey.set(roleKey(text, ts[head].Span), int32(ent))
			if ts[head].is(wcTitleExpansion) {
				// "Sen. Rita Moss" is "the senator" on second reference.
				e.cl.indexRole(ent, titleExpansions[strings.ToLower(ts[head].Of(text))])
			}
			e.cl.indexDescriptions(ent, ts, head, role) // S13
		}
		e.cl.indexAge(ent, ageOfName(text, ts, runFrom, to)) // S13: "Tom Hale, 45,"
	}
	*refs = append(*refs, nameRef{ent: ent, para: para, sent: ts[to].sent, first: mentionFrom, end: to, poss: last.poss})
}

// actsNext reports whether the word after token to is a lowercase past
// tense (in -ed or of lists/past-tenses.names) or a cue ("Elizabeth looked
// up.", "Marguerite found her father", "Anna said nothing."): a given
// name opening a paragraph so is a person, as novels open their
// paragraphs of dialogue, and not a capitalised word ("Will you …?").
func actsNext(text string, ts []token, to int) bool {
	k := to + 1
	if k >= len(ts) || ts[k].kind != tokWord || ts[k].upper || ts[k].sent != ts[to].sent {
		return false
	}
	w := ts[k].Of(text)
	return len(w) > 3 && w[len(w)-2:] == "ed" || isCue(text, ts[k]) || isIrregularPast(w)
}

// afterLocative reports whether the name run starting at token from
// follows a preposition of place ("in Nova Scotia", "near Lake Placid"):
// a name written so, with no gender the text tells, is a place, which
// takes no he or she (A9), even when a cue made it a subject ("Nova
// Scotia added the drug to its list").
func afterLocative(text string, ts []token, from int) bool {
	return from > 0 && ts[from-1].kind == tokWord && isLocativePreposition(text, ts, from-1)
}

// isLocativePreposition reports whether the word ts[k] is one of the
// prepositions of place of afterLocative.
func isLocativePreposition(text string, ts []token, k int) bool {
	w := ts[k].Of(text)
	return lowerEq(w, "in") || lowerEq(w, "near") || lowerEq(w, "outside") || lowerEq(w, "across") || lowerEq(w, "throughout")
}

// isAcronymPlural reports whether w is an acronym with a plural s (PACs,
// NGOs): a group, never one person.
func isAcronymPlural(w string) bool {
	return len(w) >= 3 && w[len(w)-1] == 's' && isAcronym(w[:len(w)-1])
}

// isAcronym reports whether w is two or more capitals (NATO, FBI).
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isUpperByte(w[i]) {
			return false
		}
	}
	return true
}

// refStartingAt returns the index of the name starting at token j, or -1.
// Names are in text order, so the lookups search by halves.
func refStartingAt(refs []nameRef, j int) int {
	i := searchRefs(refs, func(r *nameRef) bool { return r.first >= j })
	if i < len(refs) && refs[i].first == j {
		return i
	}
	return -1
}

// refEndingAt returns the index of the name ending at token j, or -1.
func refEndingAt(refs []nameRef, j int) int {
	i := refsBefore(refs, j)
	if i < len(refs) && refs[i].end == j {
		return i
	}
	return -1
}

// refsBefore returns how many names end before token j.
func refsBefore(refs []nameRef, j int) int {
	return searchRefs(refs, func(r *nameRef) bool { return r.end >= j })
}

// searchRefs returns the first index at which f holds, f being false and
// then true over refs.
func searchRefs(refs []nameRef, f func(*nameRef) bool) int {
	lo, hi := 0, len(refs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(&refs[m]) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
