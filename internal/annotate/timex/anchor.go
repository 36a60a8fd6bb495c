package timex

import (
	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
)

// The story's reference time (TimeML's anchor). An anaphoric expression
// ("the next day", "two days later", "the following year") is resolved
// against the latest date the text has established, not against the
// dateline (rule D20); and once a story has moved far from its dateline
// ("On 7 December 1941, ..."), a month or weekday written alone belongs
// to the story's time (rule D21). With no date yet, both fall back to
// the dateline.

// Granularities of an anchor.
const (
	granNone int8 = iota
	granYear
	granMonth
	granDay
)

// anchor is a date the text established, to the precision it gave.
type anchor struct {
	y, m, d int
	gran    int8
	// weak marks a frame set by a date in passing ("on 1 June 1889" inside
	// a sentence): it holds for months in its own paragraph only (para),
	// and not for weekdays.
	weak bool
	para int
}

// time is the first day the anchor covers.
func (a anchor) time() calendar.Time {
	m, d := max(a.m, 1), max(a.d, 1)
	return calendar.Date(a.y, calendar.Month(m), d)
}

// parseAnchor reads the calendar part of a TIMEX3 value: "1942-04-14"
// (a day), "1942-04" (a month), "1942", "1942-Q2" or "1942-SU" (a year),
// with what follows a day ("1942-04-14TNI") ignored. Weeks, X values and
// references give no anchor.
func parseAnchor(v string) anchor {
	digits := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = 10*n + int(s[i]-'0')
		}
		return n, len(s) > 0
	}
	if len(v) < 4 {
		return anchor{}
	}
	y, ok := digits(v[:4])
	if !ok || (len(v) > 4 && v[4] != '-') {
		return anchor{}
	}
	a := anchor{y: y, gran: granYear}
	if len(v) < 7 {
		return a
	}
	if v[5] == 'W' {
		return anchor{} // a week: its day is not written
	}
	m, ok := digits(v[5:7])
	if !ok || m < 1 || m > 12 || (len(v) > 7 && v[7] != '-') {
		return a
	}
	a.m, a.gran = m, granMonth
	if len(v) < 10 {
		return a
	}
	if d, ok := digits(v[8:10]); ok && d >= 1 && d <= 31 {
		a.d, a.gran = d, granDay
	}
	return a
}

// note records the value of an expression just found as the story's
// latest date. It also becomes the frame that dates written without a
// year follow when it opens its sentence (opens: "In 1942, ..."), or was
// resolved in the frame (inFrame, rule D21), or carries on a frame far
// from the dateline; a day after a preposition ("on 1 June 1889",
// afterPrep) is a weak frame, for months of its own paragraph. A year or
// month in passing ("founded in 1998", "the August 1988 cease-fire") is
// not the story's time.
func (r *dresolver) note(val string, opens, afterPrep, inFrame bool) {
	a := parseAnchor(val)
	r.latest = a
	r.latestClock = clockMinutes(val)
	r.latestPlainYear = len(val) == 4
	if a.gran == granNone {
		return
	}
	a.para = r.para
	if a.gran == granDay {
		r.lastDay = a
	}
	// "in 1942" after "14 April 1942" says nothing new: keep the day.
	if !(a.y == r.last.y && a.gran < r.last.gran && (a.m == 0 || a.m == r.last.m)) {
		r.last = a
	}
	// A date far from the dateline inside a story already far from it
	// carries the story on ("the next day" after "On 3 June 1916").
	strong := opens || inFrame || (r.far() && !r.frame.weak && r.farYear(a.y))
	if !strong && (a.gran < granMonth || !afterPrep) {
		// "the August 1988 cease-fire" names an event, not the story's
		// time; "founded in 1998" a year in passing. A month or day after
		// a preposition ("reached the river in November 1944") is a weak
		// frame, for months and days of its paragraph.
		return
	}
	if !(a.y == r.frame.y && a.gran < r.frame.gran && (a.m == 0 || a.m == r.frame.m)) || (strong && r.frame.weak) {
		a.weak = !strong
		r.frame = a
	}
}

// far reports whether the story's frame lies in another time than the
// dateline: two years or more away, or any year when no dateline is known.
func (r *dresolver) far() bool {
	if r.frame.gran == granNone || (r.frame.weak && r.frame.para != r.para) {
		return false
	}
	return r.farYear(r.frame.y)
}

// farYear reports whether year y is two years or more from the
// dateline's, or any year when no dateline is known.
func (r *dresolver) farYear(y int) bool {
	d := y - r.y
	return !r.known || d >= 2 || d <= -2
}

