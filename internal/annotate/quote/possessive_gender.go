package quote

// Possessive gender (A9): a person whose gender neither the lists nor a
// title tell takes the gender of a possessive or reflexive pronoun later in
// a sentence that opens with them as its subject, before any other name or
// a quote: "Adaeze picked up her mug and drank", "Dee Whitlock slid the
// plate toward him and wiped the rim with a cloth from her apron". A
// possessive in a clause most often stands for its subject, and a
// reflexive always does; an object pronoun ("toward him") never does, and
// "her" is read as a possessive only before a noun, not a function word or
// an adverb ("thanked her warmly"). So a later "she said" can find them.
// Source: Lappin and Leass, "An algorithm for pronominal anaphora
// resolution" (1994): subject preference and agreement; Chomsky's binding
// conditions (a reflexive is bound in its clause, a pronoun object is not).

// possessiveGender sets the gender of the entities that open a sentence of
// paragraph tokens ts as refs name them, from the first possessive or
// reflexive pronoun after them in that sentence.
func (e *quoteEngine) possessiveGender(ts []token, refs []nameRef) {
	for _, r := range refs {
		en := &e.cl.ents[r.ent]
		if r.poss || en.gender != genderUnknown || en.org || en.place || en.narrator || r.first > 0 && ts[r.first-1].sent == ts[r.first].sent {
			continue
		}
		for k := r.end + 1; k < len(ts) && k-r.end <= 16 && ts[k].sent == ts[r.end].sent; k++ {
			t := &ts[k]
			if t.kind == tokQuote || t.kind == tokWord && t.upper {
				break // another name, or the subject's words
			}
			if g := e.possessiveGenderAt(ts, k); g != genderUnknown {
				e.cl.setGender(r.ent, g)
				break
			}
		}
	}
}

// possessiveGenderAt returns the gender that token k tells when it is
// "his", "himself", "herself", or "her" before a noun; else genderUnknown.
func (e *quoteEngine) possessiveGenderAt(ts []token, k int) gender {
	if ts[k].kind != tokWord {
		return genderUnknown
	}
	switch w := ts[k].Of(e.text); {
	case lowerEq(w, "his") || lowerEq(w, "himself"):
		return genderMale
	case lowerEq(w, "herself"):
		return genderFemale
	case lowerEq(w, "her") && k+1 < len(ts) && ts[k+1].kind == tokWord && !ts[k+1].upper && !isFunctionWord(e.text, ts[k+1]) && !isLyAdverb(e.text, ts[k+1]):
		return genderFemale
	}
	return genderUnknown
}
