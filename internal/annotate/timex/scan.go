package timex

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/words"
)

// The date stage reads the text as a stream of small tokens: words, numbers
// and single punctuation marks, made from the words package words read once
// for every stage; each word is looked up once in the shared table, whose
// date half is the lexicon (lexicon.go), so that the grammar (parse.go)
// only compares small integers.

// dtokKind is the shape of a token.
type dtokKind uint8

const (
	dtWord  dtokKind = iota + 1 // letters
	dtNum                       // digits, maybe with a decimal part and a letter suffix ("1990s", "10th", "5pm")
	dtPunct                     // one mark
)

// numSuffix is the letters written straight after a number.
type numSuffix uint8

const (
	sufNone    numSuffix = iota
	sufS                 // 1990s
	sufOrdinal           // 1st, 2nd, 3rd, 17th
	sufAM                // 9am
	sufPM                // 3pm
	sufOther             // 5G, 3M, 10km: not a time expression
)

// dtoken is one token of a window of text, kept small (24 bytes): the
// tokenizer writes one per word of the text.
type dtoken struct {
	start, end int32
	num        int32    // the integer part of a number (capped at 1e9)
	val        int16    // the lexicon value (month 1-12, weekday 1-7, number, unit, ...)
	lex        dlexKind // the lexicon class of a word (dlexNone when unknown)
	// cand is 1 when the grammar may start at the token, by what canStart
	// says of its kind and class alone: a number, a word of a class that
	// opens expressions (startsWord: the lexicon's candBit), an
	// apostrophe (' or ’, told by its first byte, as canStart reads it).
	// val, lex and cand lie as in a word's value in the lexicon.
	cand  uint8
	kind  dtokKind
	suf   numSuffix
	ndig  uint8
	upper bool // starts with an upper-case letter
	space bool // white space precedes it
	frac  bool // a number with a decimal part ("2.5")
	comma bool // a number written with a thousands separator ("1,015")
}

// The tokens of a paragraph are read in windows of at most dateHardWindow
// tokens, ending at a sentence end after dateSoftWindow tokens when
// possible, so that the buffer is small and lives on the stack.
const (
	dateSoftWindow = 384
	dateHardWindow = 512
)

