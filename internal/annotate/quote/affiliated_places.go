package quote

// placeOfKind steps back over a place named by its kind before its name
// in A11's affiliation: at token p, the "of" of "the town of Brembate",
// "the city of Lyon", "the village of Ashby", it returns the preposition
// before "the town" when there is one ("Mayor Paolo Conti of the town of
// Brembate told reporters": the mayor speaks, not the town), else p.
// Source: AP Stylebook, "city" and "titles" (a mayor identified by the
// place after the name); the "the KIND of NAME" form of English place
// names. The kind is a lowercase place word (lists/place-words.txt).
func (e *quoteEngine) placeOfKind(ts []token, p int) int {
	if p < 3 || ts[p].kind != tokWord || !lowerEq(ts[p].Of(e.text), "of") {
		return p
	}
	kind, the, prep := ts[p-1], ts[p-2], ts[p-3]
	if kind.kind != tokWord || kind.upper || !kind.is(wcPlaceWord) || the.kind != tokWord || !lowerEq(the.Of(e.text), "the") || prep.kind != tokWord || prep.sent != ts[p].sent {
		return p
	}
	if w := prep.Of(e.text); lowerEq(w, "of") || lowerEq(w, "at") || lowerEq(w, "from") || lowerEq(w, "for") {
		return p - 3
	}
	return p
}
