package annotate

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// markdownSeeds are Markdown inputs for the fuzz tests and
// TestRenderMatchesGoldmark: each construct of CommonMark, and its edges.
var markdownSeeds = []string{
	"",
	"plain words",
	"# Heading\n\nPara with *em*, **strong**, `code` and [link](https://example.org \"t\").",
	"Setext\n======\n\nline one\nline two  \nhard break\\\nagain",
	"> quote\n> more\n>\n> > nested",
	"- a\n- b\n\n  para in b\n\n1. one\n2. two\n\n3) three",
	"```go\nfunc main() {}\n```\n\n    indented code\n\ttabbed",
	"<div>\n<script>alert(1)</script>\n</div>\n\ntext <b>bold</b> <!-- c --> end",
	"&amp; &copy; &#35; &#x22; &#0; &bogus; &#xFFFFFFFF; \\* \\\\ \\a",
	"![alt *text*](img.png) <https://example.org> <me@example.org>",
	"[ref]\n\n[ref]: https://example.org \"title\"",
	"“We *really* need it,” he said.\n\n“It goes on\n\n“and on.”",
	"***\n---\n___",
	"a\x00b \xff\xfe \u2028 \r\nc\rd",
	"*a **b** c*", "[a](<b c> 'd')", "`` a ` b ``", "- [ ] task\n- [x] done",
	"\t- tab\n  \t- mixed",
}

// rawAsText renders raw HTML the way the annotate renderer does, as text,
// so goldmark's HTML can be compared with ours.
type rawAsText struct{}

func (rawAsText) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(`<code class="raw-html">`)
			segs := n.(*ast.RawHTML).Segments
			for i := range segs.Len() {
				seg := segs.At(i)
				_, _ = w.Write(util.EscapeHTML(seg.Value(src)))
			}
			_, _ = w.WriteString("</code>")
		}
		return ast.WalkSkipChildren, nil
	})
	reg.Register(ast.KindHTMLBlock, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		b := n.(*ast.HTMLBlock)
		if entering {
			_, _ = w.WriteString(`<pre class="raw-html"><code>`)
			for i := range b.Lines().Len() {
				line := b.Lines().At(i)
				_, _ = w.Write(util.EscapeHTML(line.Value(src)))
			}
		} else {
			if b.HasClosure() {
				_, _ = w.Write(util.EscapeHTML(b.ClosureLine.Value(src)))
			}
			_, _ = w.WriteString("</code></pre>\n")
		}
		return ast.WalkContinue, nil
	})
}

// goldmarkHTML renders src with goldmark's own CommonMark renderer, raw
// HTML shown as text.
func goldmarkHTML(t testing.TB, src string) string {
	md := goldmark.New(goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(rawAsText{}, 100))))
	var b bytes.Buffer
	require.NoError(t, md.Convert([]byte(src), &b))
	return b.String()
}

// validText makes two texts comparable as a browser would show them: each
// invalid byte and each NUL becomes U+FFFD, and line ends become "\n".
func validText(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == 0 {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	s = strings.ReplaceAll(b.String(), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// FuzzRenderMarkdown checks that for any input the HTML nests and shows the
// same text as goldmark's own rendering, with the highlights that the
// annotator finds and with highlights at arbitrary offsets.
func FuzzRenderMarkdown(f *testing.F) {
	for i, s := range markdownSeeds {
		f.Add(s, i, 2*i+3)
	}
	f.Fuzz(func(t *testing.T, src string, a, b int) {
		want := validText(textContent(goldmarkHTML(t, src)))
		res, err := Annotate(src, Options{Format: FormatMarkdown})
		require.NoError(t, err)
		checkSpans(t, src, res)
		res.Dates = append(res.Dates, Date{Span: Span{Start: a, End: b}, Type: "DATE", Value: "X"})
		res.Quotes = append(res.Quotes, Quote{ID: "qx", Span: Span{Start: b / 2, End: a * 2}})
		got := RenderHTML(src, res)
		require.NoError(t, checkWellFormed(got))
		require.Equal(t, want, validText(textContent(got)))
	})
}

// FuzzRenderPlain checks that for any plain text the HTML nests and shows
// the text of the paragraphs, one per line.
func FuzzRenderPlain(f *testing.F) {
	for i, s := range markdownSeeds {
		f.Add(s, i, 2*i+3)
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		var want strings.Builder
		for _, p := range core.NewDocument(text).Paras {
			want.WriteString(p.Of(text))
			want.WriteByte('\n')
		}
		res, err := Annotate(text, Options{Format: FormatPlain})
		require.NoError(t, err)
		res.Dates = append(res.Dates, Date{Span: Span{Start: a, End: b}, Type: "DATE", Value: "X"})
		res.Quotes = append(res.Quotes, Quote{ID: "qx", Span: Span{Start: b / 2, End: a * 2}})
		got := RenderHTML(text, res)
		require.NoError(t, checkWellFormed(got))
		require.Equal(t, validText(want.String()), validText(textContent(got)))
	})
}

// checkSpans asserts that every span of res lies in text, on rune
// boundaries, and that its Text is the text it covers.
func checkSpans(t *testing.T, text string, res Result) {
	t.Helper()
	check := func(what string, s Span, got string) {
		t.Helper()
		require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(text), "%s %v out of bounds (%d)", what, s, len(text))
		require.True(t, core.OnBoundary(text, s.Start) && core.OnBoundary(text, s.End), "%s %v off rune boundary", what, s)
		require.Equal(t, s.Of(text), got, what)
	}
	for _, q := range res.Quotes {
		check("quote", q.Span, q.Text)
		if q.Cue != nil {
			check("cue", q.Cue.Span, q.Cue.Text)
		}
	}
	for _, s := range res.Speakers {
		for _, m := range s.Mentions {
			check("mention", m.Span, m.Text)
		}
	}
	for _, d := range res.Dates {
		check("date", d.Span, d.Text)
	}
}
