package quote

import "strings"

// nameGivenTo reads "His name was Lockyer" (S19, branch prose9): a name
// right after "his name was" or "her name is" names the latest speaker
// when that speaker is known only by a description of the pronoun's gender
// ("a tall man in a long oilskin coat"), so that the description and the
// name are one speaker: the word at token at becomes that person's name.
// It returns that person, or -1. Source: the Chicago Manual of Style,
// "dialogue" and narrative exposition: novels bring a stranger on by a
// description and name them later in the narration; Lappin and Leass
// (1994), recency and agreement.
func (e *quoteEngine) nameGivenTo(ts []token, at int) int {
	k, ent := at-3, e.lastSpeaker
	if k < 0 || ent < 0 {
		return -1
	}
	// "His name was", "her name is", read as one slice.
	head, rest, ok := strings.Cut(e.text[ts[k].Start:ts[at].Start], " name ")
	g := genderMale
	switch {
	case !ok || rest != "was " && rest != "is ":
		return -1
	case strings.EqualFold(head, "her"):
		g = genderFemale
	case !strings.EqualFold(head, "his"):
		return -1
	}
	en := &e.cl.ents[ent]
	if en.nameLen > 0 || en.gender != g {
		return -1
	}
	en.name, en.nameLen = to32(ts[at].Span), 1
	e.cl.alias(e.text[ts[at].Start:ts[at].End], ent)
	return ent
}
