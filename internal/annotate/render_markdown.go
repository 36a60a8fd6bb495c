package annotate

import (
	"bytes"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
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

// parseMarkdown parses src with goldmark.
func parseMarkdown(src []byte) ast.Node {
	return markdownParser().Parse(text.NewReader(src))
}

// markdownTokens tokenizes the Markdown source src for rendering and
// annotation.
func markdownTokens(src string) []rtok {
	source := []byte(src)
	t := mdTokenizer{src: source, toks: make([]rtok, 0, len(src)/8+16)}
	t.node(parseMarkdown(source))
	t.fixSoftBreaks()
	return t.toks
}

// mdTokenizer walks a goldmark tree, emitting tokens.
type mdTokenizer struct {
	src  []byte
	toks []rtok
	// pos is the end of the last source text emitted, where text with no
	// source of its own (a goldmark String) is placed.
	pos int
	// closes holds the end tags of the open elements.
	closes []string
	// soft lists soft-break tokens whose source range ends at the next
	// text rtok, not known when they are emitted.
	soft []int
}

func (t *mdTokenizer) open(tag, close string, block bool) {
	t.toks = append(t.toks, rtok{kind: rtOpen, out: tag, block: block})
	t.closes = append(t.closes, close)
}

func (t *mdTokenizer) close() {
	n := len(t.closes) - 1
	t.toks = append(t.toks, rtok{kind: rtClose, out: t.closes[n]})
	t.closes = t.closes[:n]
}

func (t *mdTokenizer) void(tag string, block bool) {
	t.toks = append(t.toks, rtok{kind: rtVoid, out: tag, block: block})
}

// textAt emits out as text standing for source [a, b).
func (t *mdTokenizer) textAt(a, b int, out string, prose bool) {
	t.toks = append(t.toks, rtok{kind: rtText, a: a, b: b, out: out, decoded: true, prose: prose})
}

// verbatim emits source [a, b) as it is.
func (t *mdTokenizer) verbatim(a, b int, prose bool) {
	if a < b {
		t.toks = append(t.toks, rtok{kind: rtText, a: a, b: b, prose: prose})
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
			if n := t.toks[j]; n.kind == rtText && n.b > n.a {
				if n.a > t.toks[i].a {
					t.toks[i].b = n.a
				}
				break
			}
		}
	}
}

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
		t.toks = append(t.toks, rtok{kind: rtPara})
		t.open("<p>", "</p>\n", true)
		t.children(n)
		t.close()
	case *ast.TextBlock:
		t.toks = append(t.toks, rtok{kind: rtPara})
		t.children(n)
		if n.NextSibling() != nil && n.FirstChild() != nil {
			t.textAt(t.pos, t.pos, "\n", false)
		}
	case *ast.Heading:
		level := strconv.Itoa(min(max(n.Level, 1), 6))
		t.toks = append(t.toks, rtok{kind: rtPara})
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
			tag = `<pre><code class="language-` + escapeString(decodeMarkdownText(lang)) + `">`
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
		var a attrWriter
		if href, ok := safeURL(util.URLEscape(n.Destination, true), false); ok {
			a.add("href", href)
			a.add("rel", "noopener noreferrer nofollow")
		} else {
			a.add("class", "unsafe-link")
			a.add("title", "link removed: unsafe address")
		}
		if n.Title != nil {
			a.add("title", decodeMarkdownText(n.Title))
		}
		t.open("<a"+a.String()+">", "</a>", false)
		t.children(n)
		t.close()
	case *ast.AutoLink:
		t.autoLink(n)
	case *ast.Image:
		var a attrWriter
		if src, ok := safeURL(util.URLEscape(n.Destination, true), true); ok {
			a.add("src", src)
		}
		a.add("alt", plainText(t.src, n))
		if n.Title != nil {
			a.add("title", decodeMarkdownText(n.Title))
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
			t.toks = append(t.toks, rtok{kind: rtPara})
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
		t.toks = append(t.toks, rtok{kind: rtText, a: t.pos, b: t.pos, out: "\n", decoded: true, prose: true, soft: true})
	}
}