// tokenizeDates appends to toks the tokens of text[from:to], stopping after
// dateSoftWindow tokens at a sentence end, or at dateHardWindow tokens. It
// returns the tokens and the offset where scanning stopped.
//
// ws are the words of the paragraph as package words read them, looked up
// once for every stage (nil: read the bytes here). A word of ASCII letters
// and a mark are the same token here, taken as they are; the rest (numbers,
// words with digits, hyphens, apostrophes or letters beyond ASCII, which
// this stage splits otherwise) is read from the bytes below.
func tokenizeDates(text string, from, to int, ws []words.Token, toks []dtoken) ([]dtoken, int) {
	i := from
	space := true
	k := firstWordFrom(ws, from) // the first word of ws that starts at i or after
	for len(ws) > k && int(ws[len(ws)-1].End) > to {
		ws = ws[:len(ws)-1] // words past to are read from the bytes
	}
	for i < to {
		if len(toks) >= dateHardWindow || (len(toks) >= dateSoftWindow && len(toks) > 0 && dSentenceMark(text, toks[len(toks)-1])) {
			return toks, i
		}
		for k < len(ws) && int(ws[k].Start) < i {
			k++
		}
		// Only white space lies between i and word k when no word before
		// it reaches past i (ws holds every other byte of the paragraph).
		if k < len(ws) && (k == 0 || int(ws[k-1].Next) <= i) && int(ws[k].End) <= to {
			w := &ws[k]
			start := int(w.Start)
			space = space || start > i
			i = start
			switch {
			case w.Letters:
				lex, val := dateEntry(w.Date)
				toks = append(toks, dtoken{start: w.Start, end: w.End, kind: dtWord, space: space,
					upper: text[start] <= 'Z', lex: lex, val: val, cand: dateCand(w.Date)})
			case w.Kind == words.Mark && text[start] != '\f' && text[start] != '\v':
				toks = append(toks, dtoken{start: w.Start, end: w.End, kind: dtPunct, space: space, cand: markCand(text[start])})
			default:
				goto bytes // read here: a number, a word this stage splits, a form feed
			}
			space = false
			k++
			// The words after it, while they are the same tokens here, no
			// possessive lies between (a word's Next is its End) and the
			// window has room, in a tighter loop: run holds the word just
			// read and the words after it that may follow it here.
			run := ws[k-1 : min(len(ws), k+max(dateSoftWindow-len(toks), 0))]
			var n int
			toks, n = appendRun(text, run, toks)
			i, k = int(run[n-1].End), k+n-1
			continue
		}
	bytes:
		c := text[i]
		switch dateByteClass[c] {
		case byteSpace:
			space = true
			i++
			continue
		case byteLetter:
			// An ASCII word, read here rather than in dScanWord: most
			// tokens are one.
			start := i
			i = core.ASCIILetterRun(text, i+1, to)
			if i < to && text[i] >= utf8.RuneSelf {
				var t dtoken // a letter beyond ASCII may follow ("café")
				t, i = dScanWord(text, start, to, space)
				toks = append(toks, t)
				space = false
				continue
			}
			v := dateLexicon.LookupLettersAt(text, start, i)
			lex, val := dateEntry(v)
			toks = append(toks, dtoken{start: int32(start), end: int32(i), kind: dtWord, space: space,
				upper: text[start] <= 'Z', lex: lex, val: val, cand: dateCand(v)})
			// The commonest next byte, a space, read here: the switch
			// above then mostly sees the start of a word.
			space = i < to && text[i] == ' '
			if space {
				i++
			}
			continue
		case byteDigit:
			var t dtoken
			t, i = dScanNumber(text, i, to, space)
			toks = append(toks, t)
			space = false
			continue
		case bytePunct:
			toks = append(toks, dtoken{start: int32(i), end: int32(i + 1), kind: dtPunct, space: space, cand: markCand(c)})
			if next, ok := possessiveS(ws, k, i, to); ok && c == '\'' && len(toks) < dateHardWindow {
				toks = append(toks, sToken(text, i+1, next))
				i, space = next, false
				continue
			}
			i++
			space = i < to && text[i] == ' '
			if space {
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:to])
		switch {
		case r >= '\u2013' && r <= '\u2026':
			// Dashes, curly quotes and the ellipsis, the commonest marks
			// beyond ASCII in news, without the Unicode tables.
			toks = append(toks, dtoken{start: int32(i), end: int32(i + size), kind: dtPunct, space: space, cand: markCand(c)})
			if next, ok := possessiveS(ws, k, i, to); ok && r == '’' && len(toks) < dateHardWindow {
				toks = append(toks, sToken(text, i+size, next))
				i, space = next, false
				continue
			}
			i += size
		case r == utf8.RuneError && size <= 1:
			toks = append(toks, dtoken{start: int32(i), end: int32(i + 1), kind: dtPunct, space: space, cand: markCand(c)})
			i++
		case unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
			// White space, and the format characters the word pass
			// skips as invisible (a soft hyphen, a zero-width space:
			// words.At), so that both readings give the same tokens.
			space = true
			i += size
			continue
		case unicode.IsLetter(r):
			var t dtoken
			t, i = dScanWord(text, i, to, space)
			toks = append(toks, t)
		default:
			toks = append(toks, dtoken{start: int32(i), end: int32(i + size), kind: dtPunct, space: space, cand: markCand(c)})
			i += size
		}
		space = false
	}
	return toks, to
}

