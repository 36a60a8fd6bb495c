package quote

import "github.com/newsroom/annotator/internal/annotate/core"

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
	name    span32 // the fullest name seen, without title
	first   span32 // the given name, if known
	nameLen int32
	quotes  int32 // quotes attributed to it
	id      int32 // 1-based speaker number in the output, 0 until assigned
	sameKey int32 // the previous entity with the same key, -1
	org     bool
	person  bool // a title, role, given name, pronoun or cue says it is a person
	place   bool // a word of the name says it is a place
	gender  gender
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
	byKey    map[uint64]int32
}

// keyHash hashes a key kind and a word or name, ignoring ASCII case
// (64-bit FNV-1a).
func keyHash(kind byte, s string) uint64 {
	h := uint64(14695981039346656037)
	h = (h ^ uint64(kind)) * 1099511628211
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// addName records a name mention. nameSpan covers the name proper,
// mentionSpan the name with its title; first and last are the spans of its
// first and last words. It returns the entity index.
func (c *clusters) addName(mentionSpan, nameSpan, first, last core.Span, words int, org bool, para int) int {
	key := keyHash('p', last.Of(c.text))
	if org {
		key = keyHash('#', nameSpan.Of(c.text))
	}
	hasFirst := words >= 2 && !org
	if latest, ok := c.byKey[key]; ok {
		if !hasFirst && c.ents[latest].sameKey >= 0 {
			// A bare surname shared by several people ("Greenspan" for
			// Dorie and Michael Greenspan) goes to the one quoted most so
			// far, else to the one named first: the story's subject.
			best := latest
			for i := latest; i >= 0; i = c.ents[i].sameKey {
				if c.ents[i].quotes >= c.ents[best].quotes {
					best = i
				}
			}
			c.mention(int(best), mentionSpan)
			return int(best)
		}
		for i := latest; i >= 0; i = c.ents[i].sameKey {
			e := &c.ents[i]
			if hasFirst && !e.first.empty() && !equalFoldASCII(e.first.of(c.text), first.Of(c.text)) {
				continue
			}
			if hasFirst && e.first.empty() {
				e.first = to32(first)
			}
			if int32(words) > e.nameLen {
				e.name, e.nameLen = to32(nameSpan), int32(words)
			}
			c.mention(int(i), mentionSpan)
			return int(i)
		}
	}
	e := entity{name: to32(nameSpan), nameLen: int32(words), org: org, sameKey: -1}
	if hasFirst {
		e.first = to32(first)
		e.gender, _ = firstNamesLex.get(first.Of(c.text))
	}
	return c.add(key, e, mentionSpan)
}

// add appends entity e under key, with its first mention.
func (c *clusters) add(key uint64, e entity, m core.Span) int {
	idx := int32(len(c.ents))
	if latest, ok := c.byKey[key]; ok {
		e.sameKey = latest
	} else {
		e.sameKey = -1
	}
	c.ents = append(c.ents, e)
	c.byKey[key] = idx
	c.mention(int(idx), m)
	return int(idx)
}

// addNominal records a speaker named by a common noun phrase ("the
// company", "a spokeswoman"); head is its head noun, which is its key.
func (c *clusters) addNominal(np, head core.Span, org bool, para int) int {
	key := keyHash('~', head.Of(c.text))
	if idx, ok := c.byKey[key]; ok {
		c.mention(int(idx), np)
		return int(idx)
	}
	return c.add(key, entity{name: to32(np), org: org, person: !org}, np)
}

// lookupSurname returns the latest entity whose key is the word w, or -1.
func (c *clusters) lookupSurname(w string) int {
	if idx, ok := c.byKey[keyHash('p', w)]; ok {
		return int(idx)
	}
	return -1
}

// mention records span s as a mention of entity i, unless it was just
// recorded.
func (c *clusters) mention(i int, s core.Span) {
	m := entityMention{ent: int32(i), span32: to32(s)}
	for k := len(c.mentions) - 1; k >= 0 && k >= len(c.mentions)-8; k-- {
		if c.mentions[k] == m {
			return
		}
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
