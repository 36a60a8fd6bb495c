package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// This file clusters the mentions of one person or organisation into one
// entity: "US president Donald Trump", "Mr Trump" and "Trump" are one
// entity named "Donald Trump".
//
// Rule: a person's key is the last word of the name, lower case. A mention
// with a given name joins the latest entity with that key whose given name
// is the same or not yet known; a bare surname (with or without a title)
// joins the one of that key quoted most so far, else the one named first.
// Anything else starts a new entity. An organisation's key is its whole
// name or head noun.
//
// Each of these is one look-up in the key table (keytable.go), whatever
// the number of people sharing a surname (issue 10): byKey also holds,
// under the key's other kinds, the latest entity with a given name and
// surname, the latest with the surname and no given name yet (those form a
// stack through entity.noFirst), and the one quoted most.

// entity is one person or organisation mentioned in the article.
type entity struct {
	name     span32 // the fullest name seen, without title
	first    span32 // the given name, if known
	nameLen  int32
	quotes   int32  // quotes attributed to it
	id       int32  // 1-based speaker number in the output, 0 until assigned
	role     span32 // the title or description the article first gives it
	roleHead span32 // the head noun of role
	key      uint64 // its key in clusters.byKey
	noFirst  int32  // the previous entity of its key with no given name yet, -1
	org      bool
	person   bool  // a title, role, given name, pronoun or cue says it is a person
	place    bool  // a word of the name says it is a place
	nobody   bool  // a cue's subject that is no speaker: a document (S6)
	narrator bool  // the first-person narrator, "I" (A15)
	locative bool  // named after a preposition of place: "in Nova Scotia" (A9)
	fullPara int32 // the paragraph it was last named in full (with a given name)
	gender   gender
}

// entityMention is one mention of an entity.
type entityMention struct {
	ent int32
	span32
}

// span32 is a core.Span stored in half the room, for the long lists of the
// quote stage (texts over 2 GB are not annotated).
type span32 struct{ start, end int32 }

func to32(s core.Span) span32    { return span32{int32(s.Start), int32(s.End)} }
func (s span32) span() core.Span { return core.Span{Start: int(s.start), End: int(s.end)} }
func (s span32) empty() bool     { return s.end <= s.start }

// of returns the text s covers.
func (s span32) of(text string) string { return text[s.start:s.end] }

// clusters holds the entities of one article, every mention of them in
// text order, and the index from keys (hashed, so that no key string is
// allocated) to the latest entity with that key.
type clusters struct {
	text     string
	ents     []entity
	mentions []entityMention
	byKey    *keyTable
	visits   int // entities addName has looked at, for the test that its work is linear
	// outlets is one more than the index of the outlet of
	// lists/outlets.names named last; 0 when none is.
	outlets int32
}

// keyHash hashes a key kind and a word or name, ignoring ASCII case
// (64-bit FNV-1a).
func keyHash(kind byte, s string) uint64 {
	h := uint64(14695981039346656037)
	h = (h ^ uint64(kind)) * 1099511628211
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(lowerASCII[s[i]])) * 1099511628211
	}
	return h
}

// lowerASCII maps every byte to itself, ASCII capitals lowered: one load
// where a comparison and a branch were, for the hash of each byte.
var lowerASCII = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// The kinds of key of clusters.byKey (keyHash's first argument).
const (
	keyPerson    = 'p' // surname: the latest entity with it
	keyOrg       = '#' // an organisation's whole name
	keyNominal   = '~' // the head noun of a common noun phrase
	keyGiven     = 'g' // given name and surname: the latest entity with both
	keyNoGiven   = '0' // surname: the latest entity with it and no given name yet
	keyMostQuote = 'q' // surname: the entity with it quoted most, the first on a tie
	keyRole      = 'r' // the head noun of a role: the latest named person given it
	keyTail      = 't' // a name of three words or more without its first: the entity
	keyOrgHead   = 'h' // the organisation noun ending a name: the latest organisation named so
	keyOutlet    = 'o' // a name of lists/outlets.names (outletKeys, not byKey)
	keyFirstOnly = 'f' // a given name: the one person named in full with it, -1 when several are
)

