package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/words"
)

// This file finds quoted stretches: it scans each paragraph once for
// quotation marks, tells opening marks from closing marks and apostrophes by
// their neighbours, and pairs them. What a stretch is (a direct quote or a
// quoted term) is decided later, in direct.go.

// markFamily groups the marks that pair with each other.
type markFamily uint8

const (
	familyDouble markFamily = iota + 1 // " “ ” „ « » ''
	familySingle                       // ' ‘ ’ ‚ ‹ ›
)

// mark is one quotation mark found in the text.
type mark struct {
	pos, size int
	family    markFamily
	open      bool // may open a quote
	close     bool // may close a quote
}

// quoteCandidate is one paired (or unclosed) quoted stretch.
type quoteCandidate struct {
	span     core.Span
	para     int // paragraph the quote opens in
	lastPara int // paragraph it ends in
	family   markFamily
	unclosed bool
	inner    core.Span // the text between the marks
}

// markAt reports the quotation mark starting at byte i of text, if any:
// its size in bytes, family, and the direction its glyph suggests (+1
// opening, -1 closing, 0 either).
func markAt(text string, i int) (size int, fam markFamily, dir int) {
	switch c := text[i]; c {
	case '"':
		return 1, familyDouble, 0
	case '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			// NYT-style ''…''. Three in a row close a nested quote: the
			// single mark comes first when a word or punctuation precedes.
			if i+2 < len(text) && text[i+2] == '\'' && i > 0 && text[i-1] != ' ' && text[i-1] != '\n' {
				return 1, familySingle, 0
			}
			return 2, familyDouble, 0
		}
		return 1, familySingle, 0
	case '`':
		if i+1 < len(text) && text[i+1] == '`' {
			return 2, familyDouble, 1 // ``…'' (Penn Treebank style)
		}
	case 0xC2:
		if i+1 < len(text) {
			switch text[i+1] {
			case 0xAB: // «
				return 2, familyDouble, 1
			case 0xBB: // »
				return 2, familyDouble, -1
			}
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x98: // ‘
				return 3, familySingle, 1
			case 0x99: // ’
				return 3, familySingle, -1
			case 0x9A: // ‚
				return 3, familySingle, 1
			case 0x9C: // “
				return 3, familyDouble, 1
			case 0x9D: // ”
				return 3, familyDouble, -1
			case 0x9E: // „
				return 3, familyDouble, 1
			case 0xB9: // ‹
				return 3, familySingle, 1
			case 0xBA: // ›
				return 3, familySingle, -1
			}
		}
	}
	return 0, 0, 0
}

// runeClass is what a mark's neighbour is, for deciding its direction.
type runeClass uint8

const (
	classSpace  runeClass = iota // white space, or the edge of the paragraph
	classWord                    // letter or digit
	classOpener                  // ( [ { and dashes: a quote may open after them
	classPunct                   // any other punctuation or symbol
)

func classify(r rune) runeClass {
	switch {
	case r < utf8.RuneSelf:
		return asciiRuneClass[r] // (r >= 0: a decoded rune)
	case r == '—' || r == '–':
		return classOpener
	case unicode.IsSpace(r) || r == '\u200b':
		return classSpace
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return classWord
	}
	return classPunct
}

// asciiRuneClass is classify's class of each ASCII rune: ( [ { - / open,
// white space, letters and digits, the rest punctuation.
var asciiRuneClass = func() (t [utf8.RuneSelf]runeClass) {
	for c := range t {
		switch {
		case c == '(' || c == '[' || c == '{' || c == '-' || c == '/':
			t[c] = classOpener
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c] = classSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = classWord
		default:
			t[c] = classPunct
		}
	}
	return t
}()

// scanMarks appends to buf every quotation mark of paragraph p, with the
// directions its neighbours allow. Apostrophes (don’t, the ’90s, rock ’n’
// roll) are left out. ws are the paragraph's words as package words read
// them (nil: read the bytes): a mark is one of their marks (a mark rune is
// never inside a word, and an apostrophe inside one, don’t, Zelenskiy’s,
// is none), so that only their marks are looked at, not every byte.
func scanMarks(text string, p core.Span, ws []words.Token, buf []mark) []mark {
	if ws == nil {
		for i := p.Start; i < p.End; {
			if i = nextMarkLead(text, i, p.End); i >= p.End {
				break
			}
			var n int
			buf, n = appendMark(text, p, i, buf)
			i += n
		}
		return buf
	}
	next := p.Start // where the last mark ended: '' is one mark of two tokens
	for k := range ws {
		w := &ws[k]
		if i := int(w.Start); w.Kind == words.Mark && i >= next && markLead[text[i]] {
			var n int
			buf, n = appendMark(text, p, i, buf)
			next = i + n
		}
	}
	return buf
}

