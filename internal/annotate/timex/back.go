package timex

import (
	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
)

// Counted dates back: "a year ago", "a week earlier", "year-earlier" (and
// "year-end", read with them). The
// value takes the granularity of the date it is compared with (rule D40):
// the month or day of the sentence, the quarter of an earnings report (a
// month named in the sentence comes first), the story's
// date for "earlier" in a story far from its dateline; else the unit's own.

// back is the value of n units before, over tokens [i, j): "ago" counts
// from the dateline (the time of writing); "earlier" (anaphoric) may count
// from the story's latest date.
func (p *dateParser) back(n float64, x bool, unit, i, j int, anaphoric bool) string {
	whole := !x && n >= 1 && n <= 1000 && n == float64(int(n))
	// "reached £148bn in March, up from £131bn a year earlier": the month
	// its sentence named, before the quarter of the article.
	if a := p.r.latest; whole && (unit == unitMonth || unit == unitYear) && a.gran == granMonth && p.r.lastEnd > p.sentenceStartByte(i) {
		t := calendar.Date(a.y, calendar.Month(a.m), 1)
		if unit == unitYear {
			t = t.AddDate(-int(n), 0, 0)
		} else {
			t = t.AddDate(0, -int(n), 0)
		}
		return p.r.fmtMonth(t.Year(), int(t.Month()))
	}
	if unit == unitYear && n == 1 && !x && p.r.lastQ != 0 && p.compares(i) {
		return p.yearBack(i, j) // the report's quarter before the sentence's day
	}
	if whole && unit >= unitDay && unit <= unitYear && unit != unitQuarter {
		// "closed at $5 on Tuesday, up from $4 a year earlier": the day;
		// "ago" counts from the dateline, so only as the term of a
		// comparison ("on Tuesday, against 380 a year ago"), not beside
		// the day it names again ("on 24/01/2026, less than three weeks
		// ago").
		if p.r.last.gran == granDay && p.r.lastEnd > p.sentenceStartByte(i) && (anaphoric || p.compares(i)) {
			return p.r.fromAnchor(p.r.last, unit, -int(n))
		}
		if anaphoric && p.r.far() {
			if v, ok := p.r.fromStory(unit, -int(n)); ok {
				return v
			}
		}
	}
	if unit == unitYear && n == 1 && !x {
		return p.yearBack(i, j)
	}
	return p.r.ago(n, x, unit, -1)
}

// yearBack is the value of "a year ago" or "year-earlier" over tokens
// [i, j): compared with, in an article that has named a quarter
// (earnings news: "profit rose from a year earlier", "the year-ago
// quarter"), that quarter a year back; in a sentence
// about a quarter with none named, the last completed quarter a year
// back; else the year before the dateline.
func (p *dateParser) yearBack(i, j int) string {
	if p.r.lastQ != 0 && p.compares(i) {
		q := p.r.lastQ - 4
		return p.r.concat(fmtYear(q/4), "-Q", quarterDigits[q%4])
	}
	if p.sentenceHas(i, j, func(k int) bool {
		return (p.lex(k) == dlexUnit || p.lex(k) == dlexUnits) && p.val(k) == unitQuarter
	}) {
		return p.r.quarter(-5)
	}
	return p.r.year(-1)
}

var quarterDigits = [...]string{"1", "2", "3", "4"}

// sentenceStartByte is the offset in the text where the sentence holding
// token i starts, as far back as the tokens read go.
func (p *dateParser) sentenceStartByte(i int) int {
	k := i - 1
	for k >= 0 && !p.isBoundary(k) {
		k--
	}
	if k+1 >= len(p.toks) {
		return len(p.text)
	}
	return int(p.toks[k+1].start)
}

// fromAnchor is day-level anchor a moved by n units, as a day.
func (r dresolver) fromAnchor(a anchor, unit, n int) string {
	t := a.time()
	switch unit {
	case unitDay:
		t = t.AddDate(0, 0, n)
	case unitWeek:
		t = t.AddDate(0, 0, 7*n)
	case unitMonth:
		t = t.AddDate(0, n, 0)
	case unitYear:
		t = t.AddDate(n, 0, 0)
	}
	return r.fmtDay(t)
}

// fromStory is the story's latest date moved by n units, to the precision
// the story gave it: "a week earlier" after "11 November 1928" is
// 1928-11-04, "a year earlier" after "in 1942" is 1941. ok is false when
// the story's date is less precise than the unit.
func (r dresolver) fromStory(unit, n int) (string, bool) {
	a := r.last
	switch {
	case a.gran == granDay:
		return r.fromAnchor(a, unit, n), true
	case a.gran == granMonth && unit >= unitMonth:
		t := calendar.Date(a.y, calendar.Month(a.m), 1)
		if unit == unitYear {
			t = t.AddDate(n, 0, 0)
		} else {
			t = t.AddDate(0, n, 0)
		}
		return r.fmtMonth(t.Year(), int(t.Month())), true
	case a.gran == granYear && unit == unitYear:
		return fmtYear(a.y + n), true
	}
	return "", false
}