// addName records a name mention. nameSpan covers the name proper,
// mentionSpan the name with its title; first and last are the spans of its
// first and last words. It returns the entity index.
func (c *clusters) addName(mentionSpan, nameSpan, first, last core.Span, words int, org bool, para int) int {
	outlet := isOutlet(nameSpan.Of(c.text))
	if outlet {
		org = true // an outlet or a platform: "Twitter", "Fox News"
	}
	i := c.addName1(mentionSpan, nameSpan, first, last, words, org, para)
	if outlet {
		c.outlets = int32(i) + 1
	}
	return i
}

// addName1 is addName once the name is known to be an organisation or not.
func (c *clusters) addName1(mentionSpan, nameSpan, first, last core.Span, words int, org bool, para int) int {
	surname := last.Of(c.text)
	key := keyHash(keyPerson, surname)
	if org {
		key = keyHash(keyOrg, nameSpan.Of(c.text))
	}
	hasFirst := words >= 2 && !org
	_, known := c.byKey.get(key)
	if !known {
		if i := c.shortNameOf(nameSpan.Of(c.text)); i >= 0 {
			c.mention(i, mentionSpan) // "Vantor" after "Vantor Motors" (shortnames.go)
			return i
		}
		if i := c.givenNameAlone(first.Of(c.text)); hasFirst && i >= 0 && c.ents[i].nameLen == 1 {
			// S14: the given name a question called someone by (A14,
			// calledName) named in full: "Where's my risotto, Dee?", then
			// "Dee Whitlock slid the plate".
			e := &c.ents[i]
			e.name, e.nameLen, e.first = to32(nameSpan), int32(words), to32(first)
			c.byKey.set(key, int32(i))
			c.byKey.set(keyHash2(keyGiven, first.Of(c.text), surname), int32(i))
			c.mention(i, mentionSpan)
			return i
		}
	} else {
		if !hasFirst {
			best := c.pickNamesake(key, c.byKey.at(key^mostQuotedSalt), genderUnknown, para)
			c.mention(best, mentionSpan)
			return best
		}
		given := keyHash2(keyGiven, first.Of(c.text), surname)
		i, same := c.byKey.get(given)
		if j, ok := c.byKey.get(key ^ noGivenSalt); ok && j >= 0 && (!same || j > i) {
			// The latest entity of the surname without a given name is
			// later than any with this one: it gets it.
			c.visits++
			e := &c.ents[j]
			e.first = to32(first)
			c.byKey.set(key^noGivenSalt, e.noFirst)
			c.byKey.set(given, j)
			i, same = j, true
		}
		if same {
			c.visits++
			e := &c.ents[i]
			if int32(words) > e.nameLen {
				e.name, e.nameLen = to32(nameSpan), int32(words)
			}
			c.namedInFull(key, int(i), para)
			c.mention(int(i), mentionSpan)
			return int(i)
		}
		// S7: a two-word name that is the end of a longer one is an
		// alias ("Ruiz Soto" after "Marta Ruiz Soto").
		if j, ok := c.byKey.get(keyHash(keyTail, nameSpan.Of(c.text))); ok && words == 2 {
			if _, given := firstNamesLex.get(first.Of(c.text)); !given {
				c.visits++
				c.mention(int(j), mentionSpan)
				return int(j)
			}
		}
	}
	e := entity{name: to32(nameSpan), nameLen: int32(words), org: org}
	if hasFirst {
		e.first = to32(first)
		e.gender, _ = firstNamesLex.get(first.Of(c.text))
	}
	i := c.add(key, e, mentionSpan)
	if org && lookupWord(surname)&wcOrgNoun != 0 {
		c.byKey.set(keyHash(keyOrgHead, surname), int32(i)) // for S3: "the company"
		c.indexShortName(i, nameSpan, last)
	}
	if hasFirst {
		c.byKey.set(keyHash2(keyGiven, first.Of(c.text), surname), int32(i))
		c.indexGivenName(i, first.Of(c.text))
		c.namedInFull(key, i, para)
		if words >= 3 {
			// The name without its first word, for S7.
			c.byKey.set(keyHash(keyTail, strings.TrimLeft(c.text[first.End:nameSpan.End], " \t\n")), int32(i))
		}
	}
	return i
}