// later is the value of the anchor's unit moved by n: "the next day" (n 1),
// "two days later", "the following year", "the day before" (n -1). ok is
// false when the text has established no date as precise as the unit; the
// caller then falls back to the dateline.
func (r *dresolver) later(unit, n int) (string, bool) {
	a := r.last
	switch unit {
	case unitDay, unitWeek:
		if a.gran == granYear && !(r.frame.gran == granYear && r.frame.y == a.y) && r.lastDay.gran == granDay && r.para-r.lastDay.para <= 1 {
			// a year in passing since ("charged over 2019 to 2023"), not
			// one the story moved to ("In 1917 ..."): the latest day of
			// this paragraph or the one before
			a = r.lastDay
		}
		if a.gran < granDay {
			return "", false
		}
		if unit == unitWeek {
			return r.fmtWeek(a.time().AddDate(0, 0, 7*n)), true
		}
		return r.fmtDay(a.time().AddDate(0, 0, n)), true
	case unitMonth:
		if a.gran < granMonth {
			return "", false
		}
		t := calendar.Date(a.y, calendar.Month(a.m), 1).AddDate(0, n, 0)
		return r.fmtMonth(t.Year(), int(t.Month())), true
	case unitYear:
		if a.gran < granYear {
			return "", false
		}
		return fmtYear(a.y + n), true
	case unitDecade:
		// "the end of the decade" after "1912": 191 (TIMEX3 writes a
		// decade as its first three digits).
		if a.gran < granYear {
			return "", false
		}
		return fmtYear(a.y + 10*n)[:3], true
	}
	return "", false
}

// storyYear is the year of month m written without one in a story far
// from its dateline: the frame's year, or the next one when the month lies
// more than two months before the frame's ("In December 1941 ... in
// January": 1942). 0 when the story is not far from its dateline.
func (r *dresolver) storyYear(m int) int {
	if !r.far() {
		return 0
	}
	y := r.frame.y
	if r.frame.gran >= granMonth && m < r.frame.m-2 {
		y++
	}
	return y
}

// storyWeekday is weekday wd written alone in a story far from its
// dateline: the first one on or after the frame's day. ok is false when
// the story is not far from its dateline or its frame has no day: a
// weekday is then read against the dateline, as news uses it ("said
// Sunday").
func (r *dresolver) storyWeekday(wd int) (string, bool) {
	if !r.far() || r.frame.gran < granDay || r.frame.weak {
		return "", false
	}
	t := r.frame.time()
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	return r.fmtDay(t.AddDate(0, 0, (wd-cur+7)%7)), true
}

// move moves the story's latest date by n units: "two days later" is a
// DURATION (TimeBank spans "two days" alone) that still carries the
// story on to the day it names (rule D20).
func (r *dresolver) move(unit, n int) {
	v, ok := r.later(unit, n)
	if !ok {
		return
	}
	a := parseAnchor(v)
	if a.gran == granNone { // a week: keep the day
		a = r.last
		t := a.time().AddDate(0, 0, 7*n)
		a.y, a.m, a.d = t.Year(), int(t.Month()), t.Day()
	}
	r.last = a
	if r.far() {
		r.frame = a
	}
}

// yearFor is the year of month mo (and day d, 0 when none) written
// without one, over tokens [i, j): the story's year when it is far from
// the dateline and the sentence tells of the past (rule D21, inFrame
// true), else the nearest year in the direction of the sentence's tense.
func (p *dateParser) yearFor(mo, d, i, j int) (y int, inFrame bool) {
	if y, ok := p.rangeEndYear(mo, d, i); ok {
		return y, false
	}
	// "last year it recorded 112 tornadoes in April", "the qualifying
	// event for 2026 will start on 22 June": the year its sentence named
	// just before, when near the dateline (a year far from it is the
	// story's frame, or a year in passing: rule D21).
	dir := p.direction(i, j)
	if y, ok := p.sentenceYear(i, dir); ok {
		return y, false
	}
	if p.storyTense(dir) {
		if y := p.r.storyYear(mo); y != 0 {
			return y, true
		}
	}
	return p.r.yearNear(mo, d, dir), false
}

// sentenceYear is the year the sentence around token i named just
// before it, as a year ("last year", "for 2026"), near the dateline, in
// the same clause (no comma between) and not against the tense dir (a
// past year in a future sentence is another clause's): "last year it
// recorded 112 tornadoes in April". Not a year counted back ("compared
// with a year ago"), nor a quarter's ("fourth-quarter results in late
// January").
func (p *dateParser) sentenceYear(i int, dir dtense) (int, bool) {
	a := p.r.latest
	if a.gran != granYear || !p.r.latestPlainYear || p.r.latestCounted || p.r.farYear(a.y) || p.r.lastEnd <= p.sentenceStartByte(i) {
		return 0, false
	}
	if (dir == tenseFuture && a.y < p.r.y) || (dir == tensePast && a.y > p.r.y) {
		return 0, false
	}
	for k := i - 1; k >= 0 && int(p.t(k).start) >= p.r.lastEnd; k-- {
		if p.word(k) == "," {
			return 0, false
		}
	}
	return a.y, true
}

// storyTense reports whether a sentence of tense dir can tell of the
// story's time: not one in the future ("will be sentenced Nov. 4"), and,
// under a weak frame, only one in the past.
func (p *dateParser) storyTense(dir dtense) bool {
	if p.r.frame.weak {
		return dir == tensePast
	}
	return dir != tenseFuture
}