// appendMark appends to buf the quotation mark at i of paragraph p, if
// the byte there starts one and its neighbours leave it a direction, and
// returns how many bytes it read (1 when none starts there).
func appendMark(text string, p core.Span, i int, buf []mark) ([]mark, int) {
	size, fam, dir := markAt(text, i)
	if size == 0 || i+size > p.End {
		return buf, 1
	}
	before, after := classSpace, classSpace
	if i > p.Start {
		r, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
		before = classify(r)
		if isMarkByte(text, i-1) {
			before = classPunct // a mark after a mark: direction by the other side
		}
	}
	if i+size < p.End {
		r, _ := utf8.DecodeRuneInString(text[i+size : p.End])
		after = classify(r)
		if after == classOpener && r != '(' && r != '[' {
			after = classPunct // a dash after a mark: the quote closes
		}
	}
	m := mark{pos: i, size: size, family: fam}
	m.open = after != classSpace && (before == classSpace || before == classOpener || before == classPunct && after != classPunct)
	// A dash before a mark that ends the paragraph or a word closes a
	// line cut off ("I don't really—"). Source: the Chicago Manual of
	// Style, "em dashes" (an interrupted speech).
	m.close = before != classSpace && (before != classOpener || after == classSpace) && (after == classSpace || after == classPunct)
	if before == classPunct && after == classPunct || before == classSpace && after == classSpace {
		m.open, m.close = true, true // the open quote, if any, decides
	}
	switch {
	case dir > 0 && m.close && !m.open:
		// “ typed for ”: keep it as a closing mark.
	case dir > 0:
		m.open, m.close = true, false
	case dir < 0 && m.open && !m.close:
		// ” typed for “, or ’ before a word: ’90s, ’n’, ’em.
		if fam == familySingle && isElision(text, i+size, p.End) {
			m.open = false
		}
	case dir < 0:
		m.open = false
		m.close = m.close || before == classWord || before == classPunct
	}
	if fam == familySingle && m.open && isElision(text, i+size, p.End) {
		m.open = false
	}
	if fam == familySingle && before == classWord && after == classWord {
		m.open, m.close = false, false // don’t, Zelenskiy’s
	}
	if m.open || m.close {
		buf = append(buf, m)
	}
	return buf, size
}

// markLead holds the bytes that may start a quotation mark.
var markLead = [256]bool{'"': true, '\'': true, '`': true, 0xC2: true, 0xE2: true}

// nextMarkLead returns the offset of the first byte of text[i:end] that may
// start a quotation mark, or end. It reads eight bytes at a time and
// steps over those that hold no ", ', ` and no byte beyond ASCII (where
// the marks of 0xC2 and 0xE2 start): most of the text.
func nextMarkLead(text string, i, end int) int {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	for {
		for ; i+8 <= end; i += 8 {
			x := core.Load64(text, i)
			// A byte of x equal to c is a zero byte of v = x^(c*ones), and
			// (v-ones)&^v&highs is non-zero exactly when v has a zero
			// byte; a high bit is a byte beyond ASCII.
			dq, sq, bq := x^('"'*ones), x^('\''*ones), x^('`'*ones)
			if (dq-ones)&^dq&highs|(sq-ones)&^sq&highs|(bq-ones)&^bq&highs|x&highs != 0 {
				break
			}
		}
		// Byte by byte through the block that may hold one.
		for lim := min(i+8, end); i < lim; i++ {
			if markLead[text[i]] {
				return i
			}
		}
		if i >= end {
			return end
		}
	}
}

// isMarkByte reports whether the byte at i ends a quotation mark.
func isMarkByte(text string, i int) bool {
	switch text[i] {
	case '"', '\'':
		return true
	case 0xAB, 0xBB:
		return i > 0 && text[i-1] == 0xC2
	case 0x98, 0x99, 0x9C, 0x9D, 0x9E:
		return i > 1 && text[i-2] == 0xE2 && text[i-1] == 0x80
	}
	return false
}

