package render

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/mdtext"
)

// Annotations is what the renderers show of an annotated article: the
// fields of an annotate.Result, in the types of package core.
type Annotations struct {
	Format   core.Format // how text is read; detected when empty
	Dateline string
	Quotes   []core.Quote
	Speakers []core.Speaker
	Dates    []core.Date
	// Palette gives the colour of each speaker ID, 0 to 11 (the
	// summary's); nil colours speakers by their order.
	Palette map[string]int
	// NoTitles leaves the title attribute (the browser's tooltip) off
	// every highlight of HTML: the page shows its own tooltips from the
	// data attributes, and its sanitizer drops title.
	NoTitles bool
}

// HTML returns an HTML fragment showing text with the highlights of res
// (annotate.RenderHTML documents the markup).
func HTML(text string, res Annotations) string {
	return renderTokens(text, articleTokens(text, res.Format), res)
}

// renderTokens writes the tokens of text with the highlights of res.
func renderTokens(text string, toks []mdtext.Token, res Annotations) string {
	marks := collectMarks(text, res)
	// The text grows by about a quarter when escaped and tagged; each
	// mark adds its tags, more when split.
	size := len(text) + len(text)/4
	for _, m := range marks {
		size += len(m.attrs) + len(m.id) + 48
	}
	var b strings.Builder
	b.Grow(size)
	writeTokens(&b, text, toks, marks)
	return b.String()
}

// shownText returns the text a reader sees of source span s: Markdown
// markup dropped, references resolved, line and paragraph breaks as
// spaces. It reads toks from index from on, and returns the index to start
// from for a later span (spans in order cost one pass over the tokens).
func shownText(text string, toks []mdtext.Token, s core.Span, from int) (string, int) {
	var b strings.Builder
	next := -1
	for i := from; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == mdtext.Para || t.Block {
			if b.Len() > 0 {
				b.WriteByte(' ') // between paragraphs
			}
			continue
		}
		if t.Kind != mdtext.Text || t.B < s.Start || t.B == s.Start && t.A < t.B {
			continue
		}
		if next < 0 {
			next = i
		}
		if t.A >= s.End {
			break
		}
		switch {
		case t.Soft:
			b.WriteByte(' ')
		case t.Decoded:
			b.WriteString(t.Out)
		default:
			b.WriteString(text[max(t.A, s.Start):min(t.B, s.End)])
		}
	}
	if next < 0 {
		next = from
	}
	return b.String(), next
}

// articleTokens tokenizes text in the given format (detected when empty).
func articleTokens(text string, format core.Format) []mdtext.Token {
	if format == core.FormatAuto {
		format = core.FormatPlain
		if mdtext.Available && mdtext.IsMarkdown(text) {
			format = core.FormatMarkdown
		}
	}
	// A nomarkdown build, or Markdown nested too deep (as annotate reads it),
	// shows plain paragraphs.
	if format == core.FormatMarkdown && mdtext.Available && mdtext.Nesting(text) <= mdtext.MaxNesting {
		return mdtext.Tokens(text)
	}
	return plainTokens(text)
}

// plainTokens makes one <p> per paragraph of the document splitter, keeping
// the line breaks inside a paragraph as text.
func plainTokens(text string) []mdtext.Token {
	d := core.NewDocument(text)
	toks := make([]mdtext.Token, 0, 4*len(d.Paras))
	for _, p := range d.Paras {
		toks = append(toks,
			mdtext.Token{Kind: mdtext.Para},
			mdtext.Token{Kind: mdtext.Open, Out: "<p>", Block: true},
			mdtext.Token{Kind: mdtext.Text, A: p.Start, B: p.End, Prose: true},
			mdtext.Token{Kind: mdtext.Close, Out: "</p>\n"})
	}
	return toks
}
