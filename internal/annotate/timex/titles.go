package timex

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

// Titles of works in quotation marks (rule D43): "the film “1917”", "his
// song “Yesterday”", "the novel “Tomorrow, and Tomorrow”" name a work;
// the time expressions inside are not times of the text. TimeML
// guidelines (TIMEX3 marks times that the text refers to; a name is
// not one).

// titlesFile (titles.txt) is in lists_gen.go.

// titleWords are the words that name a work (titles.txt).
var titleWords = lexicon.Set(titlesFile)

// maxTitle is how far, in bytes, a quoted title may reach either side of
// a time expression inside it.
const maxTitle = 80

// inTitle reports whether span s of text lies inside a quoted title: an
// opening mark, after a word that names a work, before s on its line, and
// its closing mark after s.
func inTitle(text string, s core.Span) bool {
	open := titleOpening(text, s.Start)
	if open < 0 {
		return false
	}
	// The word before the mark: "film", "novel", "titled".
	end := open
	for end > 0 && (text[end-1] == ' ' || text[end-1] == ',') {
		end--
	}
	start := end
	for start > 0 && dLetter(text[start-1]) {
		start--
	}
	if start == end || titleWords.LookupAt(text, start, end) == 0 {
		return false
	}
	rest := text[s.End:min(len(text), s.End+maxTitle)]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(rest, "\u201d") || strings.IndexByte(rest, '"') >= 0
}

// titleOpening returns the offset of the opening mark (" or “) nearest
// before offset from on its line and within maxTitle bytes, or -1 when a
// line break, a closing ” or the limit comes first.
func titleOpening(text string, from int) int {
	lo := max(0, from-maxTitle)
	for k := from - 1; k >= lo; k-- {
		if k-7 >= lo && !hasTitleByte(core.Load64(text, k-7)) {
			k -= 7 // eight bytes with none of the three below, the commonest
			continue
		}
		c := text[k]
		if c == '\n' {
			return -1
		}
		if c == '"' {
			return k
		}
		// “ and ” are E2 80 9C and E2 80 9D: their first byte, then the
		// others, without a string comparison at every byte.
		if c == 0xE2 && k+2 < len(text) && text[k+1] == 0x80 {
			if text[k+2] == 0x9C {
				return k
			}
			if text[k+2] == 0x9D {
				return -1 // a closed quotation lies between
			}
		}
	}
	return -1
}

// hasTitleByte reports whether one of the eight bytes x holds is one that
// inTitle's backward scan stops at: a line break, '"', or 0xE2, the first
// byte of “ and ”.
func hasTitleByte(x uint64) bool {
	const ones, highs = core.SWAROnes, core.SWARHighs
	y0, y1, y2 := x^(ones*'\n'), x^(ones*'"'), x^(ones*0xE2)
	return ((y0-ones)&^y0|(y1-ones)&^y1|(y2-ones)&^y2)&highs != 0
}
