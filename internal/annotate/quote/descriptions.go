package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

// Descriptive second references (rule S13): "the Florida senator", "the
// Russian leader", "the 45-year-old" after a named person. A definite
// description joins the person the text makes clear:
//
//  1. the person given a role the description's head is a kind of
//     ("the Russian leader" after "Russian President Vladimir Putin";
//     lists/role-hypernyms.map), or the acronym of ("the CFO" after
//     "Finance chief Tom Reed"; lists/role-acronyms.map);
//  2. the person whose age the article gave ("Tom Hale, 45," or
//     "45-year-old Tom Hale", then "the 45-year-old");
//  3. else, for a head of lists/descriptor-nouns.map ("the billionaire",
//     "the Florida senator"; an office only with a modifier, as a bare
//     "the king" names whoever holds the post) or an age, the one person
//     named within about two paragraphs before it, when that person's
//     role, gender and place do not contradict it.
//
// Never against what the text says: a capitalised modifier of the
// description must be one of the role's when the role has its own ("the
// Texas senator" is not "Florida Sen. Rita Moss"), a head that tells a
// gender must agree ("the congresswoman" is not Tom Hale), and an office is
// not another office ("the governor" is not "Sen. Rita Moss"). A head the
// lists do not hold ("the moderator") joins only the person the article
// gave that role (S3). Source: AP Stylebook, "second reference"; Lappin and
// Leass (1994), agreement.

// descriptorClass says what a descriptor noun names: an office, one
// person's post, or an identity a person may have beside another.
type descriptorClass uint8

const (
	descNone descriptorClass = iota
	descIdentity
	descOffice
)

// descriptorNouns maps a descriptor noun to its class
// (lists/descriptor-nouns.map).
var descriptorNouns = func() map[string]descriptorClass {
	m := map[string]descriptorClass{}
	for _, e := range lexicon.Parse(descriptorNounsFile) {
		if len(e.Fields) == 1 && e.Fields[0] == "office" {
			m[e.Word] = descOffice
		} else {
			m[e.Word] = descIdentity
		}
	}
	return m
}()

// hypernymsOf maps a role noun to the nouns that name a kind of role it is
// ("president" to "leader" and "politician"), from lists/role-hypernyms.map.
var hypernymsOf = func() map[string][]string {
	m := map[string][]string{}
	for _, e := range lexicon.Parse(roleHypernymsFile) {
		for _, r := range e.Fields {
			m[r] = append(m[r], e.Word)
		}
	}
	return m
}()

// roleAcronyms maps a title, lower case with its words joined by hyphens
// ("finance-chief"), to the acronym a story calls it by on second
// reference ("cfo"), from lists/role-acronyms.map.
var roleAcronyms = func() map[string]string {
	m := map[string]string{}
	for _, e := range lexicon.Parse(roleAcronymsFile) {
		for _, f := range e.Fields {
			m[f] = e.Word
		}
	}
	return m
}()

// Key kinds of clusters.byKey for S13.
const (
	keyHyper   = 'y' // a hypernym of a role's head: the latest person given such a role
	keyModRole = 'm' // a capitalised modifier and a role head or hypernym: "Russian" "leader"
	keyAge     = 'a' // an age, "45y": the latest person the article gave it
)

// roleHeadWord is the role noun a head token stands for, as keyHash
// reads it (any case): an abbreviated title's expansion ("Sen." is
// "senator"); and the hypernyms of that noun. It does not allocate for a
// word of 24 bytes or less.
func roleHeadWord(text string, t token) (string, []string) {
	w := strings.TrimSuffix(t.Of(text), ".")
	var buf [24]byte
	if len(w) > len(buf) {
		return w, nil
	}
	lw := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lw[i] = c
	}
	if x, ok := titleExpansions[string(lw)]; ok {
		return x, hypernymsOf[x]
	}
	return w, hypernymsOf[string(lw)]
}

