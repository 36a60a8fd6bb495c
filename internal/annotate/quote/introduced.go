package quote

// introducedIndefinitely reports whether the organisation noun head ("committee")
// was brought into the text, within docOrgReach bytes before offset at, by
// an indefinite noun phrase of its own: "A strike committee of eleven was
// elected …. “…,” the committee declared" is that committee, not the
// organisation named last (S11), though the text never named it. An
// indefinite after a comma or a form of "be" describes a name ("Acme, a
// company …", "Acme is a company"), so it introduces nobody new. Source:
// English grammar (an indefinite noun phrase introduces a referent, a
// definite one refers back to it; Karttunen, "Discourse referents", 1976).
func (c *clusters) introducedIndefinitely(at int, head string) bool {
	t := c.text
	for i := at - len(head) - 1; i > 2 && at-i < docOrgReach; i-- {
		if t[i-1] != ' ' || !equalFoldASCII(t[i:i+len(head)], head) || isASCIILetter(t[i+len(head)]) {
			continue
		}
		// Back over one lowercase modifier at most ("a strike
		// committee") to the article; the word before it is no "is".
		for n, j := 0, i-1; n < 2 && j > 0 && t[j] == ' '; n++ {
			k := j
			for k > 0 && isASCIILetter(t[k-1]) {
				k--
			}
			if w := t[k:j]; lowerEq(w, "a") || lowerEq(w, "an") {
				m := k - 1
				for m > 0 && isASCIILetter(t[m-1]) {
					m--
				}
				return k < 2 || t[k-2] != ',' && !isBe(t[m:max(m, k-1)])
			}
			if k == j || isUpperByte(t[k]) {
				break // a name's word: "a Senate committee" is the Senate's
			}
			j = k - 1
		}
	}
	return false
}

// isBe reports whether w is a form of "be" (or "as": "as a company").
func isBe(w string) bool {
	switch {
	case lowerEq(w, "is"), lowerEq(w, "was"), lowerEq(w, "are"), lowerEq(w, "were"), lowerEq(w, "be"), lowerEq(w, "been"), lowerEq(w, "being"), lowerEq(w, "as"):
		return true
	}
	return false
}