// parseAnaphor reads "that year", "that same day", "the same week" (from
// "same"): the story's latest date at the unit's precision (rule D20).
// Without a date that precise, nothing: "that day" may be a pronoun's.
func (p *dateParser) parseAnaphor(i int) (dmatch, bool) {
	j := i + 1
	if p.val(i) == 3 {
		if p.is(j, "days") && p.lex(j+1) != dlexOf {
			return dmatch{end: j + 1, typ: core.TypeDate, val: "PRESENT_REF"}, true // "these days" (TimeBank)
		}
		return dmatch{}, false
	}
	if p.val(i) == 1 && p.lex(j) == dlexAnaphor && p.val(j) == 2 {
		j++ // "that same day"
	}
	if p.lex(j) == dlexSeason && !p.t(j).upper && p.r.last.gran >= granYear && p.lex(j+1) != dlexOf {
		// "that autumn": the season of the story's year (rule D41).
		return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.concat(fmtYear(p.r.last.y), "-", seasonCodes[p.val(j)]), dateLevel: true}, true
	}
	if p.lex(j) == dlexPartOfDay && p.val(i) == 1 && p.r.last.gran == granDay && p.lex(j+1) != dlexOf {
		// "That afternoon": the part of the story's day (rule D41).
		return dmatch{end: j + 1, typ: core.TypeTime, val: p.r.concat(p.r.fmtDay(p.r.last.time()), "T", partCodes[p.val(j)]), dateLevel: true}, true
	}
	if p.lex(j) == dlexMonth && p.t(j).upper && p.r.last.gran >= granYear && p.lex(j+1) != dlexOf && p.t(j+1).kind != dtNum {
		// "That August": the month of the story's year (rule D41).
		return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.fmtMonth(p.r.last.y, p.val(j)), dateLevel: true}, true
	}
	if p.lex(j) != dlexUnit || p.t(j).upper || p.hyphen(j+1) || p.lex(j+1) == dlexOf {
		return dmatch{}, false
	}
	if v, ok := p.r.later(p.val(j), 0); ok {
		return dmatch{end: j + 1, typ: core.TypeDate, val: v, dateLevel: true}, true
	}
	return dmatch{}, false
}

// weekdayFromStory is weekday wd strictly after (dir future) or before
// the story's latest day: "the following Monday", "the previous Friday"
// (rule D20). ok is false when the text has established no day.
func (r *dresolver) weekdayFromStory(wd int, dir dtense) (string, bool) {
	if r.last.gran < granDay {
		return "", false
	}
	t := r.last.time()
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	if dir == tenseFuture {
		n := (wd - cur + 7) % 7
		if n == 0 {
			n = 7
		}
		return r.fmtDay(t.AddDate(0, 0, n)), true
	}
	n := (cur - wd + 7) % 7
	if n == 0 {
		n = 7
	}
	return r.fmtDay(t.AddDate(0, 0, -n)), true
}

// rangeEndYear is the year of the second end of a range written without
// one, month mo and day d (0 when none) at token i: "from 27 December to
// 2 January" runs into the next year, the first such day on or after the
// range's start, the date found just before "to", "until", "through", a
// dash, or "and" after "between" (TimeML guidelines: the two ends of a range are two
// TIMEX3s, and the second follows the first).
func (p *dateParser) rangeEndYear(mo, d, i int) (int, bool) {
	a := p.r.latest
	if i < 2 || a.gran < granMonth || (d != 0) != (a.gran == granDay) {
		return 0, false
	}
	if int(p.t(i-2).end) != p.r.lastEnd {
		return 0, false
	}
	if p.is(i-1, "and") {
		// "between November and February"; "on Christmas Eve and
		// Valentine's Day" is a list, each date its own.
		between := false
		for k := i - 3; k >= 0 && k >= i-8 && !between; k-- {
			between = p.is(k, "between")
		}
		if !between {
			return 0, false
		}
	} else if !p.is(i-1, "to") && !p.is(i-1, "until") && !p.is(i-1, "through") && !p.punct(i-1, '-') && p.word(i-1) != "\u2013" {
		return 0, false
	}
	y := a.y
	if mo < a.m || (mo == a.m && d < a.d) {
		y++
	}
	return y, true
}

// current is the value of "the <unit>" that names the unit under way, as
// in "the end of the year", "later in the month": the story's when it is
// far from its dateline ("By the end of the year" after "3 July 1863" is
// 1863), else the dateline's (rule D20).
func (r *dresolver) current(unit int) string {
	if r.far() {
		if v, ok := r.later(unit, 0); ok {
			return v
		}
	}
	return r.present(unit)
}

// clockMinutes is the time of day of a TIMEX3 value with a clock time
// ("1912-04-14T24:00" is 1440), in minutes; -1 when it has none.
func clockMinutes(v string) int {
	if len(v) != 16 || v[10] != 'T' || v[13] != ':' {
		return -1
	}
	n := 0
	for _, k := range [...]int{11, 12, 14, 15} {
		if v[k] < '0' || v[k] > '9' {
			return -1
		}
		n = 10*n + int(v[k]-'0')
	}
	return n/100*60 + n%100
}
