package quote

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Tokens: the words, marks and quoted stretches of a paragraph, each word
// looked up once in the word lists, and its sentences.

// tokKind is the kind of a token.
type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters, digits, inner apostrophes, hyphens and dots
	tokPunct                    // one punctuation rune
	tokQuote                    // a whole quoted stretch
)

// token is one word, punctuation mark or quoted stretch of a paragraph.
type token struct {
	core.Span
	kind  tokKind
	poss  bool     // a word followed by a possessive ’s, left out of its span
	upper bool     // it starts with an upper-case letter
	quote int32    // index of the quote candidate, for tokQuote
	sent  int32    // sentence number within the paragraph
	info  wordInfo // what the word lists say of a word (lexicon.go)
}

// is reports whether t is a word on one of the lists l (wc* bits).
func (t *token) is(l wordInfo) bool { return t.info&l != 0 }

// tokenize splits paragraph p into tokens, reusing buf. Every stretch of
// the paragraph covered by a quote candidate becomes one tokQuote token;
// qs must be sorted by start, and next is the index of the first candidate
// that may reach into p. It returns the tokens and the new value of next.
func tokenize(text string, p core.Span, qs []quoteCandidate, next int, buf []token) ([]token, int) {
	tk := tokenizer{text: text, buf: buf[:0]}
	for next < len(qs) && qs[next].span.End <= p.Start {
		next++
	}
	i := p.Start
	for i < p.End {
		if next < len(qs) && qs[next].span.Start <= i {
			q := qs[next]
			end := min(q.span.End, p.End)
			if end > i {
				tk.add(token{Span: core.Span{Start: i, End: end}, kind: tokQuote, quote: int32(next)})
			}
			i = end
			if q.span.End <= p.End {
				next++
			}
			continue
		}
		limit := p.End
		if next < len(qs) && qs[next].span.Start < limit {
			limit = qs[next].span.Start
		}
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiSpace:
				i++
				continue
			case asciiWord:
				j, poss := wordEnd(text, i, limit)
				tk.add(token{Span: core.Span{Start: i, End: j}, kind: tokWord, poss: poss, info: lookupWordAt(text, i, j)})
				i = j
				if poss {
					i = skipPossessive(text, j, limit)
				}
				i = skipSpace(text, i, limit)
				continue
			}
			tk.add(token{Span: core.Span{Start: i, End: i + 1}, kind: tokPunct})
			i = skipSpace(text, i+1, limit)
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:limit])
		switch {
		case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			i += size // (format characters are invisible: a soft hyphen, a zero-width space)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j, poss := wordEnd(text, i, limit)
			tk.add(token{Span: core.Span{Start: i, End: j}, kind: tokWord, poss: poss, info: lookupWordAt(text, i, j)})
			i = j
			if poss {
				i = skipPossessive(text, j, limit)
			}
		default:
			tk.add(token{Span: core.Span{Start: i, End: i + size}, kind: tokPunct})
			i += size
		}
	}
	return tk.buf, next
}

// skipSpace steps over one space at i, the commonest byte after a word or
// a mark, so that the tokenizer's switch mostly sees the start of a token.
func skipSpace(text string, i, limit int) int {
	if i < limit && text[i] == ' ' {
		i++
	}
	return i
}

// wordEnd returns the end of the word starting at i, and whether a
// possessive ’s follows it. Apostrophes, hyphens and dots between letters
// stay inside the word (don’t, Jean-Luc, U.S).
func wordEnd(text string, i, limit int) (int, bool) {
	j := i
	for j < limit {
		if j = asciiAlnumRun(text, j, limit); j >= limit {
			break
		}
		c := text[j]
		if c < utf8.RuneSelf {
			if (c == '-' || c == '.' || c == '\'') && j+1 < limit && isWordRuneAt(text, j+1, limit) {
				if c == '\'' && isPossessive(text, j+1, limit) {
					return j, true
				}
				j++
				continue
			}
			return j, false
		}
		r, size := utf8.DecodeRuneInString(text[j:limit])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += size
			continue
		}
		if r == '\u00ad' && j > i && j+size < limit && isWordRuneAt(text, j+size, limit) {
			j += size // a soft hyphen inside a word: Ander­son
			continue
		}
		if r == '’' && j+size < limit && isWordRuneAt(text, j+size, limit) {
			if isPossessive(text, j+size, limit) {
				return j, true
			}
			j += size
			continue
		}
		return j, false
	}
	return j, false
}

