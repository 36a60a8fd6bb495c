package annotate

// This file clusters the mentions of one person or organisation into one
// entity: "US president Donald Trump", "Mr Trump" and "Trump" are one
// entity named "Donald Trump".
//
// Rule: a person's key is the last word of the name, lower case. A mention
// with a given name joins the latest entity with that key whose given name
// is the same or not yet known; a bare surname (with or without a title)
// joins the latest entity with that key. Anything else starts a new
// entity. An organisation's key is its whole name or head noun.

// entity is one person or organisation mentioned in the article.
type entity struct {
	name     Span // the fullest name seen, without title
	nameLen  int  // words in name
	first    Span // the given name, if known
	org      bool
	person   bool // a title, role, given name, pronoun or cue says it is a person
	gender   gender
	mentions []Span
	quotes   int // quotes attributed to it
	id       int // 1-based speaker number in the output, 0 until assigned
	lastPara int // paragraph of the latest mention
}

// clusters holds the entities of one article and the index from keys to
// the latest entity with that key.
type clusters struct {
	text  string
	ents  []entity
	byKey map[string][]int
}

func newClusters(text string) *clusters {
	return &clusters{text: text, byKey: make(map[string][]int)}
}

// addName records a name mention. nameSpan covers the name proper,
// mentionSpan the name with its title; first and last are the spans of its
// first and last words. It returns the entity index.
func (c *clusters) addName(mentionSpan, nameSpan, first, last Span, words int, org bool, para int) int {
	var buf [48]byte
	key := buf[:0]
	if org {
		key = appendLower(append(key, '#'), nameSpan.Of(c.text))
	} else {
		key = appendLower(key, last.Of(c.text))
	}
	hasFirst := words >= 2 && !org
	if cands, ok := c.byKey[string(key)]; ok {
		if !hasFirst && len(cands) > 1 {
			// A bare surname shared by several people ("Greenspan" for
			// Dorie and Michael Greenspan) goes to the one quoted most so
			// far, else to the one named first: the story's subject.
			best := cands[0]
			for _, i := range cands[1:] {
				if c.ents[i].quotes > c.ents[best].quotes {
					best = i
				}
			}
			c.mention(best, mentionSpan, para)
			return best
		}
		for i := len(cands) - 1; i >= 0; i-- {
			e := &c.ents[cands[i]]
			if hasFirst && e.first.Len() > 0 && !equalFoldASCII(e.first.Of(c.text), first.Of(c.text)) {
				continue
			}
			if hasFirst && e.first.Len() == 0 {
				e.first = first
			}
			if words > e.nameLen {
				e.name, e.nameLen = nameSpan, words
			}
			c.mention(cands[i], mentionSpan, para)
			return cands[i]
		}
	}
	idx := len(c.ents)
	k := string(key)
	e := entity{name: nameSpan, nameLen: words, org: org}
	if hasFirst {
		e.first = first
		e.gender, _ = firstNamesLex.get(first.Of(c.text))
	}
	c.ents = append(c.ents, e)
	c.byKey[k] = append(c.byKey[k], idx)
	c.mention(idx, mentionSpan, para)
	return idx
}

// addNominal records a speaker named by a common noun phrase ("the
// company", "a spokeswoman"); head is its head noun, which is its key.
func (c *clusters) addNominal(np, head Span, org bool, para int) int {
	var buf [48]byte
	key := appendLower(append(buf[:0], '~'), head.Of(c.text))
	if cands, ok := c.byKey[string(key)]; ok {
		idx := cands[len(cands)-1]
		c.mention(idx, np, para)
		return idx
	}
	idx := len(c.ents)
	c.ents = append(c.ents, entity{name: np, nameLen: 0, org: org, person: !org})
	k := string(key)
	c.byKey[k] = append(c.byKey[k], idx)
	c.mention(idx, np, para)
	return idx
}

// lookupSurname returns the latest entity whose key is the word w, or -1.
func (c *clusters) lookupSurname(w string) int {
	var buf [48]byte
	if len(w) > len(buf) {
		return -1
	}
	if cands, ok := c.byKey[string(appendLower(buf[:0], w))]; ok {
		return cands[len(cands)-1]
	}
	return -1
}

// mention adds span s to entity i unless it is already there.
func (c *clusters) mention(i int, s Span, para int) {
	e := &c.ents[i]
	e.lastPara = para
	for k := len(e.mentions) - 1; k >= 0 && k >= len(e.mentions)-4; k-- {
		if e.mentions[k] == s {
			return
		}
	}
	e.mentions = append(e.mentions, s)
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
