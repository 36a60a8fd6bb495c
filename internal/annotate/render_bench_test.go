package annotate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// markdownArticle returns a Markdown article of at least n bytes, built
// from paragraphs written for the benchmark: headings, emphasis, links,
// lists, block quotes and quotes across paragraphs.
func markdownArticle(n int) string {
	paras := []string{
		"## Section %d: the *harbour* plan",
		"“We *really* need this wall before the winter storms,” said the mayor, Amara Okafor, on Tuesday. “The [engineers' report](https://example.org/report-%d) left us no choice.”",
		"Ms Okafor said the work would take two years and cost **£4.2m**, a figure the opposition called “optimistic at best”.",
		"> “It is a good day for the harbour,” said Tom Reyes, who chairs the\n> fishermen's association. “We have waited since 2019.”",
		"- Tenders open on 3 November.\n- Work starts in spring.\n- Residents can comment until Friday.",
		"“I have lived here for forty years and I have never seen the council act\nthis fast.",
		"“Let's hope the money holds,” said Ms Ada Lind, a resident, on Wednesday night &amp; again on Thursday.",
		"The council will meet again next month; see <b>the agenda</b> and `minutes-%d.pdf`.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		p := paras[i%len(paras)]
		if strings.Contains(p, "%d") {
			p = fmt.Sprintf(p, i)
		}
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkRenderMarkdown renders a 1 MB Markdown article with highlights
// laid over it (the spans the annotator finds, plus one date every 200
// bytes so that the marks are dense even before the engine finds them).
func BenchmarkRenderMarkdown(b *testing.B) {
	src := markdownArticle(1 << 20)
	res, err := Annotate(src, Options{Format: FormatMarkdown, Dateline: "2025-10-17"})
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i+20 < len(src); i += 200 {
		s := core.ClampSpan(src, Span{Start: i, End: i + 20})
		res.Dates = append(res.Dates, Date{Span: s, Type: TypeDate, Value: "XXXX"})
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		_ = RenderHTML(src, res)
	}
}

// BenchmarkAnnotateMarkdown annotates the same 1 MB Markdown article.
func BenchmarkAnnotateMarkdown(b *testing.B) {
	src := markdownArticle(1 << 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Annotate(src, Options{Format: FormatMarkdown, Dateline: "2025-10-17"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderNoTitles renders the 1 MB Markdown article of
// BenchmarkRenderMarkdown as the page asks for it, without the highlights'
// titles, and reports the fragment's size against the one with them.
func BenchmarkRenderNoTitles(b *testing.B) {
	src := markdownArticle(1 << 20)
	res, err := Annotate(src, Options{Format: FormatMarkdown, Dateline: "2025-10-17"})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(RenderHTMLWith(src, res, RenderOptions{NoTitles: true}))
	}
	b.ReportMetric(float64(n)/float64(len(RenderHTML(src, res))), "size-vs-titles")
}
