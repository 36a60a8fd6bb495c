package timex

import (
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/calendar"
)

// dresolver turns the parts of a time expression into a TIMEX3 value,
// anchored on the dateline. With no dateline (known false) the parts it
// cannot know are written X: "Friday" is XXXX-WXX-5, "October 17" is
// XXXX-10-17, "last year" is XXXX.
//
// It holds the dateline as plain numbers, so that a parser holding it stays
// on the stack.
type dresolver struct {
	y, m, d int
	known   bool
	vals    *dateValues // the article's values for reuse; nil allocates each
	// The story's reference time (anchor.go): the latest date found, and
	// the latest that set the story's frame.
	last, frame anchor
	// lastDay is the latest date found to the day: "the week before"
	// after "a March 2 trial date for a mayor charged over 2019 to 2023"
	// is the week before the trial (rule D20), in its paragraph or the next.
	lastDay anchor
	// weekdays holds the day each weekday written alone was read as
	// against the dateline, Monday at 1 (rule D47).
	weekdays [8]string
	// latest is the date of the latest expression found, as it was
	// written (last may keep a more precise day of the same year).
	latest anchor
	// latestCounted says the latest expression was counted back ("a year
	// ago"): its year is a comparison's, not its sentence's.
	latestCounted bool
	// latestPlainYear says the latest expression's value was a year alone
	// ("2026", "last year"), not a quarter or season of one.
	latestPlainYear bool
	// latestClock is the time of day of the latest expression, in
	// minutes, when it was a clock time, else -1 (rule D46).
	latestClock int
	para        int       // the paragraph being read, counted from 0
	order       dateOrder // of the latest date written with a month name (rule D32)
	// lastEnd is where the expression that gave last ends (a byte offset);
	// lastQ the latest quarter named, not after the dateline's, as
	// 4*year+quarter-1 (0 when none): "a year ago" in an earnings report
	// is that quarter a year back (rule D40).
	lastEnd, lastQ int
	// lastH is the half of the year an earnings report is about ("the six
	// months to 30 June"), as 2*year+half-1, 0 when none: "the first
	// half" is of its year.
	lastH int
	// The order of numeric dates (locale.go): what the article's place
	// and spelling say, read once when first needed, and the order
	// assumed for the latest numeric date.
	localeRead, localeDayFirst bool
	numeric                    dateOrder
}

// newResolver anchors a resolver on dateline (zero when unknown).
func newResolver(dateline calendar.Time) dresolver {
	if dateline.IsZero() || dateline.Year() < MinYear || dateline.Year() > MaxYear {
		return dresolver{latestClock: -1}
	}
	return dresolver{y: dateline.Year(), m: int(dateline.Month()), d: dateline.Day(), known: true, latestClock: -1}
}

// dct is the dateline at midnight UTC.
func (r dresolver) dct() calendar.Time {
	return calendar.Date(r.y, calendar.Month(r.m), r.d)
}

// dtense is the direction a sentence points to: a weekday or a month without
// a year is the nearest one before the dateline in the past tense and after
// it in the future tense (TimeML guidelines; TimeBank).
type dtense int8

const (
	tenseNone   dtense = 0
	tensePast   dtense = -1
	tenseFuture dtense = 1
)

// appendYear writes year y in four digits (a year before 1 as -0044), or
// XXXX when it has more (a dateline of 9999-12-31 and "next month"):
// TIMEX3 years have four digits, and an unknown year is written X, as
// with no dateline (rule D4).
func appendYear(b []byte, y int) []byte {
	if y > 9999 {
		return append(b, "XXXX"...)
	}
	return dpad(b, y, 4)
}

func dpad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	digits := 1
	for m := n; m >= 10; m /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// appendDay writes day t as YYYY-MM-DD.
func appendDay(b []byte, t calendar.Time) []byte {
	b = appendYear(b, t.Year())
	b = append(b, '-')
	b = dpad(b, int(t.Month()), 2)
	b = append(b, '-')
	return dpad(b, t.Day(), 2)
}

