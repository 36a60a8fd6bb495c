package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

// Quoted titles (Q13): "a paper entitled “…”", "under the headline “…”",
// "the family motto, “…”".

// titleWords are the words of lists/title-words.names.
var titleWords = lexicon.Set(titleWordsFile)

// afterTitleWord reports whether the opening mark at start follows a
// title word of lists/title-words.names, straight or after a comma or a
// colon: the quoted words are a title or a motto, nobody's (Q13).
func (e *quoteEngine) afterTitleWord(start int) bool {
	s := strings.TrimRight(e.text[:start], " ,:")
	return titleWords.Lookup(s[strings.LastIndexByte(s, ' ')+1:]) != 0
}
