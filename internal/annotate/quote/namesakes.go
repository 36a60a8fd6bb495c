package quote

import "github.com/newsroom/annotator/internal/annotate/core"

// titledSurname records a surname written with a title alone ("Mr. Pell",
// "Mrs. Pell") whose title tells gender g (S7): it names the namesake of
// that gender, and a title of the other gender than the person the surname
// would join names someone else: "Mrs. Pell" and her husband "Mr. Pell"
// are two people, as novels and court reports name a couple or a family.
// Two namesakes told apart only so are named with their titles. It
// returns -1 when no one has the surname yet (the caller adds the name).
// Source: AP Stylebook, "courtesy titles" (Mr. and Mrs. with the surname
// tell apart a husband and wife); Lappin and Leass (1994), agreement.
func (c *clusters) titledSurname(mentionSpan, nameSpan core.Span, surname string, g gender, para int) int {
	key := keyHash(keyPerson, surname)
	fallback, ok := c.byKey.get(key ^ mostQuotedSalt)
	if _, known := c.byKey.get(key); !known || !ok || g == genderUnknown {
		return -1
	}
	agrees := func(i int) bool { en := &c.ents[i]; return en.org || en.gender == genderUnknown || en.gender == g }
	// The one a bare surname names (S7), else the namesake that agrees.
	for _, gg := range [...]gender{genderUnknown, g} {
		if i := c.pickNamesake(key, fallback, gg, para); agrees(i) {
			c.mention(i, mentionSpan)
			return i
		}
	}
	gkey := key ^ titledGenderSalt*uint64(g)
	if j, ok := c.byKey.get(gkey); ok {
		c.mention(int(j), mentionSpan) // the one of that gender told apart before
		return int(j)
	}
	other := int(c.byKey.at(key))
	if !agrees(other) {
		// The other namesake is the one of its own gender from now on:
		// "Mrs Cole" again after "Mr Cole" has been quoted more is still
		// she.
		c.byKey.set(key^titledGenderSalt*uint64(c.ents[other].gender), int32(other))
	}
	if !agrees(other) && c.ents[other].nameLen == 1 {
		// The other namesake, known by the surname alone, takes the title
		// it was first named with: "Mrs. Pell" beside "Mr. Pell".
		// (Its latest mentions only: a bounded walk, issue 10.)
		for k := len(c.mentions) - 1; k >= 0 && len(c.mentions)-k <= 4*maxLookback; k-- {
			if m := c.mentions[k]; int(m.ent) == other && m.end-m.start > int32(len(surname)) && m.end == c.ents[other].name.end {
				c.ents[other].name = m.span32
			}
		}
	}
	i := c.add(key, entity{name: to32(mentionSpan), nameLen: 1, person: true, gender: g}, mentionSpan)
	c.byKey.set(gkey, int32(i))
	return i
}

// titledGenderSalt turns a surname's key into the key of its namesake of
// one gender told apart by a title (multiplied by the gender).
const titledGenderSalt = 0x94d049bb133111eb
