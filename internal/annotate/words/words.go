package words

import (
	"sync"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Words are the tokens of every paragraph of a document.
type Words struct {
	toks  []Token
	first []int32 // index in toks of the first token of each paragraph, and len(toks) last
}

// Para returns the tokens of paragraph i of the document.
func (w *Words) Para(i int) []Token { return w.toks[w.first[i]:w.first[i+1]] }

// Of returns the words of d, reading them the first time and keeping them
// in d (d.Words) for the next stage. A document longer than the 32-bit
// offsets of a token gets no tokens (every stage gives up on one).
func Of(d *core.Document) *Words {
	if w, ok := d.Words.(*Words); ok {
		return w
	}
	w := pool.Get().(*Words)
	w.toks, w.first = w.toks[:0], append(w.first[:0], 0)
	if len(d.Text) <= 1<<31-1 {
		for _, p := range d.Paras {
			w.toks = appendPara(d.Text, p, w.toks)
			w.first = append(w.first, int32(len(w.toks)))
		}
	} else {
		for range d.Paras {
			w.first = append(w.first, 0)
		}
	}
	d.Words = w
	return w
}

// appendPara appends the tokens of paragraph p to toks. It is At over
// the paragraph, with the commonest bytes (a space, an ASCII mark, a word
// starting with an ASCII letter or digit) read here and the token written
// straight into toks.
func appendPara(text string, p core.Span, toks []Token) []Token {
	for i, end := p.Start, p.End; i < end; {
		c := text[i]
		if c >= 0x80 {
			var t Token
			if t, i = At(text, i, end); t.Kind != 0 {
				toks = append(toks, t)
			}
			continue
		}
		switch asciiClass[c] {
		case asciiSpace:
			i++
		case asciiOther:
			toks = append(toks, Token{Start: int32(i), End: int32(i + 1), Next: int32(i + 1), Kind: Mark})
			i++
		default:
			// A word of ASCII letters that ends at a space or at a mark
			// that joins nothing, the commonest, without wordEnd.
			j := asciiLetterRun(text, i, end)
			poss, letters := false, j > i
			if j < end && (text[j] >= 0x80 || asciiClass[text[j]] == asciiWord || text[j] == '-' || text[j] == '.' || text[j] == '\'') {
				j, poss, letters = wordEnd(text, i, end)
			}
			var v uint64
			if letters {
				v = table.LookupLettersAt(text, i, j)
			} else {
				v = table.LookupAt(text, i, j)
			}
			next := j
			if poss {
				next = skipPossessive(text, j, end)
			}
			toks = append(toks, Token{Start: int32(i), End: int32(j), Next: int32(next), Quote: uint32(v), Date: uint32(v >> 32),
				Kind: Word, Poss: poss, Letters: letters})
			i = next
		}
	}
	return toks
}

// Release hands the tokens back to the pool; w is not used after.
func (w *Words) Release() {
	if cap(w.toks) <= core.MaxScratch {
		pool.Put(w)
	}
}

// pool holds the working lists of Of.
var pool = sync.Pool{New: func() any { return new(Words) }}
