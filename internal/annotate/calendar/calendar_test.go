package calendar

import (
	"testing"
	"time"
)

// same reports where c differs from the time.Time r.
func same(t *testing.T, what string, c Time, r time.Time) {
	t.Helper()
	y, m, d := c.Date()
	ry, rm, rd := r.Date()
	cy, cw := c.ISOWeek()
	ry2, rw := r.ISOWeek()
	if y != ry || int(m) != int(rm) || d != rd || c.Unix() != r.Unix() || int(c.Weekday()) != int(r.Weekday()) ||
		c.YearDay() != r.YearDay() || cy != ry2 || cw != rw || c.IsZero() != r.IsZero() ||
		c.Year() != r.Year() || int(c.Month()) != int(r.Month()) || c.Day() != r.Day() {
		t.Errorf("%s: calendar gives %d-%d-%d (unix %d, weekday %d, yearday %d, ISO week %d-%d), time gives %s (unix %d, weekday %d, yearday %d, ISO week %d-%d)",
			what, y, m, d, c.Unix(), c.Weekday(), c.YearDay(), cy, cw, r.Format(time.DateTime), r.Unix(), r.Weekday(), r.YearDay(), ry2, rw)
	}
}

// TestDateAgainstTime walks every day from 1582 to 2500, and a spread of
// days from year -1000 to 10000, comparing Date, Weekday, YearDay and
// ISOWeek with package time's.
func TestDateAgainstTime(t *testing.T) {
	c := Date(1582, October, 15)
	r := time.Date(1582, time.October, 15, 0, 0, 0, 0, time.UTC)
	for r.Year() < 2500 {
		same(t, "walk "+r.Format(time.DateOnly), c, r)
		c, r = c.AddDate(0, 0, 1), r.AddDate(0, 0, 1)
		if t.Failed() {
			return
		}
	}
	for y := -1000; y <= 10000; y += 37 {
		for m := -13; m <= 26; m += 3 {
			for d := -40; d <= 70; d += 11 {
				same(t, "Date("+itoa(y)+", "+itoa(m)+", "+itoa(d)+")", Date(y, Month(m), d),
					time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC))
			}
		}
		if t.Failed() {
			return
		}
	}
}

// TestZero checks that the zero Time is time's zero: January 1, year 1, a
// Monday.
func TestZero(t *testing.T) {
	same(t, "zero", Time{}, time.Time{})
	if !Date(1, January, 1).IsZero() || Date(1970, January, 1).IsZero() {
		t.Error("IsZero is not true for January 1, year 1 alone")
	}
}

// TestAddDateAndClock checks AddDate's normalization and the time of day
// against time's, and Add, Sub and the comparisons.
func TestAddDateAndClock(t *testing.T) {
	cases := []struct {
		y, m, d          int
		h, min, s        int
		addY, addM, addD int
	}{
		{2024, 1, 31, 0, 0, 0, 0, 1, 0},     // February 31 -> March 2
		{2024, 2, 29, 13, 5, 9, 1, 0, 0},    // leap day plus a year
		{2025, 10, 31, 23, 59, 59, 0, 1, 1}, // November 31 + 1 day
		{2000, 3, 1, 6, 0, 0, 0, -12, -1},   // back across a leap day
		{1999, 12, 31, 12, 0, 0, 0, 0, 1},   // into 2000
	}
	for _, tc := range cases {
		clock := Duration(tc.h)*Hour + Duration(tc.min)*Minute + Duration(tc.s)*Second
		c := Date(tc.y, Month(tc.m), tc.d).Add(clock).AddDate(tc.addY, tc.addM, tc.addD)
		r := time.Date(tc.y, time.Month(tc.m), tc.d, tc.h, tc.min, tc.s, 0, time.UTC).AddDate(tc.addY, tc.addM, tc.addD)
		same(t, r.Format(time.DateTime), c, r)
		if got := c.Sub(Date(r.Year(), Month(r.Month()), r.Day())); got != clock {
			t.Errorf("%s: time of day %d s, want %d", r.Format(time.DateTime), got, clock)
		}
	}
	a, b := Date(2025, October, 17), Date(2025, October, 17).Add(Second)
	if !a.Before(b) || a.After(b) || !b.After(a) || a.Equal(b) || !a.Equal(Date(2025, 9, 47)) ||
		a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 || b.Sub(a) != Second {
		t.Error("Before, After, Equal, Compare or Sub is wrong on two times a second apart")
	}
}

// TestNames checks the English names against time's, and what an out of
// range value prints.
func TestNames(t *testing.T) {
	for m := January; m <= December; m++ {
		if m.String() != time.Month(m).String() {
			t.Errorf("month %d is %q, time says %q", m, m, time.Month(m))
		}
	}
	for d := Sunday; d <= Saturday; d++ {
		if d.String() != time.Weekday(d).String() {
			t.Errorf("weekday %d is %q, time says %q", d, d, time.Weekday(d))
		}
	}
	if Month(13).String() != time.Month(13).String() || Weekday(7).String() != time.Weekday(7).String() {
		t.Errorf("out of range: %q %q, time says %q %q", Month(13), Weekday(7), time.Month(13), time.Weekday(7))
	}
}

// FuzzDate compares Date and AddDate with package time's on any day within
// ten thousand years of year 2000.
func FuzzDate(f *testing.F) {
	f.Add(2025, 10, 17, 0, 1, 15)
	f.Add(-44, 3, 15, 100, -30, 0)
	f.Fuzz(func(t *testing.T, y, m, d, ay, am, ad int) {
		if y < -8000 || y > 12000 || m < -1000 || m > 1000 || d < -100000 || d > 100000 ||
			ay < -1000 || ay > 1000 || am < -1000 || am > 1000 || ad < -100000 || ad > 100000 {
			return
		}
		same(t, "fuzz", Date(y, Month(m), d).AddDate(ay, am, ad),
			time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).AddDate(ay, am, ad))
	})
}

// TestDaysIn checks DaysIn against package time (the day before the first
// of the next month) for every month of years around the leap rules.
func TestDaysIn(t *testing.T) {
	for _, y := range []int{0, 1, 4, 100, 400, 1900, 2000, 2024, 2025, 2100} {
		for m := January; m <= December; m++ {
			want := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
			if got := DaysIn(y, m); got != want {
				t.Errorf("DaysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}
