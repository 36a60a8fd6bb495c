package annotate

import (
	"sort"
	"strings"
	"time"
)

// Markdown articles are annotated through a projection: the text a reader
// sees, built from the same tokens the renderer writes
// (render_markdown.go). Each paragraph, heading and list item is one
// paragraph of the projection, separated by a blank line, so the paragraph
// rules of the quote stage (a quote continued into the next paragraph)
// work as on plain text. Inside a block, line breaks become spaces,
// character references and backslash escapes are resolved, and inline
// markup (emphasis, link syntax) disappears. Code blocks, raw HTML and
// image descriptions are not prose and are left out; code spans and link
// text are kept.
//
// Quote.Paragraph counts the paragraphs of the projection (headings and
// list items included), as data-paragraph does in the rendered HTML.
//
// The plain pipeline runs on the projection, and every span it returns is
// mapped back to the Markdown source: a start goes to the source position
// of its first character, an end to the position after its last, so a
// quote of “We *really* need it,” covers the asterisks too.

// annotateMarkdown annotates a Markdown source.
func annotateMarkdown(src string, dateline time.Time) Result {
	p := newProjection(src, markdownTokens(src))
	res := annotatePlain(p.text, dateline)
	for i := range res.Quotes {
		q := &res.Quotes[i]
		q.Span = p.toSource(q.Span)
		if q.Cue != nil {
			c := *q.Cue
			c.Span = p.toSource(c.Span)
			q.Cue = &c
		}
	}
	for i := range res.Speakers {
		ms := res.Speakers[i].Mentions
		for j := range ms {
			ms[j].Span = p.toSource(ms[j].Span)
		}
	}
	for i := range res.Dates {
		res.Dates[i].Span = p.toSource(res.Dates[i].Span)
	}
	finish(src, &res)
	return res
}

// projection is the reader's text of a Markdown source and the map from
// its offsets back to the source.
type projection struct {
	src    string
	text   string
	pieces []piece // in projection order, not overlapping
}

// piece maps projection bytes [p, pEnd) to source bytes [a, b): byte for
// byte when verbatim, else as a whole (an entity, an escape, a line break).
type piece struct {
	p, pEnd  int
	a, b     int
	verbatim bool
}

// newProjection builds the projection of the prose tokens of src.
func newProjection(src string, toks []rtok) *projection {
	pr := &projection{src: src}
	var b strings.Builder
	b.Grow(len(src))
	newPara := false
	for _, t := range toks {
		switch {
		case t.kind == rtPara:
			newPara = true
		case t.kind == rtText && t.prose:
			out := t.out
			if !t.decoded {
				out = src[t.a:t.b]
			} else if t.soft {
				out = " "
			}
			if out == "" {
				continue
			}
			if newPara && b.Len() > 0 {
				b.WriteString("\n\n")
			}
			newPara = false
			pc := piece{p: b.Len(), pEnd: b.Len() + len(out), a: t.a, b: t.b, verbatim: !t.decoded}
			b.WriteString(out)
			if n := len(pr.pieces); n > 0 && pc.verbatim {
				last := &pr.pieces[n-1]
				if last.verbatim && last.pEnd == pc.p && last.b == pc.a {
					last.pEnd, last.b = pc.pEnd, pc.b
					continue
				}
			}
			pr.pieces = append(pr.pieces, pc)
		}
	}
	pr.text = b.String()
	return pr
}

// toSource maps a span of the projection to the source.
func (pr *projection) toSource(s Span) Span {
	out := Span{Start: pr.startToSource(s.Start), End: pr.endToSource(s.End)}
	if out.End < out.Start {
		out.End = out.Start
	}
	return clampSpan(pr.src, out)
}

// startToSource maps the projection offset of a span's first character.
func (pr *projection) startToSource(p int) int {
	k := sort.Search(len(pr.pieces), func(k int) bool { return pr.pieces[k].pEnd > p })
	if k == len(pr.pieces) {
		return len(pr.src)
	}
	pc := pr.pieces[k]
	switch {
	case p < pc.p: // in a paragraph break: the next piece starts the span
		return pc.a
	case pc.verbatim:
		return pc.a + p - pc.p
	default:
		return pc.a
	}
}

