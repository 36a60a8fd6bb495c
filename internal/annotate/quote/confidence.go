package quote

// Confidence: how the speaker of a quote was found (its attribution kind)
// and how sure the engine is of it.

// attrBasis says how the speaker of a quote was found.
type attrBasis uint8

const (
	basisNone              attrBasis = iota // no speaker
	basisCueAdjacent                        // a cue set off next to the quote: “…,” Smith said
	basisCueSentence                        // a cue elsewhere in the quote's sentence
	basisColon                              // a name set off by a colon or a dash: Smith: “…”; “…” ― Smith
	basisClauseColon                        // the subject of the clause a colon ends: Smith was blunt: “…”
	basisPreviousQuote                      // the previous quote of the paragraph (a quote split over a full stop)
	basisParagraphCue                       // a cue of the paragraph between the two quotes
	basisPreviousParagraph                  // the speaker of the latest cue of the paragraph before
	basisLastSpeaker                        // the latest speaker, within two paragraphs
)

// The attribution kinds of the result (core.Quote.Attribution).
const (
	AttributionCue     = "cue"     // a named speaker with a cue next to the quote
	AttributionPronoun = "pronoun" // a pronoun cue, resolved
	AttributionContext = "context" // no cue of its own: the surrounding paragraphs
	AttributionNone    = "none"    // no speaker
)

// kind returns the attribution kind of a.
func (a *attribution) kind() string {
	switch {
	case a.ent < 0:
		return AttributionNone
	case a.basis >= basisPreviousQuote:
		return AttributionContext
	case a.pronoun:
		return AttributionPronoun
	}
	return AttributionCue
}

// confidence returns how likely the speaker of a is right: the share of
// right speakers, on the dev data, of the quotes attributed the same way.
func (a *attribution) confidence() float64 {
	if a.ent < 0 {
		return 0
	}
	c := int(a.basis)
	if a.pronoun && (a.basis == basisCueAdjacent || a.basis == basisCueSentence) {
		c = 8 + int(a.basis-basisCueAdjacent)
	}
	return (float64(c) + 0.5) / 10
}
