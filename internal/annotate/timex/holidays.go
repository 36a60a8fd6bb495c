package timex

import (
	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
)

// Holidays whose date moves from year to year (rule D33): Easter Sunday
// by the Gregorian computus, and the US federal holidays fixed as the nth
// (or last) weekday of a month by 5 U.S.C. 6103, Election Day, and
// Mother's and Father's Day (the second Sunday of May, the third of June).
// words.txt gives each a
// code from movingHoliday on; codes from holidayNeedsDay on are a day only
// with "Day" after them ("Memorial Day", not "a memorial").
const (
	fixedNeedsDay   = 5000 // a fixed holiday plus this is one only before "Day": "Boxing Day"
	holidayNewYear  = 8000 // "New Year's Day" (1 January), "New Year's Eve" (31 December)
	movingHoliday   = 9000
	holidayEaster   = 9001
	holidayThanks   = 9002 // Thanksgiving: the fourth Thursday of November
	holidayNeedsDay = 9100
	holidayMemorial = 9101 // the last Monday of May
	holidayLabor    = 9102 // the first Monday of September
	// holidayElection is the US Election Day: the Tuesday after the first
	// Monday of November (2 U.S.C. 7, 3 U.S.C. 1).
	holidayElection  = 9103
	holidayColumbus  = 9104 // the second Monday of October
	holidayPresident = 9105 // Washington's Birthday: the third Monday of February
	holidayMother    = 9106 // the second Sunday of May
	holidayFather    = 9107 // the third Sunday of June
)

// parseMovingHoliday reads a moving holiday at token i whose words end at
// j: "Easter", "Thanksgiving Day", "Memorial Day 2024".
func (p *dateParser) parseMovingHoliday(i, j, code int) (dmatch, bool) {
	approx := 4 // the month it falls in, to find its year
	switch code {
	case holidayThanks:
		approx = 11
	case holidayMemorial:
		approx = 5
	case holidayLabor:
		approx = 9
	case holidayElection:
		approx = 11
	case holidayColumbus:
		approx = 10
	case holidayPresident:
		approx = 2
	case holidayMother:
		approx = 5
	case holidayFather:
		approx = 6
	}
	end := j
	y, ok := p.yearNum(j)
	story := false
	if ok {
		end = j + 1
	} else {
		y, story = p.yearFor(approx, 0, i, j)
	}
	if y == 0 {
		return dmatch{}, false // no year known: the day cannot be written
	}
	t := holidayDate(code, y)
	return dmatch{end: end, typ: core.TypeDate, val: p.r.fmtDay(t), dateLevel: true, inFrame: story}, true
}

// holidayDate is the day of moving holiday code in year y.
func holidayDate(code, y int) calendar.Time {
	switch code {
	case holidayEaster:
		return easter(y)
	case holidayThanks:
		return nthWeekday(y, calendar.November, calendar.Thursday, 4)
	case holidayMemorial:
		return nthWeekday(y, calendar.May, calendar.Monday, -1)
	case holidayElection:
		return nthWeekday(y, calendar.November, calendar.Monday, 1).AddDate(0, 0, 1)
	case holidayColumbus:
		return nthWeekday(y, calendar.October, calendar.Monday, 2)
	case holidayPresident:
		return nthWeekday(y, calendar.February, calendar.Monday, 3)
	case holidayMother:
		return nthWeekday(y, calendar.May, calendar.Sunday, 2)
	case holidayFather:
		return nthWeekday(y, calendar.June, calendar.Sunday, 3)
	}
	return nthWeekday(y, calendar.September, calendar.Monday, 1)
}

// nthWeekday is the nth weekday wd of month m in year y, the last when n
// is -1.
func nthWeekday(y int, m calendar.Month, wd calendar.Weekday, n int) calendar.Time {
	if n < 0 {
		last := calendar.Date(y, m+1, 0)
		return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
	}
	first := calendar.Date(y, m, 1)
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
}

// easter is Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm, Meeus/Jones/Butcher).
func easter(y int) calendar.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return calendar.Date(y, calendar.Month(month), day)
}