// appendRun appends to toks the tokens of the shared words run[1:] while
// they are the same tokens here and no possessive lies between, and
// returns them and the index in run of the first word it left (run[0] is
// the word read just before). It calls nothing, in a loop of its own: a
// call in the loop (growslice, or those of tokenizeDates) makes the
// compiler store its values to the stack on every word.
func appendRun(text string, run []words.Token, toks []dtoken) ([]dtoken, int) {
	// The words are read from ws and the tokens written to out, each
	// walked from its start (ws[1:]): fields at fixed offsets from one
	// pointer, where an index costs two more instructions a byte field.
	// The word before is kept in prevEnd and poss.
	prevEnd, poss := run[0].End, run[0].Poss
	ws, out := run[1:], toks[len(toks):cap(toks)]
	n := 0
	for len(ws) > 0 && len(out) > 0 && !poss {
		w := &ws[0]
		c := text[w.Start]
		sp := w.Start > prevEnd
		t := &out[0]
		if w.Letters {
			// Stored in place: a token built aside and copied in stalls
			// the processor (see words.appendPara); one field a
			// statement, every value read before (a tuple assignment
			// holds the address of every field while it reads them).
			*t = dtoken{}
			t.start, t.end = w.Start, w.End // (read after the clearing store: one move of both)
			// val, lex and cand lie side by side as in the word's value
			// in the lexicon: three parts of one value, which the
			// compiler stores at once.
			x := w.Date
			t.val, t.lex, t.cand = int16(x), dlexKind(x>>16), uint8(x>>24)
			t.kind = dtWord
			t.upper = c <= 'Z'
			t.space = sp
		} else if w.Kind == words.Mark && c != '\f' && c != '\v' {
			*t = dtoken{}
			t.start, t.end = w.Start, w.End
			t.kind = dtPunct
			t.space = sp
			t.cand = markCand(c)
		} else {
			break
		}
		prevEnd, poss = w.End, w.Poss
		ws, out = ws[1:], out[1:]
		n++
	}
	return toks[:len(toks)+n], n + 1
}

// possessiveS reports whether the apostrophe at i opens the possessive ’s
// or 's after the shared word ws[k-1] (where the words' run stopped), and
// where the text after its s starts, by to: its s is read with it (as
// the bytes would give it: sToken), not in a turn of its own.
func possessiveS(ws []words.Token, k, i, to int) (int, bool) {
	if k == 0 || !ws[k-1].Poss || int(ws[k-1].End) != i || int(ws[k-1].Next) > to {
		return 0, false
	}
	return int(ws[k-1].Next), true
}

// sToken is the token of the s of a possessive, text[i:end].
func sToken(text string, i, end int) dtoken {
	lex, val := dateEntry(possS)
	return dtoken{start: int32(i), end: int32(end), kind: dtWord, upper: text[i] <= 'Z', lex: lex, val: val, cand: dateCand(possS)}
}

// possS is the value in the lexicon of the word "s", the s of a
// possessive, which this stage reads as a word of its own.
var possS = dateLexicon.Lookup("s")

// firstWordFrom returns the index of the first word of ws that starts at
// from or after.
func firstWordFrom(ws []words.Token, from int) int {
	if len(ws) == 0 || int(ws[0].Start) >= from {
		return 0 // the paragraph's first window, the commonest
	}
	lo, hi := 0, len(ws)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ws[m].Start) < from {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Byte classes of the tokenizer.
const (
	byteHigh   = iota // the first byte of a multi-byte rune (or an invalid one)
	byteSpace         // ASCII white space
	byteLetter        // a-z, A-Z
	byteDigit         // 0-9
	bytePunct         // any other ASCII byte
)

// dateByteClass is the class of each byte. It is built once and only read.
var dateByteClass = func() (t [256]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c] = byteSpace
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			t[c] = byteLetter
		case c >= '0' && c <= '9':
			t[c] = byteDigit
		default:
			t[c] = bytePunct
		}
	}
	return t
}()

