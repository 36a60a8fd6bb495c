package quote

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/words"
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
// that may reach into p. ws are the paragraph's words as package words
// read them (nil: read the bytes here); a word is taken from ws when it
// lies whole before the next candidate, and read again with words.At when
// a candidate cuts into it. It returns the tokens and the new value of
// next.
func tokenize(text string, p core.Span, qs []quoteCandidate, next int, ws []words.Token, buf []token) ([]token, int) {
	tk := tokenizer{text: text, buf: buf[:0]}
	for next < len(qs) && qs[next].span.End <= p.Start {
		next++
	}
	k := 0 // the first word of ws that starts at i or after
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
		for k < len(ws) && int(ws[k].Start) < i {
			k++
		}
		// Only white space lies between i and word k when no word before
		// it reaches past i (ws holds every other byte of the paragraph);
		// word k is then the token at i, unless the candidate cuts it.
		if k < len(ws) && (k == 0 || int(ws[k-1].Next) <= i) && int(ws[k].Next) <= limit {
			k = tk.addWords(ws, k, limit)
			i = int(ws[k-1].Next)
			continue
		}
		w, j := words.At(text, i, limit)
		if w.Kind != 0 {
			tk.add(fromWord(w))
		}
		i = j
	}
	return tk.buf, next
}

// fromWord is the token of a word or mark of package words.
func fromWord(w words.Token) token {
	t := token{Span: w.Span(), kind: tokPunct}
	if w.Kind == words.Word {
		t.kind, t.poss, t.info = tokWord, w.Poss, wordInfo(w.Quote)
	}
	return t
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

// addWords adds the words ws[k:] that end before limit, as add would one
// by one, and returns the index of the first word left. Room is made for
// them once; addCommonWords writes the tokens that start with an ASCII
// byte, and the rest are added here one at a time.
func (tk *tokenizer) addWords(ws []words.Token, k, limit int) int {
	text := tk.text
	buf := slices.Grow(tk.buf, len(ws)-k)
	sent, mayStop := tk.sent, tk.mayStop
	for {
		var n int
		buf, n, sent, mayStop = addCommonWords(text, buf, ws[k:], limit, sent, mayStop)
		if k += n; k == len(ws) || int(ws[k].Next) > limit {
			break
		}
		w := &ws[k]
		start := int(w.Start)
		t := token{Span: core.Span{Start: start, End: int(w.End)}, kind: tokPunct, upper: isUpper(text[start:w.End])}
		if mayStop && t.upper {
			sent++ // (startsSentence)
		}
		t.sent = sent
		if w.Kind == words.Word {
			t.kind, t.poss, t.info = tokWord, w.Poss, wordInfo(w.Quote)
		}
		buf = append(buf, t)
		mayStop = false // (no rune beyond ASCII ends a sentence: endsSentenceAt)
		k++
	}
	tk.buf, tk.sent, tk.mayStop = buf, sent, mayStop
	return k
}

// addCommonWords appends the tokens of ws to buf while they end before
// limit, buf has room and each starts with an ASCII byte (whose case is
// that byte's), and returns buf, how many it added and the sentence state.
// The tokens are written in place (every field set: the room may hold
// older tokens), and the loop calls nothing (isInitials is inlined): a
// call in it makes the compiler keep its values on the stack, stored
// again on every token.
func addCommonWords(text string, buf []token, ws []words.Token, limit int, sent int32, mayStop bool) ([]token, int, int32, bool) {
	n := 0
	for ; n < len(ws) && len(buf) < cap(buf); n++ {
		w := &ws[n]
		start := int(w.Start)
		c := text[start]
		if int(w.Next) > limit || c >= utf8.RuneSelf {
			break
		}
		upper := c-'A' < 26 // isUpper, inline
		if mayStop && (upper || isDigit(c)) {
			sent++ // (startsSentence)
		}
		buf = buf[:len(buf)+1]
		t := &buf[len(buf)-1]
		t.Start, t.End = start, int(w.End) // (not w.Span(): it copies the word)
		t.upper, t.sent, t.quote = upper, sent, 0
		if w.Kind == words.Word {
			t.kind, t.poss, t.info = tokWord, w.Poss, wordInfo(w.Quote)
			mayStop = false
			continue
		}
		t.kind, t.poss, t.info = tokPunct, false, 0
		// endsSentenceAt for a mark: . ? !, but not the period of initials
		// or an abbreviation right after it ("W.", "R.T.", "Gov.").
		mayStop = c == '.' || c == '?' || c == '!'
		if c == '.' && len(buf) > 1 {
			if p := &buf[len(buf)-2]; p.kind == tokWord && p.End == start && (isInitials(text[p.Start:p.End]) || p.is(wcAbbreviation)) {
				mayStop = false
			}
		}
	}
	return buf, n, sent, mayStop
}

// endsSentence reports whether token k may end a sentence.
func (tk *tokenizer) endsSentence(k int) bool { return endsSentenceAt(tk.text, tk.buf, k) }

// endsSentenceAt reports whether token k of ts may end a sentence.
func endsSentenceAt(text string, ts []token, k int) bool {
	t := &ts[k]
	switch t.kind {
	case tokPunct:
		c := text[t.Start]
		if c != '.' && c != '?' && c != '!' {
			return false
		}
		if c == '.' && k > 0 && ts[k-1].kind == tokWord && ts[k-1].End == t.Start {
			w := ts[k-1].Of(text)
			if isInitials(w) || ts[k-1].is(wcAbbreviation) { // "W.", "R.T.": initials
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
	if len(s) > 1 && s[0] == 0xE2 && s[1] <= 0x81 {
		// U+2000–U+207F (or no rune): the curly quotes, dashes and the
		// ellipsis that open many tokens, and no capital among them;
		// answered without the Unicode tables.
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isLowerStart reports whether s starts with a lower-case letter.
func isLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