// endToSource maps the projection offset just after a span's last
// character.
func (pr *projection) endToSource(p int) int {
	k := sort.Search(len(pr.pieces), func(k int) bool { return pr.pieces[k].p >= p }) - 1
	if k < 0 {
		return pr.startToSource(p)
	}
	pc := pr.pieces[k]
	switch {
	case p > pc.pEnd: // in a paragraph break: the previous piece ends the span
		return pc.b
	case pc.verbatim:
		return pc.a + p - pc.p
	default:
		return pc.b
	}
}

// DetectFormat guesses whether text is Markdown or plain text. It scores
// general signals of Markdown line by line and says Markdown once they add
// up to markdownThreshold. Strong signals (an ATX heading, a fenced code
// block, a link or image, a link reference definition) score 2 each; weak
// ones (a block quote, a list item, a rule or setext underline, emphasis,
// a code span) score 1 and are capped per kind, since plain news carries a
// numbered list, a "---" or a word in asterisks now and then.
func DetectFormat(text string) Format {
	var s mdScore
	for rest := text; rest != "" && s.total() < markdownThreshold; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		s.line(strings.TrimRight(line, " \t\r"))
	}
	if s.total() >= markdownThreshold {
		return FormatMarkdown
	}
	return FormatPlain
}

// markdownThreshold is the score at which text counts as Markdown: a
// strong signal and a weak one, or three weak ones of different kinds.
const markdownThreshold = 3

// mdScore counts the Markdown signals of a text.
type mdScore struct {
	strong                                int
	quote, list, rule, emphasis, codeSpan int
}

// total is the score: strong signals count 2, weak ones 1, each kind of
// weak signal up to its cap.
func (s *mdScore) total() int {
	return 2*s.strong + min(s.quote, 2) + min(s.list, 1) + min(s.rule, 1) + min(s.emphasis, 2) + min(s.codeSpan, 2)
}

// line scores one line.
func (s *mdScore) line(line string) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return // indented: code or a continuation line
	}
	switch {
	case atxHeading(t), strings.HasPrefix(t, "```"), strings.HasPrefix(t, "~~~"):
		s.strong++
	case strings.HasPrefix(t, "> ") || t == ">":
		s.quote++
	case listMarker(t):
		s.list++
	case len(t) >= 3 && (strings.Trim(t, "-") == "" || strings.Trim(t, "=") == "" || strings.Trim(t, "*") == ""):
		s.rule++
	}
	if n := strings.Count(t, "]("); n > 0 && strings.Contains(t, "[") && strings.Contains(t, ")") {
		s.strong += min(n, 2)
	} else if strings.HasPrefix(t, "[") && strings.Contains(t, "]: ") {
		s.strong++ // link reference definition
	}
	if strings.Count(t, "**") >= 2 || strings.Count(t, "__") >= 2 || singleEmphasis(t, '*') || singleEmphasis(t, '_') {
		s.emphasis++
	}
	// `code`, but not the ``quotes'' of old newswire copy.
	if n := strings.Count(t, "`"); n >= 2 && n%2 == 0 && !strings.Contains(t, "``") {
		s.codeSpan++
	}
}

// atxHeading reports whether line opens with 1 to 6 '#' and a space.
func atxHeading(line string) bool {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t')
}

// listMarker reports whether line opens with a bullet ("- ", "* ", "+ ")
// or an ordered marker ("1. ", "2) ").
func listMarker(line string) bool {
	if len(line) >= 2 && strings.IndexByte("-*+", line[0]) >= 0 && line[1] == ' ' {
		return true
	}
	n := 0
	for n < len(line) && n < 9 && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	return n > 0 && n+1 < len(line) && (line[n] == '.' || line[n] == ')') && line[n+1] == ' '
}

// singleEmphasis reports whether line has a word run in single markers, as
// in "*really*": an opening marker after a space (or at the start) and
// before a non-space, and a closing one after a non-space and before a
// space or punctuation.
func singleEmphasis(line string, marker byte) bool {
	open := -1
	for i := 0; i < len(line); i++ {
		if line[i] != marker {
			continue
		}
		before := byte(' ')
		if i > 0 {
			before = line[i-1]
		}
		after := byte(' ')
		if i+1 < len(line) {
			after = line[i+1]
		}
		if open < 0 {
			if (before == ' ' || before == '(') && after != ' ' && after != marker {
				open = i
			}
			continue
		}
		if i > open+1 && before != ' ' && before != marker && !isWordByte(after) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
