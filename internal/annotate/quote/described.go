package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// describedNominal is addNominal for a noun phrase that describes its
// person with lower-case modifiers (S12): "the young man" is not "the old
// man" named before, though both are "the man"; "the young man" later is
// the young man again. Modifiers that share no word tell two people apart;
// "the senior official" after "a senior administration official" is the
// same one. Source: Karttunen, "Discourse referents" (1976): a definite
// description picks out the referent it fits.
func (c *clusters) describedNominal(np, head core.Span, org bool, para, prior int) int {
	mods := lowerModifiers(c.text, np, head)
	if mods == "" || org {
		return c.addNominal(np, head, org, para, prior)
	}
	mkey := keyHash2(keyNominal, mods, head.Of(c.text))
	if idx, ok := c.byKey.get(mkey); ok && !opensNewReferent(np.Of(c.text)) {
		c.mention(int(idx), np)
		return int(idx)
	}
	if idx, ok := c.byKey.get(keyHash(keyNominal, head.Of(c.text))); ok && !opensNewReferent(np.Of(c.text)) {
		prev := c.ents[idx].name.span()
		if pm := lowerModifiers(c.text, prev, core.Span{Start: prev.End - len(head.Of(c.text)), End: prev.End}); pm != "" && !shareWord(pm, mods) {
			i := c.add(mkey, entity{name: to32(np), person: true}, np)
			return i
		}
	}
	i := c.addNominal(np, head, org, para, prior)
	if _, ok := c.byKey.get(mkey); !ok {
		c.byKey.set(mkey, int32(i))
	}
	return i
}

// lowerModifiers returns the lower-case words of noun phrase np between
// its first word and its head ("young" in "the young man"), or "": a
// slice of the text when they run together (no allocation), else joined
// by spaces.
func lowerModifiers(text string, np, head core.Span) string {
	if head.Start <= np.Start || head.Start > np.End {
		return ""
	}
	s := text[np.Start:head.Start]
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return ""
	}
	s = strings.TrimSpace(s[i+1:])
	allLower := true
	for j := 0; j < len(s); j++ {
		if c := s[j]; (j == 0 || s[j-1] == ' ') && !('a' <= c && c <= 'z') {
			allLower = false
			break
		}
	}
	if allLower {
		return s
	}
	var b []string
	for _, w := range strings.Fields(s) {
		if 'a' <= w[0] && w[0] <= 'z' {
			b = append(b, w)
		}
	}
	return strings.Join(b, " ")
}

// shareWord reports whether the space-separated word lists a and b have a
// word in common, ignoring ASCII case.
func shareWord(a, b string) bool {
	for _, x := range strings.Fields(a) {
		for _, y := range strings.Fields(b) {
			if equalFoldASCII(x, y) {
				return true
			}
		}
	}
	return false
}
