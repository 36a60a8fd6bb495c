package annotate

import (
	"strconv"
	"strings"
)

// Rules that open with a word: month and weekday names, today/yesterday,
// last/next/this, seasons, SETs, quarters and halves, "the ...", holidays.

// parseMonth reads a month name: "October 17, 2025", "Oct. 17", "August
// 1988", "January this year", or a month alone where the context makes it
// a month (an ambiguous "May" or "March" needs a preposition).
func (p *dateParser) parseMonth(i int) (dmatch, bool) {
	t := p.t(i)
	mo := p.val(i)
	abbr := t.lex == dlexMonthAbbr
	if !t.upper && (abbr || mo == 3 || mo == 5 || mo == 8) {
		return dmatch{}, false
	}
	j := i + 1
	dotted := false
	if abbr && p.punct(j, '.') && p.joined(j) {
		j++
		dotted = true
	}
	if d, ok := p.dayNum(j); ok && !p.hyphen(j+1) && p.lex(j+1) != dlexUnits && p.lex(j+1) != dlexUnit {
		k := j + 1
		if p.punct(k, ',') {
			k++
		}
		if y, ok := p.yearNum(k); ok {
			return dmatch{end: k + 1, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
		}
		y := p.r.yearNear(mo, d, p.dtense(i, j+1))
		return dmatch{end: j + 1, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
	}
	k := j
	if p.punct(k, ',') || p.lex(k) == dlexOf {
		k++
	}
	if y, ok := p.yearNum(k); ok {
		return dmatch{end: k + 1, typ: TypeDate, val: p.r.monthValue(y, mo), dateLevel: true}, true
	}
	// "January this year", "June last year"
	if p.lex(j) == dlexRel && p.lex(j+1) == dlexUnit && p.val(j+1) == unitYear {
		off, ok := relOffset(p.val(j))
		if ok {
			y := 0
			if p.r.known {
				y = p.r.dct().Year() + off
			}
			return dmatch{end: j + 2, typ: TypeDate, val: p.r.monthValue(y, mo), dateLevel: true}, true
		}
	}
	if abbr && !dotted {
		return dmatch{}, false
	}
	if !p.monthAlone(i, mo) {
		return dmatch{}, false
	}
	y := p.r.yearNear(mo, 0, p.dtense(i, j))
	return dmatch{end: j, typ: TypeDate, val: p.r.monthValue(y, mo), dateLevel: true}, true
}

// monthAlone decides whether a month name with no day or year is a month:
// not a name ("June Carter"), and for "May" and "March" (a modal, a verb or
// a noun as well) only after a preposition or another month.
func (p *dateParser) monthAlone(i, mo int) bool {
	afterPrep := p.lex(i-1) == dlexPrep && !p.is(i-1, "to")
	if !afterPrep && p.t(i+1).kind == dtWord && p.t(i+1).upper && p.lex(i+1) != dlexWeekday && p.lex(i+1) != dlexMonth {
		return false // "June Carter"; but "in June President Biden ..."
	}
	if p.apostrophe(i+1) && p.is(i+2, "s") && mo != 5 && mo != 3 {
		return true
	}
	if mo != 5 && mo != 3 {
		if i > 0 && p.t(i-1).kind == dtWord && p.t(i-1).upper && p.lex(i-1) == dlexNone && !p.sentenceStart(i-1) {
			return false // "Mary June", "Queen May"
		}
		return true
	}
	switch p.lex(i - 1) {
	case dlexPrep, dlexOf, dlexEdge:
		return !p.is(i-1, "to") || p.lex(i-3) == dlexMonth || p.lex(i-2) == dlexMonth
	case dlexAnd:
		return p.lex(i-2) == dlexMonth
	}
	if p.punct(i-1, ',') || p.is(i-1, "or") {
		return p.lex(i-2) == dlexMonth
	}
	if p.punct(i-1, '-') {
		return p.lex(i-2) == dlexEdge
	}
	return false
}

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
			if m, ok := p.parseCore(k); ok && m.typ == TypeDate && len(m.val) >= 10 && m.val[4] == '-' && m.val[7] == '-' {
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
		return dmatch{end: j + 1, typ: TypeTime, val: p.r.concat(val, "T", partCodes[p.val(j)]), dateLevel: true}, true
	}
	return dmatch{end: j, typ: TypeDate, val: val, dateLevel: true}, true
}

// parseDeictic reads today, yesterday, tomorrow, tonight, with a part of the
// day ("yesterday morning").
func (p *dateParser) parseDeictic(i int) (dmatch, bool) {
	if p.allCaps(i) && p.allCaps(i-1) && !p.sentenceStart(i-1) {
		return dmatch{}, false // "USA TODAY", a name
	}
	off := p.val(i)
	if off == 10 {
		return dmatch{end: i + 1, typ: TypeTime, val: p.r.concat(p.r.day(0), "TNI"), dateLevel: true}, true
	}
	if p.lex(i+1) == dlexPartOfDay {
		return dmatch{end: i + 2, typ: TypeTime, val: p.r.concat(p.r.day(off), "T", partCodes[p.val(i+1)]), dateLevel: true}, true
	}
	return dmatch{end: i + 1, typ: TypeDate, val: p.r.day(off), dateLevel: true}, true
}

// parseRef reads now, currently, recently, soon, ...
func (p *dateParser) parseRef(i int) (dmatch, bool) {
	if p.is(i, "future") {
		// "the future" is read by parseThe; alone, "future" is mostly an
		// adjective, a time only before a plural unit ("future quarters").
		if p.lex(i-1) != dlexThe && p.lex(i+1) == dlexUnits {
			return dmatch{end: i + 2, typ: TypeDate, val: "FUTURE_REF"}, true
		}
		return dmatch{}, false
	}
	if p.is(i, "now") && p.is(i-1, "from") {
		return dmatch{}, false
	}
	return dmatch{end: i + 1, typ: TypeDate, val: refValue(p.val(i))}, true
}

func refValue(ref int) string {
	switch ref {
	case refPast:
		return "PAST_REF"
	case refFuture:
		return "FUTURE_REF"
	}
	return "PRESENT_REF"
}

// parseRel reads last/next/this/past/coming/... followed at j by a unit, a
// number of units, a month, a weekday, a season, a weekend or a part of the
// day: "last week", "this year", "next month", "last April", "this
// morning", "recent years".
func (p *dateParser) parseRel(i, j int) (dmatch, bool) {
	rel := p.val(i)
	off, hasOff := relOffset(rel)
	if j >= len(p.toks) {
		return dmatch{}, false
	}
	// "this past weekend", "this coming Sunday": the second word decides.
	if rel == relThis && j == i+1 && p.lex(j) == dlexRel && (p.val(j) == relPast || p.val(j) == relComing) {
		return p.parseRel(j, j+1)
	}
	if (p.t(j).kind == dtNum || p.lex(j) == dlexNumWord || p.lex(j) == dlexFew) &&
		(rel == relPast || rel == relLast || rel == relNext || rel == relPrevious || rel == relComing || rel == relFollowing) {
		n, x, _, k, ok := p.number(j)
		if ok {
			if unit, e, _, ok := p.unitAt(k); ok && !p.hyphen(k) {
				return dmatch{end: e, typ: TypeDuration, val: p.r.duration(n, x, unit), isDur: true}, true
			}
		}
		return dmatch{}, false
	}
	if p.t(j).upper && p.t(j).kind == dtWord && (p.lex(j) == dlexUnit || p.lex(j) == dlexUnits) {
		return dmatch{}, false // "This Week", a programme
	}
	switch p.lex(j) {
	case dlexUnit:
		unit := p.val(j)
		switch {
		case rel == relLatest || (rel == relLast && unit == unitQuarter && p.lex(i-1) == dlexThe):
			if unit == unitQuarter {
				return dmatch{end: j + 1, typ: TypeDate, val: p.r.quarter(-1), dateLevel: true}, true
			}
		case rel == relPast && p.lex(i-1) != dlexThe:
			// "past year" without "the": as "last year".
			return dmatch{end: j + 1, typ: TypeDate, val: p.r.shift(unit, -1), dateLevel: true}, true
		case hasOff && unit != unitDay && unit != unitSecond && unit != unitMinute && unit != unitHour:
			if p.hyphen(j + 1) {
				return dmatch{}, false // "last-minute"
			}
			v := p.r.shift(unit, off)
			if v == "" {
				return dmatch{}, false
			}
			return dmatch{end: j + 1, typ: TypeDate, val: v, dateLevel: true}, true
		}
	case dlexUnits:
		unit := p.val(j)
		if rel == relRecent && unit == unitYear {
			return dmatch{end: j + 1, typ: TypeDate, val: "PAST_REF"}, true // "in recent years" (TimeBank)
		}
		if rel == relRecent || rel == relComing || rel == relPast || rel == relLast || rel == relNext {
			return dmatch{end: j + 1, typ: TypeDuration, val: p.r.duration(0, true, unit), isDur: true}, true
		}
	case dlexMonth:
		if !p.t(j).upper {
			return dmatch{}, false
		}
		mo := p.val(j)
		y := 0
		if p.r.known {
			y = p.r.dct().Year()
			cur := int(p.r.dct().Month())
			switch {
			case rel == relLast && mo >= cur:
				y--
			case rel == relNext && mo <= cur:
				y++
			}
		}
		if rel == relLast || rel == relNext || rel == relThis {
			return dmatch{end: j + 1, typ: TypeDate, val: p.r.monthValue(y, mo), dateLevel: true}, true
		}
	case dlexWeekday:
		if rel == relLast || rel == relNext || rel == relThis || rel == relPast || rel == relComing {
			return p.parseWeekday(j, rel)
		}
	case dlexSeason:
		if hasOff {
			return p.parseSeasonRel(j, rel)
		}
	case dlexWeekend:
		if hasOff {
			return dmatch{end: j + 1, typ: TypeDate, val: p.r.weekend(off), dateLevel: true}, true
		}
	case dlexPartOfDay:
		switch {
		case rel == relThis:
			return dmatch{end: j + 1, typ: TypeTime, val: p.r.concat(p.r.day(0), "T", partCodes[p.val(j)]), dateLevel: true}, true
		case rel == relLast && p.val(j) == partNight:
			return dmatch{end: j + 1, typ: TypeTime, val: p.r.concat(p.r.day(-1), "TNI"), dateLevel: true}, true
		}
	}
	if j == i+1 {
		switch rel {
		case relCurrent:
			if p.is(i, "current") && !p.t(i).upper {
				return dmatch{end: i + 1, typ: TypeDate, val: "PRESENT_REF"}, true
			}
		}
	}
	return dmatch{}, false
}

// parseSeasonRel reads "last summer", "this winter".
func (p *dateParser) parseSeasonRel(j, rel int) (dmatch, bool) {
	s := p.val(j)
	y := 0
	if p.r.known {
		// Seasons in the order a year passes through them: January and
		// February are still the winter that began the year before (0).
		y = p.r.dct().Year()
		cur := seasonOfMonth(int(p.r.dct().Month()))
		if m := p.r.dct().Month(); m <= 2 {
			cur = 0
		}
		switch {
		case (rel == relLast || rel == relPast || rel == relPrevious) && s >= cur:
			y--
		case (rel == relNext || rel == relComing) && s <= cur:
			y++
		case (rel == relThis || rel == relCurrent) && cur == 0 && s == 4:
			y-- // "this winter" in January began last year
		}
	}
	return dmatch{end: j + 1, typ: TypeDate, val: p.r.concat(yearPrefix(y), "-", seasonCodes[s]), dateLevel: true}, true
}

func seasonOfMonth(month int) int {
	switch {
	case month >= 3 && month <= 5:
		return 1
	case month >= 6 && month <= 8:
		return 2
	case month >= 9 && month <= 11:
		return 3
	}
	return 4
}

// parseSeason reads a season: "summer 2025", "the summer of 2025", or, after
// "the" or a preposition, the season of the dateline's year. "fall" needs
// "the" or a year.
func (p *dateParser) parseSeason(i int, afterThe bool) (dmatch, bool) {
	s := p.val(i)
	j := i + 1
	k := j
	if p.lex(k) == dlexOf {
		k++
	}
	if y, ok := p.yearNum(k); ok {
		return dmatch{end: k + 1, typ: TypeDate, val: p.r.concat(fmtYear(y), "-", seasonCodes[s]), dateLevel: true}, true
	}
	if !afterThe && (s == 3 || (p.lex(i-1) != dlexPrep && p.lex(i-1) != dlexEdge)) {
		return dmatch{}, false
	}
	if p.lex(j) == dlexOf || (s == 3 && (p.lex(j) == dlexPrep || (p.t(j).kind == dtWord && p.lex(j) == dlexNone && !p.t(j).upper))) {
		return dmatch{}, false // "the fall of Kabul", "the fall in prices", "the fall guy"
	}
	y := p.r.yearOf(s, seasonOfMonth(int(p.r.dct().Month())), p.dtense(i, j))
	return dmatch{end: j, typ: TypeDate, val: p.r.concat(yearPrefix(y), "-", seasonCodes[s]), dateLevel: true}, true
}

// parseEvery reads a SET: "every week", "each Tuesday", "every two years",
// "each July".
func (p *dateParser) parseEvery(i int) (dmatch, bool) {
	j := i + 1
	switch p.lex(j) {
	case dlexUnit:
		if p.is(i, "per") && !(i > 0 && p.t(i-1).kind == dtNum) && p.lex(i-1) != dlexNumWord && !p.is(i-1, "times") {
			return dmatch{end: j + 1, typ: TypeSet, val: p.r.duration(1, false, p.val(j))}, true
		}
		return dmatch{end: j + 1, typ: TypeSet, val: p.r.duration(1, false, p.val(j))}, true
	case dlexWeekday:
		v := p.r.concat("XXXX-WXX-", strconv.Itoa(p.val(j)))
		if p.lex(j+1) == dlexPartOfDay {
			return dmatch{end: j + 2, typ: TypeSet, val: p.r.concat(v, "T", partCodes[p.val(j+1)])}, true
		}
		return dmatch{end: j + 1, typ: TypeSet, val: v}, true
	case dlexMonth:
		if p.t(j).upper {
			return dmatch{end: j + 1, typ: TypeSet, val: p.r.concat("XXXX-", p.r.pad2(p.val(j)))}, true
		}
	case dlexPartOfDay:
		return dmatch{end: j + 1, typ: TypeSet, val: p.r.concat("XXXX-XX-XXT", partCodes[p.val(j)])}, true
	case dlexNumWord:
		n, x, _, k, ok := p.number(j)
		if ok {
			if unit, e, plural, ok := p.unitAt(k); ok && plural {
				return dmatch{end: e, typ: TypeSet, val: p.r.duration(n, x, unit)}, true
			}
		}
	}
	if p.t(j).kind == dtNum {
		n, x, _, k, ok := p.number(j)
		if ok {
			if unit, e, plural, ok := p.unitAt(k); ok && plural {
				return dmatch{end: e, typ: TypeSet, val: p.r.duration(n, x, unit)}, true
			}
		}
	}
	return dmatch{}, false
}

// parseFiscal reads "fiscal 2025", "fiscal second-quarter".
func (p *dateParser) parseFiscal(i int) (dmatch, bool) {
	if y, ok := p.yearNum(i + 1); ok {
		return dmatch{end: i + 2, typ: TypeDate, val: fmtYear(y), dateLevel: true}, true
	}
	if p.lex(i+1) == dlexOrdinal {
		return p.parseOrdinal(i+1, true, 0)
	}
	return dmatch{}, false
}

// parseOrdinal reads an ordinal quarter or half ("third quarter",
// "third-quarter", "the first half of 2025"), with year y when known from a
// preceding "the 1988"; led says a word opens the expression before the
// ordinal ("the", "fiscal", a year), which also allows "the first nine
// months".
func (p *dateParser) parseOrdinal(i int, led bool, y int) (dmatch, bool) {
	n := p.val(i)
	j := i + 1
	if p.hyphen(j) {
		j++
	}
	var unitCode string
	switch {
	case p.lex(j) == dlexUnit && p.val(j) == unitQuarter && n <= 4:
		unitCode = "Q"
	case p.lex(j) == dlexHalf && n <= 2:
		unitCode = "H"
	default:
		// "the first nine months"
		if led {
			if m, ok := p.parseQuantity(i + 1); ok && m.isDur {
				return m, true
			}
		}
		return dmatch{}, false
	}
	j++
	k := j
	if p.lex(k) == dlexOf {
		k++
	}
	if yy, ok := p.yearNum(k); ok {
		return dmatch{end: k + 1, typ: TypeDate, val: p.r.concat(fmtYear(yy), "-", unitCode, strconv.Itoa(n)), dateLevel: true}, true
	}
	if unitCode == "H" && y == 0 {
		// A half needs its year ("the first half of 2025", "the 2024
		// second half"): "the second half" alone is mostly a match's.
		if p.lex(j) == dlexOf && p.lex(j+1) == dlexThe && p.lex(j+2) == dlexUnit && p.val(j+2) == unitYear {
			return dmatch{end: j + 3, typ: TypeDate, val: p.r.concat(p.r.year(0), "-H", strconv.Itoa(n)), dateLevel: true}, true
		}
		return dmatch{}, false
	}
	if y == 0 && p.r.known {
		idx := n
		cur := (int(p.r.dct().Month())-1)/3 + 1
		if unitCode == "H" {
			cur = (int(p.r.dct().Month())-1)/6 + 1
		}
		dir := p.dtense(i, j)
		if dir == tenseFuture {
			dir = tenseNone // "third-quarter profit is expected to ..." is still this year's
		}
		y = p.r.yearOf(idx, cur, dir)
	}
	return dmatch{end: j, typ: TypeDate, val: p.r.concat(yearPrefix(y), "-", unitCode, strconv.Itoa(n)), dateLevel: true}, true
}

// parseThe reads expressions that open with "the": "the past four years",
// "the first nine months", "the third quarter", "the 1990s", "the future",
// "the weekend", "the summer", "the end of the month".
func (p *dateParser) parseThe(i int) (dmatch, bool) {
	j := i + 1
	if j >= len(p.toks) {
		return dmatch{}, false
	}
	switch p.lex(j) {
	case dlexRel:
		rel := p.val(j)
		k := j + 1
		if p.lex(k) == dlexUnit && (rel == relPast || rel == relLast || rel == relNext || rel == relComing) {
			unit := p.val(k)
			if rel == relLast && unit == unitQuarter && p.lex(k+1) == dlexOf {
				if y, ok := p.yearNum(k + 2); ok {
					return dmatch{end: k + 3, typ: TypeDate, val: p.r.concat(fmtYear(y), "-Q4"), dateLevel: true}, true
				}
			}
			if p.lex(k+1) == dlexOf || p.hyphen(k+1) {
				return dmatch{}, false
			}
			// "the past year" is last year, "the next year" next year
			// (TimeBank); "the past hour" is a duration.
			if unit >= unitWeek && unit != unitCentury {
				off, _ := relOffset(rel)
				return dmatch{end: k + 1, typ: TypeDate, val: p.r.shift(unit, off), dateLevel: true}, true
			}
			return dmatch{end: k + 1, typ: TypeDuration, val: p.r.duration(1, false, unit), isDur: true}, true
		}
		if rel == relPast && !p.startsQuantity(k) && p.lex(k) != dlexUnits && p.lex(k) != dlexUnit && p.lex(k) != dlexWeekday && p.lex(k) != dlexMonth && p.lex(k) != dlexSeason {
			return dmatch{end: k, typ: TypeDate, val: "PAST_REF"}, true
		}
		if m, ok := p.parseRel(j, k); ok && m.end > k {
			return m, true
		}
		if p.lex(k) == dlexUnit && p.val(k) == unitQuarter && (rel == relCurrent || rel == relThis) {
			return dmatch{end: k + 1, typ: TypeDate, val: p.r.quarter(0), dateLevel: true}, true
		}
		if p.lex(k) == dlexUnit && p.val(k) == unitQuarter && (rel == relPrevious || rel == relRecent) {
			return dmatch{end: k + 1, typ: TypeDate, val: p.r.quarter(-1), dateLevel: true}, true
		}
		if p.lex(k) == dlexUnit && p.val(k) == unitYear && (rel == relCurrent || rel == relThis) {
			return dmatch{end: k + 1, typ: TypeDate, val: p.r.year(0), dateLevel: true}, true
		}
		return dmatch{}, false
	case dlexRef:
		if p.is(j, "future") && p.futureIsNoun(j) {
			return dmatch{end: j + 1, typ: TypeDate, val: "FUTURE_REF"}, true
		}
	case dlexOrdinal:
		if p.hyphen(j + 1) {
			return dmatch{}, false // "the third-quarter results": the adjective alone
		}
		return p.parseOrdinal(j, true, 0)
	case dlexNumWord:
		if m, ok := p.parseQuantity(j); ok && m.isDur && !p.hyphen(j+1) {
			return m, true
		}
	case dlexEdge:
		// "the early 1980s", "the late 1990s", "the mid-1990s"
		k := j + 1
		if p.hyphen(k) {
			k++
		}
		if k < len(p.toks) {
			if m, ok := p.parseCore(k); ok && m.dateLevel {
				m.mod = modNames[p.val(j)]
				return m, true
			}
		}
	case dlexSeason:
		return p.parseSeason(j, true)
	case dlexWeekend:
		return dmatch{end: j + 1, typ: TypeDate, val: p.r.weekend(p.pastOrThis(i)), dateLevel: true}, true
	case dlexUnit:
		if m, ok := p.parseUnitWord(j); ok {
			return m, true // "the year-ago quarter"
		}
		if p.hyphen(j+1) || p.lex(j+1) == dlexOf || p.t(j).upper {
			break
		}
		switch p.val(j) {
		case unitQuarter:
			return dmatch{end: j + 1, typ: TypeDate, val: p.r.quarter(-1), dateLevel: true}, true
		case unitYear:
			return p.theYear(j), true
		case unitWeek:
			return dmatch{end: j + 1, typ: TypeDate, val: p.r.week(0), dateLevel: true}, true
		}
	case dlexQuantAdj:
		// "the full year"
		if p.is(j, "full") && p.lex(j+1) == dlexUnit && p.val(j+1) == unitYear && !p.hyphen(j+2) && p.lex(j+2) != dlexOf {
			return p.theYear(j + 1), true
		}
	case dlexDecadeWord:
		// "the nineties"
		return dmatch{end: j + 1, typ: TypeDate, val: p.r.concat("19", strconv.Itoa(p.val(j))), dateLevel: true}, true
	case dlexFiscal:
		if m, ok := p.parseFiscal(j); ok {
			return m, true
		}
		if p.lex(j+1) == dlexUnit && p.val(j+1) == unitYear && !p.hyphen(j+2) && p.lex(j+2) != dlexOf {
			return p.theYear(j + 1), true
		}
	case dlexPhase:
		// "the end of the month", "the beginning of October"
		if p.lex(j+1) == dlexOf && j+2 < len(p.toks) {
			k := j + 2
			var m dmatch
			ok := false
			if p.lex(k) == dlexThe && p.lex(k+1) == dlexUnit {
				v := p.r.present(p.val(k + 1))
				if v != "" {
					m, ok = dmatch{end: k + 2, typ: TypeDate, val: v, dateLevel: true}, true
				}
			} else {
				m, ok = p.parseCore(k)
			}
			if ok && m.dateLevel {
				m.mod = modNames[p.val(j)]
				return m, true
			}
		}
	}
	if p.t(j).kind == dtNum {
		// "the 1990s", "the nine months", "the 4th of November", but
		// "the 2019 election" is only "2019" (TimeBank leaves "the" out).
		if m, ok := p.parseNumber(j); ok && (m.dateLevel || m.isDur) && !(m.end == j+1 && p.t(j).ndig == 4 && p.t(j).suf == sufNone) && !p.hyphen(j+1) {
			return m, true
		}
	}
	if p.apostrophe(j) {
		return p.parseShortDecade(j)
	}
	return dmatch{}, false
}

// parseHoliday reads a fixed-date holiday: "Christmas", "Christmas Day",
// "Christmas Eve", "Halloween", "Valentine's Day", with an optional year.
func (p *dateParser) parseHoliday(i int) (dmatch, bool) {
	if !p.t(i).upper {
		return dmatch{}, false
	}
	md := p.val(i)
	j := i + 1
	switch {
	case p.apostrophe(j) && p.is(j+1, "s") && p.is(j+2, "day"):
		j += 3
	case p.is(j, "day"):
		j++
	case p.is(j, "eve") && md == 1225:
		md = 1224
		j++
	case md == 214:
		return dmatch{}, false // "Valentine" alone is a name
	}
	mo, d := md/100, md%100
	if y, ok := p.yearNum(j); ok {
		return dmatch{end: j + 1, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
	}
	y := p.r.yearNear(mo, d, p.dtense(i, j))
	return dmatch{end: j, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
}

// theYear reads "the year" ending at token j (the unit): the dateline's
// year, or a one-year DURATION in a financial period ("the year ended
// March 31").
func (p *dateParser) theYear(j int) dmatch {
	if p.is(j+1, "ended") || p.is(j+1, "ending") || p.is(j+1, "through") {
		return dmatch{end: j + 1, typ: TypeDuration, val: "P1Y", isDur: true}
	}
	return dmatch{end: j + 1, typ: TypeDate, val: p.r.year(0), dateLevel: true}
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

// futureIsNoun reports whether "future" at j is the noun ("in the future,",
// "the future looks bright") rather than an adjective before one ("the
// future president", "the future of Europe").
func (p *dateParser) futureIsNoun(j int) bool {
	next := p.t(j + 1)
	switch {
	case next.kind != dtWord:
		return true
	case next.upper:
		return false
	}
	switch next.lex {
	case dlexPrep, dlexAnd, dlexPast, dlexFuture:
		return true
	case dlexOf:
		return false
	}
	switch strings.ToLower(p.word(j + 1)) {
	case "or", "but", "is", "looks", "holds", "remains", "belongs", "seems", "that", "when", "where", "as":
		return true
	}
	return false
}

// allCaps reports whether token i is a word of two or more capital letters.
func (p *dateParser) allCaps(i int) bool {
	t := p.t(i)
	if t.kind != dtWord || t.end-t.start < 2 {
		return false
	}
	for _, c := range []byte(p.word(i)) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