// noteMonthsTo keeps the period that ends on day v, the date at token i,
// when it closes "three months" or "six months" ("sales in the three
// months to March 31", "the six months ended 30 June") and the day ends a
// quarter or a half of the year: an earnings report's quarter, for "the
// year-ago period" after it (rule D40), or its half, for "the first half".
func (p *dateParser) noteMonthsTo(i int, v string) {
	if len(v) != 10 || !(p.is(i-1, "to") || p.is(i-1, "ended") || p.is(i-1, "ending") || p.is(i-1, "through")) {
		return
	}
	if p.lex(i-2) != dlexUnits || p.val(i-2) != unitMonth {
		return
	}
	n, ok := p.num(i - 3)
	if !ok && p.lex(i-3) == dlexNumWord {
		n, ok = p.val(i-3), true
	}
	a := parseAnchor(v)
	if !ok || a.gran != granDay || a.m%3 != 0 || a.d != calendar.Date(a.y, calendar.Month(a.m)+1, 0).Day() {
		return // not a quarter's last day
	}
	switch {
	case n == 3:
		p.r.lastQ = 4*a.y + a.m/3 - 1 // "the three months to March 31": 2026-Q1
	case n == 6 && a.m%6 == 0:
		p.r.lastH = 2*a.y + a.m/6 - 1 // "the six months to 30 June": 2026-H1
	}
}

// noteQuarter keeps value v as the article's quarter when it is one
// ("1989-Q3") later than the one kept and before the dateline's: the
// completed quarter an earnings report is about, not its year-ago
// comparison nor the quarter under way. A quarter the text says has
// ended (ended, "the fiscal fourth quarter, which ended June 30") is
// completed whatever its label: it is kept.
func (r *dresolver) noteQuarter(v string, ended bool) {
	if len(v) != 7 || v[4] != '-' || v[5] != 'Q' || v[6] < '1' || v[6] > '4' {
		return
	}
	y := 0
	for _, c := range v[:4] {
		if c < '0' || c > '9' {
			return
		}
		y = 10*y + int(c-'0')
	}
	q := 4*y + int(v[6]-'1')
	if ended {
		r.lastQ = q
		return
	}
	if r.known && q >= 4*r.y+(r.m-1)/3 {
		return
	}
	r.lastQ = max(r.lastQ, q)
}

// compares reports whether the expression at token i is the term of a
// comparison: after "from", "with", "than", "against", "over" or "versus"
// in its sentence ("up from $35 million a year earlier"), or a
// "year-ago" adjective ("the year-ago quarter").
func (p *dateParser) compares(i int) bool {
	if p.hyphen(i + 1) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-12 && !p.isBoundary(k); k-- {
		if k == i-1 && p.is(k, "than") && (p.is(k-1, "less") || p.is(k-1, "more") || p.is(k-1, "fewer")) {
			continue // "less than three weeks ago": the expression's own modifier
		}
		for _, w := range comparisonWords {
			if p.is(k, w) {
				return true
			}
		}
	}
	return false
}

// comparisonWords introduce the term a figure is compared with.
var comparisonWords = [...]string{"from", "with", "than", "against", "over", "versus", "vs"}

// parseUnitWord reads "year-ago", "year-earlier" (a DATE a year back) and
// "year-end", "year's end" (the end of this year).
func (p *dateParser) parseUnitWord(i int) (dmatch, bool) {
	if p.val(i) == unitYear && !p.t(i).upper {
		switch {
		case p.lex(i+1) == dlexPhase && p.val(i+1) == modEnd && !p.hyphen(i+2) && (p.lex(i-1) == dlexPrep || p.lex(i-1) == dlexThe):
			// "at year end", "by the year end": as "year-end".
			return dmatch{end: i + 2, typ: core.TypeDate, val: p.r.year(0), mod: modNames[modEnd], dateLevel: true}, true
		case p.hyphen(i+1) && p.lex(i+2) == dlexPhase && p.val(i+2) == modEnd:
			return dmatch{end: i + 3, typ: core.TypeDate, val: p.r.year(0), mod: modNames[modEnd], dateLevel: true}, true
		case p.apostrophe(i+1) && p.is(i+2, "s") && p.lex(i+3) == dlexPhase && p.val(i+3) == modEnd:
			return dmatch{end: i + 4, typ: core.TypeDate, val: p.r.year(0), mod: modNames[modEnd], dateLevel: true}, true
		}
	}
	if p.val(i) == unitYear && p.hyphen(i+1) && (p.is(i+2, "ago") || p.is(i+2, "earlier")) {
		end := i + 3
		if (p.lex(end) == dlexUnit && p.val(end) == unitQuarter) || p.is(end, "period") {
			end++
		}
		return dmatch{end: end, typ: core.TypeDate, val: p.yearBack(i, end), dateLevel: true, counted: true}, true
	}
	return dmatch{}, false
}
