package quote

import "github.com/newsroom/annotator/internal/annotate/core"

// otherReferent returns the entity of a definite noun phrase that sets its
// referent apart from the one its head named before: "the second
// official", "the other official" is not "a senior official" quoted
// earlier (S12), and names one person each time it is written so. It
// returns -1 when np is not such a phrase. Source: English grammar
// ("other" and ordinals contrast a referent with one already in the
// discourse; Karttunen, "Discourse referents", 1976).
func (c *clusters) otherReferent(np, head core.Span) int {
	s := np.Of(c.text)
	const the = len("the ")
	if len(s) <= the || !equalFoldASCII(s[:the], "the ") {
		return -1
	}
	w := s[the:]
	i := 0
	for i < len(w) && w[i] != ' ' {
		i++
	}
	if i == len(w) || !(equalFoldASCII(w[:i], "second") || equalFoldASCII(w[:i], "other")) {
		return -1
	}
	if _, ok := c.byKey.get(keyHash(keyNominal, head.Of(c.text))); !ok {
		return -1 // no one named so before: "the other" contrasts with nobody yet
	}
	key := keyHash(keyOther, head.Of(c.text))
	if j, ok := c.byKey.get(key); ok {
		c.mention(int(j), np)
		return int(j)
	}
	return c.add(key, entity{name: to32(np), person: true}, np)
}

// keyOther is the kind of key of the referent "the second" or "the
// other" of a head noun sets apart (otherReferent).
const keyOther = 'x'