// appendMonth writes month m of year y as YYYY-MM.
func appendMonth(b []byte, y, m int) []byte {
	b = appendYear(b, y)
	b = append(b, '-')
	return dpad(b, m, 2)
}

// appendWeek writes the ISO week of t as YYYY-Www.
func appendWeek(b []byte, t calendar.Time) []byte {
	y, w := t.ISOWeek()
	b = appendYear(b, y)
	b = append(b, '-', 'W')
	return dpad(b, w, 2)
}

// fmtDay is day t as YYYY-MM-DD.
func (r dresolver) fmtDay(t calendar.Time) string {
	var a [16]byte
	return r.vals.intern(appendDay(a[:0], t))
}

// fmtMonth is month m of year y as YYYY-MM.
func (r dresolver) fmtMonth(y, m int) string {
	var a [16]byte
	return r.vals.intern(appendMonth(a[:0], y, m))
}

// fmtWeek is the ISO week of t as YYYY-Www.
func (r dresolver) fmtWeek(t calendar.Time) string {
	var a [16]byte
	return r.vals.intern(appendWeek(a[:0], t))
}

// concat is parts written one after the other.
func (r dresolver) concat(parts ...string) string {
	var a [48]byte
	b := a[:0]
	for _, s := range parts {
		b = append(b, s...)
	}
	return r.vals.intern(b)
}

// pad2 is n in two digits at least.
func (r dresolver) pad2(n int) string {
	var a [8]byte
	return r.vals.intern(dpad(a[:0], n, 2))
}

// clock is day at h:mi, as YYYY-MM-DDThh:mm.
func (r dresolver) clock(day string, h, mi int) string {
	var a [32]byte
	b := append(a[:0], day...)
	b = append(b, 'T')
	b = dpad(b, h, 2)
	b = append(b, ':')
	return r.vals.intern(dpad(b, mi, 2))
}

// day is the dateline moved by n days.
func (r dresolver) day(n int) string {
	if !r.known {
		return "XXXX-XX-XX"
	}
	return r.fmtDay(r.dct().AddDate(0, 0, n))
}

// date is year y (0 when unknown), month m, day d; "" when no such day
// exists ("31 February", "29 February 2025": rule D3), and the caller
// then finds no date.
func (r dresolver) date(y, m, d int) string {
	if d > calendar.DaysIn(y, calendar.Month(m)) {
		return ""
	}
	var a [16]byte
	b := a[:0]
	if y == 0 {
		b = append(b, "XXXX"...)
	} else {
		b = appendYear(b, y)
	}
	b = append(b, '-')
	b = dpad(b, m, 2)
	b = append(b, '-')
	return r.vals.intern(dpad(b, d, 2))
}

// weekday resolves ISO weekday wd (Monday 1): the same day as the dateline
// when it falls on wd, else the nearest one in the direction of the tense
// (before by default). strict skips the dateline's own day ("last Friday").
func (r dresolver) weekday(wd int, dir dtense, strict bool) string {
	if !r.known {
		return r.concat("XXXX-WXX-", strconv.Itoa(wd))
	}
	return r.fmtDay(r.weekdayTime(wd, dir, strict))
}

func (r dresolver) weekdayTime(wd int, dir dtense, strict bool) calendar.Time {
	cur := int(r.dct().Weekday())
	if cur == 0 {
		cur = 7
	}
	if dir == tenseFuture {
		n := (wd - cur + 7) % 7
		if n == 0 && strict {
			n = 7
		}
		return r.dct().AddDate(0, 0, n)
	}
	n := (cur - wd + 7) % 7
	if n == 0 && strict {
		n = 7
	}
	return r.dct().AddDate(0, 0, -n)
}

// year is the dateline's year moved by n.
func (r dresolver) year(n int) string {
	if !r.known {
		return "XXXX"
	}
	return fmtYear(r.dct().Year() + n)
}

