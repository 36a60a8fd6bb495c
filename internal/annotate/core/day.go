package core

import "github.com/newsroom/annotator/internal/annotate/calendar"

// DayLayout is the layout of a dateline and of a calendar date in the
// result: YYYY-MM-DD, in the terms of package time.
const DayLayout = "2006-01-02"

// ParseDay reads s in DayLayout, as time.Parse(DayLayout, s) does (four
// digits of year, two of month and of day, the day within its month), to a
// time at midnight UTC. It is written out so that the WebAssembly modules
// carry no layout parser: the embed's is counted in kilobytes (issue 14).
func ParseDay(s string) (calendar.Time, bool) {
	if len(s) != len(DayLayout) || s[4] != '-' || s[7] != '-' {
		return calendar.Time{}, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > calendar.DaysIn(y, calendar.Month(m)) {
		return calendar.Time{}, false
	}
	return calendar.Date(y, calendar.Month(m), d), true
}

// FormatDay writes t's date in DayLayout, as t.Format(DayLayout) does
// (a year outside 0-9999 keeps its sign and all its digits).
func FormatDay(t calendar.Time) string {
	y, m, d := t.Date()
	b := make([]byte, 0, 12)
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(m), 2)
	b = append(b, '-')
	return string(appendPadded(b, d, 2))
}

// digits reads s as a decimal number of ASCII digits only.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = 10*n + int(c-'0')
	}
	return n, true
}

// appendPadded appends n (>= 0) in decimal, zero-padded to width digits
// (written into b itself: strconv.Itoa allocated a string for every
// number past 99, a year on every call).
func appendPadded(b []byte, n, width int) []byte {
	var digits [20]byte // (the most an int has)
	i := len(digits)
	for n >= 10 || i > len(digits)-width+1 {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
	}
	i--
	digits[i] = byte('0' + n)
	return append(b, digits[i:]...)
}
