package timex

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/calendar"
)

// Where a value starts in time, to put dates in order.

// ValueStart returns the first moment a DATE or TIME value covers, for
// putting dates in time order: 2025-10 starts on 1 October 2025, 198 (the
// 1980s) on 1 January 1980, 2025-W42 on its Monday, 2025-SU on 1 June
// (meteorological seasons), a part of a day at its usual hour (morning 6,
// afternoon 12, evening 18, night 21). It reports false for values with an
// unknown year and for the _REF values, which have no place on a time line.
func ValueStart(value string) (calendar.Time, bool) {
	date, clock, _ := strings.Cut(value, "T")
	t, ok := dayStart(date)
	if !ok {
		return calendar.Time{}, false
	}
	if h, ok := partHours[clock]; ok {
		return t.Add(calendar.Duration(h) * calendar.Hour), true
	}
	if clock != "" && isClock(clock) {
		var buf [4]string
		for i, f := range splitValue(clock, ':', &buf) {
			n, _ := atoiDigits(f)
			t = t.Add(calendar.Duration(n) * [...]calendar.Duration{calendar.Hour, calendar.Minute, calendar.Second}[i])
		}
	}
	return t, true
}

// dayStart is the first day of the date part of a value.
func dayStart(date string) (calendar.Time, bool) {
	var buf [4]string
	f := splitValue(date, '-', &buf)
	y, ok := atoiDigits(f[0])
	if !ok {
		return calendar.Time{}, false
	}
	switch len(f[0]) {
	case 3:
		y *= 10
	case 2:
		y *= 100
	case 4:
	default:
		return calendar.Time{}, false
	}
	at := func(m, d int) (calendar.Time, bool) { return calendar.Date(y, calendar.Month(m), d), true }
	if len(f) == 1 {
		return at(1, 1)
	}
	if len(f[0]) != 4 {
		return calendar.Time{}, false
	}
	s := f[1]
	if m, ok := seasonMonths[s]; ok {
		return at(m, 1)
	}
	if len(s) == 2 && (s[0] == 'Q' || s[0] == 'H') && '1' <= s[1] && s[1] <= '4' {
		months := 3 // a quarter, or a half (H)
		if s[0] == 'H' {
			months = 6
		}
		return at(1+months*int(s[1]-'1'), 1)
	}
	if s != "" && s[0] == 'W' {
		n, ok := atoiDigits(s[1:])
		if !ok {
			return calendar.Time{}, false
		}
		monday, ok := isoWeekMonday(y, n)
		if ok && len(f) == 3 {
			if f[2] == "WE" {
				return monday.AddDate(0, 0, 5), true
			}
			wd, ok2 := atoiDigits(f[2])
			ok = ok2 && 1 <= wd && wd <= 7
			monday = monday.AddDate(0, 0, wd-1)
		}
		return monday, ok
	}
	m, ok := atoiDigits(s)
	if !ok || m < 1 || m > 12 {
		return calendar.Time{}, false
	}
	if len(f) == 2 {
		return at(m, 1)
	}
	d, ok := atoiDigits(f[2])
	if !ok || d < 1 || d > 31 {
		return calendar.Time{}, false
	}
	return at(m, d)
}

// partHours are the hours at which the parts of a day of a value start
// (TIMEX3 MO, AF, EV, NI, DT), for ordering.
var partHours = map[string]int{"MO": 6, "AF": 12, "EV": 18, "NI": 21, "DT": 8}

// seasonMonths are the months at which the seasons of a value start
// (TIMEX3 SP, SU, FA, WI), for ordering.
var seasonMonths = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// splitValue is strings.Split(s, string(sep)) for the few fields of a
// value's date or clock, kept in buf (no allocation) when they fit.
func splitValue(s string, sep byte, buf *[4]string) []string {
	f := buf[:0]
	for rest := s; ; {
		i := strings.IndexByte(rest, sep)
		if i < 0 {
			return append(f, rest)
		}
		if len(f) == len(buf)-1 {
			return strings.Split(s, string(sep))
		}
		f = append(f, rest[:i])
		rest = rest[i+1:]
	}
}
