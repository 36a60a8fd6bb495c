package timex

import (
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Ordinal quarters and halves ("the third quarter", "the first half of
// 2025"), fiscal years, and the all-capitals test of headlines.

// parseFiscal reads "fiscal 2025", "fiscal second-quarter".
func (p *dateParser) parseFiscal(i int) (dmatch, bool) {
	if y, ok := p.yearNum(i + 1); ok {
		return dmatch{end: i + 2, typ: core.TypeDate, val: fmtYear(y), dateLevel: true}, true
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
	if !led || p.lex(i-1) == dlexThe {
		if _, ok := p.yearNum(k); !ok && p.inGame(i, j) {
			return dmatch{end: j}, true // "scored 14 points in the fourth quarter" (rule D54)
		}
	}
	if yy, ok := p.yearNum(k); ok {
		return dmatch{end: k + 1, typ: core.TypeDate, val: p.r.concat(fmtYear(yy), "-", unitCode, strconv.Itoa(n)), dateLevel: true}, true
	}
	if unitCode == "H" && y == 0 && p.r.lastH != 0 {
		y = p.r.lastH / 2 // "the six months to 30 June ... the first half": that year's
	}
	if unitCode == "H" && y == 0 {
		// A half needs its year ("the first half of 2025", "the 2024
		// second half"): "the second half" alone is mostly a match's.
		if p.lex(j) == dlexOf && p.lex(j+1) == dlexThe && p.lex(j+2) == dlexUnit && p.val(j+2) == unitYear {
			return dmatch{end: j + 3, typ: core.TypeDate, val: p.r.concat(p.r.year(0), "-H", strconv.Itoa(n)), dateLevel: true}, true
		}
		return dmatch{}, false
	}
	if y == 0 && unitCode == "Q" {
		// "its fiscal fourth quarter, which ended June 30", "the third
		// quarter ended Sept. 30": the year of the quarter's last day, the
		// quarter by its label (as TimeBank annotates fiscal quarters).
		if ey, ok := p.quarterEndYear(j); ok {
			return dmatch{end: j, typ: core.TypeDate, val: p.r.concat(fmtYear(ey), "-Q", strconv.Itoa(n)), dateLevel: true, ended: true}, true
		}
	}
	if y == 0 && p.r.known {
		idx := n
		cur := (int(p.r.dct().Month())-1)/3 + 1
		if unitCode == "H" {
			cur = (int(p.r.dct().Month())-1)/6 + 1
		}
		dir := p.direction(i, j)
		if dir == tenseFuture {
			dir = tenseNone // "third-quarter profit is expected to ..." is still this year's
		}
		y = p.r.yearOf(idx, cur, dir)
	}
	return dmatch{end: j, typ: core.TypeDate, val: p.r.concat(yearPrefix(y), "-", unitCode, strconv.Itoa(n)), dateLevel: true}, true
}

// quarterEndYear is the year of the last day a quarter ending at token j
// is said to end on: ", which ended June 30", "ended Sept. 30", "ending
// March 31, 2026". ok is false when no such day follows.
func (p *dateParser) quarterEndYear(j int) (int, bool) {
	k := j
	if p.punct(k, ',') {
		k++
	}
	if p.is(k, "which") || p.is(k, "that") {
		k++
	}
	if !p.is(k, "ended") && !p.is(k, "ending") && !p.is(k, "ends") {
		return 0, false
	}
	k++
	if p.lex(k) != dlexMonth && p.lex(k) != dlexMonthAbbr {
		return 0, false
	}
	m, ok := p.parseCore(k)
	if !ok || m.typ != core.TypeDate {
		return 0, false
	}
	a := parseAnchor(m.val)
	return a.y, a.gran == granDay
}

// parseQuarterQ reads a quarter written "Q3", "Q3 2025" or "Q3/2025"
// (rule D36): the quarter of the year given, else of the year the
// sentence's tense points to, as "the third quarter".
func (p *dateParser) parseQuarterQ(i int) (dmatch, bool) {
	n, ok := p.num(i + 1)
	if !p.t(i).upper || !ok || n < 1 || n > 4 || !p.joined(i+1) || p.t(i+1).ndig != 1 || p.t(i+1).suf != sufNone {
		return dmatch{}, false
	}
	if next := p.t(i + 2); next.kind != 0 && !next.space && next.kind != dtPunct {
		return dmatch{}, false // "Q3X", a model name
	}
	j := i + 2
	k := j
	if p.punct(k, '/') && p.joined(k) {
		k++
	}
	if y, ok := p.yearNum(k); ok {
		return dmatch{end: k + 1, typ: core.TypeDate, val: p.r.concat(fmtYear(y), "-Q", strconv.Itoa(n)), dateLevel: true}, true
	}
	y := 0
	if p.r.known {
		dir := p.direction(i, j)
		if dir == tenseFuture {
			dir = tenseNone
		}
		y = p.r.yearOf(n, (int(p.r.dct().Month())-1)/3+1, dir)
	}
	return dmatch{end: j, typ: core.TypeDate, val: p.r.concat(yearPrefix(y), "-Q", strconv.Itoa(n)), dateLevel: true}, true
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
