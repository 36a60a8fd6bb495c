package timex

import "github.com/newsroom/annotator/internal/annotate/lexicon"

// The periods of a game (rule D54): "scored 14 points in the fourth
// quarter" names a part of a match, not a quarter of the year.

// gameWords are the words of games.txt.
var gameWords = lexicon.Set(gamesFile)

// inGame reports whether the sentence around tokens [i, j) is about a
// game: one of its words is in games.txt ("scored", "halftime").
func (p *dateParser) inGame(i, j int) bool {
	return p.sentenceHas(i, j, func(k int) bool {
		t := p.t(k)
		return t.kind == dtWord && gameWords.LookupAt(p.text, int(t.start), int(t.end)) != 0
	})
}
