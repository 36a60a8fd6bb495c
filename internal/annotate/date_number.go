package annotate

import (
	"strconv"
	"strings"
)

// Rules that open with a number: ISO, numeric and day-month dates, years,
// decades and centuries, clock times, and numbers of units (durations,
// "three years ago").

// parseNumber reads an expression opening with digits: an ISO or numeric
// date, a clock time, a day and month, a year, a decade, a century, or a
// number of units.
func (p *dateParser) parseNumber(i int) (dmatch, bool) {
	t := p.t(i)
	n, ok := p.num(i)
	if !ok {
		if m, ok := p.parseDotClock(i); ok {
			return m, true
		}
		if t.frac && (t.suf == sufNone) {
			return p.parseQuantity(i)
		}
		return dmatch{}, false
	}
	// 2025-10-17
	if t.ndig == 4 && t.suf == sufNone && p.hyphen(i+1) && p.hyphen(i+3) {
		mo, ok1 := p.num(i + 2)
		d, ok2 := p.num(i + 4)
		if ok1 && ok2 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && p.t(i+2).ndig <= 2 && p.t(i+4).ndig <= 2 && (p.t(i+4).suf == sufNone || p.isoTime(i+4)) {
			day := p.r.date(n, mo, d)
			if p.isoTime(i+4) && p.joined(i+5) {
				// 2025-10-17T14:30:00Z
				if h, ok := p.num(i + 5); ok && h <= 24 && p.punct(i+6, ':') {
					if mi, ok := p.num(i + 7); ok && mi <= 59 && p.t(i+7).ndig == 2 {
						end := i + 8
						if p.punct(end, ':') && p.joined(end) && p.t(end+1).kind == dtNum {
							end += 2
						}
						return dmatch{end: end, typ: TypeTime, val: p.r.clock(day, h, mi), dateLevel: true}, true
					}
				}
			}
			return dmatch{end: i + 5, typ: TypeDate, val: day, dateLevel: true}, true
		}
	}
	// 10/17/2025 (US order unless the first part cannot be a month).
	if t.ndig <= 2 && p.punct(i+1, '/') && p.joined(i+1) && p.joined(i+2) && p.punct(i+3, '/') && p.joined(i+3) && p.joined(i+4) {
		b, ok1 := p.num(i + 2)
		y, ok2 := p.num(i + 4)
		if ok1 && ok2 && (p.t(i+4).ndig == 4 || p.t(i+4).ndig == 2) && p.t(i+4).suf == sufNone {
			if p.t(i+4).ndig == 2 {
				y += 1900
				if y < 1950 {
					y += 100
				}
			}
			mo, d := n, b
			if n > 12 {
				mo, d = b, n
			}
			if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
				return dmatch{end: i + 5, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
			}
		}
	}
	if m, ok := p.parseClock(i); ok {
		return m, true
	}
	// 17 October 2025, 17th of October
	if d, ok := p.dayNum(i); ok {
		j := i + 1
		if p.lex(j) == dlexOf {
			j++
		}
		if (p.lex(j) == dlexMonth || p.lex(j) == dlexMonthAbbr) && p.t(j).upper {
			mo := p.val(j)
			j++
			if p.lex(j-1) == dlexMonthAbbr && p.punct(j, '.') && p.joined(j) {
				j++
			}
			k := j
			if p.punct(k, ',') {
				k++
			}
			if y, ok := p.yearNum(k); ok {
				return dmatch{end: k + 1, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
			}
			y := p.r.yearNear(mo, d, p.dtense(i, j))
			return dmatch{end: j, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
		}
	}
	// 1990s, 20th century
	if t.suf == sufS && (t.ndig == 4) && n%10 == 0 {
		if n%100 == 0 {
			return dmatch{end: i + 1, typ: TypeDate, val: strconv.Itoa(n / 100), dateLevel: true}, true
		}
		return dmatch{end: i + 1, typ: TypeDate, val: strconv.Itoa(n / 10), dateLevel: true}, true
	}
	if t.suf == sufOrdinal && n >= 1 && n <= 21 {
		k := i + 1
		if p.hyphen(k) {
			k++ // "19th-century"
		}
		if p.lex(k) == dlexUnit && p.val(k) == unitCentury {
			return dmatch{end: k + 1, typ: TypeDate, val: p.r.pad2(n - 1), dateLevel: true}, true
		}
	}
	// "the 80s" (without an apostrophe) after "the" or "early"/"late"/"mid"
	if t.suf == sufS && t.ndig == 2 && n%10 == 0 && (p.lex(i-1) == dlexThe || p.lex(i-1) == dlexEdge || (p.hyphen(i-1) && p.lex(i-2) == dlexEdge)) {
		return p.parseShortDecade(i - 1)
	}
	if y, ok := p.yearNum(i); ok && p.isYear(i, y) {
		// "the 1988 third quarter"
		if p.lex(i+1) == dlexOrdinal {
			if m, ok := p.parseOrdinal(i+1, true, y); ok {
				return m, true
			}
		}
		return dmatch{end: i + 1, typ: TypeDate, val: fmtYear(y), dateLevel: true}, true
	}
	if t.suf == sufNone && t.ndig <= 4 {
		return p.parseQuantity(i)
	}
	return dmatch{}, false
}

// monthDay is the dateline's month*100+day, for comparing month-day pairs.
func (r dresolver) monthDay() int { return int(r.dct().Month())*100 + r.dct().Day() }

// isYear tells a four-digit year from a count: not after a currency sign,
// not before "%" or a counted noun ("2000 people"), and in 1900-2099 unless
// a preposition or "the" precedes it.
func (p *dateParser) isYear(i, y int) bool {
	if i > 0 {
		prev := p.word(i - 1)
		if prev == "$" || prev == "£" || prev == "€" || prev == "#" || p.lex(i-1) == dlexTitle {
			return false
		}
		if p.t(i-1).kind == dtNum || (p.punct(i-1, ',') && p.t(max(i-2, 0)).kind == dtNum && !p.isMonthBefore(i-2)) {
			return false
		}
	}
	if p.punct(i+1, '%') || p.lex(i+1) == dlexCountNoun || p.lex(i+1) == dlexUnits || p.lex(i+1) == dlexHundred {
		return false
	}
	if y >= 1900 && y <= 2099 {
		return true
	}
	return p.lex(i-1) == dlexPrep || p.lex(i-1) == dlexThe || p.lex(i-1) == dlexOf
}

// isMonthBefore reports whether token k is a day after a month ("Oct. 17, 2025").
func (p *dateParser) isMonthBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if p.lex(j) == dlexMonth || p.lex(j) == dlexMonthAbbr {
			return true
		}
	}
	return false
}

