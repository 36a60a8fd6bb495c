package words

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom/annotator/internal/annotate/core"
)

func TestAt(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want      string // the token's text
		kind      Kind
		poss, ltr bool
		next      int
	}{
		{"  said it", "said", Word, false, true, 6},
		{"Zelenskiy's plan", "Zelenskiy", Word, true, true, 11},
		{"O’Brien’s", "O’Brien", Word, true, false, len("O’Brien’s")},
		{"Jean-Luc", "Jean-Luc", Word, false, false, 8},
		{"U.S. envoy", "U.S", Word, false, false, 3},
		{"don't", "don't", Word, false, false, 5},
		{"1,000", "1", Word, false, false, 1},
		{"COVID19 cases", "COVID19", Word, false, false, 7},
		{"café", "café", Word, false, false, len("café")},
		{"word-", "word", Word, false, true, 4},
		{"“Quote”", "“", Mark, false, false, len("“")},
		{"\fform", "\f", Mark, false, false, 1},
		{"\xff", "\xff", Mark, false, false, 1},
		{" \u00a0\u200b ", "", 0, false, false, len(" \u00a0\u200b ")},
	} {
		tok, next := At(tc.text, 0, len(tc.text))
		assert.Equal(t, tc.kind, tok.Kind, tc.text)
		assert.Equal(t, tc.want, tc.text[tok.Start:tok.End], tc.text)
		assert.Equal(t, tc.poss, tok.Poss, tc.text)
		assert.Equal(t, tc.ltr, tok.Letters, tc.text)
		assert.Equal(t, tc.next, next, tc.text)
		if tok.Kind != 0 {
			assert.Equal(t, tc.next, int(tok.Next), tc.text)
		}
	}
}

func TestAtStopsAtLimit(t *testing.T) {
	text := "John's 'quote"
	tok, next := At(text, 0, 4) // a candidate opens at the apostrophe
	assert.Equal(t, "John", text[tok.Start:tok.End])
	assert.False(t, tok.Poss)
	assert.Equal(t, 4, next)
}

// ofTexts exercise the fast paths of Of: words of every length around
// eight and fifteen letters, capitals, words at the end of the text.
var ofTexts = []string{
	"Mayor Ana Ruiz’s plan: 1,000 homes by mid-2025.\n\n“We start on Monday,” she said. Zoë's café\fopens, the U.S. envoy don't.\n\nx\xff\x80y0",
	"a ab abc abcd abcde abcdef abcdefg SPOKESMAN spokeswoman Representatives representatives, internationally Internationalization said",
	"SAID Said said. TOMORROW tomorrow's September Septembers President-elect PRESIDENT",
	// a hyphen, dot or apostrophe that joins nothing, before a space, a
	// mark, a letter beyond ASCII and the end of the paragraph
	"well- said.. U.S.-led rock 'n' roll Jones' -x .y end.é end-’ end'\n\nlast.",
	// possessives, read by appendCommon where a space or a mark follows
	"Trump's, CEO’S. it's Ruiz’sé Ruiz’s2 Jones's's Ana'S\n\nJones’s\n\nJones's",
	// numbers, which appendOne reads
	"1,000 2.5 2025. 10th 1990's 12345678 1234567 7’s 3-4 5% 0\n\n9 1\x102 12\xff",
}

// TestOfIsAtOverEachParagraph checks the fast paths of Of against At.
func TestOfIsAtOverEachParagraph(t *testing.T) {
	for _, text := range ofTexts {
		checkOfIsAt(t, text)
	}
	d := core.NewDocument(ofTexts[0])
	assert.Same(t, Of(d), Of(d), "kept in the document")
}

func FuzzOfIsAt(f *testing.F) {
	for _, text := range ofTexts {
		f.Add(text)
	}
	f.Fuzz(checkOfIsAt)
}

func checkOfIsAt(t *testing.T, text string) {
	d := core.NewDocument(text)
	w := Of(d)
	for pi, p := range d.Paras {
		var want []Token
		for i := p.Start; i < p.End; {
			var tok Token
			if tok, i = At(text, i, p.End); tok.Kind != 0 {
				want = append(want, tok)
			}
		}
		if got := w.Para(pi); len(want) > 0 || len(got) > 0 { // (nil or empty, a paragraph of no token is one)
			assert.Equal(t, want, got, "paragraph %d", pi)
		}
	}
}

func TestHalves(t *testing.T) {
	// This test binary has no stage in it: the words are its own.
	Quote.Add("zzboth", 5)
	Date.Add("zzboth", 7)
	Date.Add("zzdate", 9)
	for _, tc := range []struct {
		word        string
		quote, date uint32
	}{{"zzboth", 5, 7}, {"ZZBoth", 5, 7}, {"zzdate", 0, 9}, {"zz", 0, 0}} {
		assert.Equal(t, tc.quote, Quote.Lookup(tc.word), tc.word)
		assert.Equal(t, tc.date, Date.Lookup(tc.word), tc.word)
		text := "(" + tc.word + ") and some more text after it"
		assert.Equal(t, tc.quote, Quote.LookupAt(text, 1, 1+len(tc.word)), tc.word)
		assert.Equal(t, tc.date, Date.LookupLettersAt(text, 1, 1+len(tc.word)), tc.word)
		tok, _ := At(text, 1, len(text))
		assert.Equal(t, tc.quote, tok.Quote, tc.word)
		assert.Equal(t, tc.date, tok.Date, tc.word)
	}
	// And Of, through its own packing of the key.
	d := core.NewDocument("The zzboth and zzdate words, then zzboth again at the end of the text")
	var got []uint32
	for _, tok := range Of(d).Para(0) {
		if tok.Quote|tok.Date != 0 {
			got = append(got, tok.Quote, tok.Date)
		}
	}
	assert.Equal(t, []uint32{5, 7, 0, 9, 5, 7}, got)
}

func TestASCIIRuns(t *testing.T) {
	texts := []string{
		"",
		"Zelenskiy's",
		"abc123XYZ/09:az@[`{/:",
		"COVID19 vaccines, 2025-10-17",
		"naïve café",
		"x\xff\x80y0",
	}
	for _, text := range texts {
		for from := 0; from <= len(text); from++ {
			want := from
			for want < len(text) && asciiClass[text[want]] == asciiWord {
				want++
			}
			assert.Equal(t, want, asciiAlnumRun(text, from, len(text)), "%q from %d", text, from)
		}
	}
}

// TestOfMarksBeyondASCII checks the marks of U+2010 to U+202F, read
// without At where they are commonest, against At.
func TestOfMarksBeyondASCII(t *testing.T) {
	var b strings.Builder
	for r := rune(0x2010); r <= 0x202f; r++ {
		b.WriteString("a" + string(r) + " " + string(r) + "b " + string(r))
	}
	b.WriteString("\xe2\x80")
	checkOfIsAt(t, b.String())
}
