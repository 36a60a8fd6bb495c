//go:build !nomarkdown

package mdtext

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// The walk of a goldmark tree into tokens, node kind by node kind.

// children walks the children of n.
func (t *mdTokenizer) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		t.node(c)
	}
}

// node emits the tokens of n and its children.
func (t *mdTokenizer) node(n ast.Node) {
	switch n := n.(type) {
	case *ast.Document:
		t.children(n)
	case *ast.Paragraph:
		t.toks = append(t.toks, Token{Kind: Para})
		t.open("<p>", "</p>\n", true)
		t.children(n)
		t.close()
	case *ast.TextBlock:
		t.toks = append(t.toks, Token{Kind: Para})
		t.children(n)
		if n.NextSibling() != nil && n.FirstChild() != nil {
			t.textAt(t.pos, t.pos, "\n", false)
		}
	case *ast.Heading:
		level := strconv.Itoa(min(max(n.Level, 1), 6))
		t.toks = append(t.toks, Token{Kind: Para})
		t.open("<h"+level+">", "</h"+level+">\n", true)
		t.children(n)
		t.close()
	case *ast.Blockquote:
		t.open("<blockquote>\n", "</blockquote>\n", true)
		t.children(n)
		t.close()
	case *ast.List:
		tag := "<ul>\n"
		end := "</ul>\n"
		if n.IsOrdered() {
			tag, end = "<ol>\n", "</ol>\n"
			if n.Start != 1 {
				tag = `<ol start="` + strconv.Itoa(n.Start) + "\">\n"
			}
		}
		t.open(tag, end, true)
		t.children(n)
		t.close()
	case *ast.ListItem:
		tag := "<li>"
		if fc := n.FirstChild(); fc != nil && fc.Kind() != ast.KindTextBlock {
			tag += "\n"
		}
		t.open(tag, "</li>\n", true)
		t.children(n)
		t.close()
	case *ast.ThematicBreak:
		t.void("<hr>\n", true)
	case *ast.CodeBlock:
		t.open("<pre><code>", "</code></pre>\n", true)
		t.lines(n)
		t.close()
	case *ast.FencedCodeBlock:
		tag := "<pre><code>"
		if lang := n.Language(t.src); lang != nil {
			tag = `<pre><code class="language-` + EscapeString(decodeMarkdownText(lang)) + `">`
		}
		t.open(tag, "</code></pre>\n", true)
		t.lines(n)
		t.close()
	case *ast.HTMLBlock:
		t.open(`<pre class="raw-html"><code>`, "</code></pre>\n", true)
		t.lines(n)
		if n.HasClosure() {
			t.segment(n.ClosureLine, false)
		}
		t.close()
	case *ast.LinkReferenceDefinition:
		// not shown, as in goldmark
	case *ast.Text:
		t.text(n)
	case *ast.String:
		out := string(n.Value)
		if !n.IsCode() && !n.IsRaw() {
			out = decodeMarkdownText(n.Value)
		}
		t.textAt(t.pos, t.pos, out, true)
	case *ast.CodeSpan:
		t.open("<code>", "</code>", false)
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if tx, ok := c.(*ast.Text); ok {
				s := tx.Segment
				if s.Padding == 0 && !s.ForceNewline && s.Start < s.Stop && t.src[s.Stop-1] == '\n' {
					t.verbatim(s.Start, s.Stop-1, true)
					t.textAt(s.Stop-1, s.Stop, " ", true)
				} else {
					t.segment(s, true)
				}
			}
		}
		t.close()
	case *ast.Emphasis:
		tag := "em"
		if n.Level == 2 {
			tag = "strong"
		}
		t.open("<"+tag+">", "</"+tag+">", false)
		t.children(n)
		t.close()
	case *ast.Link:
		var a AttrWriter
		if href, ok := safeURL(util.URLEscape(n.Destination, true), false); ok {
			a.Add("href", href)
			a.Add("rel", "noopener noreferrer nofollow")
		} else {
			a.Add("class", "unsafe-link")
			a.Add("title", "link removed: unsafe address")
		}
		if n.Title != nil {
			a.Add("title", decodeMarkdownText(n.Title))
		}
		t.open("<a"+a.String()+">", "</a>", false)
		t.children(n)
		t.close()
	case *ast.AutoLink:
		t.autoLink(n)
	case *ast.Image:
		var a AttrWriter
		if src, ok := safeURL(util.URLEscape(n.Destination, true), true); ok {
			a.Add("src", src)
		}
		a.Add("alt", plainText(t.src, n))
		if n.Title != nil {
			a.Add("title", decodeMarkdownText(n.Title))
		}
		t.void("<img"+a.String()+">", false)
	case *ast.RawHTML:
		t.open(`<code class="raw-html">`, "</code>", false)
		for i := range n.Segments.Len() {
			t.segment(n.Segments.At(i), false)
		}
		t.close()
	default:
		// A node kind this renderer does not know (none in CommonMark):
		// show its text, never its markup.
		if n.Type() == ast.TypeBlock {
			t.toks = append(t.toks, Token{Kind: Para})
		}
		t.children(n)
	}
}

// text emits a goldmark Text node and its line break.
func (t *mdTokenizer) text(n *ast.Text) {
	s := n.Segment
	if n.IsRaw() {
		t.segment(s, true)
	} else if s.Start >= 0 && s.Stop <= len(t.src) && s.Start <= s.Stop {
		if s.Padding > 0 {
			t.textAt(s.Start, s.Start, strings.Repeat(" ", s.Padding), true)
		}
		decodeUnits(t.src, s.Start, s.Stop, func(a, b int, out string) {
			if out == "" {
				t.verbatim(a, b, true)
			} else {
				t.textAt(a, b, out, true)
				t.pos = b
			}
		})
		if s.ForceNewline {
			t.textAt(s.Stop, s.Stop, "\n", true)
		}
	}
	if n.IsRaw() {
		return
	}
	if n.HardLineBreak() {
		t.void("<br>", false)
	}
	if n.HardLineBreak() || n.SoftLineBreak() {
		t.soft = append(t.soft, len(t.toks))
		t.toks = append(t.toks, Token{Kind: Text, A: t.pos, B: t.pos, Out: "\n", Decoded: true, Prose: true, Soft: true})
	}
}

// autoLink emits <http://…> and <name@host> links.
func (t *mdTokenizer) autoLink(n *ast.AutoLink) {
	url := util.URLEscape(n.URL(t.src), false)
	if n.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(url), []byte("mailto:")) {
		url = append([]byte("mailto:"), url...)
	}
	var a AttrWriter
	if href, ok := safeURL(url, false); ok {
		a.Add("href", href)
		a.Add("rel", "noopener noreferrer nofollow")
	} else {
		a.Add("class", "unsafe-link")
	}
	t.open("<a"+a.String()+">", "</a>", false)
	label := n.Label(t.src)
	// The label is the source between < and >.
	if p := n.Pos() + 1; p > 0 && p+len(label) <= len(t.src) && bytes.Equal(t.src[p:p+len(label)], label) {
		t.verbatim(p, p+len(label), true)
	} else {
		t.textAt(t.pos, t.pos, string(label), true)
	}
	t.close()
}