// namedInFull records that entity i of key was just named with its given
// name (or picked out by a pronoun), in paragraph para.
func (c *clusters) namedInFull(key uint64, i, para int) {
	c.byKey.set(key^lastFullSalt, int32(i))
	c.ents[i].fullPara = int32(para)
}

// bareSurname returns the entity a lone surname w in paragraph para names
// ("Alvarez" for Rosa or Tomas Alvarez),
// or -1 when no entity has it; g is the gender a pronoun right after it
// tells ("Marsh and her aides"), if any.
func (c *clusters) bareSurname(w string, g gender, para int) int {
	key := keyHash(keyPerson, w)
	if _, ok := c.byKey.get(key); !ok {
		return -1
	}
	return c.pickNamesake(key, c.byKey.at(key^mostQuotedSalt), g, para)
}

// pickNamesake chooses among the people who share the surname key (S7,
// after AP's "second reference" and the Guardian style guide's
// "surnames": on second reference a bare surname is the person the text
// has just named in full): the one whose gender the pronoun after it tells;
// else the one named in full in this paragraph; else fallback, the one
// quoted most so far, first named on a tie (the story's subject). It looks at no
// more than three entities, whatever the number of namesakes.
func (c *clusters) pickNamesake(key uint64, fallback int32, g gender, para int) int {
	c.visits++
	full, hasFull := c.byKey.get(key ^ lastFullSalt)
	quoted := c.byKey.at(key ^ mostQuotedSalt)
	if !hasFull || full == quoted && full == fallback {
		return int(fallback)
	}
	if g != genderUnknown {
		for _, i := range [...]int32{full, fallback, quoted} {
			if c.ents[i].gender == g {
				c.namedInFull(key, int(i), para) // the one the paragraph now names
				return int(i)
			}
		}
	}
	if c.ents[full].fullPara == int32(para) {
		return int(full)
	}
	return int(fallback)
}

// The salts that turn a key into the key of its latest entity without a
// given name and of its most quoted entity (one hash, three entries).
const (
	noGivenSalt    = 0x9e3779b97f4a7c15
	mostQuotedSalt = 0xc2b2ae3d27d4eb4f
	lastFullSalt   = 0x165667b19e3779f9
)

// keyHash2 hashes a key kind and two words (a given name and a surname).
func keyHash2(kind byte, a, b string) uint64 {
	h := keyHash(kind, a)
	h = (h ^ ' ') * 1099511628211
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(lowerASCII[b[i]])) * 1099511628211
	}
	return h
}

// add appends entity e under key, with its first mention. Until it gets a
// given name it is the top of its key's stack of entities without one.
func (c *clusters) add(key uint64, e entity, m core.Span) int {
	idx := int32(len(c.ents))
	e.key = key
	e.noFirst = -1
	if _, ok := c.byKey.get(key); !ok {
		c.byKey.set(key^mostQuotedSalt, idx)
	}
	if e.first.empty() {
		if top, ok := c.byKey.get(key ^ noGivenSalt); ok {
			e.noFirst = top
		}
		c.byKey.set(key^noGivenSalt, idx)
	}
	c.ents = append(c.ents, e)
	c.byKey.set(key, idx)
	c.mention(int(idx), m)
	return int(idx)
}

// quoted counts one more quote for entity i, which may make it the one
// quoted most of its key.
func (c *clusters) quoted(i int) {
	e := &c.ents[i]
	e.quotes++
	k := e.key ^ mostQuotedSalt
	if best, ok := c.byKey.get(k); ok {
		if b := &c.ents[best]; e.quotes > b.quotes || e.quotes == b.quotes && int32(i) < best {
			c.byKey.set(k, int32(i))
		}
	}
}

