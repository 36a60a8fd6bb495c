package timex

import (
	"math"
	"slices"
	"sync"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/words"
)

// Find finds the time expressions of d and normalizes them in TIMEX3
// style, resolving relative ones against dateline (zero when unknown, and
// then the unknown parts of values stay X). It fills Span, Type, Value and
// Mod, in the order found; the caller fills Text and sorts. The package
// doc gives the order of the stage.
func Find(d *core.Document, dateline calendar.Time) []core.Date {
	dates, _ := FindWithOrder(d, dateline)
	return dates
}

// FindWithOrder is [Find], and also says which order of day and month it
// assumed for the article's numeric dates ("03/04/2025"): "" when it read
// none (rules D32, D44).
func FindWithOrder(d *core.Document, dateline calendar.Time) ([]core.Date, DateOrder) {
	if len(d.Text) > math.MaxInt32 {
		return nil, "" // token offsets are 32-bit; no article is 2 GB
	}
	// The dates are gathered in a pooled list and copied out at their
	// exact number: one allocation of the result's size. Their values
	// come from the pooled table of values (kept from article to
	// article: dateValues).
	sc := datesPool.Get().(*dateScratch)
	defer func() {
		if cap(sc.found) <= core.MaxScratch {
			clear(sc.found) // drop the value strings
			sc.vals.endArticle()
			datesPool.Put(sc)
		}
	}()
	r := newResolver(dateline)
	r.vals = &sc.vals
	out := sc.found[:0]
	own := newDatelineFilter(r)
	ws := words.Of(d)
	for n, para := range d.Paras {
		r.para = n
		own.startPara(d, n)
		scanDates(d.Text, para, ws.Para(n), &r, &sc.bufs, func(s core.Span, m dmatch) {
			if own.drops(d.Text, para, s, m) {
				return // the article's own date (rule D42)
			}
			if inTitle(d.Text, s) {
				return // "the film “1917”" (rule D43)
			}
			out = append(out, core.Date{Span: s, Type: m.typ, Value: m.val, Mod: m.mod})
		})
	}
	sc.found = out
	if len(out) == 0 {
		return nil, orderName(r.numeric)
	}
	return slices.Clone(out), orderName(r.numeric)
}

// dateScratch is the working memory of Find: the dates found, the values
// written so far and the buffers of scanDates (pooled, where on the
// stack they were cleared on every call).
type dateScratch struct {
	found []core.Date
	vals  dateValues
	bufs  dateBuffers
}

// dateBuffers are the buffers of scanDates: the tokens of a window and
// the indexes of those that may open an expression. Nothing in them is
// read before it is written.
type dateBuffers struct {
	toks  [dateHardWindow]dtoken
	cands [dateHardWindow]int16
}

// datesPool holds the working memory of Find.
var datesPool = sync.Pool{New: func() any { return new(dateScratch) }}

// scanDates reports every time expression of the paragraph para to emit,
// reading its tokens, from its words ws, into bufs.
func scanDates(text string, para core.Span, ws []words.Token, r *dresolver, bufs *dateBuffers, emit func(core.Span, dmatch)) {
	from := para.Start
	cands := &bufs.cands
	for from < para.End {
		toks, next := tokenizeDates(text, from, para.End, ws, bufs.toks[:0])
		if next <= from {
			break
		}
		from = next
		p := dateParser{text: text, toks: toks, r: r}
		// The tokens that may open an expression by their kind and class
		// (dtoken.cand), listed without a branch per token: the grammar
		// starts only at one of them.
		n := 0
		for i := range toks {
			cands[n&(dateHardWindow-1)] = int16(i) // (n < len(toks) <= dateHardWindow)
			n += int(toks[i].cand)
		}
		end := 0 // the end of the last expression found
		for _, c := range cands[:n] {
			i := int(c)
			if i < end {
				continue
			}
			if !p.canStart(i) {
				continue
			}
			m, ok := p.parseAt(i)
			if !ok || m.end <= i || m.end > len(p.toks) {
				continue
			}
			if m.val == "" {
				end = m.end // "31 February 2025": no date, and no part of it (rule D3)
				continue
			}
			emit(core.Span{Start: int(p.toks[i].start), End: int(p.toks[m.end-1].end)}, m)
			if m.typ == core.TypeDate || m.typ == core.TypeTime {
				r.note(m.val, p.opensSentence(i), p.lex(i-1) == dlexPrep, m.inFrame)
				r.latestCounted = m.counted
				r.lastEnd = int(p.toks[m.end-1].end)
				r.noteQuarter(m.val, m.ended)
				p.noteMonthsTo(i, m.val)
			}
			if m.order != orderNone {
				r.order = m.order
			}
			if m.numeric != orderNone {
				r.numeric = m.numeric
			}
			if m.laterUnit != 0 {
				r.move(int(m.laterUnit), int(m.laterN))
			}
			end = m.end
		}
	}
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
		// "’90s": an apostrophe joined to a number (as parseShortDecade
		// reads them).
		return p.apostrophe(i) && p.joined(i+1) && p.t(i+1).kind == dtNum
	}
	switch t.lex {
	case dlexPrep:
		return t.val == 1 && p.is(i+1, "least") // "at least" (as parseLead reads it)
	case dlexThe:
		next := p.t(i + 1)
		if next.kind != dtWord {
			return next.kind != 0
		}
		if next.lex == dlexHoliday {
			return p.newYear(i + 1) // "the new year"
		}
		if next.lex == dlexNone {
			return p.qualifiedFuture(i + 1) // "the near future"
		}
		switch next.lex {
		case dlexRel, dlexRef, dlexOrdinal, dlexNumWord, dlexEdge, dlexSeason, dlexWeekend, dlexUnit, dlexQuantAdj,
			dlexDecadeWord, dlexFiscal, dlexPhase, dlexAnaphor, dlexPartOfDay:
			return true
		}
		return false
	case dlexA:
		switch p.lex(i + 1) {
		case dlexFew, dlexHundred, dlexHalf, dlexUnit, dlexQuantAdj:
			return true
		}
		return false
	case dlexWeekendPl:
		return p.is(i-1, "at") || p.is(i-1, "on") || p.is(i-1, "during") // "open at weekends"
	case dlexFreq:
		return p.lex(i+1) == dlexA || p.lex(i+1) == dlexEvery || p.lex(i+1) == dlexSetAdv // "twice a year", "twice weekly"
	case dlexAnaphor:
		// "that" is common: only before a unit or "same" ("that year");
		// "these" only in "these days".
		if t.val == 3 {
			return p.is(i+1, "days")
		}
		return p.lex(i+1) == dlexUnit || p.lex(i+1) == dlexAnaphor || p.lex(i+1) == dlexSeason || (p.lex(i+1) == dlexMonth && p.t(i+1).upper) || p.lex(i+1) == dlexPartOfDay
	case dlexNone, dlexOf, dlexAnd, dlexPast, dlexFuture, dlexTimeZone, dlexTitle, dlexCountNoun, dlexPartOfDay,
		dlexAgo, dlexHundred, dlexWeekend, dlexPhase:
		return false
	}
	return true
}

// opensSentence reports whether the expression at token i opens its
// sentence, alone or after a preposition: "In 1942, ...", "On 7 December
// 1941, ...", "By March, ...".
func (p *dateParser) opensSentence(i int) bool {
	return p.sentenceStart(i) || (p.lex(i-1) == dlexPrep && p.sentenceStart(i-1))
}