// month is the dateline's month moved by n.
func (r dresolver) month(n int) string {
	if !r.known {
		return "XXXX-XX"
	}
	t := calendar.Date(r.dct().Year(), r.dct().Month(), 1).AddDate(0, n, 0)
	return r.fmtMonth(t.Year(), int(t.Month()))
}

// week is the dateline's ISO week moved by n.
func (r dresolver) week(n int) string {
	if !r.known {
		return "XXXX-WXX"
	}
	return r.fmtWeek(r.dct().AddDate(0, 0, 7*n))
}

// weekend is the weekend of the dateline's week moved by n.
func (r dresolver) weekend(n int) string {
	if !r.known {
		return "XXXX-WXX-WE"
	}
	var a [16]byte
	return r.vals.intern(append(appendWeek(a[:0], r.dct().AddDate(0, 0, 7*n)), "-WE"...))
}

// quarter is the dateline's quarter moved by n.
func (r dresolver) quarter(n int) string {
	if !r.known {
		return "XXXX-QX"
	}
	q := (int(r.dct().Month())-1)/3 + 4*r.dct().Year() + n
	return r.concat(fmtYear(q/4), "-Q", strconv.Itoa(q%4+1))
}

// yearOf is the year for a month, quarter or season index written without
// one: the dateline's year, or the year before when the tense is past and
// the index lies ahead of the dateline, or the year after when the tense is
// future and it lies behind. cur is the dateline's own index. 0 when unknown.
func (r dresolver) yearOf(idx, cur int, dir dtense) int {
	if !r.known {
		return 0
	}
	y := r.dct().Year()
	switch {
	case dir == tensePast && idx > cur:
		y--
	case dir == tenseFuture && idx < cur:
		y++
	}
	return y
}

// monthValue is month m of year y (0 unknown).
func (r dresolver) monthValue(y, m int) string {
	if y == 0 {
		return r.concat("XXXX-", r.pad2(m))
	}
	return r.fmtMonth(y, m)
}

// yearPrefix writes year y, or XXXX when unknown.
func yearPrefix(y int) string {
	if y == 0 {
		return "XXXX"
	}
	return fmtYear(y)
}

// present gives the value of "this <unit>".
func (r dresolver) present(unit int) string {
	return r.shift(unit, 0)
}

// shift gives the value of the dateline's unit moved by n ("last week" -1).
func (r dresolver) shift(unit, n int) string {
	switch unit {
	case unitDay:
		return r.day(n)
	case unitWeek:
		return r.week(n)
	case unitMonth:
		return r.month(n)
	case unitQuarter:
		return r.quarter(n)
	case unitYear:
		return r.year(n)
	case unitDecade:
		if !r.known {
			return "XXX"
		}
		return fmtYear(r.dct().Year() + 10*n)[:3]
	case unitCentury:
		if !r.known {
			return "XX"
		}
		return fmtYear(r.dct().Year() + 100*n)[:2]
	}
	return ""
}

// yearNear is the year of month m (and day d, 0 when none) written without
// a year: the dateline's year, unless the tense points the other way and
// the date lies more than about two months ahead (past tense) or behind
// (future tense) the dateline. 0 when the dateline is unknown.
func (r dresolver) yearNear(m, d int, dir dtense) int {
	if !r.known {
		return 0
	}
	y := r.dct().Year()
	if d == 0 {
		// A month alone: more than a month away counts.
		cur := int(r.dct().Month())
		switch {
		case dir == tensePast && m > cur+1:
			y--
		case dir == tenseFuture && m < cur-1:
			y++
		}
		return y
	}
	t := calendar.Date(y, calendar.Month(m), d)
	const slack = 62 * 24 * calendar.Hour
	switch {
	case dir == tensePast && t.Sub(r.dct()) > slack:
		y--
	case dir == tenseFuture && r.dct().Sub(t) > slack:
		y++
	}
	return y
}