// parseShortDecade reads "’90s", "the '80s".
func (p *dateParser) parseShortDecade(i int) (dmatch, bool) {
	n, ok := p.num(i + 1)
	t := p.t(i + 1)
	if !ok || t.ndig != 2 || t.suf != sufS || n%10 != 0 {
		return dmatch{}, false
	}
	c := 19
	if n < 20 {
		c = 20
	}
	return dmatch{end: i + 2, typ: TypeDate, val: strconv.Itoa(c*10 + n/10), dateLevel: true}, true
}

// parseClock reads a clock time: "3 p.m.", "10:30", "9am", "noon", with an
// optional time zone and a following day ("10 p.m. Wednesday").
func (p *dateParser) parseClock(i int) (dmatch, bool) {
	h, mi := 0, 0
	j := i
	clock := false
	if p.lex(i) == dlexNoon {
		h = p.val(i)
		j = i + 1
		clock = true
	} else {
		n, ok := p.num(i)
		t := p.t(i)
		if !ok || t.ndig > 2 || n > 24 {
			return dmatch{}, false
		}
		h = n
		j = i + 1
		if t.suf == sufNone && p.punct(j, ':') && p.joined(j) && p.joined(j+1) {
			m, ok := p.num(j + 1)
			if !ok || p.t(j+1).ndig != 2 || m > 59 {
				return dmatch{}, false
			}
			mi = m
			clock = true
			t = p.t(j + 1)
			j += 2
		}
		switch t.suf {
		case sufAM, sufPM:
			var ok bool
			if h, ok = hour24(h, t.suf); !ok {
				return dmatch{}, false
			}
			clock = true
		case sufNone:
			if k, pm, ok := p.meridiem(j); ok && h <= 12 {
				if pm && h < 12 {
					h += 12
				} else if !pm && h == 12 {
					h = 0
				}
				j = k
				clock = true
			}
		default:
			return dmatch{}, false
		}
	}
	if !clock {
		return dmatch{}, false
	}
	return p.clockTail(j, h, mi), true
}

