package timex

import "github.com/newsroom/annotator/internal/annotate/core"

// Weekdays and deictic days: "Friday", "Thursday night", "Friday, Oct.
// 17", today, yesterday, tomorrow, tonight.

func relOffset(rel int) (int, bool) {
	switch rel {
	case relLast, relPrevious, relPast:
		return -1, true
	case relNext, relComing, relFollowing:
		return 1, true
	case relThis, relCurrent:
		return 0, true
	}
	return 0, false
}

// parseWeekday reads "Friday", "Thursday night", "Friday, Oct. 17", with
// rel the relation of a preceding last/next/this (0 when none).
func (p *dateParser) parseWeekday(i, rel int) (dmatch, bool) {
	t := p.t(i)
	if !t.upper {
		return dmatch{}, false
	}
	wd := p.val(i)
	j := i + 1
	if p.weekdayInName(i) {
		return dmatch{}, false
	}
	// "Friday, Oct. 17", "Friday 17 October": the full date carries the value.
	k := j
	if p.punct(k, ',') {
		k++
	}
	if k < len(p.toks) {
		switch {
		case p.lex(k) == dlexMonth || p.lex(k) == dlexMonthAbbr || (p.t(k).kind == dtNum && p.t(k).ndig <= 2):
			if m, ok := p.parseCore(k); ok && m.typ == core.TypeDate && len(m.val) >= 10 && m.val[4] == '-' && m.val[7] == '-' {
				return m, true
			}
		}
	}
	var val string
	switch rel {
	case 0:
		val = p.r.weekday(wd, p.dtense(i, j), false)
	case relLast, relPast, relPrevious:
		val = p.r.weekday(wd, tensePast, true)
	case relNext, relComing, relFollowing:
		val = p.r.weekday(wd, tenseFuture, true)
	default: // this
		val = p.r.weekday(wd, tenseFuture, false)
	}
	if p.lex(j) == dlexPartOfDay {
		return dmatch{end: j + 1, typ: core.TypeTime, val: p.r.concat(val, "T", partCodes[p.val(j)]), dateLevel: true}, true
	}
	return dmatch{end: j, typ: core.TypeDate, val: val, dateLevel: true}, true
}

// parseDeictic reads today, yesterday, tomorrow, tonight, with a part of the
// day ("yesterday morning").
func (p *dateParser) parseDeictic(i int) (dmatch, bool) {
	if p.allCaps(i) && p.allCaps(i-1) && !p.sentenceStart(i-1) {
		return dmatch{}, false // "USA TODAY", a name
	}
	off := p.val(i)
	if off == 10 {
		return dmatch{end: i + 1, typ: core.TypeTime, val: p.r.concat(p.r.day(0), "TNI"), dateLevel: true}, true
	}
	if p.lex(i+1) == dlexPartOfDay {
		return dmatch{end: i + 2, typ: core.TypeTime, val: p.r.concat(p.r.day(off), "T", partCodes[p.val(i+1)]), dateLevel: true}, true
	}
	return dmatch{end: i + 1, typ: core.TypeDate, val: p.r.day(off), dateLevel: true}, true
}

// weekdayInName reports whether the weekday at i is part of a name: between
// two capitalized words ("Good Friday Agreement") or after "the" before one
// ("the Sunday Times"). "On Friday Trump said" stays a date: "On" opens the
// sentence.
func (p *dateParser) weekdayInName(i int) bool {
	next := p.t(i + 1)
	if next.kind != dtWord || !next.upper || (next.lex != dlexNone && next.lex != dlexCountNoun) {
		return false
	}
	prev := p.t(i - 1)
	if prev.kind != dtWord {
		return false
	}
	if prev.lex == dlexThe {
		return true
	}
	return prev.upper && prev.lex == dlexNone && !p.sentenceStart(i-1)
}