// indexDescriptions indexes entity i, given a role ts[head] spanning
// role, under the hypernyms of its head and under each capitalised
// modifier of the role with the head and each hypernym (S13).
func (c *clusters) indexDescriptions(i int, ts []token, head int, role span32) {
	h, hypers := roleHeadWord(c.text, ts[head])
	for _, y := range hypers {
		c.byKey.set(keyHash(keyHyper, y), int32(i))
	}
	// "the CFO" after "Finance chief Tom Reed": the acronym of the
	// title's last two words (lists/role-acronyms.map).
	if r := strings.TrimSpace(role.of(c.text)); strings.IndexByte(r, ' ') > 0 {
		last := strings.LastIndexByte(r, ' ')
		prev := strings.LastIndexByte(r[:last], ' ') + 1
		var buf [32]byte // (the key built on the stack: no allocation per role)
		key := appendLower(append(appendLower(buf[:0], r[prev:last]), '-'), r[last+1:])
		if a, ok := roleAcronyms[string(key)]; ok {
			c.byKey.set(keyHash(keyHyper, a), int32(i))
		}
	}
	forModifiers(c.text, role.start, int32(ts[head].Start), func(m string) {
		c.byKey.set(keyHash2(keyModRole, m, h), int32(i))
		for _, y := range hypers {
			c.byKey.set(keyHash2(keyModRole, m, y), int32(i))
		}
	})
}

// forModifiers calls f with each capitalised modifier in text[from:to]:
// a capitalised word that is no title, role noun, role modifier or
// function word ("Russian" in "Russian President", "Florida" in "the
// Florida senator").
func forModifiers(text string, from, to int32, f func(string)) {
	for i := from; i < to; {
		for i < to && !isASCIILetter(text[i]) {
			i++
		}
		j := i
		for j < to && (isASCIILetter(text[j]) || text[j] == '-' || text[j] == '.') {
			j++
		}
		w := strings.TrimSuffix(text[i:j], ".")
		if w != "" && isUpperByte(w[0]) {
			inf := lookupWord(w)
			if _, title := wcTitle.genderOf(inf); !title && inf&(wcRoleNoun|wcRoleModifier|wcNotName|wcDeterminer) == 0 {
				f(w)
			}
		}
		i = j + 1
	}
}

// indexAge records that entity i was given age key age ("45y").
func (c *clusters) indexAge(i int, age string) {
	if age != "" {
		c.byKey.set(keyHash(keyAge, age), int32(i))
	}
}

// ageKey returns the key of the age noun w ("45-year-old" is "45y",
// "nine-month-old" "ninem"), or "".
func ageKey(w string) string {
	if len(w) < len("0-year-old") || w[len(w)-1]|0x20 != 'd' {
		return "" // most words: both suffixes end in "d" (no rune beyond ASCII folds to it)
	}
	for _, suf := range [...]string{"-year-old", "-month-old"} {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return strings.ToLower(w[:len(w)-len(suf)]) + suf[1:2]
		}
	}
	return ""
}

// ageOfName returns the age key the text gives the person named ts[from..to]:
// ", 45," after the name, ", a 45-year-old nurse," or "45-year-old" in the
// words just before it; or "".
func ageOfName(text string, ts []token, from, to int) string {
	if k := to + 2; k < len(ts) && isComma(text, ts[to+1]) && ts[k].sent == ts[to].sent {
		if w := ts[k].Of(text); ts[k].kind == tokWord && len(w) <= 3 && allDigits(w) &&
			(k+1 == len(ts) || ts[k+1].kind == tokPunct) {
			return w + "y"
		}
		if ts[k].is(wcDeterminer) && k+1 < len(ts) {
			if a := ageKey(ts[k+1].Of(text)); a != "" {
				return a
			}
		}
	}
	// (Modifiers only: a cue between the age and the name is the verb of
	// a sentence whose subject is the age, "The 48-year-old told BBC
	// Scotland", not a description of the name.)
	for k := from - 1; k >= 0 && k >= from-3 && ts[k].kind == tokWord && ts[k].sent == ts[from].sent && !ts[k].upper && !isCue(text, ts[k]); k-- {
		if a := ageKey(ts[k].Of(text)); a != "" {
			return a
		}
	}
	return ""
}

// allDigits reports whether w is made of ASCII digits only.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// nearReach is how far before a description (in bytes) S13 looks for the
// one person it may name: about two paragraphs of news.
const nearReach = 600

