package timex

import (
	"testing"

	"github.com/newsroom/annotator/internal/annotate/lexicon"
	"github.com/stretchr/testify/assert"
)

// TestCandMatchesCanStart checks that the tokens scanDates passes over
// (cand 0) are tokens canStart turns down: every word of the lexicon
// whose class startsWord rejects, and a word on no list, before the words
// that let most tokens through ("least" after "at", a number, a unit);
// and every mark but an apostrophe.
func TestCandMatchesCanStart(t *testing.T) {
	var ws []string
	for _, e := range lexicon.Parse(wordsFile) {
		ws = append(ws, e.Word)
	}
	ws = append(ws, "house", "Smith")
	for _, w := range ws {
		for _, next := range []string{" least", " 5", " year", " a year", "’90s"} {
			text := w + next
			toks, _ := tokenizeDates(text, 0, len(text), nil, make([]dtoken, 0, dateHardWindow))
			p := dateParser{text: text, toks: toks, r: &dresolver{}}
			if toks[0].cand == 0 {
				assert.False(t, p.canStart(0), "%q: cand 0 but canStart", text)
			}
		}
	}
	for _, text := range []string{",90s", ".90s", "-90s", "(90s", "“90s", "—90s"} {
		toks, _ := tokenizeDates(text, 0, len(text), nil, make([]dtoken, 0, dateHardWindow))
		p := dateParser{text: text, toks: toks, r: &dresolver{}}
		if text[0] < 0x80 {
			assert.Zero(t, toks[0].cand, text)
		} // (a mark beyond ASCII that starts as ’ does is left to canStart)
		assert.False(t, p.canStart(0), text)
	}
	for _, text := range []string{"'90s", "’90s", "at least", "the year", "5 years"} {
		toks, _ := tokenizeDates(text, 0, len(text), nil, make([]dtoken, 0, dateHardWindow))
		assert.Equal(t, uint8(1), toks[0].cand, text)
	}
}
