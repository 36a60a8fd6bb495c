package core

import (
	"slices"
	"strings"
	"sync"
)

// Document is the text being annotated and its paragraphs, shared by the
// stages of the pipeline.
type Document struct {
	Text   string
	Paras  []Span  // non-empty paragraphs, trimmed of surrounding blank space, in order
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
	blankSeparated := hasBlankLine(text)
	start := 0
	for start < len(text) {
		end := nextBreak(text, start, blankSeparated)
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

// Release hands the paragraph list of a NewPooledDocument back to the
// pool; d is not used after.
func (d *Document) Release() {
	if d.pooled != nil && cap(d.Paras) <= MaxScratch {
		*d.pooled = d.Paras[:0]
		parasPool.Put(d.pooled)
	}
	d.Paras, d.pooled = nil, nil
}

// parasPool holds the working lists of NewDocument.
var parasPool = sync.Pool{New: func() any { return new([]Span) }}

// nextBreak returns the offset of the newline that ends the paragraph
// starting at from, or len(text).
func nextBreak(text string, from int, blankSeparated bool) int {
	for i := from; i < len(text); i++ {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		i += k
		if !blankSeparated {
			return i
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j >= len(text) || text[j] == '\n' {
			return i
		}
	}
	return len(text)
}

// hasBlankLine reports whether text has a line holding only white space
// between two non-blank lines.
func hasBlankLine(text string) bool {
	t := strings.TrimSpace(text)
	for i := strings.IndexByte(t, '\n'); i >= 0; {
		j := i + 1
		for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r') {
			j++
		}
		if j < len(t) && t[j] == '\n' {
			return true
		}
		k := strings.IndexByte(t[j:], '\n')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

// TrimSpan shrinks s to exclude ASCII white space and U+200B at both ends.
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

func isTrimByte(text string, i int) bool {
	switch text[i] {
	case ' ', '\t', '\r', '\n', '\f', '\v':
		return true
	}
	return strings.HasPrefix(text[i:], zeroWidthSpace) || strings.HasPrefix(text[i:], "\u00a0")
}

func trimWidth(text string, i int) int {
	if strings.HasPrefix(text[i:], zeroWidthSpace) {
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
	return strings.HasSuffix(text[:end], zeroWidthSpace) || strings.HasSuffix(text[:end], "\u00a0")
}

func trimEndWidth(text string, end int) int {
	if strings.HasSuffix(text[:end], zeroWidthSpace) {
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
