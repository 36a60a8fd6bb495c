package timex

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/words"
)

// scanTexts are texts where the words of package words and this stage's
// tokens part: numbers with commas, decimals and suffixes, words joined by
// hyphens, dots and apostrophes, possessives, form feeds, letters and
// digits beyond ASCII, invalid UTF-8, a paragraph longer than a window.
var scanTexts = []string{
	"On 17 October 2025, the council met at 5pm; 1,000 people came, 2.5% more than in the 1990s.",
	"Jean-Luc's plan for mid-2025, the U.S. envoy’s and O’Brien’s; don't wait till the ’90s.",
	"form\ffeed\vvertical\u00a0no-break\u200bzero-width\u2003em \u3000 spaces",
	"\u00ad0 soft\u00adhyphen 5\u00ad May\u2060joiner \ufeff2025", // format characters: invisible to both readings
	"café naïve 5é 12abé Zoë’s résumé, ٣٤٥ digits, e\u0301 combining, x\xff\x80y0 \xe2\x80",
	"Mon., Oct. 6 — “Friday,” he said; «lundi» ‘Tuesday’ 1,234-5 3.14.15 10th-anniversary",
	longParagraph(),
}

// longParagraph is one paragraph of more than dateHardWindow tokens, with
// sentence ends and some without a space after them.
func longParagraph() string {
	s := ""
	for i := 0; i < 120; i++ {
		s += "It rained on Monday, March 3. Then “sun.”Next week, 2,000 more! "
		if i%7 == 3 {
			s += "Smith's and Ruiz’s dogs' day. " // possessives where a window may end
		}
	}
	return s
}

// TestTokenizeDatesFromWords checks that the tokens made from package
// words are those read from the bytes alone, window by window, over whole
// paragraphs and over paragraphs cut short as DetectDateline cuts them.
func TestTokenizeDatesFromWords(t *testing.T) {
	for _, text := range scanTexts {
		checkTokenizeDatesFromWords(t, text)
	}
}

func FuzzTokenizeDatesFromWords(f *testing.F) {
	for _, text := range scanTexts {
		f.Add(text)
	}
	f.Fuzz(checkTokenizeDatesFromWords)
}

func checkTokenizeDatesFromWords(t *testing.T, text string) {
	d := core.NewDocument(text)
	ws := words.Of(d)
	for pi, p := range d.Paras {
		for _, to := range []int{p.End, p.Start + p.Len()/2, p.Start + p.Len()/3} {
			want := dateWindows(text, p.Start, to, nil)
			got := dateWindows(text, p.Start, to, ws.Para(pi))
			if !assert.Equal(t, want, got, "paragraph %d of %q, to %d", pi, text, to) {
				return
			}
		}
	}
}

// dateWindows returns the windows of tokens that scanDates reads in
// text[from:to], leaving out empty ones (the parser finds nothing there).
func dateWindows(text string, from, to int, ws []words.Token) [][]dtoken {
	var out [][]dtoken
	var buf [dateHardWindow]dtoken
	for from < to {
		toks, next := tokenizeDates(text, from, to, ws, buf[:0])
		if next <= from {
			break
		}
		if len(toks) > 0 {
			out = append(out, append([]dtoken(nil), toks...))
		}
		from = next
	}
	return out
}
