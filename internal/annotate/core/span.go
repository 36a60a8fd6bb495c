package core

import "unicode/utf8"

// Span is a half-open range [Start, End) of UTF-8 byte offsets into the
// original input text. It is the one position type of the package: every
// quote, mention, cue and date carries one, and its text is always
// text[Start:End].
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Of returns the text the span covers.
func (s Span) Of(text string) string { return text[s.Start:s.End] }

// Mention is a span together with the text it covers, as written to JSON.
// The text is derived from the span at the end of the pipeline.
type Mention struct {
	Span
	Text string `json:"text"`
}

// OnBoundary reports whether byte offset i of text starts a rune (or is the
// end of the text). Offsets inside an invalid byte sequence count as
// boundaries, since each invalid byte decodes on its own.
func OnBoundary(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return i == 0 || i == len(text)
	}
	return utf8.RuneStart(text[i]) || !validBefore(text, i)
}

// validBefore reports whether byte i is a continuation byte of a valid rune
// that starts before it.
func validBefore(text string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(text[j]) {
			_, size := utf8.DecodeRuneInString(text[j:])
			return size > 1 && j+size > i
		}
	}
	return false
}

// ClampSpan returns s inside text and widened to rune boundaries.
func ClampSpan(text string, s Span) Span {
	s.Start = min(max(s.Start, 0), len(text))
	s.End = min(max(s.End, s.Start), len(text))
	for !OnBoundary(text, s.Start) {
		s.Start--
	}
	for !OnBoundary(text, s.End) {
		s.End++
	}
	return s
}
