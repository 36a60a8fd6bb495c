package annotate

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuoteWords(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"“”", 0},
		{"“We will rebuild the pier,”", 5},
		{"'Don't go,' she said", 4},
		{"“O’Neil is well-known.”", 3},
		{"“It cost 3.5 million, or 10,000 each.”", 7},
		{"« Non », dit-il", 2},
		{"“A - B -- C”", 3},
		{"“**Bold** and [a link](https://example.org)”", 7},
		{"“Café naïve 東京”", 3},
		{"“trailing-”", 1},
		// Marks between ASCII letters and digits (the ASCII path).
		{"x,y 1,a a.b 3.x", 8},
		{"rock'n'roll, 9.5-10 'quoted'", 3},
		{"e\u0301t\u00e9 A\u030a!", 2},
		{"\x00\x7f@[`{ ~", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, QuoteWords(tt.text))
		})
	}
}

// TestQuoteWordRuneGeneralPunctuation checks the shortcut of
// isQuoteWordRune against the Unicode tables over the whole block.
func TestQuoteWordRuneGeneralPunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		assert.False(t, unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r), "%U", r)
		assert.False(t, isQuoteWordRune(r), "%U", r)
	}
}

func TestSources(t *testing.T) {
	text := "“We will rebuild the pier by next summer,” the harbour master, Ines Moreau, said.\n\n" +
		"“Nobody should fish there,” Moreau added. “Not yet,” she said.\n\n" +
		"Tom Hale, a fisherman, said: “It is too late for us.”"
	res, err := Annotate(text, Options{})
	require.NoError(t, err)
	got := Sources(res)

	var total int
	for _, q := range res.Quotes {
		total += QuoteWords(q.Text)
	}
	require.Equal(t, 20, total, "the words of every quote")
	var share float64
	var quotes int
	for _, s := range got {
		share += s.Share
		quotes += s.Quotes
	}
	assert.InDelta(t, 1, share, 1e-9, "shares add up to 1")
	assert.Equal(t, len(res.Quotes), quotes, "every quote is in one row")

	byName := map[string]Source{}
	for _, s := range got {
		byName[s.Name] = s
	}
	assert.Equal(t, Source{ID: byName["Ines Moreau"].ID, Name: "Ines Moreau", Kind: "person", Quotes: 3, Words: 14, Share: 14.0 / 20}, byName["Ines Moreau"])
	assert.Equal(t, 6, byName["Tom Hale"].Words)
	assert.NotContains(t, byName, "", "no unattributed row when every quote has a speaker")
}

func TestSourcesEdges(t *testing.T) {
	s1 := "s1"
	ana := Speaker{ID: "s1", Name: "Ana", Kind: "person"}
	bo := Speaker{ID: "s2", Name: "Bo", Kind: "organization"}
	tests := []struct {
		name string
		res  Result
		want []Source
	}{
		{"nothing", Result{}, []Source{}},
		{"no word quoted", Result{Speakers: []Speaker{ana, bo}, Quotes: []Quote{{Text: "“…”", Speaker: &s1}}},
			[]Source{{ID: "s1", Name: "Ana", Kind: "person", Quotes: 1}, {ID: "s2", Name: "Bo", Kind: "organization"}}},
		{"unattributed last", Result{Speakers: []Speaker{ana}, Quotes: []Quote{{Text: "“No one said this”"}, {Text: "“Ana did”", Speaker: &s1}}},
			[]Source{{ID: "s1", Name: "Ana", Kind: "person", Quotes: 1, Words: 2, Share: 2.0 / 6}, {Quotes: 1, Words: 4, Share: 4.0 / 6}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Sources(tt.res))
		})
	}
}
