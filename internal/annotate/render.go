package annotate

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Rendering works in two steps, for plain text and Markdown alike:
//
//  1. the article becomes a flat list of tokens (plainTokens here,
//     markdownTokens in render_markdown.go): element tags and runs of text,
//     each run knowing the source bytes it shows;
//  2. writeTokens lays the highlights of a Result over that list. Each
//     highlight is a <mark> opened lazily before the first text it covers;
//     marks are closed (and reopened after) wherever an element boundary
//     would otherwise cross them, so the output always nests. A mark that
//     covers the whole of an inline element (a link, an emphasis) stays
//     open around it.
//
// All text and attribute values are escaped on the way out; invalid UTF-8
// bytes become U+FFFD, one per byte, as in [UTF16Map].

// rtokKind is the kind of a render token.
type rtokKind uint8

const (
	// rtText shows source bytes [a, b): verbatim, or when tok.decoded,
	// as tok.out (a character reference, a line break), which stands for
	// the whole range.
	rtText rtokKind = iota
	// rtOpen opens an element: tok.out is the start tag; tok.block says
	// whether marks may stay open around it.
	rtOpen
	// rtClose closes the most recently opened element: tok.out is its end
	// tag.
	rtClose
	// rtVoid is an element without content (<br>, <img>, <hr>).
	rtVoid
	// rtPara starts a new paragraph of the annotation projection; it
	// writes nothing.
	rtPara
)

// rtok is a render token: one step of the rendering of an article.
type rtok struct {
	kind rtokKind
	// a, b is the source range shown by a rtText, or the extent (first
	// and last source byte of text) of a rtOpen, filled in by
	// setExtents.
	a, b int
	// out is the text of a rtText that is not shown verbatim, or the tag
	// of a rtOpen, rtClose or rtVoid.
	out string
	// decoded marks a rtText whose out replaces its source range.
	decoded bool
	// block marks a rtOpen or rtVoid that marks cannot enclose.
	block bool
	// prose marks a rtText that is article text, read by the annotator.
	prose bool
	// soft marks a line break inside a paragraph (a space to the annotator).
	soft bool
}

// RenderHTML returns an HTML fragment showing text with the highlights of
// res: paragraphs for plain text (split as the annotator splits them),
// goldmark's structure for Markdown, as res.Format says (detected when
// empty). Each quote, speaker mention and date is a <mark> element:
//
//	<mark class="q spk-1" id="q1" data-quote="q1" data-speaker="s1"
//	      data-speaker-name="Donald Trump" data-cue="said" data-paragraph="3">
//	<mark class="sp spk-1" data-speaker="s1" data-speaker-name="Donald Trump">
//	<mark class="dt" id="d3" data-date="d3" data-type="DATE" data-value="2025-10-16">
//
// A date's ID is "d" and its 1-based position in res.Dates. A quote has
// data-unclosed="true" when its closing mark is missing, and class
// spk-none when it has no speaker. A highlight that crosses an element
// boundary is split into pieces; the first piece of a quote or a date
// carries its id, every piece its data-quote or data-date. Raw HTML in
// Markdown is shown as text, links with unsafe schemes lose their target,
// and every text and attribute value is escaped, so the fragment carries
// no active content whatever the input.
func RenderHTML(text string, res Result) string {
	return renderTokens(text, articleTokens(text, res.Format), res)
}

