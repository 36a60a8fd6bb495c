package core

import (
	"slices"
	"strings"
	"sync"
)

// Document is the text being annotated and its paragraphs, shared by the
// stages of the pipeline.
type Document struct {
	Text  string
	Paras []Span // non-empty paragraphs, trimmed of surrounding blank space, in order
	// Words holds the words of the text, read once by the first stage
	// that asks (package words, which core cannot name) and shared by the
	// others; nil until then.
	Words  any
	pooled *[]Span // where Paras came from in parasPool, for Release
}

// NewDocument splits text into paragraphs. When the text contains a blank
// line, paragraphs are separated by blank lines and single newlines are soft
// breaks inside a paragraph (hard-wrapped copy); otherwise every line is a
// paragraph (text pasted from a web page arrives that way).
//
// The paragraphs are gathered in a pooled list and copied out at their
// exact number. (Small enough to be inlined, so that the document itself
// may live on the caller's stack; so is NewPooledDocument.)
func NewDocument(text string) *Document {
	return &Document{Text: text, Paras: ownParagraphs(text)}
}

// NewPooledDocument is NewDocument keeping the paragraphs in the pooled
// list, for a caller that hands them back with Release when done.
func NewPooledDocument(text string) *Document {
	paras, pooled := splitParagraphs(text)
	return &Document{Text: text, Paras: paras, pooled: pooled}
}

// splitParagraphs returns the paragraphs of NewDocument in a list from
// parasPool, and where the list came from.
func splitParagraphs(text string) ([]Span, *[]Span) {
	pooled := parasPool.Get().(*[]Span)
	paras := (*pooled)[:0]
	lines := lineEndings(text)
	blankSeparated := hasBlankLine(text, lines)
	start := 0
	for start < len(text) {
		end := nextBreak(text, start, blankSeparated, lines)
		if s := TrimSpan(text, Span{Start: start, End: end}); s.Len() > 0 {
			paras = append(paras, s)
		}
		start = end + 1
	}
	return paras, pooled
}

// ownParagraphs returns the paragraphs of text in a list of their own, at
// their exact number (nil when none), handing the pooled list back.
func ownParagraphs(text string) []Span {
	paras, pooled := splitParagraphs(text)
	var own []Span
	if len(paras) > 0 {
		own = slices.Clone(paras)
	}
	if cap(paras) <= MaxScratch {
		*pooled = paras[:0]
		parasPool.Put(pooled)
	}
	return own
}

// Release hands the paragraph list of a NewPooledDocument, and the words
// a stage kept in it, back to their pools; d is not used after.
func (d *Document) Release() {
	if d.pooled != nil && cap(d.Paras) <= MaxScratch {
		*d.pooled = d.Paras[:0]
		parasPool.Put(d.pooled)
	}
	if w, ok := d.Words.(interface{ Release() }); ok {
		w.Release()
	}
	d.Paras, d.pooled, d.Words = nil, nil, nil
}

// parasPool holds the working lists of NewDocument.
var parasPool = sync.Pool{New: func() any { return new([]Span) }}

// lineEnding says which bytes end a line in a text: '\n' alone (LF and
// CRLF text, the common case, found with strings.IndexByte), or also a
// '\r' not followed by '\n' (text from classic Mac OS and some pasted
// sources, where a lone CR ends each line).
type lineEnding bool

const (
	lfOnly      lineEnding = false
	withLoneCRs lineEnding = true
)

