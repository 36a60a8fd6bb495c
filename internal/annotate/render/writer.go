package render

import (
	"sort"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/mdtext"
)

// Laying the marks over the tokens so that the output always nests.

// writeTokens writes toks, showing text from text, with marks laid over.
func writeTokens(b *strings.Builder, text string, toks []mdtext.Token, marks []markSpan) {
	setExtents(toks)
	w := markWriter{b: b, text: text, marks: marks, opened: make([]bool, len(marks)), depth: make([]int, len(marks))}
	for i := range w.depth {
		w.depth[i] = -1
	}
	for i := range toks {
		t := &toks[i]
		switch t.Kind {
		case mdtext.Text:
			w.text1(t)
		case mdtext.Open:
			if t.Block {
				w.closeFree()
			} else {
				w.closeNotCovering(core.Span{Start: t.A, End: t.B})
			}
			b.WriteString(t.Out)
			w.elems = append(w.elems, len(w.stack))
			w.stack = append(w.stack, stackEntry{mark: -1})
		case mdtext.Close:
			if len(w.elems) == 0 {
				continue // unbalanced mdtext.Token list: a bug, but never bad HTML
			}
			top := w.elems[len(w.elems)-1]
			w.closeAbove(top + 1)
			b.WriteString(t.Out)
			w.stack = w.stack[:top]
			w.elems = w.elems[:len(w.elems)-1]
		case mdtext.Void:
			if t.Block {
				w.closeFree()
			}
			b.WriteString(t.Out)
		}
	}
	w.closeAbove(0)
}

// setExtents sets the a, b of each inline mdtext.Open to the source range of
// the text inside it (a > b when it holds none).
func setExtents(toks []mdtext.Token) {
	var open []int
	for i := range toks {
		t := &toks[i]
		switch t.Kind {
		case mdtext.Open:
			t.A, t.B = int(^uint(0)>>1), -1
			open = append(open, i)
		case mdtext.Text:
			if n := len(open); n > 0 {
				o := &toks[open[n-1]]
				o.A, o.B = min(o.A, t.A), max(o.B, t.B)
			}
		case mdtext.Close:
			if n := len(open); n > 0 {
				o := toks[open[n-1]]
				open = open[:n-1]
				if n > 1 {
					p := &toks[open[n-2]]
					p.A, p.B = min(p.A, o.A), max(p.B, o.B)
				}
			}
		}
	}
}

// stackEntry is an open element (mark < 0) or an open mark.
type stackEntry struct{ mark int }

// markWriter keeps the stack of open elements and marks while writing.
type markWriter struct {
	b     *strings.Builder
	text  string
	marks []markSpan
	// opened records which marks have written a piece (the first gets
	// the id); depth is the stack index of each open mark, or -1.
	opened []bool
	depth  []int
	stack  []stackEntry
	elems  []int // stack indexes of the open elements
	// The sweep: marks[:next] have started; active lists, in nesting
	// order, those of them still running at pos.
	next   int
	active []int
	pos    int
	want   []int
}

// base is the stack index above the innermost open element: marks below
// it enclose that element and stay open until it closes.
func (w *markWriter) base() int {
	if n := len(w.elems); n > 0 {
		return w.elems[n-1] + 1
	}
	return 0
}

// advance moves the sweep to source offset p.
func (w *markWriter) advance(p int) {
	if p < w.pos {
		w.next, w.active = 0, w.active[:0]
	}
	w.pos = p
	for w.next < len(w.marks) && w.marks[w.next].Start <= p {
		w.active = insertSorted(w.active, w.next)
		w.next++
	}
	keep := w.active[:0]
	for _, m := range w.active {
		if w.marks[m].End > p {
			keep = append(keep, m)
		}
	}
	w.active = keep
}

func insertSorted(s []int, v int) []int {
	i := sort.SearchInts(s, v)
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

// text1 writes one text mdtext.Token, split where marks start and end.
func (w *markWriter) text1(t *mdtext.Token) {
	if t.Decoded || t.A >= t.B {
		w.advance(t.A)
		w.want = append(w.want[:0], w.active...)
		if t.A < t.B {
			// marks starting inside an atomic mdtext.Token cover all of it
			for k := w.next; k < len(w.marks) && w.marks[k].Start < t.B; k++ {
				w.want = append(w.want, k)
			}
		}
		w.sync()
		mdtext.WriteEscaped(w.b, t.Out)
		return
	}
	for p := t.A; p < t.B; {
		w.advance(p)
		q := t.B
		if w.next < len(w.marks) {
			q = min(q, w.marks[w.next].Start)
		}
		for _, m := range w.active {
			q = min(q, w.marks[m].End)
		}
		for q < t.B && !core.OnBoundary(w.text, q) {
			q++
		}
		w.want = append(w.want[:0], w.active...)
		w.sync()
		mdtext.WriteEscaped(w.b, w.text[p:q])
		p = q
	}
}

// sync makes the open marks above the innermost element those of w.want
// (in nesting order), closing and opening as few as it can.
func (w *markWriter) sync() {
	base := w.base()
	keep := w.want[:0]
	for _, m := range w.want {
		if d := w.depth[m]; d < 0 || d >= base {
			keep = append(keep, m)
		}
	}
	i := base
	for k := 0; i < len(w.stack) && k < len(keep) && w.stack[i].mark == keep[k]; k++ {
		i++
	}
	w.closeAbove(i)
	for _, m := range keep[i-base:] {
		w.open(m)
	}
}

// open writes the start tag of mark m and pushes it.
func (w *markWriter) open(m int) {
	ms := &w.marks[m]
	w.b.WriteString("<mark")
	if !w.opened[m] && ms.id != "" {
		w.b.WriteString(` id="`)
		w.b.WriteString(ms.id)
		w.b.WriteByte('"')
		if ms.kind == markQuote {
			w.b.WriteString(` tabindex="0"`)
		}
	}
	first := !w.opened[m]
	w.opened[m] = true
	w.b.WriteString(ms.attrs)
	w.b.WriteByte('>')
	if first {
		w.b.WriteString(ms.label)
	}
	w.depth[m] = len(w.stack)
	w.stack = append(w.stack, stackEntry{mark: m})
}

// closeAbove closes the marks at stack index i and above; elements there
// are closed by mdtext.Close only, so i must not be below an open element.
func (w *markWriter) closeAbove(i int) {
	for len(w.stack) > i {
		e := w.stack[len(w.stack)-1]
		if e.mark < 0 {
			return
		}
		w.b.WriteString("</mark>")
		w.depth[e.mark] = -1
		w.stack = w.stack[:len(w.stack)-1]
	}
}

// closeFree closes every mark above the innermost element.
func (w *markWriter) closeFree() { w.closeAbove(w.base()) }

// closeNotCovering closes the marks above the innermost element from the
// first one that does not cover ext, the extent of an inline element about
// to open, so that the element nests inside the marks that remain.
func (w *markWriter) closeNotCovering(ext core.Span) {
	base := w.base()
	for i := base; i < len(w.stack); i++ {
		m := w.marks[w.stack[i].mark]
		if ext.Start > ext.End || m.Start > ext.Start || m.End < ext.End {
			w.closeAbove(i)
			return
		}
	}
}
