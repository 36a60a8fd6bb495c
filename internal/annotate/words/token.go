package words

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Kind is the kind of a [Token].
type Kind uint8

const (
	Word Kind = iota + 1 // letters, digits, inner apostrophes, hyphens and dots
	Mark                 // one punctuation rune (or one byte that is no rune)
)

// Token is one word or mark of a paragraph.
type Token struct {
	Start, End int32
	// Next is where the text after the token starts: End, or after the
	// possessive ’s that follows a word (left out of its span).
	Next int32
	// Quote and Date are what the quote stage's lists and the date
	// lexicon say of a word: its halves of the shared table (0 for a mark).
	Quote, Date uint32
	Kind        Kind
	Letters     bool // the word is ASCII letters only
	Poss        bool // a possessive ’s or 's follows the word
}

// Span returns the token's span.
func (t Token) Span() core.Span { return core.Span{Start: int(t.Start), End: int(t.End)} }

// At reads the token at i, skipping the white space before it, in
// text[:limit]: a word (letters and digits; apostrophes, hyphens and dots
// between them stay inside it: don’t, Jean-Luc, U.S; a possessive ’s
// after it is left out) looked up in the shared table, or one mark. It
// returns the token and where the text after it starts; when only white
// space lies before limit, a token of Kind 0 and limit.
func At(text string, i, limit int) (Token, int) {
	for i < limit {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiSpace:
				i++
				continue
			case asciiWord:
				return word(text, i, limit)
			}
			return Token{Start: int32(i), End: int32(i + 1), Next: int32(i + 1), Kind: Mark}, i + 1
		}
		r, size := utf8.DecodeRuneInString(text[i:limit])
		switch {
		case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			i += size // (format characters are invisible: a soft hyphen, a zero-width space)
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return word(text, i, limit)
		}
		return Token{Start: int32(i), End: int32(i + size), Next: int32(i + size), Kind: Mark}, i + size
	}
	return Token{}, limit
}

// word reads the word that starts at i.
func word(text string, i, limit int) (Token, int) {
	j, poss, letters := wordEnd(text, i, limit)
	t := Token{Start: int32(i), End: int32(j), Kind: Word, Poss: poss, Letters: letters}
	var v uint64
	if letters {
		v = table.LookupLettersAt(text, i, j)
	} else {
		v = table.LookupAt(text, i, j)
	}
	t.Quote, t.Date = uint32(v), uint32(v>>32)
	next := j
	if poss {
		next = skipPossessive(text, j, limit)
	}
	t.Next = int32(next)
	return t, next
}

// wordEnd returns the end of the word starting at i, whether a possessive
// ’s follows it, and whether the word is ASCII letters only.
func wordEnd(text string, i, limit int) (int, bool, bool) {
	j := asciiAlnumRun(text, i, limit)
	if j >= limit || text[j] < utf8.RuneSelf && text[j] != '-' && text[j] != '.' && text[j] != '\'' {
		// The commonest word: letters (or digits) and then a space or a
		// mark that joins nothing.
		return j, false, j > i && !hasDigit(text[i:j])
	}
	end, poss := wordEndFrom(text, j, limit)
	return end, poss, end == j && j > i && !hasDigit(text[i:j]) // "word-": a hyphen that joins nothing
}

// hasDigit reports whether the ASCII letters and digits w hold a digit.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] <= '9' {
			return true
		}
	}
	return false
}

// wordEndFrom returns the end of the word that goes on at j, and whether
// a possessive ’s follows it.
func wordEndFrom(text string, j, limit int) (int, bool) {
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
		if r == '\u00ad' && j+size < limit && isWordRuneAt(text, j+size, limit) {
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
		// On bytes without their high bit: lowered, a letter lies in
		// 'a'..'z' (y+0x1F has its high bit set when y >= 'a', y+0x05
		// when y > 'z'; no byte carries into the next); a digit lies in
		// '0'..'9'. A byte beyond ASCII is neither.
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
		return asciiClass[c] == asciiWord
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

// The classes of ASCII bytes for the tokenizer.
const (
	asciiOther = iota // punctuation, control bytes and bytes of multi-byte runes
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
