// Package calendar is the part of package time that the date stage uses:
// days of the proleptic Gregorian calendar and times of day, in UTC only,
// to the second. Its Time, Month, Weekday and Duration behave as time's do
// for those (calendar_test.go checks them against package time).
//
// It exists for the WebAssembly modules' size: package time, even unused,
// brings internal/godebug, internal/bisect and the runtime's metrics into
// a module (about 0.03 MB brotli, 5% of the embed's: issue 14). The
// arithmetic is Howard Hinnant's days_from_civil and civil_from_days
// ("chrono-Compatible Low-Level Date Algorithms", 2013).
package calendar

import "cmp"

// Duration is a span of time in seconds (time.Duration counts
// nanoseconds; nothing here is finer than a second).
type Duration int64

// The units of Duration.
const (
	Second Duration = 1
	Minute          = 60 * Second
	Hour            = 60 * Minute
)

// secondsPerDay is the length of a day (UTC has no leap seconds here, as
// in package time).
const secondsPerDay = 86400

// Month is a month of the year, January = 1, as time.Month.
type Month int

// The months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// String is the month's English name ("January"), as time.Month's.
func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// Weekday is a day of the week, Sunday = 0, as time.Weekday.
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String is the day's English name ("Sunday"), as time.Weekday's.
func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

// Time is an instant in UTC to the second. Its zero value is January 1,
// year 1, 00:00:00, as time.Time's.
type Time struct {
	sec int64 // seconds since January 1, year 1, 00:00:00
}

// unixDays is the number of days from January 1, year 1 to January 1,
// 1970.
const unixDays = 719162

// Date is midnight UTC at the start of the given day. As time.Date does, it
// normalizes a month outside 1-12 and a day outside the month: October 32
// is November 1, month 0 is December of the year before.
func Date(year int, month Month, day int) Time {
	m := int(month) - 1
	year += floorDiv(m, 12)
	m -= 12 * floorDiv(m, 12)
	days := daysFromCivil(int64(year), int64(m)+1) + int64(day) - 1
	return Time{sec: (days + unixDays) * secondsPerDay}
}

// days is the number of whole days since January 1, year 1.
func (t Time) days() int64 { return floorDiv64(t.sec, secondsPerDay) }

// DaysIn is the number of days of month m (1-12) in year, Gregorian
// (proleptic: year 0, a leap year, gives February 29 days, which is also
// what a date of an unknown year, kept as year 0, may have).
func DaysIn(year int, m Month) int {
	switch m {
	case February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case April, June, September, November:
		return 30
	}
	return 31
}

// Date returns the year, month and day of t.
func (t Time) Date() (year int, month Month, day int) {
	y, m, d := civilFromDays(t.days() - unixDays)
	return int(y), Month(m), int(d)
}

// Year is t's year.
func (t Time) Year() int { y, _, _ := t.Date(); return y }

// Month is t's month.
func (t Time) Month() Month { _, m, _ := t.Date(); return m }

// Day is t's day of the month.
func (t Time) Day() int { _, _, d := t.Date(); return d }

// Weekday is t's day of the week.
func (t Time) Weekday() Weekday {
	// January 1, year 1 was a Monday.
	w := (t.days() + 1) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay is t's day of the year, 1 to 365 (366 in a leap year).
func (t Time) YearDay() int {
	return int(t.days()-unixDays-daysFromCivil(int64(t.Year()), 1)) + 1
}

// ISOWeek is the ISO 8601 year and week number of t, as time.Time's: week
// 1 is the one with the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	// The Thursday of t's week (weeks start on Monday) is in its ISO year.
	wd := int(t.Weekday()+6) % 7 // Monday 0 ... Sunday 6
	thu := t.AddDate(0, 0, 3-wd)
	return thu.Year(), (thu.YearDay()-1)/7 + 1
}

// AddDate is t moved by years, months and days, normalized as Date does
// (October 31 plus one month is December 1), at the same time of day.
func (t Time) AddDate(years, months, days int) Time {
	y, m, d := t.Date()
	clock := t.sec - t.days()*secondsPerDay
	return Time{sec: Date(y+years, m+Month(months), d+days).sec + clock}
}

// Add is t moved by d.
func (t Time) Add(d Duration) Time { return Time{sec: t.sec + int64(d)} }

// Sub is the duration t-u.
func (t Time) Sub(u Time) Duration { return Duration(t.sec - u.sec) }

// Before reports whether t is before u.
func (t Time) Before(u Time) bool { return t.sec < u.sec }

// After reports whether t is after u.
func (t Time) After(u Time) bool { return t.sec > u.sec }

// Equal reports whether t and u are the same instant.
func (t Time) Equal(u Time) bool { return t.sec == u.sec }

// Compare is -1, 0 or +1 as t is before, at or after u.
func (t Time) Compare(u Time) int { return cmp.Compare(t.sec, u.sec) }

// IsZero reports whether t is the zero Time.
func (t Time) IsZero() bool { return t.sec == 0 }

// Unix is t in seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixDays*secondsPerDay }

// daysFromCivil is the number of days from January 1, 1970 to the first
// of month m (1-12) of year y.
func daysFromCivil(y, m int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv64(y, 400)
	yoe := y - era*400 // 0-399
	mp := m + 9        // March = 0
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp + 2) / 5 // day of the year starting March 1, 0-365
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the date days after January 1, 1970.
func civilFromDays(days int64) (y, m, d int64) {
	z := days + 719468
	era := floorDiv64(z, 146097)
	doe := z - era*146097                                  // 0-146096
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // 0-399
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // 0-365, from March 1
	mp := (5*doy + 2) / 153                                // March = 0
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

// floorDiv is a/b rounded down (b > 0).
func floorDiv(a, b int) int {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

func floorDiv64(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// itoa writes n in decimal (strconv is not needed for so little).
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	var b [21]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
