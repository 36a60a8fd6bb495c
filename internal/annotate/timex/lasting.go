package timex

import (
	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

// The words around a quantity that decide its extent (rule D50): "over"
// inside as "more than" after a verb of lasting, a bare plural unit a
// DURATION after one ("could last weeks").

// lastingFile (lasting.txt) is in lists_gen.go.

// lastingVerbs are the verbs of lasting.txt.
var lastingVerbs = lexicon.Set(lastingFile)

// overMeansMore reports whether "over" at token i means "more than" and
// belongs to the expression after it: at the start of a sentence, after
// a preposition, "of" or "than", or after a verb of lasting ("to last
// over a week"); elsewhere it is a preposition ("evolved over several
// years", TimeBank).
func (p *dateParser) overMeansMore(i int) bool {
	if p.sentenceStart(i) {
		return true
	}
	prev := p.t(i - 1)
	if prev.kind != dtWord {
		return false
	}
	if prev.lex == dlexPrep || prev.lex == dlexOf || p.is(i-1, "than") {
		return true
	}
	return lastingVerbs.LookupAt(p.text, int(prev.start), int(prev.end)) != 0
}

// bareUnitsAfter reports whether token k, before a bare plural unit, makes
// it a duration: "for", "within", "in", or a verb of lasting.
func (p *dateParser) bareUnitsAfter(k int) bool {
	if p.is(k, "for") || p.is(k, "within") || p.is(k, "in") {
		return true
	}
	t := p.t(k)
	return t.kind == dtWord && lastingVerbs.LookupAt(p.text, int(t.start), int(t.end)) != 0
}