// clockTail finishes a clock time h:mi read up to token j: an optional
// time zone and a following day ("10 p.m. EST Wednesday").
func (p *dateParser) clockTail(j, h, mi int) dmatch {
	if p.lex(j) == dlexTimeZone && p.t(j).upper {
		j++
	}
	day := p.r.day(0)
	k := j
	if p.punct(k, ',') || p.is(k, "on") {
		k++
	}
	if k < len(p.toks) {
		switch {
		case p.lex(k) == dlexWeekday || p.lex(k) == dlexDeictic || p.lex(k) == dlexMonth || p.lex(k) == dlexMonthAbbr:
			if m, ok := p.parseCore(k); ok && m.dateLevel && m.typ == TypeDate {
				day = m.val
				j = m.end
			}
		case p.t(k).kind == dtNum && !p.punct(k+1, ':'):
			// "10 a.m. on 6 March": a day and month, not another clock time.
			if m, ok := p.parseNumber(k); ok && m.typ == TypeDate && len(m.val) == 10 {
				day = m.val
				j = m.end
			}
		}
	}
	v := p.r.clock(day, h, mi)
	return dmatch{end: j, typ: TypeTime, val: v, dateLevel: true}
}

// parseDotClock reads a clock time written with a full stop, as British
// papers do: "2.30pm", "14.30 BST", "at 9.15".
func (p *dateParser) parseDotClock(i int) (dmatch, bool) {
	t := p.t(i)
	w := p.word(i)
	dot := strings.IndexByte(w, '.')
	if dot < 1 || dot > 2 || len(w) < dot+3 || !dDigit(w[dot+1]) || !dDigit(w[dot+2]) || (len(w) > dot+3 && dDigit(w[dot+3])) {
		return dmatch{}, false
	}
	h := int(t.num)
	mi := int(w[dot+1]-'0')*10 + int(w[dot+2]-'0')
	if h > 24 || mi > 59 {
		return dmatch{}, false
	}
	j := i + 1
	switch {
	case t.suf == sufAM || t.suf == sufPM:
		var ok bool
		if h, ok = hour24(h, t.suf); !ok {
			return dmatch{}, false
		}
	case t.suf != sufNone:
		return dmatch{}, false
	default:
		if k, pm, ok := p.meridiem(j); ok && h <= 12 {
			if pm && h < 12 {
				h += 12
			} else if !pm && h == 12 {
				h = 0
			}
			j = k
		} else if !(p.lex(j) == dlexTimeZone && p.t(j).upper) && !(p.is(i-1, "at") && (p.t(j).kind != dtWord || p.lex(j) == dlexPrep)) {
			// "at 9.15" is a time, "at 2.46 billion" is not.
			return dmatch{}, false
		}
	}
	return p.clockTail(j, h, mi), true
}

// meridiem reads "a.m."/"p.m."/"am"/"pm" at j.
func (p *dateParser) meridiem(j int) (int, bool, bool) {
	if j >= len(p.toks) {
		return 0, false, false
	}
	w := p.word(j)
	if p.t(j).kind == dtWord && len(w) == 2 && (w[1]|0x20) == 'm' && (w[0]|0x20 == 'a' || w[0]|0x20 == 'p') {
		return j + 1, w[0]|0x20 == 'p', true
	}
	if p.t(j).kind == dtWord && len(w) == 1 && (w[0]|0x20 == 'a' || w[0]|0x20 == 'p') && p.punct(j+1, '.') && p.is(j+2, "m") {
		k := j + 3
		if p.punct(k, '.') && p.joined(k) {
			k++
		}
		return k, w[0]|0x20 == 'p', true
	}
	return 0, false, false
}