// renderTokens writes the tokens of text with the highlights of res.
func renderTokens(text string, toks []rtok, res Result) string {
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
func shownText(text string, toks []rtok, s Span, from int) (string, int) {
	var b strings.Builder
	next := -1
	for i := from; i < len(toks); i++ {
		t := toks[i]
		if t.kind == rtPara || t.block {
			if b.Len() > 0 {
				b.WriteByte(' ') // between paragraphs
			}
			continue
		}
		if t.kind != rtText || t.b < s.Start || t.b == s.Start && t.a < t.b {
			continue
		}
		if next < 0 {
			next = i
		}
		if t.a >= s.End {
			break
		}
		switch {
		case t.soft:
			b.WriteByte(' ')
		case t.decoded:
			b.WriteString(t.out)
		default:
			b.WriteString(text[max(t.a, s.Start):min(t.b, s.End)])
		}
	}
	if next < 0 {
		next = from
	}
	return b.String(), next
}

// articleTokens tokenizes text in the given format (detected when empty).
func articleTokens(text string, format Format) []rtok {
	if format == FormatAuto {
		format = DetectFormat(text)
	}
	if format == FormatMarkdown {
		return markdownTokens(text)
	}
	return plainTokens(text)
}

// plainTokens makes one <p> per paragraph of the document splitter, keeping
// the line breaks inside a paragraph as text.
func plainTokens(text string) []rtok {
	d := core.NewDocument(text)
	toks := make([]rtok, 0, 4*len(d.Paras))
	for _, p := range d.Paras {
		toks = append(toks,
			rtok{kind: rtPara},
			rtok{kind: rtOpen, out: "<p>", block: true},
			rtok{kind: rtText, a: p.Start, b: p.End, prose: true},
			rtok{kind: rtClose, out: "</p>\n"})
	}
	return toks
}

// markKind orders highlights that start and end together: a quote holds a
// speaker mention, which holds a date.
type markKind uint8

const (
	markQuote markKind = iota
	markSpeaker
	markDate
)

// markSpan is one highlight to lay over the tokens.
type markSpan struct {
	Span
	kind markKind
	// attrs is the escaped attribute list of the start tag, without id.
	attrs string
	// id is the escaped id given to the first piece, if any.
	id string
}

// speakerClass returns the colour class of the speaker with the given ID:
// spk-1 to spk-8 by order in res.Speakers, cycling, or spk-none.
func speakerClasses(res Result) map[string]string {
	m := make(map[string]string, len(res.Speakers))
	for i, s := range res.Speakers {
		if _, dup := m[s.ID]; !dup {
			m[s.ID] = "spk-" + strconv.Itoa(i%speakerPalette+1)
		}
	}
	return m
}

// speakerPalette is the number of distinct speaker colours of the page.
const speakerPalette = 8

// collectMarks turns the spans of res into highlights sorted in nesting
// order: by start, longest first, then quote before mention before date.
// Spans out of bounds are clamped, widened to rune boundaries, and dropped
// when empty.
func collectMarks(text string, res Result) []markSpan {
	classes := speakerClasses(res)
	names := make(map[string]string, len(res.Speakers))
	for _, s := range res.Speakers {
		if _, dup := names[s.ID]; !dup {
			names[s.ID] = s.Name
		}
	}
	n := len(res.Quotes) + len(res.Dates)
	for _, s := range res.Speakers {
		n += len(s.Mentions)
	}
	marks := make([]markSpan, 0, n)
	add := func(s Span, kind markKind, attrs, id string) {
		s = clampSpan(text, s)
		if s.Len() > 0 {
			marks = append(marks, markSpan{Span: s, kind: kind, attrs: attrs, id: id})
		}
	}
	var a attrWriter
	for _, q := range res.Quotes {
		a.reset()
		class, name := "spk-none", ""
		if q.Speaker != nil {
			if c, ok := classes[*q.Speaker]; ok {
				class, name = c, names[*q.Speaker]
			}
		}
		a.add("class", "q "+class)
		a.add("data-quote", q.ID)
		who := []string{"unattributed quote"}
		if q.Speaker != nil {
			a.add("data-speaker", *q.Speaker)
			a.add("data-speaker-name", name)
			who = []string{"quote by ", orString(name, *q.Speaker)}
		}
		cue := ""
		if q.Cue != nil {
			cue = clampSpan(text, q.Cue.Span).Of(text)
			a.add("data-cue", cue)
		}
		para := strconv.Itoa(q.Paragraph)
		a.add("data-paragraph", para)
		if q.Unclosed {
			a.add("data-unclosed", "true")
		}
		// title: quote by NAME, cue “said”, paragraph N, closing mark missing
		a.open("title")
		a.text(who...)
		if q.Cue != nil {
			a.text(", cue “", cue, "”")
		}
		a.text(", paragraph ", strconv.Itoa(q.Paragraph+1))
		if q.Unclosed {
			a.text(", closing mark missing")
		}
		a.close()
		id := ""
		if q.ID != "" {
			id = escapeString(q.ID)
		}
		add(q.Span, markQuote, a.String(), id)
	}
	for _, s := range res.Speakers {
		a.reset()
		a.add("class", "sp "+classes[s.ID])
		a.add("data-speaker", s.ID)
		a.add("data-speaker-name", s.Name)
		a.add("title", "speaker: "+orString(s.Name, s.ID))
		attrs := a.String()
		for _, m := range s.Mentions {
			add(m.Span, markSpeaker, attrs, "")
		}
	}
	// Dates that share type, value and modifier share the attributes
	// after their own data-date.
	dateAttrs := make(map[[3]string]string)
	for i, d := range res.Dates {
		key := [3]string{d.Type, d.Value, d.Mod}
		rest, ok := dateAttrs[key]
		if !ok {
			a.reset()
			a.add("data-type", d.Type)
			a.add("data-value", d.Value)
			title := d.Type + " " + d.Value
			if d.Mod != "" {
				a.add("data-mod", d.Mod)
				title += " (" + d.Mod + ")"
			}
			a.add("title", title)
			rest = a.String()
			dateAttrs[key] = rest
		}
		id := dateID(i)
		add(d.Span, markDate, ` class="dt" data-date="`+id+`"`+rest, id)
	}
	slices.SortStableFunc(marks, func(x, y markSpan) int {
		if c := cmp.Compare(x.Start, y.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(y.End, x.End); c != 0 {
			return c
		}
		return cmp.Compare(x.kind, y.kind)
	})
	return marks
}

// dateID returns the ID of the i-th date (0-based) of a Result in the
// rendered HTML: "d1" for the first. RenderHTML gives it to every piece of
// the date's highlight as data-date, and to the first piece as id.
func dateID(i int) string {
	return "d" + strconv.Itoa(i+1)
}

func orString(s, alt string) string {
	if s != "" {
		return s
	}
	return alt
}

// clampSpan returns s inside text and widened to rune boundaries.
func clampSpan(text string, s Span) Span {
	s.Start = min(max(s.Start, 0), len(text))
	s.End = min(max(s.End, s.Start), len(text))
	for !core.OnBoundary(text, s.Start) {
		s.Start--
	}
	for !core.OnBoundary(text, s.End) {
		s.End++
	}
	return s
}

// attrWriter builds an escaped attribute list.
type attrWriter struct{ b strings.Builder }

func (a *attrWriter) reset() { a.b.Reset() }

func (a *attrWriter) add(name, value string) {
	a.b.WriteByte(' ')
	a.b.WriteString(name)
	a.b.WriteString(`="`)
	writeEscaped(&a.b, value)
	a.b.WriteByte('"')
}

// open starts an attribute whose value is written by text and ended by
// close.
func (a *attrWriter) open(name string) {
	a.b.WriteByte(' ')
	a.b.WriteString(name)
	a.b.WriteString(`="`)
}

// text writes parts of an attribute value, escaped.
func (a *attrWriter) text(parts ...string) {
	for _, p := range parts {
		writeEscaped(&a.b, p)
	}
}

func (a *attrWriter) close() { a.b.WriteByte('"') }

func (a *attrWriter) String() string { return a.b.String() }

// escapeString returns s escaped for HTML text or a quoted attribute value.
func escapeString(s string) string {
	var b strings.Builder
	writeEscaped(&b, s)
	return b.String()
}

// writeEscaped writes s escaped for HTML text or a quoted attribute value:
// the five special characters become references, NUL and each byte of
// invalid UTF-8 become U+FFFD.
func writeEscaped(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var rep string
		size := 1
		switch {
		case c == '&':
			rep = "&amp;"
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c == '"':
			rep = "&#34;"
		case c == '\'':
			rep = "&#39;"
		case c == 0:
			rep = "\uFFFD"
		case c < utf8.RuneSelf:
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			if r == utf8.RuneError && n == 1 {
				rep = "\uFFFD"
			}
		}
		if rep != "" {
			b.WriteString(s[last:i])
			b.WriteString(rep)
			last = i + size
		}
		i += size
	}
	b.WriteString(s[last:])
}

// writeTokens writes toks, showing text from text, with marks laid over.
func writeTokens(b *strings.Builder, text string, toks []rtok, marks []markSpan) {
	setExtents(toks)
	w := markWriter{b: b, text: text, marks: marks, opened: make([]bool, len(marks)), depth: make([]int, len(marks))}
	for i := range w.depth {
		w.depth[i] = -1
	}
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case rtText:
			w.text1(t)
		case rtOpen:
			if t.block {
				w.closeFree()
			} else {
				w.closeNotCovering(Span{Start: t.a, End: t.b})
			}
			b.WriteString(t.out)
			w.elems = append(w.elems, len(w.stack))
			w.stack = append(w.stack, stackEntry{mark: -1})
		case rtClose:
			if len(w.elems) == 0 {
				continue // unbalanced rtok list: a bug, but never bad HTML
			}
			top := w.elems[len(w.elems)-1]
			w.closeAbove(top + 1)
			b.WriteString(t.out)
			w.stack = w.stack[:top]
			w.elems = w.elems[:len(w.elems)-1]
		case rtVoid:
			if t.block {
				w.closeFree()
			}
			b.WriteString(t.out)
		}
	}
	w.closeAbove(0)
}