// autoLink emits <http://…> and <name@host> links.
func (t *mdTokenizer) autoLink(n *ast.AutoLink) {
	url := util.URLEscape(n.URL(t.src), false)
	if n.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(url), []byte("mailto:")) {
		url = append([]byte("mailto:"), url...)
	}
	var a attrWriter
	if href, ok := safeURL(url, false); ok {
		a.add("href", href)
		a.add("rel", "noopener noreferrer nofollow")
	} else {
		a.add("class", "unsafe-link")
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

// plainText returns the text of the inline children of n (an image's alt).
func plainText(src []byte, n ast.Node) string {
	var b strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				if c.Segment.Start >= 0 && c.Segment.Stop <= len(src) && c.Segment.Start <= c.Segment.Stop {
					b.WriteString(decodeMarkdownText(c.Segment.Value(src)))
				}
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte('\n')
				}
			case *ast.String:
				b.Write(c.Value)
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// decodeMarkdownText resolves the backslash escapes and character
// references of Markdown text.
func decodeMarkdownText(v []byte) string {
	var b strings.Builder
	decodeUnits(v, 0, len(v), func(a, c int, out string) {
		if out == "" {
			b.Write(v[a:c])
		} else {
			b.WriteString(out)
		}
	})
	return b.String()
}

// decodeUnits splits src[start:stop], Markdown text, into runs shown as
// they are (out == "") and units that stand for something else: a
// character reference, a NUL. The backslash of an escape (\* for *) falls
// between two runs. It follows goldmark's html.defaultWriter.Write exactly,
// so the text matches goldmark's rendering.
func decodeUnits(src []byte, start, stop int, emit func(a, b int, out string)) {
	run := start
	flush := func(i int) {
		if run < i {
			emit(run, i, "")
		}
	}
	for i := start; i < stop; {
		c := src[i]
		switch {
		case c == '\\' && i+1 < stop && util.IsPunct(src[i+1]):
			// The backslash is dropped and the character it escapes
			// starts the next run, so a span can start or end on it.
			flush(i)
			run = i + 1
			i += 2
			continue
		case c == 0:
			flush(i)
			emit(i, i+1, "\uFFFD")
			i++
			run = i
			continue
		case c == '&':
			if end, r := characterReference(src, i, stop); end > 0 {
				flush(i)
				emit(i, end, r)
				i = end
				run = i
				continue
			}
		}
		i++
	}
	flush(stop)
}

// characterReference reads an HTML character reference at src[i] ('&'),
// returning its end and its characters, or 0 when there is none.
func characterReference(src []byte, i, stop int) (int, string) {
	next := i + 1
	if next < stop && src[next] == '#' {
		if next+1 >= stop {
			return 0, ""
		}
		nc := src[next+1]
		base, digits, maxLen := 10, next+1, 8
		if nc == 'x' || nc == 'X' {
			base, digits, maxLen = 16, next+2, 7
		} else if nc < '0' || nc > '9' {
			return 0, ""
		}
		j := digits
		for j < stop && (base == 16 && util.IsHexDecimal(src[j]) || base == 10 && util.IsNumeric(src[j])) {
			j++
		}
		if j == digits || j >= stop || src[j] != ';' || j-digits >= maxLen {
			return 0, ""
		}
		v, _ := strconv.ParseUint(string(src[digits:j]), base, 32)
		return j + 1, string(util.ToValidRune(rune(v)))
	}
	j := next
	for j < stop && util.IsAlphaNumeric(src[j]) {
		j++
	}
	if j == next || j >= stop || src[j] != ';' {
		return 0, ""
	}
	if e, ok := util.LookUpHTML5EntityByName(string(src[next:j])); ok {
		return j + 1, string(e.Characters)
	}
	return 0, ""
}

// safeURL returns url, escaped for an attribute, when its scheme is safe:
// none (a relative address or a fragment), http, https, mailto or tel, and
// for images also data:image/ in PNG, GIF, JPEG or WebP. Browsers ignore
// tabs and newlines anywhere in a URL and control characters and spaces
// around it, so the check does too ("java\tscript:" is javascript:).
func safeURL(url []byte, image bool) (string, bool) {
	var clean []byte
	for _, c := range url {
		if c != '\t' && c != '\n' && c != '\r' {
			clean = append(clean, c)
		}
	}
	clean = bytes.TrimLeft(clean, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	if !utf8.Valid(clean) {
		return "", false
	}
	scheme := ""
	for i, c := range clean {
		if c == ':' {
			scheme = strings.ToLower(string(clean[:i]))
			break
		}
		if c == '/' || c == '?' || c == '#' {
			break
		}
	}
	switch scheme {
	case "", "http", "https", "mailto", "tel":
	case "data":
		lower := strings.ToLower(string(clean))
		ok := false
		for _, p := range []string{"data:image/png;", "data:image/gif;", "data:image/jpeg;", "data:image/webp;"} {
			ok = ok || strings.HasPrefix(lower, p)
		}
		if !image || !ok {
			return "", false
		}
	default:
		return "", false
	}
	return escapeString(string(url)), true
}