// number reads a number at i: digits, words ("twenty-four", "a hundred"),
// "a"/"an", "a few", "several", "a couple of", "two and a half", "2 1/2".
// x marks an unknown number. It returns the token after the number.
func (p *dateParser) number(i int) (n float64, x bool, mod int, j int, ok bool) {
	if i >= len(p.toks) {
		return 0, false, 0, i, false
	}
	t := p.t(i)
	j = i + 1
	switch {
	case t.kind == dtNum:
		if t.suf != sufNone {
			return 0, false, 0, i, false
		}
		if t.frac {
			f, err := strconv.ParseFloat(strings.ReplaceAll(p.word(i), ",", ""), 64)
			if err != nil {
				return 0, false, 0, i, false
			}
			n = f
		} else {
			n = float64(t.num)
		}
		// 2 1/2
		if a, ok1 := p.num(j); ok1 && a == 1 && p.punct(j+1, '/') {
			if b, ok2 := p.num(j + 2); ok2 && b == 2 {
				n += 0.5
				j += 3
			}
		}
	case t.lex == dlexNumWord:
		n = float64(t.val)
		if t.val >= 20 && t.val%10 == 0 {
			k := j
			if p.hyphen(k) {
				k++
			}
			if p.lex(k) == dlexNumWord && p.val(k) < 10 && p.val(k) > 0 {
				n += float64(p.val(k))
				j = k + 1
			}
		}
		if p.lex(j) == dlexHundred {
			n *= float64(p.val(j))
			j++
		}
	case t.lex == dlexA:
		switch p.lex(j) {
		case dlexFew:
			if p.val(j) == 0 {
				if !p.is(j, "few") {
					return 0, false, 0, i, false
				}
				return 0, true, 0, j + 1, true
			}
			n = float64(p.val(j))
			j++
			if p.lex(j) == dlexOf {
				j++
			}
			if n == 2 {
				mod = modApprox
			}
			return n, false, mod, j, true
		case dlexHundred:
			return float64(p.val(j)), false, 0, j + 1, true
		case dlexHalf:
			return 0.5, false, 0, j + 1, true
		}
		n = 1
	case t.lex == dlexFew:
		if p.val(i) != 0 {
			n = float64(p.val(i))
			if p.lex(j) == dlexOf {
				j++
			}
			return n, false, 0, j, true
		}
		return 0, true, 0, j, true
	case t.lex == dlexHalf:
		if p.lex(j) == dlexA {
			return 0.5, false, 0, j + 1, true
		}
		return 0, false, 0, i, false
	default:
		return 0, false, 0, i, false
	}
	// "two and a half"
	if p.lex(j) == dlexAnd && p.lex(j+1) == dlexA && p.lex(j+2) == dlexHalf {
		n += 0.5
		j += 3
	}
	return n, x, mod, j, true
}

// unitAt reads a unit at j, allowing "five-year", and reports whether it was plural.
func (p *dateParser) unitAt(j int) (unit, end int, plural, ok bool) {
	if p.hyphen(j) {
		j++
	}
	switch p.lex(j) {
	case dlexUnit:
		return p.val(j), j + 1, false, true
	case dlexUnits:
		return p.val(j), j + 1, true, true
	}
	return 0, j, false, false
}