// secondReference returns the person the definite description np, headed
// by head, names by S13 after no person was given its role (S3), or -1;
// prior is the speaker the description's cue says has spoken before
// ("added": continued.go), or the person the paragraph before opens with
// (opening_subject.go), or -1: of several people named in reach, the
// description names prior.
func (c *clusters) secondReference(np, head core.Span, prior int) int {
	h := strings.ToLower(head.Of(c.text))
	g := lookupWord(h).roleGender()
	mods := c.modifiers(np, head)
	for _, m := range mods {
		if i, ok := c.byKey.get(keyHash2(keyModRole, m, h)); ok && c.agrees(int(i), g, nil) {
			return int(i)
		}
	}
	if i, ok := c.byKey.get(keyHash(keyHyper, h)); ok && c.agrees(int(i), g, mods) {
		return int(i)
	}
	age := ""
	for _, w := range strings.Fields(c.text[np.Start:np.End]) {
		if age = ageKey(w); age != "" {
			break
		}
	}
	if age != "" {
		if i, ok := c.byKey.get(keyHash(keyAge, age)); ok && c.agrees(int(i), g, nil) {
			return int(i)
		}
	}
	class := descriptorNouns[h]
	if class == descNone && age == "" {
		return -1
	}
	if class == descOffice && age == "" && len(strings.Fields(c.text[np.Start:head.Start])) < 2 {
		// A bare office ("the king", "the senator") names whoever holds
		// it, who may be someone else; a modified one ("the Florida
		// senator", "the former secretary") describes the person just
		// named.
		return -1
	}
	i := c.onePersonBefore(np.Start, nearReach)
	if i < 0 && prior >= 0 && c.ents[prior].nameLen > 0 && c.mentionedIn(prior, np.Start, nearReach) {
		i = prior
	}
	if i < 0 || !c.agrees(i, g, mods) {
		return -1
	}
	if en := &c.ents[i]; !en.roleHead.empty() && ageKey(h) == "" {
		// (An age alone, "the 48-year-old", fits any role.)
		// A role the person has must fit: the same noun, a kind of it, or
		// two descriptor nouns that are not two offices ("the
		// billionaire" may be a senator; "the governor" is not "Sen. Rita
		// Moss", "the nominee" not "general counsel Ann Lee").
		r := strings.ToLower(strings.TrimSuffix(en.roleHead.of(c.text), "."))
		if x, ok := titleExpansions[r]; ok {
			r = x
		}
		rc := descriptorNouns[r]
		if r != h && !isHypernym(h, r) && !isHypernym(r, h) && (rc == descNone || class == descNone || rc == descOffice && class == descOffice) {
			return -1
		}
	}
	return i
}

// isHypernym reports whether y names a kind of role r is (lists/role-hypernyms.map).
func isHypernym(y, r string) bool {
	for _, x := range hypernymsOf[r] {
		if x == y {
			return true
		}
	}
	return false
}

// agrees reports whether entity i may be named by a description whose
// head tells gender g and whose capitalised modifiers are mods: a person,
// of that gender when both are known, whose role's own capitalised
// modifiers, if any, include one of mods.
func (c *clusters) agrees(i int, g gender, mods []string) bool {
	en := &c.ents[i]
	if en.org || en.nobody || en.place {
		return false
	}
	if g != genderUnknown && en.gender != genderUnknown && g != en.gender {
		return false
	}
	if len(mods) == 0 || en.role.empty() {
		return true
	}
	end := en.role.end
	if !en.roleHead.empty() {
		end = en.roleHead.start
	}
	own, shared := false, false
	forModifiers(c.text, en.role.start, end, func(m string) {
		own = true
		for _, x := range mods {
			if strings.EqualFold(x, m) {
				shared = true
			}
		}
	})
	return !own || shared
}

// onePersonBefore returns the one named person mentioned in the reach
// bytes before offset at, or -1 when there is none or more than one.
func (c *clusters) onePersonBefore(at, reach int) int {
	found := -1
	for k := len(c.mentions) - 1; k >= 0 && int(c.mentions[k].start) > at-reach; k-- {
		m := c.mentions[k]
		en := &c.ents[m.ent]
		if int(m.start) >= at || en.nameLen == 0 || en.org || en.nobody || en.place || en.locative {
			continue
		}
		if found >= 0 && found != int(m.ent) {
			return -1
		}
		found = int(m.ent)
	}
	return found
}

// mentionedIn reports whether entity i is mentioned in the reach bytes
// before offset at.
func (c *clusters) mentionedIn(i, at, reach int) bool {
	for k := len(c.mentions) - 1; k >= 0 && int(c.mentions[k].start) > at-reach; k-- {
		if int(c.mentions[k].ent) == i && int(c.mentions[k].start) < at {
			return true
		}
	}
	return false
}

// modifiers returns the capitalised modifiers of the noun phrase np
// before its head ("Florida" in "the Florida senator").
func (c *clusters) modifiers(np, head core.Span) []string {
	var mods []string
	forModifiers(c.text, int32(np.Start), int32(head.Start), func(m string) { mods = append(mods, m) })
	return mods
}
