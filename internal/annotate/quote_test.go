package annotate

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// quoteView is what a test checks of one quote: its text, its speaker's
// name ("" when none) and its cue ("" when none).
type quoteView struct {
	Text, Speaker, Cue string
}

// viewQuotes annotates text as plain text and returns its quotes as views.
func viewQuotes(t *testing.T, text string) ([]quoteView, Result) {
	t.Helper()
	res, err := Annotate(text, Options{Format: FormatPlain})
	require.NoError(t, err)
	names := map[string]string{}
	for _, s := range res.Speakers {
		names[s.ID] = s.Name
	}
	var out []quoteView
	for _, q := range res.Quotes {
		v := quoteView{Text: q.Text}
		if q.Speaker != nil {
			v.Speaker = names[*q.Speaker]
		}
		if q.Cue != nil {
			v.Cue = q.Cue.Text
		}
		out = append(out, v)
	}
	return out, res
}

// quoteTexts returns the text of each quote found in text, in order.
func quoteTexts(t *testing.T, text string) []string {
	t.Helper()
	got, _ := viewQuotes(t, text)
	var texts []string
	for _, q := range got {
		texts = append(texts, q.Text)
	}
	return texts
}

func TestQuoteParagraphs(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		want     []string
		unclosed []bool
	}{
		{
			"continued over two paragraphs",
			"“We start on Monday. The work takes a year.\n\n“After that the road reopens,” the mayor said.\n\nThe council agreed.",
			[]string{"“We start on Monday. The work takes a year.\n\n“After that the road reopens,”"},
			[]bool{false},
		},
		{
			"unclosed ends with its paragraph",
			"“We start on Monday and we finish in June.\n\nThe council agreed on Tuesday and voted for the plan.",
			[]string{"“We start on Monday and we finish in June."},
			[]bool{true},
		},
		{
			"unclosed ends before its attribution",
			"“We start on Monday, the mayor said.\n\nThe council agreed on Tuesday and voted for the plan.",
			[]string{"“We start on Monday"},
			[]bool{true},
		},
		{
			"unclosed before a new opening mark",
			"“We start on Monday, she said. “The work takes a year,” she added.",
			[]string{"“We start on Monday", "“The work takes a year,”"},
			[]bool{true, false},
		},
		{
			"split quote",
			"“We start on Monday,” the mayor said. “The work takes a year.”",
			[]string{"“We start on Monday,”", "“The work takes a year.”"},
			[]bool{false, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, res := viewQuotes(t, tt.text)
			var texts []string
			var unclosed []bool
			for _, q := range res.Quotes {
				texts = append(texts, q.Text)
				unclosed = append(unclosed, q.Unclosed)
			}
			assert.Equal(t, tt.want, texts)
			assert.Equal(t, tt.unclosed, unclosed)
		})
	}
}

func TestQuotedTerms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"scare quotes", "The so-called “deal” was never signed by the two sides.", nil},
		{"title", "She starred in “The Long Road Home” last year.", nil},
		{"nickname", "Jones, known as “the Hammer,” retired in May.", nil},
		{"attributed short reply", "“Never,” she said.", []string{"“Never,”"}},
		{"short question with inverted cue", "“Really?” asked the host.", []string{"“Really?”"}},
		{"sentence in mid paragraph", "The talks ended late. “We made progress on the main points.” The next round is in June.", []string{"“We made progress on the main points.”"}},
		{"reported speech after that", "She said that “the plan will work for everyone in the city.”", nil},
		{"lower-case fragment inside a sentence", "He called the plan “a waste of money,” and left.", nil},
		{"title after a word", "He appeared on “Meet the Press,” Ms Lee said.", nil},
		{"headline in title case", "The Race: ‘A Long Road to the Finish Line.’\n\nThe race is close.", nil},
		{"attributed headline in title case", "Lee: ‘We Will Win This Race’\n\nThe race is close.", []string{"‘We Will Win This Race’"}},
		{"subheading", "The vote is next week.\n\n“A long road”\n\nThe council meets on Monday.", nil},
		{"numbers and HTML values", `<span data-time="1449075600">Monday</span> "2016"`, nil},
		{"long attributed phrase without closing punctuation", "Ms Lee said the deal gave the city “a lot of room, a lot of time to plan” before winter.",
			[]string{"“a lot of room, a lot of time to plan”"}},
		{"Q10 capitalised words the reporter's sentence runs on after", "“Boots on the ground” would be the wiser course, Ms Lee said.", nil},
		{"Q10 quoted promise inside the reporter's sentence", "The governor said, “We will look at closing the plant” if the council agrees.", nil},
		{"Q10 a pronoun and a cue after the quote are its attribution", "“We will look at closing the plant” he said.", []string{"“We will look at closing the plant”"}},
		{"Q10 whole sentences before the run-on are someone's words", "“We tried. Nobody on the council listened to us” in the end, she said.",
			[]string{"“We tried. Nobody on the council listened to us”"}},
		{"Q11 a whole sentence right after its cue verb, in lower case", "Ann Marsh said “we are not there yet.”", []string{"“we are not there yet.”"}},
		{"Q11 not after a weak cue that names a term", "Ann Marsh called it “the loneliest moment of my life.”", nil},
		{"Q11 not a phrase without its own stop", "Ann Marsh said “a waste of money” and left.", nil},
		{"NYT nested closing marks", "''She told me, 'Never again,''' Mr. Hale said.", []string{"''She told me, 'Never again,'''"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quoteTexts(t, tt.text))
		})
	}
}