// parseQuantity reads a number of units and what follows it: "ago",
// "earlier", "from now" make a DATE; otherwise a DURATION, or a SET after a
// rate ("$50,000 a year").
func (p *dateParser) parseQuantity(i int) (dmatch, bool) {
	n, x, mod, j, ok := p.number(i)
	if !ok {
		return dmatch{}, false
	}
	if p.lex(j) == dlexQuantAdj {
		j++ // "20 more years", "an additional year"
	}
	unit, k, _, ok := p.unitAt(j)
	if !ok {
		// "two to three weeks", "12 to 18 months": a range, one span.
		if (p.is(j, "to") || p.is(j, "or")) && !p.hyphen(j) && !x {
			if _, _, _, j2, ok := p.number(j + 1); ok && p.lex(j+1) != dlexA {
				if u, k2, _, ok := p.unitAt(j2); ok && !p.hyphen(j2) {
					return dmatch{end: k2, typ: TypeDuration, val: p.r.duration(n, false, u), isDur: true}, true
				}
			}
		}
		return dmatch{}, false
	}
	// "a quarter of the vote", "one day of mourning" is fine but not "a quarter of".
	if unit == unitQuarter && p.lex(k) == dlexOf && !x && n <= 3 {
		return dmatch{}, false
	}
	if p.lex(i) == dlexA && (p.hyphen(j) || p.hyphen(k)) {
		return dmatch{}, false // "a year-earlier profit", "a two-year-old"
	}
	// "a minute and a half"
	if p.lex(k) == dlexAnd && p.lex(k+1) == dlexA && p.lex(k+2) == dlexHalf {
		n += 0.5
		k += 3
	}
	m := dmatch{end: k, typ: TypeDuration, isDur: true}
	if mod != 0 {
		m.mod = modNames[mod]
	}
	switch {
	case p.lex(k) == dlexAgo || (p.is(k, "earlier") && !p.is(k+1, "than")) || p.is(k, "back"):
		v := p.r.ago(n, x, unit, -1)
		if unit == unitYear && n == 1 && !x {
			v = p.yearBack(i, k+1)
		}
		m = dmatch{end: k + 1, typ: TypeDate, val: v, dateLevel: true, mod: m.mod}
		return m, true
	case p.is(k, "from") && p.is(k+1, "now"):
		m = dmatch{end: k + 2, typ: TypeDate, val: p.r.ago(n, x, unit, 1), dateLevel: true, mod: m.mod}
		return m, true
	}
	// "$50,000 a year", "twice a week", "three times a day": a rate.
	if p.lex(i) == dlexA && i > 0 && (p.t(i-1).kind == dtNum || p.is(i-1, "twice") || p.is(i-1, "once") || p.is(i-1, "times") || p.lex(i-1) == dlexHundred || p.is(i-1, "million") || p.is(i-1, "billion")) {
		return dmatch{end: k, typ: TypeSet, val: p.r.duration(1, false, unit)}, true
	}
	m.val = p.r.duration(n, x, unit)
	return m, true
}

// yearBack is the value of "a year ago" or "year-earlier" over tokens
// [i, j): the year before the dateline, or, in a sentence about a quarter
// (earnings news: "profit rose from a year earlier"), the last completed
// quarter a year back.
func (p *dateParser) yearBack(i, j int) string {
	if p.sentenceHas(i, j, func(k int) bool {
		return (p.lex(k) == dlexUnit || p.lex(k) == dlexUnits) && p.val(k) == unitQuarter
	}) {
		return p.r.quarter(-5)
	}
	return p.r.year(-1)
}

// parseSpokenYear reads a year said in words, as transcripts write it:
// "nineteen ninety-six", "twenty twenty-five".
func (p *dateParser) parseSpokenYear(i int) (dmatch, bool) {
	hi := p.val(i)
	if hi < 11 || hi > 20 || p.lex(i+1) != dlexNumWord {
		return dmatch{}, false
	}
	lo := p.val(i + 1)
	if lo < 20 || lo%10 != 0 {
		return dmatch{}, false
	}
	j := i + 2
	k := j
	if p.hyphen(k) {
		k++
	}
	if p.lex(k) == dlexNumWord && p.val(k) > 0 && p.val(k) < 10 {
		lo += p.val(k)
		j = k + 1
	}
	return dmatch{end: j, typ: TypeDate, val: fmtYear(hi*100 + lo), dateLevel: true}, true
}

// isoTime reports whether the day token i of an ISO date carries a time
// ("2025-10-17T14:30:00Z" tokenizes the day as "17T14").
func (p *dateParser) isoTime(i int) bool {
	w := p.word(i)
	for k := 0; k < len(w); k++ {
		if !dDigit(w[k]) {
			return w[k] == 'T' || w[k] == 't'
		}
	}
	return false
}

// hour24 converts hour h of a 12-hour clock ("3 p.m.", "12 a.m.") to the
// 24-hour clock; false when h is no 12-hour clock hour.
func hour24(h int, suf numSuffix) (int, bool) {
	switch {
	case h > 12:
		return 0, false
	case suf == sufPM && h < 12:
		return h + 12, true
	case suf == sufAM && h == 12:
		return 0, true
	}
	return h, true
}
