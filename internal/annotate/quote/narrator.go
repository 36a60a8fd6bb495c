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
