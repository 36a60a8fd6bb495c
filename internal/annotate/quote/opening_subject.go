package quote

// The person a paragraph opens with, for a description after the next
// paragraph's quote (rule S13): "Ifield, who had missed two conversions,
// was asked what had gone through his mind." then "“Nothing,” the
// fly-half said.": a match report or a feature introduces the speaker in
// one paragraph and quotes them in the next with a description as the
// cue, the quote's own paragraph naming no one before it. Of several
// people named in reach, the description is the one the paragraph before
// opens with (its subject; AP Stylebook, "second reference"; Lappin and
// Leass, 1994, subject preference).

// openingPersonBefore returns the named person who opens paragraph
// para-1 (its first word, no possessor), a paragraph in which no person
// is the subject of a cue (it introduces them: "was asked by TNT Sports"
// is the asker's cue), when only quotes and marks come before token c of
// paragraph para; when words come before it, the named person who opens
// paragraph para itself, for a quote after a sentence of its own that no
// one else is the subject of a cue in; else -1.
func (e *quoteEngine) openingPersonBefore(para int, ts []token, c int) int {
	for k := 0; k < c; k++ {
		if ts[k].kind != tokWord {
			continue
		}
		// A description cueing the quote right after a sentence of its
		// own paragraph ("Brandao also confirmed that Kofi Mensah would
		// return. “…,” the 51-year-old said."; news12) is the person the
		// paragraph opens with, its subject, as a pronoun there would be,
		// when no one else is the subject of a cue of the paragraph before
		// it.
		if len(e.curRefs) == 0 || !afterQuote(ts, c) || ts[c].sent == ts[0].sent {
			return -1
		}
		r := e.curRefs[0]
		if en := &e.cl.ents[r.ent]; r.first != 0 || r.poss || en.org || en.place || en.nobody || en.nameLen == 0 {
			return -1
		}
		for _, ev := range e.curEvs {
			if ev.ent >= 0 && ev.ent != r.ent && ev.tok < c {
				return -1
			}
		}
		return r.ent
	}
	opener := -1
	for i := len(e.hist) - 1; i >= 0 && e.hist[i].para >= para-1; i-- {
		r := e.hist[i]
		if r.para != para-1 {
			continue
		}
		en := &e.cl.ents[r.ent]
		if r.subj && !en.org {
			// A person speaks in it: the paragraph reports them, "Trump
			// plans …, Ben Carson said", and introduces no one.
			return -1
		}
		if r.first == 0 {
			if r.poss || en.org || en.place || en.nobody || en.nameLen == 0 {
				return -1
			}
			opener = r.ent
		}
	}
	return opener
}