// isElision reports whether the text at i, just after a single mark, is a
// clipped word that takes an apostrophe in front: the ’90s, rock ’n’ roll,
// ’em, ’til, ’cause, ’tis.
func isElision(text string, i, end int) bool {
	j := i
	for j < end && j-i < 6 && (isASCIILetter(text[j]) || isDigit(text[j])) {
		j++
	}
	if j < end && isASCIILetter(text[j]) {
		return false
	}
	w := text[i:j]
	if len(w) >= 2 && isDigit(w[0]) && isDigit(w[1]) && (len(w) == 2 || len(w) == 3 && w[2] == 's') {
		return true
	}
	var buf [8]byte
	if len(w) > len(buf) {
		return false
	}
	switch string(appendLower(buf[:0], w)) {
	case "n", "em", "til", "cause", "tis", "twas", "bout", "round":
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool       { return '0' <= c && c <= '9' }

// scanQuotes pairs the marks of every paragraph of d into quoted stretches
// (Q1-Q3).
//
//   - An opening mark starts a quote; the next closing mark of the same
//     family ends it. Marks of the other family inside are a nested quote
//     and belong to the outer one.
//   - A single mark opens a quote only if a single closing mark follows in
//     the same paragraph; otherwise it is an apostrophe.
//   - A paragraph that ends inside a quote continues it when the next
//     paragraph opens with a mark of the same family (news style for a quote
//     over several paragraphs). Otherwise the quote ends with its paragraph
//     and is unclosed.
//   - An opening mark of the same family inside an open quote means the
//     earlier quote was never closed: it ends before the new mark, unclosed.
func scanQuotes(d *core.Document, sc *scratch) []quoteCandidate {
	// The pooled list keeps the room of the articles before: it seldom
	// grows, and counting the marks beforehand (four passes over the text,
	// slow under WebAssembly) is not worth it.
	out := sc.cands[:0]
	ws := words.Of(d)
	marks := sc.marks[:0]
	defer func() { sc.marks = marks }()
	var open quoteCandidate // the open quote, on the stack
	var cur *quoteCandidate // &open while a quote is open (carried over paragraphs too)
	for pi, p := range d.Paras {
		marks = scanMarks(d.Text, p, ws.Para(pi), marks[:0])
		lastSingleClose := -1
		for k, m := range marks {
			if m.family == familySingle && m.close {
				lastSingleClose = k
			}
		}
		k := 0
		if cur != nil {
			if len(marks) > 0 && marks[0].pos == p.Start && marks[0].open && marks[0].family == cur.family {
				k = 1 // continuation: the paragraph reopens the quote
			} else {
				out = append(out, closeUnclosed(d, cur))
				cur = nil
			}
		}
		for ; k < len(marks); k++ {
			m := marks[k]
			if cur == nil {
				if !m.open || m.family == familySingle && k >= lastSingleClose {
					continue
				}
				open = quoteCandidate{span: core.Span{Start: m.pos, End: m.pos + m.size}, para: pi, lastPara: pi, family: m.family}
				open.inner.Start = m.pos + m.size
				cur = &open
				continue
			}
			if m.family != cur.family {
				continue // nested quote or apostrophe inside the quote
			}
			if m.close {
				cur.span.End = m.pos + m.size
				cur.inner.End = m.pos
				cur.lastPara = pi
				out = append(out, *cur)
				cur = nil
				continue
			}
			// A second opening mark: the open quote was never closed.
			q := *cur
			q.lastPara = pi
			q.span.End = core.TrimSpan(d.Text, core.Span{Start: q.span.Start, End: m.pos}).End
			if i := attributionTail(d.Text, core.Span{Start: q.inner.Start, End: q.span.End}); i > 0 {
				q.span.End = i
			}
			q.inner.End = q.span.End
			q.unclosed = true
			if q.inner.End < q.inner.Start {
				q.inner.End = q.inner.Start
			}
			out = append(out, q)
			open = quoteCandidate{span: core.Span{Start: m.pos, End: m.pos + m.size}, para: pi, lastPara: pi, family: m.family}
			open.inner.Start = m.pos + m.size
			cur = &open
		}
		if cur != nil {
			cur.lastPara = pi
			cur.span.End = p.End
			if cur.family == familySingle {
				cur = nil // a single mark that never closes is an apostrophe
			}
		}
	}
	if cur != nil {
		out = append(out, closeUnclosed(d, cur))
	}
	return out
}

// closeUnclosed ends q at the end of its last paragraph, or before an
// attribution that ends it (“We will win, Smith said.): the closing mark
// was forgotten, not the reporter's words.
func closeUnclosed(d *core.Document, q *quoteCandidate) quoteCandidate {
	c := *q
	c.span.End = d.Paras[c.lastPara].End
	if i := attributionTail(d.Text, core.Span{Start: c.inner.Start, End: c.span.End}); i > 0 {
		c.span.End = i
	}
	c.inner.End = c.span.End
	c.unclosed = true
	return c
}

// attributionTail returns the offset of the comma that starts a short
// closing attribution of s (", Dmitry Peskov said.", ", she added."), or
// -1: a comma followed by at most six words, one of them a cue word
// written in lower case, and nothing after its sentence.
func attributionTail(text string, s core.Span) int {
	for i := s.End - 1; i > s.Start; i-- {
		if text[i] != ',' {
			continue
		}
		tail := text[i+1 : s.End]
		words, cue, ok := 0, false, true
		eachWord(tail, func(w string) bool {
			words++
			w = trimWordPunct(w)
			if f, found := cueWordsLex.get(w); found && isLowerStart(w) && f&(cueInverts|cueHearer) != 0 {
				cue = true
			}
			ok = words <= 6
			return ok
		})
		if ok && cue && endsWithSentence(tail) {
			return i
		}
		if !ok {
			return -1
		}
	}
	return -1
}

// trimWordPunct drops punctuation around a word.
func trimWordPunct(w string) string {
	for len(w) > 0 && !isASCIILetter(w[len(w)-1]) && w[len(w)-1] < utf8.RuneSelf {
		w = w[:len(w)-1]
	}
	for len(w) > 0 && !isASCIILetter(w[0]) && w[0] < utf8.RuneSelf {
		w = w[1:]
	}
	return w
}
