package mdtext

import (
	"sort"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Projection is the reader's text of a Markdown source and the map from
// its offsets back to the source.
type Projection struct {
	Text   string // what the reader sees, paragraphs separated by blank lines
	src    string
	pieces []piece // in projection order, not overlapping
}

// piece maps projection bytes [p, pEnd) to source bytes [a, b): byte for
// byte when verbatim, else as a whole (an entity, an escape, a line break).
type piece struct {
	p, pEnd  int
	a, b     int
	verbatim bool
}

// Project builds the projection of the prose tokens toks of src.
func Project(src string, toks []Token) *Projection {
	pr := &Projection{src: src}
	var b strings.Builder
	b.Grow(len(src))
	newPara := false
	for _, t := range toks {
		switch {
		case t.Kind == Para:
			newPara = true
		case t.Kind == Text && t.Prose:
			out := t.Out
			if !t.Decoded {
				out = src[t.A:t.B]
			} else if t.Soft {
				out = " "
			}
			if out == "" {
				continue
			}
			if newPara && b.Len() > 0 {
				b.WriteString("\n\n")
			}
			newPara = false
			pc := piece{p: b.Len(), pEnd: b.Len() + len(out), a: t.A, b: t.B, verbatim: !t.Decoded}
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
	pr.Text = b.String()
	return pr
}

// ToSource maps a span of the projection to the source.
func (pr *Projection) ToSource(s core.Span) core.Span {
	out := core.Span{Start: pr.startToSource(s.Start), End: pr.endToSource(s.End)}
	if out.End < out.Start {
		out.End = out.Start
	}
	return core.ClampSpan(pr.src, out)
}

// startToSource maps the projection offset of a span's first character.
func (pr *Projection) startToSource(p int) int {
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
func (pr *Projection) endToSource(p int) int {
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
