package timex

import (
	"testing"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// titleOpeningByByte is titleOpening with its backward scan one byte at a
// time, the reference FuzzInTitle compares the eight-byte scan with.
func titleOpeningByByte(text string, from int) int {
	for k := from - 1; k >= 0 && k >= from-maxTitle; k-- {
		c := text[k]
		if c == '\n' {
			return -1
		}
		if c == '"' || c == 0xE2 && k+2 < len(text) && text[k+1] == 0x80 && text[k+2] == 0x9C {
			return k
		}
		if c == 0xE2 && k+2 < len(text) && text[k+1] == 0x80 && text[k+2] == 0x9D {
			return -1
		}
	}
	return -1
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
		if got, want := titleOpening(text, start), titleOpeningByByte(text, start); got != want {
			t.Fatalf("titleOpening(%q, %d) = %d, by byte %d", text, start, got, want)
		}
		_ = inTitle(text, core.Span{Start: start, End: end}) // and no panic
	})
}
