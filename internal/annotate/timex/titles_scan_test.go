package timex

import (
	"strings"
	"testing"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// inTitleByByte is inTitle with its backward scan one byte at a time, the
// reference FuzzInTitle compares the eight-byte scan with.
func inTitleByByte(text string, s core.Span) bool {
	open := -1
	for k := s.Start - 1; k >= 0 && k >= s.Start-maxTitle; k-- {
		c := text[k]
		if c == '\n' {
			return false
		}
		if c == '"' {
			open = k
			break
		}
		// “ and ” are E2 80 9C and E2 80 9D: their first byte, then the
		// others, without a string comparison at every byte.
		if c == 0xE2 && k+2 < len(text) && text[k+1] == 0x80 {
			if text[k+2] == 0x9C {
				open = k
				break
			}
			if text[k+2] == 0x9D {
				return false // a closed quotation lies between
			}
		}
	}
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

func FuzzInTitle(f *testing.F) {
	f.Add("the film \u201c1917\u201d came out", 14, 18)
	f.Add("his song \"Yesterday\" and more text after it, long enough", 10, 19)
	f.Add("a long line of plain words with no marks at all before the date in 2024 here", 65, 69)
	f.Add("the novel \u201cTomorrow,\u201d then \u201cx 2020\u201d", 40, 44)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end < start || end > len(text) {
			return
		}
		s := core.Span{Start: start, End: end}
		if got, want := inTitle(text, s), inTitleByByte(text, s); got != want {
			t.Fatalf("inTitle(%q, %v) = %v, by byte %v", text, s, got, want)
		}
	})
}