// asciiAlnumRun returns the end of the run of ASCII letters and digits
// from i (limit at most), reading eight bytes at a time where it can.
func asciiAlnumRun(text string, i, limit int) int {
	for i+8 <= limit {
		x := core.Load64(text, i)
		// As in asciiLetterRun, on bytes without their high bit: lowered,
		// a letter lies in 'a'..'z'; a digit lies in '0'..'9'.
		a := x &^ core.SWARHighs
		y := a | 0x20*core.SWAROnes
		letters := (y + (0x80-'a')*core.SWAROnes) &^ (y + (0x80-'z'-1)*core.SWAROnes)
		digits := (a + (0x80-'0')*core.SWAROnes) &^ (a + (0x80-'9'-1)*core.SWAROnes)
		if stop := ^((letters | digits) &^ x) & core.SWARHighs; stop != 0 {
			return i + bits.TrailingZeros64(stop)/8
		}
		i += 8
	}
	for i < limit && asciiClass[text[i]] == asciiWord {
		i++
	}
	return i
}

// isWordRuneAt reports whether a letter or digit starts at i.
func isWordRuneAt(text string, i, limit int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c) || isDigit(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:limit])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isPossessive reports whether the text at i (just after an apostrophe) is
// the s of a possessive: one s and no more letters.
func isPossessive(text string, i, limit int) bool {
	if text[i] != 's' && text[i] != 'S' {
		return false
	}
	return i+1 >= limit || !isWordRuneAt(text, i+1, limit)
}

// skipPossessive returns the offset after the ’s or 's at j.
func skipPossessive(text string, j, limit int) int {
	if text[j] == '\'' {
		return min(j+2, limit)
	}
	return min(j+len("’")+1, limit)
}

// tokenizer collects the tokens of a paragraph and numbers its sentences
// as it goes. A sentence ends at . ? ! (not after an abbreviation or an
// initial) when the next token starts with a capital letter, a digit or a
// quotation; a quote whose words end with . ? ! ends one the same way.
type tokenizer struct {
	text    string
	buf     []token
	sent    int32
	mayStop bool // the last token may end a sentence
}

// add appends t, in the sentence it belongs to.
func (tk *tokenizer) add(t token) {
	if c := tk.text[t.Start]; c < utf8.RuneSelf {
		t.upper = c-'A' < 26 // isUpper, inline
	} else {
		t.upper = isUpper(t.Of(tk.text))
	}
	if tk.mayStop && startsSentence(tk.text, t) {
		tk.sent++
	}
	t.sent = tk.sent
	tk.buf = append(tk.buf, t)
	tk.mayStop = t.kind != tokWord && tk.endsSentence(len(tk.buf)-1)
}

// endsSentence reports whether token k may end a sentence.
func (tk *tokenizer) endsSentence(k int) bool {
	t, text := tk.buf[k], tk.text
	switch t.kind {
	case tokPunct:
		c := text[t.Start]
		if c != '.' && c != '?' && c != '!' {
			return false
		}
		if c == '.' && k > 0 && tk.buf[k-1].kind == tokWord && tk.buf[k-1].End == t.Start {
			w := tk.buf[k-1].Of(text)
			if isInitials(w) || tk.buf[k-1].is(wcAbbreviation) { // "W.", "R.T.": initials
				return false
			}
		}
		return true
	case tokQuote:
		return endsWithStop(text, t.Span)
	}
	return false
}

// startsSentence reports whether t may begin a sentence.
func startsSentence(text string, t token) bool {
	if t.kind == tokQuote {
		return true
	}
	return t.upper || isDigit(text[t.Start])
}

// endsWithStop reports whether the quoted stretch s ends with . ? ! just
// before its closing mark.
func endsWithStop(text string, s core.Span) bool {
	i := s.End
	for i > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:i])
		if size == 0 {
			return false
		}
		switch {
		case r == '.' || r == '?' || r == '!' || r == '…':
			return true
		case r == '"' || r == '\'' || r == '”' || r == '’' || r == '»' || r == '›' || r == '“' || r == ')':
			i -= size
			continue
		}
		return false
	}
	return false
}

func isUpperByte(c byte) bool { return c-'A' < 26 }

// isUpper reports whether s starts with an upper-case letter.
func isUpper(s string) bool {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return s[0]-'A' < 26 // one comparison: no branch to mispredict
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// The classes of ASCII bytes for the tokenizer.
const (
	asciiOther = iota // punctuation and bytes of multi-byte runes
	asciiSpace
	asciiWord
)

var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = asciiWord, asciiWord
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiWord
	}
	t[' '], t['\t'], t['\n'], t['\r'] = asciiSpace, asciiSpace, asciiSpace, asciiSpace
	return t
}()

// isLowerStart reports whether s starts with a lower-case letter.
func isLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