func TestSpeakerAliases(t *testing.T) {
	text := "US president Maria Lopez arrived on Friday.\n\n“We are ready,” Ms Lopez said.\n\n“We will sign,” Lopez added.\n\n“It is done,” she said."
	got, res := viewQuotes(t, text)
	require.Len(t, res.Speakers, 1)
	sp := res.Speakers[0]
	assert.Equal(t, "s1", sp.ID)
	assert.Equal(t, "Maria Lopez", sp.Name)
	assert.Equal(t, "person", sp.Kind)
	var mentions []string
	for _, m := range sp.Mentions {
		mentions = append(mentions, m.Text)
	}
	assert.Equal(t, []string{"Maria Lopez", "Ms Lopez", "Lopez", "she"}, mentions)
	for _, q := range got {
		assert.Equal(t, "Maria Lopez", q.Speaker, q.Text)
	}
}

func TestQuoteIDsAndParagraphs(t *testing.T) {
	text := "Intro line.\n\n“One two three four,” she said.\n\n“Five six seven eight,” Mr Hale said."
	_, res := viewQuotes(t, text)
	require.Len(t, res.Quotes, 2)
	assert.Equal(t, "q1", res.Quotes[0].ID)
	assert.Equal(t, "q2", res.Quotes[1].ID)
	assert.Equal(t, 1, res.Quotes[0].Paragraph)
	assert.Equal(t, 2, res.Quotes[1].Paragraph)
	assert.Nil(t, res.Quotes[0].Speaker, "she has no antecedent")
	require.NotNil(t, res.Quotes[1].Speaker)
	assert.Equal(t, "s1", *res.Quotes[1].Speaker)
}

func TestQuotesOddInput(t *testing.T) {
	inputs := []string{
		"", "\"", "“", "”", "''", "'''", "‘’", "\xe2\x80", "\xe2\x80\x9c\xff\xfe said he",
		"“\n\n“\n\n“", "\"a\"b\"c\"d\"", "“unclosed", "said", "he said “", "“,” said", "according to",
		"Mr. Mr. Mr.", "“x” \xc2", strings.Repeat("“a ", 1000), strings.Repeat("'", 999),
		"Photograph: “", "(AP Photo/“", "“A,” he said, “", "\x00“\x00”\x00",
	}
	for _, in := range inputs {
		res, err := Annotate(in, Options{Format: FormatPlain})
		require.NoError(t, err)
		for _, q := range res.Quotes {
			assert.True(t, 0 <= q.Start && q.Start < q.End && q.End <= len(in), "%q: %v", in, q.Span)
			assert.True(t, core.OnBoundary(in, q.Start) && core.OnBoundary(in, q.End), "%q: %v", in, q.Span)
			if q.Cue != nil {
				assert.True(t, q.Cue.End <= len(in) && core.OnBoundary(in, q.Cue.Start) && core.OnBoundary(in, q.Cue.End))
			}
		}
		for _, s := range res.Speakers {
			for _, m := range s.Mentions {
				assert.True(t, m.End <= len(in) && core.OnBoundary(in, m.Start) && core.OnBoundary(in, m.End))
			}
		}
		_ = utf8.ValidString(in)
	}
}

// TestSeedArticle checks the eight quotes and two speakers of the article
// the product was first described with.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../../shared/eval/seed-article.txt")
	if err != nil {
		t.Skipf("seed article not found beside the repository (../shared/eval/seed-article.txt): %v", err)
	}
	got, res := viewQuotes(t, string(b))
	var starts, speakers []string
	for _, q := range got {
		starts = append(starts, firstWords(q.Text, 3))
		speakers = append(speakers, q.Speaker)
	}
	assert.Equal(t, []string{
		"“a lot of", "“It is an", "“really not ready”", "“I am confident",
		"“And I think", "“Let’s see what", "“Well, that’s a", "“There’s a lot",
	}, starts)
	const trump, zelenskiy = "Donald Trump", "Volodymyr Zelenskiy"
	assert.Equal(t, []string{trump, trump, zelenskiy, zelenskiy, zelenskiy, trump, trump, trump}, speakers)
	var names []string
	for _, s := range res.Speakers {
		names = append(names, s.Name)
	}
	assert.ElementsMatch(t, []string{trump, zelenskiy}, names)
	// The two-paragraph quotes are one quote each.
	assert.Contains(t, got[3].Text, "\n\n“We really need it")
	assert.Contains(t, got[5].Text, "\n\n“I think that things")
	require.NotNil(t, res.Quotes[3].Cue)
	assert.Equal(t, "said", res.Quotes[3].Cue.Text, "the continued quote is attributed by “he said”")
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// TestQuotesReuseBuffers checks that pooled working buffers carry nothing
// from one article to the next.
func TestQuotesReuseBuffers(t *testing.T) {
	a := "“We start on Monday,” said Maria Lopez.\n\nShe met Peter Brandt.\n\n“It went well,” he said."
	b := "Tom Hale, the mayor, said: “The bridge opens in June.”\n\n“Traffic will be heavy,” the police said."
	_, first := viewQuotes(t, a)
	_, other := viewQuotes(t, b)
	_, again := viewQuotes(t, a)
	assert.Equal(t, first, again)
	require.Len(t, other.Speakers, 2)
	assert.Equal(t, "Tom Hale", other.Speakers[0].Name)
}

// TestQuotesLongParagraph runs a paragraph of thousands of quotes (text
// with no line breaks), which must come out whole and attributed.
func TestQuotesLongParagraph(t *testing.T) {
	const n = 3000
	text := strings.Repeat("“We will build it,” Mr Hale said. He met Ms Lee. ", n)
	_, res := viewQuotes(t, text)
	require.Len(t, res.Quotes, n)
	require.Len(t, res.Speakers, 1)
	assert.Equal(t, "Hale", res.Speakers[0].Name)
	for _, q := range res.Quotes {
		require.NotNil(t, q.Speaker)
	}
}
