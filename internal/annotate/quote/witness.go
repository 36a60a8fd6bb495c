package quote

// The witness (rule S18, news12): the person a court report says
// testified is "the witness" on second reference, until someone else
// testifies ("Owens testified …", then "“…,” the witness replied"). A
// cue's verb gives its subject the role of one who gives evidence.
// Source: court reporting usage (the Crown Prosecution Service's and the
// US federal courts' glossaries: a witness is one who testifies); AP
// Stylebook, "second reference".

// indexWitness makes entity ent, a person the cue at ts[k] says
// testified, "the witness" (S3).
func (e *quoteEngine) indexWitness(ts []token, k, ent int) {
	if w := ts[k].Of(e.text); ent >= 0 && !e.cl.ents[ent].org && len(w) > 6 && lowerEq(w[:6], "testif") {
		e.cl.indexRole(ent, "witness")
	}
}