// addNominal records a speaker named by a common noun phrase ("the
// company", "a spokeswoman"); head is its head noun, which is its key;
// prior is the speaker its cue says has spoken before, or -1 (continued.go).
func (c *clusters) addNominal(np, head core.Span, org bool, para, prior int) int {
	if len(np.Of(c.text)) > 4 && equalFoldASCII(c.text[np.Start:np.Start+4], "the ") {
		// S3: a definite role noun phrase is the person last named with
		// that role: "the mayor" after "Mayor Ray Olsen", "the former
		// secretary" after "Secretary of State Ann Marsh", "the
		// proprietor" after "Luis Ortega, the affable proprietor"; and
		// "the company" is the organisation last named with that head,
		// "Acme Company".
		kind := byte(keyRole)
		if org {
			kind = keyOrgHead
		}
		key := keyHash(kind, head.Of(c.text))
		if !org {
			key = roleKey(c.text, head)
		}
		if i, ok := c.byKey.get(key); ok && (org || c.agrees(int(i), lookupWord(head.Of(c.text)).roleGender(), c.modifiers(np, head))) {
			c.mention(int(i), np)
			return int(i)
		}
		if _, introduced := c.byKey.get(keyHash(keyNominal, head.Of(c.text))); !org && !introduced {
			// S13: "the Russian leader", "the 45-year-old", "the Florida
			// senator" (descriptions.go).
			if i := c.secondReference(np, head, prior); i >= 0 {
				c.mention(i, np)
				c.byKey.set(key, int32(i))
				if en := &c.ents[i]; en.role.empty() && ageKey(head.Of(c.text)) == "" {
					en.role, en.roleHead = to32(np), to32(head)
				}
				return i
			}
		}
		if c.outlets > 0 && isOutletNoun(head.Of(c.text)) {
			// S11: "the newspaper" is the outlet named last.
			c.mention(int(c.outlets-1), np)
			return int(c.outlets - 1)
		}
		if org {
			// S11: "the utility" with no organisation named so is the
			// organisation named just before, within a paragraph or two.
			if i := c.recentOrg(np.Start, docOrgReach); i >= 0 && !c.ents[i].place && c.ents[i].nameLen >= 1 {
				c.mention(i, np)
				return i
			}
		}
	}
	if sp := strings.IndexByte(np.Of(c.text), ' '); !org && sp > 0 && isPossessivePronoun(np.Of(c.text)[:sp]) {
		// S3 after a possessive: "my uncle" after "my uncle Walter",
		// "their aunt" after "Aunt Rosa", "his sister" after "his sister
		// Imke" are the person the text gave that kin or role, as novels
		// name their people on second reference (the Chicago Manual of
		// Style, "kinship names"; Karttunen, 1976).
		if i, ok := c.byKey.get(roleKey(c.text, head)); ok && c.agrees(int(i), lookupWord(head.Of(c.text)).roleGender(), nil) {
			c.mention(int(i), np)
			return int(i)
		}
	}
	key := keyHash(keyNominal, head.Of(c.text))
	if idx, ok := c.byKey.get(key); ok && !opensNewReferent(np.Of(c.text)) {
		c.mention(int(idx), np)
		return int(idx)
	}
	return c.add(key, entity{name: to32(np), org: org, person: !org}, np)
}

// opensNewReferent reports whether the noun phrase np is introduced as
// someone new, by an indefinite article or "another": "a strategist" or
// "another strategist" is not the strategist quoted before, while "the
// strategist" is (S12). Source: English grammar (an indefinite noun phrase
// introduces a new referent; Karttunen, "Discourse referents", 1976).
func opensNewReferent(np string) bool {
	return len(np) > 8 && equalFoldASCII(np[:8], "another ") || len(np) > 2 && equalFoldASCII(np[:2], "a ") || len(np) > 3 && equalFoldASCII(np[:3], "an ")
}

// indexOrgHead records that organisation i was introduced as a head (S11:
// "the utility" after "the utility BC Hydro").
func (c *clusters) indexOrgHead(i int, head string) {
	c.byKey.set(keyHash(keyOrgHead, head), int32(i))
}

// indexRole records that entity i was given a role whose head noun is head.
func (c *clusters) indexRole(i int, head string) {
	c.byKey.set(keyHash(keyRole, head), int32(i))
}

// roleKey is the key of the role headed by the noun at head: the noun's,
// or with the word before it when that word makes it another office
// ("vice president", "deputy director": not the president or the
// director), so that "the vice president" is not the person last named
// president (S3).
func roleKey(text string, head core.Span) uint64 {
	i := head.Start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && isASCIILetter(text[j-1]) {
		j--
	}
	if j < i && isRankModifier(text[j:i]) {
		return keyHash2(keyRole, text[j:i], text[head.Start:head.End])
	}
	return keyHash(keyRole, text[head.Start:head.End])
}

