package timex

import (
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Rules that open with a number: ISO, numeric and day-month dates, years,
// decades and centuries (clock.go reads clock times, quantities.go numbers
// of units).

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
			if day == "" {
				return dmatch{}, false
			}
			if p.isoTime(i+4) && p.joined(i+5) {
				// 2025-10-17T14:30:00Z
				if h, ok := p.num(i + 5); ok && h <= 24 && p.punct(i+6, ':') {
					if mi, ok := p.num(i + 7); ok && mi <= 59 && p.t(i+7).ndig == 2 {
						end := i + 8
						if p.punct(end, ':') && p.joined(end) && p.t(end+1).kind == dtNum {
							end += 2
						}
						return dmatch{end: end, typ: core.TypeTime, val: p.r.clock(day, h, mi), dateLevel: true}, true
					}
				}
			}
			return dmatch{end: i + 5, typ: core.TypeDate, val: day, dateLevel: true}, true
		}
	}
	// 10/17/2025, 17/10/2025.
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
			// Month first (US), unless the first part cannot be a month or
			// the article writes its dates day first (rules D32, D44).
			mo, d := n, b
			order := p.numericOrder(n, b)
			if order == orderDayFirst {
				mo, d = b, n
			}
			if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
				return dmatch{end: i + 5, typ: core.TypeDate, val: p.r.date(y, mo, d), dateLevel: true, numeric: order}, true
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
			// "17 October" (not "the 4th of July") says the article
			// writes the day first (rule D32).
			order := orderDayFirst
			if p.lex(i+1) == dlexOf || t.suf != sufNone {
				order = orderNone
			}
			if y, ok := p.yearNum(k); ok {
				return dmatch{end: k + 1, typ: core.TypeDate, val: p.r.date(y, mo, d), dateLevel: true, order: order}, true
			}
			y, story := p.yearFor(mo, d, i, j)
			return dmatch{end: j, typ: core.TypeDate, val: p.r.date(y, mo, d), dateLevel: true, inFrame: story, order: order}, true
		}
	}
	// 1990s, 20th century
	if t.suf == sufS && (t.ndig == 4) && n%10 == 0 {
		if n%100 == 0 {
			return dmatch{end: i + 1, typ: core.TypeDate, val: strconv.Itoa(n / 100), dateLevel: true}, true
		}
		return dmatch{end: i + 1, typ: core.TypeDate, val: strconv.Itoa(n / 10), dateLevel: true}, true
	}
	if t.suf == sufOrdinal && n >= 1 && n <= 21 {
		k := i + 1
		if p.hyphen(k) {
			k++ // "19th-century"
		}
		if p.lex(k) == dlexUnit && p.val(k) == unitCentury {
			return dmatch{end: k + 1, typ: core.TypeDate, val: p.r.pad2(n - 1), dateLevel: true}, true
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
		return dmatch{end: i + 1, typ: core.TypeDate, val: fmtYear(y), dateLevel: true}, true
	}
	if t.suf == sufNone && t.ndig <= 4 {
		return p.parseQuantity(i)
	}
	return dmatch{}, false
}

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
	return dmatch{end: i + 2, typ: core.TypeDate, val: strconv.Itoa(c*10 + n/10), dateLevel: true}, true
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
	return dmatch{end: j, typ: core.TypeDate, val: fmtYear(hi*100 + lo), dateLevel: true}, true
}

// yearAt reads a year at token k, in digits or in words (rule D37):
// "1997", "nineteen ninety-seven", and, where a year is expected (after a
// month, "the year", "of" after a season), "two thousand", "two thousand
// and five", "two thousand five". end is the token after it.
func (p *dateParser) yearAt(k int) (y, end int, ok bool) {
	if y, ok := p.yearNum(k); ok {
		return y, k + 1, true
	}
	if p.lex(k) != dlexNumWord {
		return 0, 0, false
	}
	if m, ok := p.parseSpokenYear(k); ok {
		y, _ := strconv.Atoi(m.val)
		return y, m.end, true
	}
	if p.val(k) != 2 || p.lex(k+1) != dlexHundred || p.val(k+1) != 1000 {
		return 0, 0, false
	}
	y, end = 2000, k+2
	j := end
	if p.lex(j) == dlexAnd {
		j++
	}
	if p.lex(j) == dlexNumWord && p.val(j) > 0 && p.val(j) < 100 {
		n, j2 := p.val(j), j+1
		if n >= 20 && n%10 == 0 && p.hyphen(j2) && p.lex(j2+1) == dlexNumWord && p.val(j2+1) < 10 {
			n, j2 = n+p.val(j2+1), j2+2
		}
		y, end = y+n, j2
	}
	return y, end, true
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