// markCand is the cand of a mark that starts with the byte c: 1 for an
// apostrophe, ' or ’ (and the other marks beyond ASCII that start with
// its first byte, 0xE2, which canStart tells apart).
func markCand(c byte) uint8 { return uint8(core.B2I(c == '\'' || c == 0xE2)) }

func dLetter(c byte) bool { return dateByteClass[c] == byteLetter }

// dScanWord reads the letters from i and returns the word token and the
// offset after it.
func dScanWord(text string, i, to int, space bool) (dtoken, int) {
	start := i
	for i < to && dateByteClass[text[i]] == byteLetter {
		i++
	}
	ascii := true
	for i < to && text[i] >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(text[i:to])
		if !unicode.IsLetter(r) {
			break
		}
		ascii = false
		i += size
		for i < to && dateByteClass[text[i]] == byteLetter {
			i++
		}
	}
	t := dtoken{start: int32(start), end: int32(i), kind: dtWord, space: space}
	c := text[start]
	t.upper = c >= 'A' && c <= 'Z'
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[start:i])
		t.upper = unicode.IsUpper(r)
	}
	if ascii {
		v := dateLexicon.Lookup(text[start:i])
		t.lex, t.val = dateEntry(v)
		t.cand = dateCand(v)
	}
	return t, i
}

// dScanNumber reads digits from i, with thousands commas ("1,000"), a decimal
// part ("2.5") and a letter suffix ("1990s", "17th", "3pm").
func dScanNumber(text string, i, to int, space bool) (dtoken, int) {
	t := dtoken{start: int32(i), kind: dtNum, space: space, cand: 1}
	n, nd := 0, 0
	for i < to {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			if n < 1e9 {
				n = n*10 + int(c-'0')
			}
			nd++
			i++
			continue
		case c == ',' && i+3 < to+1 && dAllDigits(text, i+1, i+4, to) && (i+4 >= to || !dDigit(text[i+4])) && nd <= 3:
			// "1,000": a thousands separator, not "17, 2025" (which has a space).
			n = n*1000 + int(text[i+1]-'0')*100 + int(text[i+2]-'0')*10 + int(text[i+3]-'0')
			if n > 1e9 {
				n = 1e9
			}
			nd += 3
			i += 4
			t.comma = true
			continue
		case c == '.' && i+1 < to && dDigit(text[i+1]) && !t.frac:
			t.frac = true
			i++
			for i < to && dDigit(text[i]) {
				i++
			}
			continue
		}
		break
	}
	t.num = int32(min(n, 1e9))
	if nd > 255 {
		nd = 255
	}
	t.ndig = uint8(nd)
	if i < to && dLetter(text[i]) {
		j := i
		for j < to && dLetter(text[j]) {
			j++
		}
		t.suf = dSuffix(text[i:j])
		i = j
	}
	t.end = int32(i)
	return t, i
}

func dDigit(c byte) bool { return c >= '0' && c <= '9' }

func dAllDigits(text string, from, to, limit int) bool {
	if to > limit {
		return false
	}
	for k := from; k < to; k++ {
		if !dDigit(text[k]) {
			return false
		}
	}
	return true
}

func dSuffix(s string) numSuffix {
	switch len(s) {
	case 1:
		if s[0]|0x20 == 's' {
			return sufS
		}
	case 2:
		a, b := s[0]|0x20, s[1]|0x20
		switch {
		case a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd', a == 't' && b == 'h':
			return sufOrdinal
		case a == 'a' && b == 'm':
			return sufAM
		case a == 'p' && b == 'm':
			return sufPM
		}
	}
	return sufOther
}

// dSentenceMark reports whether t is a full stop, question or exclamation mark.
func dSentenceMark(text string, t dtoken) bool {
	if t.kind != dtPunct || t.end-t.start != 1 {
		return false
	}
	c := text[t.start]
	return c == '.' || c == '!' || c == '?'
}
