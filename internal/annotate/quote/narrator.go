package quote

import "github.com/newsroom/annotator/internal/annotate/core"

// The narrator (A15): "I" as the subject of a cue set off next to a quote
// ("“It's been three years,” I said"; "“Is Aunt Jean well?” I asked"; "I
// said: “…”") is the one who tells the story, one speaker per text, named
// "I"; an "I" elsewhere ("before I could argue") is left alone. A
// first-person narrator is no antecedent of he or she (pronouns.go).
// Source: the
// Chicago Manual of Style, "dialogue" (dialogue tags in first-person
// narration); Genette, "Narrative Discourse" (1972), the homodiegetic
// narrator, a character of the story who tells it.

// isNarratorI reports whether token t is the pronoun "I".
func isNarratorI(text string, t token) bool {
	return t.kind == tokWord && t.Len() == 1 && text[t.Start] == 'I'
}

// narrator returns the text's narrator, mentioned at s in paragraph para.
func (e *quoteEngine) narrator(s core.Span, para int) int {
	ent := e.cl.addNominal(s, s, false, para, -1)
	e.cl.ents[ent].narrator = true
	return ent
}

// narrates records the narrator of a text told in the first person: "I"
// as the subject of a sentence of narration, outside any quote ("I had
// read my book twice", "I pull the chair over"). From then on the narrator
// is one of the people of its scenes, who may take a line with no cue in
// turn (turns.go), and the text writes dialogue as novels do
// (novelDialogue). Source: Genette (1972), the homodiegetic narrator.
func (e *quoteEngine) narrates(pi int, ts []token) {
	for k := 0; e.narratorEnt == 0 && k+1 < len(ts); k++ {
		if isNarratorI(e.text, ts[k]) && ts[k+1].kind == tokWord && !ts[k+1].upper && ts[k+1].sent == ts[k].sent && (k == 0 || !afterQuote(ts, k)) {
			e.narratorEnt = e.narrator(ts[k].Span, pi) + 1
		}
	}
}

// otherInScene is otherNamed, else the narrator of a text told in the
// first person when that is not ent: the one a line with no cue answers
// in a scene of two, one of them "I".
func (e *quoteEngine) otherInScene(pi, ent int) int {
	if b := e.otherNamed(pi, ent); b >= 0 || e.narratorEnt-1 == ent {
		return b
	}
	return e.narratorEnt - 1
}
