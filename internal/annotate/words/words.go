package words

import (
	"math/bits"
	"sync"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

// Words are the tokens of every paragraph of a document, read paragraph
// by paragraph as the stages ask for them: the first stage reads each
// paragraph's tokens just after they are made, while they are in the
// nearest cache, and the next stage finds them made.
type Words struct {
	text  string
	paras []core.Span
	toks  []Token
	first []int32 // index in toks of the first token of each paragraph read, and len(toks) last
	skip  bool    // the text is beyond the 32-bit offsets of a token: no paragraph has tokens
}

// Para returns the tokens of paragraph i of the document, reading the
// paragraphs up to i that are not read yet.
func (w *Words) Para(i int) []Token {
	for n := len(w.first) - 1; n <= i; n++ {
		if !w.skip {
			w.toks = appendPara(w.text, w.paras[n], w.toks)
		}
		w.first = append(w.first, int32(len(w.toks)))
	}
	return w.toks[w.first[i]:w.first[i+1]]
}

// Of returns the words of d, kept in d (d.Words) for the next stage. A
// document longer than the 32-bit offsets of a token gets no tokens
// (every stage gives up on one).
func Of(d *core.Document) *Words {
	if w, ok := d.Words.(*Words); ok {
		return w
	}
	w := pool.Get().(*Words)
	w.text, w.paras, w.skip = d.Text, d.Paras, len(d.Text) > 1<<31-1
	w.toks, w.first = w.toks[:0], append(w.first[:0], 0)
	d.Words = w
	return w
}

// appendPara appends the tokens of paragraph p to toks. It is At over
// the paragraph: the commonest bytes (a space, an ASCII mark, a word of 1
// to lexicon.MaxWord ASCII letters that ends at a space or at a mark that
// joins nothing) are read by appendCommon, in a loop without a call, and
// the rest one token at a time by appendOne.
func appendPara(text string, p core.Span, toks []Token) []Token {
	for i, end := p.Start, p.End; i < end; {
		if toks, i = appendCommon(text, i, end, toks); i < end {
			toks, i = appendOne(text, i, end, toks) // (and toks grows here when full)
		}
	}
	return toks
}

// appendCommon appends the tokens from i (end at most) while they are the
// commonest ones and toks has room, and returns where it stopped. It calls
// nothing, growslice included: a call in the loop makes the compiler keep
// its values on the stack, stored again on every byte.
func appendCommon(text string, i, end int, toks []Token) ([]Token, int) {
	// The loop stops 16 bytes before the end of the text, so that a
	// word's two eight-byte loads need no test (appendOne reads the
	// rest).
	lim := min(end, len(text)-15)
	for i < lim && len(toks) < cap(toks) {
		c := text[i]
		if cls := commonClass[c]; cls != commonLetter {
			switch cls {
			case commonSpace:
				i++
				continue
			case commonMark:
				toks = toks[:len(toks)+1]
				t := &toks[len(toks)-1] // stored in place, as a word below
				*t = Token{}
				t.Start, t.End, t.Next, t.Kind = int32(i), int32(i+1), int32(i+1), Mark
				i++
				continue
			case commonE2:
				// The dashes, curly quotes and the ellipsis (U+2013 to
				// U+2026, E2 80 93 to E2 80 A6), the commonest marks
				// beyond ASCII in news: a mark each, as At reads them.
				if i+3 <= end && text[i+1] == 0x80 && text[i+2]-0x93 <= 0xA6-0x93 {
					toks = toks[:len(toks)+1]
					t := &toks[len(toks)-1]
					*t = Token{}
					t.Start, t.End, t.Next, t.Kind = int32(i), int32(i+3), int32(i+3), Mark
					i += 3
					continue
				}
			}
			break // a digit, another byte beyond ASCII
		}
		// A word of ASCII letters: its letters are found and packed into
		// its key from the same loads (as letterKey does).
		w := text[i : i+16] // (i < lim: in the text; its loads need no bounds check)
		x0 := core.Load64(w, 0)
		m := nonLetters(x0)
		x0 |= 0x20 * core.SWAROnes
		n := bits.TrailingZeros64(m) / 8 // (8 when m is 0)
		var key lexicon.Key
		if m != 0 { // (n > 0: the first byte is a letter)
			key = lexicon.Key{Lo: x0 & lettersMask(m), Hi: uint64(n) << 56}
		} else {
			x1 := core.Load64(w, 8)
			m = nonLetters(x1)
			x1 |= 0x20 * core.SWAROnes
			if m == 0 {
				break // a word too long for the table
			}
			n = 8 + bits.TrailingZeros64(m)/8
			key = lexicon.Key{Lo: x0, Hi: x1&lettersMask(m) | uint64(n)<<56}
		}
		j := i + n
		if j > end {
			break // the paragraph's end
		}
		next, poss := j, false
		if j < end && !endsWord[text[j]] && !(joiner[text[j]] && (j+1 == end || asciiNonWord[text[j+1]])) {
			// A possessive 's or ’s that ends at a space or a mark, as
			// wordEnd and skipPossessive read it ("Trump's", "Ruiz’s");
			// else more of the word follows: a digit, a joiner, a letter
			// beyond ASCII.
			if next = possessiveEnd(text, j, end); next < 0 {
				break
			}
			poss = true
		}
		v := table.LookupKey(key)
		// The fields are stored in place: a token built aside and copied
		// in is read back, in wider loads, from the narrower stores that
		// built it, which the processor cannot forward (a stall on every
		// token). Every field is written (no clearing store first).
		toks = toks[:len(toks)+1]
		t := &toks[len(toks)-1]
		t.Start, t.End, t.Next, t.Quote, t.Date = int32(i), int32(j), int32(next), uint32(v), uint32(v>>32)
		t.Kind, t.Letters, t.Poss = Word, true, poss // (Kind and Letters side by side: one store)
		i = next
		if i < end && text[i] == ' ' {
			i++ // the commonest byte after a word
		}
	}
	return toks, i
}

// possessiveEnd returns the end of the possessive 's or ’s at j, after a
// word of letters, when an ASCII byte that is no part of a word (or the
// end) follows it; else -1.
func possessiveEnd(text string, j, end int) int {
	k := j + 1 // the s after '
	if text[j] != '\'' {
		if j+4 > end || text[j] != 0xE2 || text[j+1] != 0x80 || text[j+2] != 0x99 {
			return -1
		}
		k = j + 3 // the s after ’
	}
	if k >= end || text[k]|0x20 != 's' || k+1 < end && !asciiNonWord[text[k+1]] {
		return -1
	}
	return k + 1
}

// appendOne appends the token at i, skipping the white space before it,
// as At reads it, with a word that starts with an ASCII letter or digit
// read here (as appendCommon does, and for the words it leaves). It is
// where toks grows.
func appendOne(text string, i, end int, toks []Token) ([]Token, int) {
	if c := text[i]; c >= 0x80 || asciiClass[c] != asciiWord {
		var t Token
		if t, i = At(text, i, end); t.Kind != 0 {
			toks = append(toks, t)
		}
		return toks, i
	}
	j, key := letterKey(text, i, end)
	poss, letters := false, j > i
	if j < end && !endsWord[text[j]] {
		j, poss, letters = wordEnd(text, i, end)
		key = lexicon.Key{}
	}
	var v uint64
	switch {
	case key != lexicon.Key{}:
		v = table.LookupKey(key)
	case letters:
		v = table.LookupLettersAt(text, i, j)
	default:
		v = table.LookupAt(text, i, j)
	}
	next := j
	if poss {
		next = skipPossessive(text, j, end)
	}
	toks = append(toks, Token{Start: int32(i), End: int32(j), Next: int32(next), Quote: uint32(v), Date: uint32(v >> 32),
		Kind: Word, Poss: poss, Letters: letters})
	if next < end && text[next] == ' ' {
		next++
	}
	return toks, next
}

// The classes of bytes for appendCommon: an ASCII letter, ASCII white
// space, an ASCII mark, the first byte of the commonest marks beyond ASCII
// (0xE2), and the bytes it leaves to appendOne (digits, other bytes beyond
// ASCII).
const (
	commonOther = iota
	commonLetter
	commonSpace
	commonMark
	commonE2
)

var commonClass = func() (t [256]uint8) {
	for c := 0; c < 0x80; c++ {
		switch asciiClass[c] {
		case asciiSpace:
			t[c] = commonSpace
		case asciiOther:
			t[c] = commonMark
		default:
			if c > '9' {
				t[c] = commonLetter
			}
		}
	}
	t[0xE2] = commonE2
	return t
}()

// endsWord tells the bytes that end a word of ASCII letters before them
// with nothing more to read: white space and the ASCII marks other than
// the hyphen, the dot and the apostrophe, which may join it to more.
var endsWord = func() (t [256]bool) {
	for c := 0; c < 0x80; c++ {
		t[c] = asciiClass[c] != asciiWord && c != '-' && c != '.' && c != '\''
	}
	return t
}()

// joiner tells the ASCII marks that may join a word to more: the hyphen,
// the dot and the apostrophe; asciiNonWord the ASCII bytes that are no
// part of a word (after a joiner, one joins nothing).
var joiner, asciiNonWord = func() (j, n [256]bool) {
	j['-'], j['.'], j['\''] = true, true, true
	for c := 0; c < 0x80; c++ {
		n[c] = asciiClass[c] != asciiWord
	}
	return j, n
}()

// letterKey returns the end of the run of ASCII letters from i (end at
// most) and, when the run holds 1 to lexicon.MaxWord letters and the text
// has room to read 16 bytes from i, the run packed as a key of the table
// (lexicon.Pack); else an empty key. It reads eight bytes at a time, as
// core.ASCIILetterRun does, and packs from the same loads.
func letterKey(text string, i, end int) (int, lexicon.Key) {
	if i+16 > len(text) {
		return core.ASCIILetterRun(text, i, end), lexicon.Key{}
	}
	x0 := core.Load64(text, i)
	m := nonLetters(x0)
	x0 |= 0x20 * core.SWAROnes
	if m != 0 {
		n := bits.TrailingZeros64(m) / 8
		if n == 0 || i+n > end {
			return core.ASCIILetterRun(text, i, end), lexicon.Key{}
		}
		return i + n, lexicon.Key{Lo: x0 & lettersMask(m), Hi: uint64(n) << 56}
	}
	x1 := core.Load64(text, i+8)
	m = nonLetters(x1)
	x1 |= 0x20 * core.SWAROnes
	n := 8 + bits.TrailingZeros64(m)/8
	if m == 0 || i+n > end {
		return core.ASCIILetterRun(text, i, end), lexicon.Key{}
	}
	return i + n, lexicon.Key{Lo: x0, Hi: x1&lettersMask(m) | uint64(n)<<56}
}

// nonLetters returns, for x (eight bytes of text), a word whose lowest
// set bit is the high bit of the first byte that is no ASCII letter (0
// when all eight are letters). Bits above it mean nothing: a byte beyond
// ASCII may carry into the next.
func nonLetters(x uint64) uint64 {
	// Lowered (0x20 set), a letter lies in 'a'..'z': below 0x80, y+0x1F
	// has its high bit set when y >= 'a', and y+0x05 when y > 'z' (no
	// carry out of such a byte); a byte with its high bit set is no letter.
	y := x | 0x20*core.SWAROnes
	return (^(y + (0x80-'a')*core.SWAROnes) | (y + (0x80-'z'-1)*core.SWAROnes) | x) & core.SWARHighs
}

// lettersMask returns the mask of the bytes before the first byte that
// is no letter, m being nonLetters' answer (not 0): the bits below m's
// lowest, less that byte's own.
func lettersMask(m uint64) uint64 { return (m ^ (m - 1)) >> 8 }

// Release hands the tokens back to the pool; w is not used after.
func (w *Words) Release() {
	w.text, w.paras = "", nil // the pool keeps no article
	if cap(w.toks) <= core.MaxScratch {
		pool.Put(w)
	}
}

// pool holds the working lists of Of.
var pool = sync.Pool{New: func() any { return new(Words) }}

// Forget hands the words kept in d back to the pool and drops them from
// d, so that the next stage reads them again: for benchmarks that run one
// stage alone over the same documents.
func Forget(d *core.Document) {
	if w, ok := d.Words.(*Words); ok {
		w.Release()
	}
	d.Words = nil
}
