package timex

import "github.com/newsroom/annotator/internal/annotate/calendar"

// Counted dates back: "a year ago", "a week earlier", "year-earlier". The
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

// noteQuarter keeps value v as the article's quarter when it is one
// ("1989-Q3") later than the one kept and before the dateline's: the
// completed quarter an earnings report is about, not its year-ago
// comparison nor the quarter under way.
func (r *dresolver) noteQuarter(v string) {
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