// isRankModifier reports whether w makes the office after it another one:
// vice, deputy, assistant, associate, under, lieutenant.
func isRankModifier(w string) bool {
	for _, m := range [...]string{"vice", "deputy", "assistant", "associate", "under", "lieutenant"} {
		if lowerEq(w, m) {
			return true
		}
	}
	return false
}

// docOrgReach is how far before a document (in bytes) the organisation
// that issued it may be named: about two paragraphs of news.
const docOrgReach = 600

// recentOrg returns the organisation mentioned last before offset at and
// no more than reach bytes before it, or -1.
func (c *clusters) recentOrg(at, reach int) int {
	for k := len(c.mentions) - 1; k >= 0 && int(c.mentions[k].start) > at-reach; k-- {
		m := c.mentions[k]
		if en := &c.ents[m.ent]; int(m.start) < at && en.org && !en.nobody && !c.afterTo(int(m.start)) {
			return int(m.ent)
		}
	}
	return -1
}

// afterTo reports whether the mention starting at byte at follows "to"
// or "to the": the recipient of a document ("sent a letter to the
// board"), who did not write it (S6).
func (c *clusters) afterTo(at int) bool {
	i := at
	word := func() string {
		for i > 0 && c.text[i-1] == ' ' {
			i--
		}
		j := i
		for i > 0 && (isUpperByte(c.text[i-1]) || c.text[i-1]-'a' < 26) {
			i--
		}
		return c.text[i:j]
	}
	w := word()
	if lowerEq(w, "the") {
		w = word()
	}
	return lowerEq(w, "to")
}

// mention records span s as a mention of entity i, unless it was just
// recorded. One mention of i that overlaps another recorded just before is
// one mention, the longer of the two: "said the Harbour Authority" names
// the authority once, as "the Harbour Authority", though both the name
// and the noun phrase of the cue's subject are recorded.
func (c *clusters) mention(i int, s core.Span) {
	m := entityMention{ent: int32(i), span32: to32(s)}
	for k := len(c.mentions) - 1; k >= 0 && k >= len(c.mentions)-8; k-- {
		o := &c.mentions[k]
		if o.ent != m.ent || o.end <= m.start || m.end <= o.start {
			continue
		}
		if m.start <= o.start && o.end <= m.end {
			o.span32 = m.span32 // (a mention's order is its start's: no later mention starts before m)
		}
		return
	}
	c.mentions = append(c.mentions, m)
}

// setGender records what a title or a resolved pronoun says.
func (c *clusters) setGender(i int, g gender) {
	if i >= 0 && g != genderUnknown && c.ents[i].gender == genderUnknown {
		c.ents[i].gender = g
	}
}

// equalFoldASCII reports whether a and b are equal ignoring ASCII case.
func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// indexGivenName records that person i was named in full with the given
// name first; a given name two people share names neither alone (S14).
func (c *clusters) indexGivenName(i int, first string) {
	k := keyHash(keyFirstOnly, first)
	if j, ok := c.byKey.get(k); ok && j != int32(i) {
		c.byKey.set(k, -1)
		return
	}
	c.byKey.set(k, int32(i))
}

// givenNameAlone returns the person a lone given name w names: the one
// named in full with it ("Margaret" after "Margaret Hale", as novels and
// features name a person on second reference), or -1 when none or
// several are (S14). Source: the Guardian and Observer style guide,
// "first names" (a first name on second reference, in features and for
// children); Lappin and Leass (1994), agreement.
func (c *clusters) givenNameAlone(w string) int {
	j, ok := c.byKey.get(keyHash(keyFirstOnly, w))
	if !ok || j < 0 || c.ents[j].org || c.ents[j].nobody {
		return -1
	}
	return int(j)
}

// alias makes the surname w name entity i from now on (S15: "Lord
// Wendle" after "Mr Falconer became Lord Wendle").
func (c *clusters) alias(w string, i int) {
	key := keyHash(keyPerson, w)
	c.byKey.set(key, int32(i))
	c.byKey.set(key^mostQuotedSalt, int32(i))
}