// lineEndings tells which line endings text uses.
func lineEndings(text string) lineEnding {
	for i := strings.IndexByte(text, '\r'); i >= 0; {
		if i+1 >= len(text) || text[i+1] != '\n' {
			return withLoneCRs
		}
		k := strings.IndexByte(text[i+2:], '\r')
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return lfOnly
}

// nextNewline returns the offset of the first byte at or after from that
// ends a line, or -1.
func nextNewline(text string, from int, lines lineEnding) int {
	if lines == lfOnly {
		if k := strings.IndexByte(text[from:], '\n'); k >= 0 {
			return from + k
		}
		return -1
	}
	for i := from; i < len(text); i++ {
		if isNewline(text, i, lines) {
			return i
		}
	}
	return -1
}

// isNewline reports whether byte i of text ends a line.
func isNewline(text string, i int, lines lineEnding) bool {
	return text[i] == '\n' || lines == withLoneCRs && text[i] == '\r' && (i+1 >= len(text) || text[i+1] != '\n')
}

// skipBlank returns the offset after the spaces, tabs and CRs of a CRLF
// from j on.
func skipBlank(text string, j int, lines lineEnding) int {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' && !isNewline(text, j, lines)) {
		j++
	}
	return j
}

// nextBreak returns the offset of the line ending that ends the paragraph
// starting at from, or len(text).
func nextBreak(text string, from int, blankSeparated bool, lines lineEnding) int {
	for i := from; i < len(text); i++ {
		k := nextNewline(text, i, lines)
		if k < 0 {
			break
		}
		i = k
		if !blankSeparated {
			return i
		}
		j := skipBlank(text, i+1, lines)
		if j >= len(text) || isNewline(text, j, lines) {
			return i
		}
	}
	return len(text)
}

// hasBlankLine reports whether text has a line holding only white space
// between two non-blank lines.
func hasBlankLine(text string, lines lineEnding) bool {
	t := strings.TrimSpace(text)
	for i := nextNewline(t, 0, lines); i >= 0; {
		j := skipBlank(t, i+1, lines)
		if j < len(t) && isNewline(t, j, lines) {
			return true
		}
		k := nextNewline(t, j, lines)
		if k < 0 {
			return false
		}
		i = k
	}
	return false
}

// TrimSpan shrinks s to exclude ASCII white space, U+200B (zero-width
// space), U+00A0 (no-break space) and U+FEFF (byte-order mark) at both ends.
func TrimSpan(text string, s Span) Span {
	for s.Start < s.End && isTrimByte(text, s.Start) {
		s.Start += trimWidth(text, s.Start)
	}
	for s.End > s.Start && isTrimEnd(text, s.End) {
		s.End -= trimEndWidth(text, s.End)
	}
	return s
}

const zeroWidthSpace = "\u200b"

// byteOrderMark (U+FEFF) starts text saved by some editors; it is no part
// of the first paragraph (issue 10: it hid the first quote).
const byteOrderMark = "\ufeff"

func isTrimByte(text string, i int) bool {
	switch text[i] {
	case ' ', '\t', '\r', '\n', '\f', '\v':
		return true
	}
	return strings.HasPrefix(text[i:], zeroWidthSpace) || strings.HasPrefix(text[i:], "\u00a0") || strings.HasPrefix(text[i:], byteOrderMark)
}

func trimWidth(text string, i int) int {
	if strings.HasPrefix(text[i:], zeroWidthSpace) || strings.HasPrefix(text[i:], byteOrderMark) {
		return len(zeroWidthSpace)
	}
	if strings.HasPrefix(text[i:], "\u00a0") {
		return 2
	}
	return 1
}

func isTrimEnd(text string, end int) bool {
	switch text[end-1] {
	case ' ', '\t', '\r', '\n', '\f', '\v':
		return true
	}
	return strings.HasSuffix(text[:end], zeroWidthSpace) || strings.HasSuffix(text[:end], "\u00a0") || strings.HasSuffix(text[:end], byteOrderMark)
}

func trimEndWidth(text string, end int) int {
	if strings.HasSuffix(text[:end], zeroWidthSpace) || strings.HasSuffix(text[:end], byteOrderMark) {
		return len(zeroWidthSpace)
	}
	if strings.HasSuffix(text[:end], "\u00a0") {
		return 2
	}
	return 1
}

// ParagraphAt returns the index of the paragraph holding byte offset i, or
// the paragraph before it when i falls between paragraphs (-1 if none).
func (d *Document) ParagraphAt(i int) int {
	lo, hi := 0, len(d.Paras)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Paras[m].Start <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}
