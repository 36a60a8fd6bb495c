package annotate

import (
	"math"
	"slices"
	"sync"
	"time"
)

// findDates finds the time expressions of d and normalizes them in TIMEX3
// style, resolving relative ones against dateline (zero when unknown, and
// then the unknown parts of values stay X). It fills Span, Type, Value and
// Mod; finish fills Text and sorts.
//
// The stage reads each paragraph once as tokens (date_scan.go), looks every
// word up once (date_lexicon.go), and tries the grammar only at tokens that
// can open an expression: date_parse.go dispatches on the first token to
// the rules of date_number.go and date_words.go, date_tense.go reads the
// tense of the sentence, and date_resolve.go writes the values. The
// conventions (spans, values) are those of TimeML TIMEX3 as annotated in
// TimeBank, the corpus of TempEval-3.
func findDates(d *document, dateline time.Time) []Date {
	var buf [dateHardWindow]dtoken // on the stack: no allocation per call
	if len(d.text) > math.MaxInt32 {
		return nil // token offsets are 32-bit; no article is 2 GB
	}
	// The dates are gathered in a pooled list and copied out at their
	// exact number: one allocation of the result's size. Their values
	// come from the pooled table of the article's values.
	sc := datesPool.Get().(*dateScratch)
	defer func() {
		if cap(sc.found) <= maxScratch {
			clear(sc.found) // drop the value strings
			sc.vals.reset()
			datesPool.Put(sc)
		}
	}()
	r := newResolver(dateline)
	r.vals = &sc.vals
	out := sc.found[:0]
	for _, para := range d.paras {
		scanDates(d.text, para, r, buf[:0], func(s Span, m dmatch) {
			out = append(out, Date{Span: s, Type: m.typ, Value: m.val, Mod: m.mod})
		})
	}
	sc.found = out
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// dateScratch is the working memory of findDates: the dates found and the
// values written so far.
type dateScratch struct {
	found []Date
	vals  dateValues
}

// datesPool holds the working memory of findDates.
var datesPool = sync.Pool{New: func() any { return new(dateScratch) }}

// scanDates reports every time expression of the paragraph para to emit,
// reading its tokens into buf (capacity dateHardWindow).
func scanDates(text string, para Span, r dresolver, buf []dtoken, emit func(Span, dmatch)) {
	from := para.Start
	for from < para.End {
		toks, next := tokenizeDates(text, from, para.End, buf[:0])
		if next <= from {
			break
		}
		from = next
		p := dateParser{text: text, toks: toks, r: r}
		// The tokens other than unknown words, listed without a branch
		// per token: the grammar starts only at one of them.
		var cands [dateHardWindow]int16
		n := 0
		for i := range toks {
			cands[n] = int16(i)
			n += b2i(uint8(toks[i].kind^dtWord)|uint8(toks[i].lex) != 0)
		}
		end := 0 // the end of the last expression found
		for _, c := range cands[:n] {
			i := int(c)
			if i < end || !p.canStart(i) {
				continue
			}
			m, ok := p.parseAt(i)
			if !ok || m.end <= i || m.end > len(p.toks) || m.val == "" {
				continue
			}
			emit(Span{int(p.toks[i].start), int(p.toks[m.end-1].end)}, m)
			end = m.end
		}
	}
}

// b2i is 1 for true and 0 for false (compiled without a branch).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// canStart reports whether token i can open a time expression, so that the
// grammar is tried only there. "the" and "a", the commonest words, are
// let through only before a word that can follow them in one.
func (p *dateParser) canStart(i int) bool {
	t := &p.toks[i]
	if t.kind == dtNum {
		return true
	}
	if t.kind == dtPunct {
		return p.apostrophe(i) // "’90s"
	}
	switch t.lex {
	case dlexPrep:
		return t.val == 1 // "at least"
	case dlexThe:
		next := p.t(i + 1)
		if next.kind != dtWord {
			return next.kind != 0
		}
		switch next.lex {
		case dlexRel, dlexRef, dlexOrdinal, dlexNumWord, dlexEdge, dlexSeason, dlexWeekend, dlexUnit, dlexQuantAdj,
			dlexDecadeWord, dlexFiscal, dlexPhase:
			return true
		}
		return false
	case dlexA:
		switch p.lex(i + 1) {
		case dlexFew, dlexHundred, dlexHalf, dlexUnit, dlexQuantAdj:
			return true
		}
		return false
	case dlexNone, dlexOf, dlexAnd, dlexPast, dlexFuture, dlexTimeZone, dlexTitle, dlexCountNoun, dlexPartOfDay,
		dlexAgo, dlexHundred, dlexWeekend, dlexWeekendPl, dlexPhase:
		return false
	}
	return true
}