// setExtents sets the a, b of each inline rtOpen to the source range of
// the text inside it (a > b when it holds none).
func setExtents(toks []rtok) {
	var open []int
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case rtOpen:
			t.a, t.b = int(^uint(0)>>1), -1
			open = append(open, i)
		case rtText:
			if n := len(open); n > 0 {
				o := &toks[open[n-1]]
				o.a, o.b = min(o.a, t.a), max(o.b, t.b)
			}
		case rtClose:
			if n := len(open); n > 0 {
				o := toks[open[n-1]]
				open = open[:n-1]
				if n > 1 {
					p := &toks[open[n-2]]
					p.a, p.b = min(p.a, o.a), max(p.b, o.b)
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

// text1 writes one text rtok, split where marks start and end.
func (w *markWriter) text1(t *rtok) {
	if t.decoded || t.a >= t.b {
		w.advance(t.a)
		w.want = append(w.want[:0], w.active...)
		if t.a < t.b {
			// marks starting inside an atomic rtok cover all of it
			for k := w.next; k < len(w.marks) && w.marks[k].Start < t.b; k++ {
				w.want = append(w.want, k)
			}
		}
		w.sync()
		writeEscaped(w.b, t.out)
		return
	}
	for p := t.a; p < t.b; {
		w.advance(p)
		q := t.b
		if w.next < len(w.marks) {
			q = min(q, w.marks[w.next].Start)
		}
		for _, m := range w.active {
			q = min(q, w.marks[m].End)
		}
		for q < t.b && !core.OnBoundary(w.text, q) {
			q++
		}
		w.want = append(w.want[:0], w.active...)
		w.sync()
		writeEscaped(w.b, w.text[p:q])
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
	w.opened[m] = true
	w.b.WriteString(ms.attrs)
	w.b.WriteByte('>')
	w.depth[m] = len(w.stack)
	w.stack = append(w.stack, stackEntry{mark: m})
}

// closeAbove closes the marks at stack index i and above; elements there
// are closed by rtClose only, so i must not be below an open element.
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
func (w *markWriter) closeNotCovering(ext Span) {
	base := w.base()
	for i := base; i < len(w.stack); i++ {
		m := w.marks[w.stack[i].mark]
		if ext.Start > ext.End || m.Start > ext.Start || m.End < ext.End {
			w.closeAbove(i)
			return
		}
	}
}
