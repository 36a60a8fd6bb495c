package quote

import "math"

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
	basisIntroduced                         // the person the paragraph before introduces without a cue
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
// right speakers, on the dev data, among the quotes attributed the same
// way (see basisCounts).
func (a *attribution) confidence() float64 {
	if a.ent < 0 {
		return 0
	}
	n := basisCounts[a.basis]
	if a.pronoun && a.basis == basisCueAdjacent {
		n = pronounAdjacentCount
	} else if a.pronoun && a.basis == basisCueSentence {
		n = pronounSentenceCount
	}
	// Laplace's rule of succession, (right+1)/(n+2): a way of attribution
	// seen a few times only gets a confidence pulled towards one half.
	return round2(float64(n.right+1) / float64(n.quotes+2))
}

// rightOf is how many of the quotes attributed one way had their speaker
// right.
type rightOf struct{ right, quotes int }

// basisCounts are the right speakers per way of attribution among the
// overlap-matched gold quotes of ../shared/eval's dev file (`make eval`,
// each way read off the reliability table with one bin per way), at the
// commit that introduced them. Refit them when the rules change much; the
// reliability table of `make eval` shows when they drift.
var basisCounts = [...]rightOf{
	basisNone:              {0, 0}, // not used: no speaker has confidence 0
	basisCueAdjacent:       {1286, 1320},
	basisCueSentence:       {34, 37},
	basisColon:             {8, 8},
	basisClauseColon:       {4, 4},
	basisPreviousQuote:     {687, 703},
	basisParagraphCue:      {21, 28},
	basisPreviousParagraph: {17, 46},
	basisIntroduced:        {1, 4},
	basisLastSpeaker:       {2, 4},
}

// The same for a cue whose subject is a pronoun, resolved: next to the
// quote, or elsewhere in its sentence.
var (
	pronounAdjacentCount = rightOf{559, 562}
	pronounSentenceCount = rightOf{5, 6}
)

// round2 rounds f to two decimals, as the result shows it.
func round2(f float64) float64 { return math.Round(f*100) / 100 }
