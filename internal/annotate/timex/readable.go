package timex

import (
	"strconv"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
)

// This file writes TIMEX3 values the way a reader writes dates: "Thu 16
// Oct 2025" for 2025-10-16, "October 2025", "4 years" for P4Y, "every
// Tuesday" for XXXX-WXX-2, "now" for PRESENT_REF. The value itself stays in
// the Date (tooltips and exports show it); this is only its reading. The
// style is the day-month-year of British and international news copy, the
// abbreviations those of Go's time package.

// Readable returns the date d as a reader would write it, its modifier
// included ("about 4 years", "early October 2025"). A value the function
// does not know is returned as it is, so the result is never empty unless
// the value is.
func Readable(d core.Date) string {
	var s string
	switch d.Type {
	case core.TypeDuration:
		s = readableDuration(d.Value)
	case core.TypeSet:
		s = readableSet(d.Value)
	default:
		s = readableDate(d.Value)
	}
	if s == "" {
		return d.Value
	}
	if p, ok := readableMods[d.Mod]; ok {
		s = p + " " + s
	}
	return s
}

// readableMods are the words of the TIMEX3 modifiers.
var readableMods = map[string]string{
	"APPROX": "about", "LESS_THAN": "less than", "MORE_THAN": "more than",
	"EQUAL_OR_LESS": "at most", "EQUAL_OR_MORE": "at least",
	"START": "early", "MID": "mid", "END": "late",
}

