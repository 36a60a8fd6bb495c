package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/words"
)

// tokenizeTexts are texts where the words of package words and this
// stage's tokens may part: possessives, quotes opened or closed inside a
// word, marks that join words, form feeds, numbers, letters and digits
// beyond ASCII, invalid UTF-8.
var tokenizeTexts = []string{
	benchArticle,
	"John's dog and O’Brien’s cat's bowl. JAMES'S hat, the Joneses’ car.",
	"He played rock'n'roll all night, 'quoted' words and 'another one' he said.",
	"‘Hello John’s friend’ and “the boss’s” view; 'Smith's' book.",
	"1,000 people; 2.5% of 1990s voters; 5pm on the 10th; 1,234-5 and 3.14.15",
	"Jean-Luc met the U.S. envoy; they don’t like the ’90s or mid-2025 plans.",
	"form\ffeeds\vand\u00a0no-break\u200bspaces\u2003em \u3000ideographic",
	"café naïve Zoë’s résumé, Ελλάδα and ٣٤٥ digits, e\u0301 combining",
	"x\xff\x80y0 \xe2\x80 broken \xc3",
	"“Quote,” he said. «Take the train», it said. ''Traffic'' he warned.",
	"abc123XYZ/09:az@[`{/: a-b-c a.b.c a'b'c a’b’c ’s 's -x .x 'x",
	"“We are ready.”\nMayor Ana Ruiz said on Monday. “Are we?” she asked!",
	"Gov. Ann Marsh met George W. Bush. R.T. Smith left? Yes! Dr. No. 3 days. É. Zola. Mr.\u00a0Ruiz.",
}

// TestTokenizeFromWords checks that the tokens made from package words
// are those read from the bytes alone, candidates and all.
func TestTokenizeFromWords(t *testing.T) {
	for _, text := range tokenizeTexts {
		checkTokenizeFromWords(t, text)
	}
}

func FuzzTokenizeFromWords(f *testing.F) {
	for _, text := range tokenizeTexts {
		f.Add(text)
	}
	f.Fuzz(checkTokenizeFromWords)
}

func checkTokenizeFromWords(t *testing.T, text string) {
	d := core.NewDocument(text)
	ws := words.Of(d)
	cands := scanQuotes(d, &scratch{})
	next, nextBytes := 0, 0
	for pi, p := range d.Paras {
		var got, want []token
		got, next = tokenize(text, p, cands, next, ws.Para(pi), nil)
		want, nextBytes = tokenize(text, p, cands, nextBytes, nil, nil)
		if !assert.Equal(t, want, got, "paragraph %d of %q", pi, text) {
			return
		}
		assert.Equal(t, nextBytes, next)
	}
}

// TestScanMarksFromWords checks that the marks found among the words of
// package words are those found by reading every byte.
func TestScanMarksFromWords(t *testing.T) {
	for _, text := range append(tokenizeTexts,
		"don''t ''x'' a''b ' '' ''' \"\" ``x`` ‘’ ’’ “” ‹a› «» „x“ Trump’s’ James’s’ dogs’ ’s",
		"Ander\u00adson’s «\u00a0x\u00a0» \u200b“x”\u200b ª’º µ’s 5ℓ’s ⁿ’ ’\xe2\x80\x99",
	) {
		checkScanMarksFromWords(t, text)
	}
}

func FuzzScanMarksFromWords(f *testing.F) {
	for _, text := range tokenizeTexts {
		f.Add(text)
	}
	f.Fuzz(checkScanMarksFromWords)
}

func checkScanMarksFromWords(t *testing.T, text string) {
	d := core.NewDocument(text)
	ws := words.Of(d)
	for pi, p := range d.Paras {
		if toks := ws.Para(pi); toks != nil {
			want := scanMarks(text, p, nil, nil)
			if !assert.Equal(t, want, scanMarks(text, p, toks, nil), "paragraph %d of %q", pi, text) {
				return
			}
		}
	}
}
