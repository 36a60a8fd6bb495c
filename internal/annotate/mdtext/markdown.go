//go:build !nomarkdown

package mdtext

import (
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// The Markdown dialect is CommonMark as goldmark's default parser reads it,
// with no extensions. The tokens below reproduce the HTML of goldmark's own
// renderer (renderer/html) element for element and newline for newline, so
// that the text a reader sees is the same, with three deliberate changes
// for safety:
//
//   - raw HTML is shown as text: inline tags in <code class="raw-html">,
//     HTML blocks in <pre class="raw-html"><code>;
//   - link and image targets pass an allowlist of schemes (see safeURL);
//     a link that fails it keeps its text but loses its href;
//   - links get rel="noopener noreferrer nofollow".

// markdownParser is goldmark's CommonMark parser, built once; goldmark
// parsers keep no state between calls.
var markdownParser = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
	)
})

// Parse parses src with goldmark.
func Parse(src []byte) ast.Node {
	return markdownParser().Parse(text.NewReader(src))
}

// Tokens tokenizes the Markdown source src for rendering and
// annotation. A byte-order mark at the start is not part of the text: the
// rest is parsed (so that "\ufeff# Title" is a heading), and the tokens'
// offsets count from the start of src, mark included.
func Tokens(src string) []Token {
	if rest, ok := strings.CutPrefix(src, byteOrderMark); ok {
		toks := Tokens(rest)
		for i := range toks {
			toks[i].A += len(byteOrderMark)
			toks[i].B += len(byteOrderMark)
		}
		return toks
	}
	source := []byte(src)
	t := mdTokenizer{src: source, toks: make([]Token, 0, len(src)/8+16)}
	t.node(Parse(source))
	t.fixSoftBreaks()
	return t.toks
}

// mdTokenizer walks a goldmark tree, emitting tokens.
type mdTokenizer struct {
	src  []byte
	toks []Token
	// pos is the end of the last source text emitted, where text with no
	// source of its own (a goldmark String) is placed.
	pos int
	// closes holds the end tags of the open elements.
	closes []string
	// soft lists soft-break tokens whose source range ends at the next
	// text Token, not known when they are emitted.
	soft []int
}

func (t *mdTokenizer) open(tag, close string, block bool) {
	t.toks = append(t.toks, Token{Kind: Open, Out: tag, Block: block})
	t.closes = append(t.closes, close)
}

func (t *mdTokenizer) close() {
	n := len(t.closes) - 1
	t.toks = append(t.toks, Token{Kind: Close, Out: t.closes[n]})
	t.closes = t.closes[:n]
}

func (t *mdTokenizer) void(tag string, block bool) {
	t.toks = append(t.toks, Token{Kind: Void, Out: tag, Block: block})
}

// textAt emits out as text standing for source [a, b).
func (t *mdTokenizer) textAt(a, b int, out string, prose bool) {
	t.toks = append(t.toks, Token{Kind: Text, A: a, B: b, Out: out, Decoded: true, Prose: prose})
}

// verbatim emits source [a, b) as it is.
func (t *mdTokenizer) verbatim(a, b int, prose bool) {
	if a < b {
		t.toks = append(t.toks, Token{Kind: Text, A: a, B: b, Prose: prose})
		t.pos = b
	}
}

// segment emits the value of a goldmark segment as literal text (no
// Markdown escapes), as goldmark's RawWrite does: padding spaces, the
// source bytes, and a forced final newline.
func (t *mdTokenizer) segment(s text.Segment, prose bool) {
	if s.Start < 0 || s.Stop > len(t.src) || s.Start > s.Stop {
		return
	}
	if s.Padding > 0 {
		t.textAt(s.Start, s.Start, strings.Repeat(" ", s.Padding), prose)
	}
	t.verbatim(s.Start, s.Stop, prose)
	if s.ForceNewline && (s.Stop == s.Start && s.Padding > 0 || s.Stop > s.Start && t.src[s.Stop-1] != '\n') {
		t.textAt(s.Stop, s.Stop, "\n", prose)
	}
}

// lines emits the lines of a block as literal text.
func (t *mdTokenizer) lines(n ast.Node) {
	ls := n.Lines()
	for i := range ls.Len() {
		t.segment(ls.At(i), false)
	}
}

// fixSoftBreaks extends each soft break over the source up to the text
// that follows it (the newline, indentation and block-quote markers).
func (t *mdTokenizer) fixSoftBreaks() {
	for _, i := range t.soft {
		for j := i + 1; j < len(t.toks); j++ {
			if n := t.toks[j]; n.Kind == Text && n.B > n.A {
				if n.A > t.toks[i].A {
					t.toks[i].B = n.A
				}
				break
			}
		}
	}
}
