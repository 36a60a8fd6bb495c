package quote

import "github.com/newsroom/annotator/internal/annotate/lexicon"

// Quoted titles (Q13): "a paper entitled “…”", "under the headline “…”",
// "the family motto, “…”".

// titleWords are the words of lists/title-words.names.
var titleWords = lexicon.Set(titleWordsFile)

// afterTitleWord reports whether the opening mark at start follows a
// title word of lists/title-words.names, straight or after a comma or a
// colon: the quoted words are a title or a motto, nobody's (Q13).
func (e *quoteEngine) afterTitleWord(start int) bool {
	i := start
	for i > 0 && e.text[i-1] == ' ' {
		i--
	}
	if i > 0 && (e.text[i-1] == ',' || e.text[i-1] == ':') {
		i--
	}
	j := i
	for j > 0 && isASCIILetter(e.text[j-1]) {
		j--
	}
	return j < i && i-j <= 12 && titleWords.Lookup(e.text[j:i]) != 0
}
