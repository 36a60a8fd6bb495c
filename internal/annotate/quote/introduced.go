package quote

import "strings"

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
	from := at - docOrgReach
	if from < 0 {
		from = 0
	}
	win := c.text[from:at]
	for i := strings.LastIndex(win, head); i >= 0; i = strings.LastIndex(win[:i], head) {
		if i > 0 && isWordByte(win[i-1]) || i+len(head) < len(win) && isWordByte(win[i+len(head)]) {
			continue
		}
		j := i
		for n := 0; n < 3; n++ {
			s, w := prevWord(win, j)
			if w == "" {
				break
			}
			if lowerEq(w, "a") || lowerEq(w, "an") {
				_, before := prevWord(win, s)
				p := strings.TrimRight(win[:s], " ")
				if strings.HasSuffix(p, ",") || isBe(before) {
					break
				}
				return true
			}
			if isUpperByte(w[0]) {
				break // a name's word: "a Senate committee" is the Senate's
			}
			j = s
		}
	}
	return false
}

// prevWord returns the word that ends before offset i of s, past spaces,
// and where it starts; "" when a sign or the start of s comes first.
func prevWord(s string, i int) (int, string) {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isWordByte(s[k-1]) {
		k--
	}
	return k, s[k:j]
}

// isWordByte reports whether b is an ASCII letter, a digit or a hyphen.
func isWordByte(b byte) bool {
	return b-'a' < 26 || b-'A' < 26 || b-'0' < 10 || b == '-'
}

// isBe reports whether w is a form of "be".
func isBe(w string) bool {
	for _, b := range [...]string{"is", "was", "are", "were", "be", "been", "being", "as"} {
		if lowerEq(w, b) {
			return true
		}
	}
	return false
}