// readableRefs are the values of "now", "recently", "the future".
var readableRefs = map[string]string{"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}

// readableParts are the parts of a day, as TIMEX3 codes them after T.
var readableParts = map[string]string{"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

// readableSeasons are the seasons of TIMEX3 (autumn as British copy has it).
var readableSeasons = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

// readableDate reads a DATE or TIME value, or returns "".
func readableDate(value string) string {
	if s, ok := readableRefs[value]; ok {
		return s
	}
	date, clock, hasTime := strings.Cut(value, "T")
	day := readableDay(date)
	if !hasTime {
		return day
	}
	if part, ok := readableParts[clock]; ok {
		if day == "" || date == "XXXX-XX-XX" {
			return part
		}
		return part + " of " + day
	}
	if !isClock(clock) {
		return ""
	}
	if day == "" || date == "XXXX-XX-XX" {
		return clock
	}
	return day + ", " + clock
}

// readableDay reads the date part of a value (before any T), or returns "".
func readableDay(date string) string {
	var buf [4]string
	f := splitValue(date, '-', &buf)
	year, yearKnown := atoiDigits(f[0])
	switch {
	case len(f) == 1 && len(f[0]) == 4:
		if !yearKnown {
			return "year unknown"
		}
		return f[0]
	case len(f) == 1 && len(f[0]) == 3 && yearKnown: // 198: the 1980s
		return "the " + f[0] + "0s"
	case len(f) == 1 && len(f[0]) == 2 && yearKnown: // 19: the 1900s
		return "the " + f[0] + "00s"
	case len(f) < 2 || len(f[0]) != 4 || f[1] == "":
		return ""
	}
	suffix := ""
	if yearKnown {
		suffix = " " + f[0]
	}
	second := f[1]
	switch {
	case len(f) == 2 && readableSeasons[second] != "":
		return readableSeasons[second] + suffix
	case len(f) == 2 && len(second) == 2 && (second[0] == 'Q' || second[0] == 'H'):
		if second[1] == 'X' {
			return map[byte]string{'Q': "a quarter", 'H': "a half-year"}[second[0]] + suffix
		}
		return second + suffix
	case second[0] == 'W':
		return readableWeek(year, yearKnown, second, f[2:])
	}
	month, monthKnown := atoiDigits(second)
	if monthKnown && (month < 1 || month > 12) {
		return ""
	}
	switch {
	case len(f) == 2 && monthKnown:
		return calendar.Month(month).String() + suffix
	case len(f) == 2:
		return "month unknown"
	case len(f) != 3:
		return ""
	}
	dayOfMonth, dayKnown := atoiDigits(f[2])
	switch {
	case !dayKnown && monthKnown:
		return "a day in " + calendar.Month(month).String() + suffix
	case !dayKnown || !monthKnown || dayOfMonth < 1 || dayOfMonth > 31:
		return ""
	case !yearKnown:
		return strconv.Itoa(dayOfMonth) + " " + calendar.Month(month).String()
	}
	t := calendar.Date(year, calendar.Month(month), dayOfMonth)
	if t.Day() != dayOfMonth {
		return "" // 31 April
	}
	return dayName(t)
}

// readableWeek reads the week values YYYY-Www, YYYY-Www-D and YYYY-Www-WE
// (rest is what follows the week), or returns "".
func readableWeek(year int, yearKnown bool, week string, rest []string) string {
	n, weekKnown := atoiDigits(week[1:])
	wd, weekend := -1, false
	switch {
	case len(rest) == 0:
	case len(rest) == 1 && rest[0] == "WE":
		weekend = true
	case len(rest) == 1 && len(rest[0]) == 1 && '1' <= rest[0][0] && rest[0][0] <= '7':
		wd = int(rest[0][0] - '0')
	default:
		return ""
	}
	if !yearKnown || !weekKnown {
		switch {
		case weekend:
			return "a weekend"
		case wd > 0:
			return "a " + isoWeekday(wd).String()
		}
		return "week unknown"
	}
	monday, ok := isoWeekMonday(year, n)
	if !ok {
		return ""
	}
	switch {
	case weekend:
		return "weekend of " + dayName(monday.AddDate(0, 0, 5))
	case wd < 0:
		return "week of " + dayName(monday)
	}
	return dayName(monday.AddDate(0, 0, wd-1))
}

// dayName writes t as t.Format("Mon 2 Jan 2006") does ("Fri 17 Oct
// 2025"), without the time package's layout interpreter, which would be
// the one user of it in the WebAssembly.
func dayName(t calendar.Time) string {
	b := make([]byte, 0, len("Mon 31 Jan -2006"))
	b = append(b, t.Weekday().String()[:3]...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(t.Day()), 10)
	b = append(b, ' ')
	b = append(b, t.Month().String()[:3]...)
	b = append(b, ' ')
	year := t.Year()
	if year < 0 {
		b = append(b, '-')
		year = -year
	}
	for w := 1000; w > 1 && year < w; w /= 10 {
		b = append(b, '0')
	}
	return string(strconv.AppendInt(b, int64(year), 10))
}

// isoWeekday is the calendar.Weekday of ISO weekday n (1 is Monday, 7 Sunday).
func isoWeekday(n int) calendar.Weekday { return calendar.Weekday(n % 7) }

// isoWeekMonday returns the Monday of ISO week n of year.
func isoWeekMonday(year, n int) (calendar.Time, bool) {
	if n < 1 || n > 53 {
		return calendar.Time{}, false
	}
	jan4 := calendar.Date(year, 1, 4) // always in week 1
	offset := (int(jan4.Weekday()) + 6) % 7
	monday := jan4.AddDate(0, 0, -offset+7*(n-1))
	if _, w := monday.ISOWeek(); w != n {
		return calendar.Time{}, false // week 53 of a year that has 52
	}
	return monday, true
}

// readableDuration reads a DURATION value (P4Y, PT2.5H, P2Y6M, PXY), or
// returns "".
func readableDuration(value string) string {
	parts, ok := durationParts(value)
	if !ok {
		return ""
	}
	words := make([]string, len(parts))
	for i, p := range parts {
		words[i] = p.String()
	}
	return strings.Join(words, " ")
}

// durationPart is one number and unit of a duration ("X" when unknown).
type durationPart struct{ n, unit string }

// String reads the part: "4 years", "1 year", "years" when unknown.
func (p durationPart) String() string {
	if p.n == "X" {
		return p.unit + "s"
	}
	if p.n == "1" {
		return "1 " + p.unit
	}
	return p.n + " " + p.unit + "s"
}

// durationUnits name the units of a duration before T, and after it.
var (
	durationUnits = map[string]string{"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter",
		"E": "decade", "DE": "decade", "C": "century", "CE": "century", "L": "millennium", "ML": "millennium"}
	durationClockUnits = map[string]string{"H": "hour", "M": "minute", "S": "second"}
)

// durationParts splits a duration value into its numbers and units.
func durationParts(value string) ([]durationPart, bool) {
	rest, ok := strings.CutPrefix(value, "P")
	if !ok || rest == "" {
		return nil, false
	}
	var parts []durationPart
	units := durationUnits
	for rest != "" {
		if rest[0] == 'T' {
			units, rest = durationClockUnits, rest[1:]
			continue
		}
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.' || rest[i] == 'X') {
			i++
		}
		j := i
		for j < len(rest) && rest[j] >= 'A' && rest[j] <= 'Z' && rest[j] != 'T' && rest[j] != 'X' {
			j++
		}
		n, unit := rest[:i], units[rest[i:j]]
		if n == "" || unit == "" || strings.Contains(n, "X") && n != "X" {
			return nil, false
		}
		if unit == "century" && n != "1" && n != "X" {
			unit = "centurie" // + "s"
		}
		parts = append(parts, durationPart{n, unit})
		rest = rest[j:]
	}
	return parts, len(parts) > 0
}

// readableSet reads a SET value: P1W "every week", XXXX-WXX-2 "every
// Tuesday", XXXX-10 "every October", XXXX-XX-XXTMO "every morning"; or
// returns "".
func readableSet(value string) string {
	if strings.HasPrefix(value, "P") {
		parts, ok := durationParts(value)
		switch {
		case !ok:
			return ""
		case len(parts) == 1 && parts[0].n == "1":
			return "every " + parts[0].unit
		case len(parts) == 1 && parts[0].n == "X":
			return "every so many " + parts[0].unit + "s"
		}
		return "every " + readableDuration(value)
	}
	date, clock, hasTime := strings.Cut(value, "T")
	part := ""
	if hasTime {
		if part = readableParts[clock]; part == "" && isClock(clock) {
			part = "at " + clock
		}
		if part == "" {
			return ""
		}
	}
	var day string
	var buf [4]string
	f := splitValue(date, '-', &buf)
	switch {
	case date == "XXXX-XX-XX":
		day = "day"
		if part != "" {
			day = ""
		}
	case len(f) == 3 && f[0] == "XXXX" && f[1] == "WXX" && f[2] == "WE":
		day = "weekend"
	case len(f) == 3 && f[0] == "XXXX" && f[1] == "WXX" && len(f[2]) == 1 && '1' <= f[2][0] && f[2][0] <= '7':
		day = isoWeekday(int(f[2][0] - '0')).String()
	case len(f) == 2 && f[0] == "XXXX":
		if m, ok := atoiDigits(f[1]); ok && 1 <= m && m <= 12 {
			day = calendar.Month(m).String()
		} else if s := readableSeasons[f[1]]; s != "" {
			day = s
		}
		if day == "" {
			return ""
		}
	default:
		return ""
	}
	return strings.Join(strings.Fields("every "+day+" "+part), " ")
}

// isClock reports whether s is a clock time: HH, HH:MM or HH:MM:SS.
func isClock(s string) bool {
	var buf [4]string
	for i, f := range splitValue(s, ':', &buf) {
		n, ok := atoiDigits(f)
		if !ok || len(f) != 2 || i > 2 || i == 0 && n > 24 || i > 0 && n > 59 {
			return false
		}
	}
	return true
}

// atoiDigits parses s made of ASCII digits only; false when it holds
// anything else (such as the X of an unknown part) or is empty.
func atoiDigits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
