package quote

import (
	"math"

	"github.com/newsroom/annotator/internal/annotate/core"
)

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
	basisBeat                               // an action beat beside the quote names its subject (A12)
	basisTurn                               // the answer to the question of the paragraph before (A13)
	numBases                                // the number of bases (not one)
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

// way is one way of attribution as the confidence table counts it: the
// basis, and for a cue or a name set off next to the quote, whether its
// subject is a pronoun.
type way uint8

const (
	wayNone              way = iota // no speaker
	wayCueAdjacent                  // basisCueAdjacent, a name
	wayPronounAdjacent              // basisCueAdjacent (or a colon), a pronoun
	wayCueSentence                  // basisCueSentence, a name
	wayPronounSentence              // basisCueSentence, a pronoun
	wayColon                        // basisColon
	wayClauseColon                  // basisClauseColon
	wayPreviousQuote                // basisPreviousQuote
	wayParagraphCue                 // basisParagraphCue
	wayPreviousParagraph            // basisPreviousParagraph
	wayIntroduced                   // basisIntroduced
	wayLastSpeaker                  // basisLastSpeaker
	wayBeat                         // basisBeat
	wayTurn                         // basisTurn
	numWays
)

// wayNames names the ways, in the table's order: the name of the Go
// constant without its "way" prefix, as FindWays reports them and the
// refit prints them.
var wayNames = [numWays]string{
	"None", "CueAdjacent", "PronounAdjacent", "CueSentence", "PronounSentence", "Colon", "ClauseColon",
	"PreviousQuote", "ParagraphCue", "PreviousParagraph", "Introduced", "LastSpeaker", "Beat", "Turn",
}

// way returns the way a's speaker was found. A speaker always has a basis
// (each rule that picks one sets it).
func (a *attribution) way() way {
	if a.ent < 0 {
		return wayNone
	}
	if a.pronoun {
		return pronounWayOf[a.basis]
	}
	return wayOf[a.basis]
}

// wayOf is the way of each basis with a named speaker, pronounWayOf with a
// pronoun cue: a basis without a cue of its own has no pronoun way (its
// kind is "context" either way), and the colon rules never set a pronoun
// (they take a name).
var (
	wayOf = [numBases]way{
		basisCueAdjacent: wayCueAdjacent, basisCueSentence: wayCueSentence, basisColon: wayColon,
		basisClauseColon: wayClauseColon, basisPreviousQuote: wayPreviousQuote, basisParagraphCue: wayParagraphCue,
		basisPreviousParagraph: wayPreviousParagraph, basisIntroduced: wayIntroduced, basisLastSpeaker: wayLastSpeaker,
		basisBeat: wayBeat, basisTurn: wayTurn,
	}
	pronounWayOf = [numBases]way{
		basisCueAdjacent: wayPronounAdjacent, basisCueSentence: wayPronounSentence, basisColon: wayPronounAdjacent,
		basisClauseColon: wayPronounAdjacent, basisPreviousQuote: wayPreviousQuote, basisParagraphCue: wayParagraphCue,
		basisPreviousParagraph: wayPreviousParagraph, basisIntroduced: wayIntroduced, basisLastSpeaker: wayLastSpeaker,
		basisBeat: wayBeat, basisTurn: wayTurn,
	}
)

// confidence returns how likely the speaker of a is right: the share of
// right speakers, on the dev data, among the quotes attributed the same
// way (wayCounts), or 0 without a speaker.
func (a *attribution) confidence() float64 {
	if a.ent < 0 {
		return 0
	}
	n := wayCounts[a.way()]
	return LaplaceConfidence(n.right, n.quotes)
}

// LaplaceConfidence is the confidence of a way of attribution whose speaker
// was right for right of quotes quotes, rounded to two decimals as the
// result shows it: Laplace's rule of succession, (right+1)/(quotes+2), so
// that a way seen a few times only gets a confidence pulled towards one
// half. It is in [0, 1] when 0 <= right <= quotes.
func LaplaceConfidence(right, quotes int) float64 {
	return round2(float64(right+1) / float64(quotes+2))
}

// rightOf is how many of the quotes attributed one way had their speaker
// right.
type rightOf struct{ right, quotes int }

// wayCounts are the right speakers per way of attribution among the
// overlap-matched gold quotes with a speaker of ../shared/eval's dev file.
// They are printed, in this syntax, by `make calibrate` (go run ./cmd/eval
// -calibrate, internal/eval.FitConfidence): refit them after the rules
// change, when the reliability table of `make eval` drifts.
//
// Finer ways were looked at and left out (a way earns its row with a clear
// difference that holds in both corpora, with 30 quotes or more a cell): a
// cue next to a quote that opens its paragraph is right 0.993 of 927 times
// against 0.948 of 403 elsewhere, but all 21 misses elsewhere are
// PolNeAR's (GGT has 11 quotes there) and both stay in the 0.9-1.0 tenth;
// a quote carried over from a previous quote whose cue was a pronoun (0.994
// of 165) or a name (0.979 of 530) differ little; the ways under 0.9 have
// too few quotes to split.
var wayCounts = [numWays]rightOf{
	wayNone:              {0, 0}, // not used: no speaker has confidence 0
	wayCueAdjacent:       {1309, 1336},
	wayPronounAdjacent:   {559, 562},
	wayCueSentence:       {41, 44},
	wayPronounSentence:   {5, 6},
	wayColon:             {10, 10},
	wayClauseColon:       {4, 4},
	wayPreviousQuote:     {686, 702},
	wayParagraphCue:      {24, 28},
	wayPreviousParagraph: {14, 32},
	wayIntroduced:        {1, 2},
	wayLastSpeaker:       {2, 4},
	wayBeat:              {0, 1}, // A12: dialogue's way; news has one such quote (0.33 until data)
	wayTurn:              {0, 0}, // A13: no dev quote (0.50: flagged for the editor)
}

// round2 rounds f to two decimals, as the result shows it.
func round2(f float64) float64 { return math.Round(f*100) / 100 }

// FindWays is Find, and also returns the way each quote's speaker was found
// ("CueAdjacent", "PreviousQuote", ... : Ways), one per quote in order. It
// is for the refit of the confidence table (internal/eval.FitConfidence).
func FindWays(d *core.Document) ([]core.Quote, []core.Speaker, []string) {
	var ways []way
	quotes, speakers, _ := find(d, &ways)
	names := make([]string, len(ways))
	for i, w := range ways {
		names[i] = wayNames[w]
	}
	return quotes, speakers, names
}

// Ways returns the names of the ways of attribution, in the order of the
// confidence table (the first, "None", is a quote without a speaker).
func Ways() []string { return wayNames[:] }
