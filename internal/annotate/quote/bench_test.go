package quote

import (
	"strings"
	"testing"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/internal/corpus"
	"github.com/newsroom/annotator/internal/annotate/words"
)

// benchArticle is a made-up news story that exercises every stage of the
// quote stage: marks of several kinds, cues before, after and inside
// quotes, titles, appositions, pronouns, paragraphs without a cue, a quote
// over two paragraphs, scare quotes and photo credits.
const benchArticle = `Mayor Maria Lopez arrives at the site on Monday. Photograph: Anna Novak/Reuters

The city council has approved a plan to rebuild the old bridge, which Mayor Maria Lopez called “the most important project of the decade”.

“We start on Monday,” Ms Lopez said. “The work takes a year, and the road reopens next June.”

Her deputy, Peter Brandt, told reporters that the so-called “fast track” would not cut corners. “Nobody will be rushed,” he said, “and every inspection will happen on time.”

“We have seen the plans and they are sound,” said Dr Anna Kowalski, an engineer at the university. 'It is a good design.'

The company said in a statement: "We regret the delay and will work with the city to finish the bridge before winter."

"It's a major job," according to Tom Hale, the union's spokesman, who added that crews don’t work at night in the ’90s style any more.

“The first phase is the hardest. We will close two lanes and move the water mains.

“After that, the rest goes quickly,” she said.

''Traffic will be heavy for a month,'' the police department warned. «Take the train», it said.

Mr Brandt insisted the budget was safe.

“There is money for all of it, and a reserve for surprises. Nobody should worry about that.”

`

// benchText returns about n bytes of made-up news.
func benchText(n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(benchArticle)
	}
	return b.String()
}

func BenchmarkFindQuotes(b *testing.B) {
	text := benchText(300 << 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(core.NewDocument(text))
	}
}

// BenchmarkFindQuotesNews runs the quote stage alone over the news corpus
// of BenchmarkAnnotate, split into paragraphs beforehand (the words are
// read again every time: alone, the stage reads them itself).
func BenchmarkFindQuotesNews(b *testing.B) {
	docs, size := corpus.Documents(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Find(d)
			words.Forget(d)
		}
	}
}
