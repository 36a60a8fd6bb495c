package timex

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
)

func TestReadable(t *testing.T) {
	tests := []struct {
		typ, value, mod string
		want            string
	}{
		// Calendar dates, from the day to the century.
		{core.TypeDate, "2025-10-16", "", "Thu 16 Oct 2025"},
		{core.TypeDate, "2025-10", "", "October 2025"},
		{core.TypeDate, "2025", "", "2025"},
		{core.TypeDate, "198", "", "the 1980s"},
		{core.TypeDate, "19", "", "the 1900s"},
		{core.TypeDate, "2025-W42", "", "week of Mon 13 Oct 2025"},
		{core.TypeDate, "2025-W41-WE", "", "weekend of Sat 11 Oct 2025"},
		{core.TypeDate, "2026-W01-4", "", "Thu 1 Jan 2026"},
		{core.TypeDate, "2025-Q3", "", "Q3 2025"},
		{core.TypeDate, "2025-H1", "", "H1 2025"},
		{core.TypeDate, "2026-SP", "", "spring 2026"},
		{core.TypeDate, "2025-FA", "", "autumn 2025"},
		// References to the present, past and future.
		{core.TypeDate, "PRESENT_REF", "", "now"},
		{core.TypeDate, "PAST_REF", "", "the past"},
		{core.TypeDate, "FUTURE_REF", "", "the future"},
		// Unknown parts, with no dateline to resolve them.
		{core.TypeDate, "XXXX-WXX-3", "", "a Wednesday"},
		{core.TypeDate, "XXXX-WXX-7", "", "a Sunday"},
		{core.TypeDate, "XXXX-10-17", "", "17 October"},
		{core.TypeDate, "XXXX-10", "", "October"},
		{core.TypeDate, "XXXX", "", "year unknown"},
		{core.TypeDate, "XXXX-WXX", "", "week unknown"},
		{core.TypeDate, "XXXX-QX", "", "a quarter"},
		{core.TypeDate, "XXXX-Q3", "", "Q3"},
		// Times of day.
		{core.TypeTime, "2025-10-16TNI", "", "night of Thu 16 Oct 2025"},
		{core.TypeTime, "2025-10-17TMO", "", "morning of Fri 17 Oct 2025"},
		{core.TypeTime, "2025-10-17T14:30", "", "Fri 17 Oct 2025, 14:30"},
		{core.TypeTime, "XXXX-WXX-4TNI", "", "night of a Thursday"},
		{core.TypeTime, "XXXX-XX-XXT09:00", "", "09:00"},
		// Modifiers.
		{core.TypeDate, "2025-10", "START", "early October 2025"},
		{core.TypeDate, "2026", "APPROX", "about 2026"},
		{core.TypeDuration, "P20Y", "EQUAL_OR_MORE", "at least 20 years"},
		// Durations.
		{core.TypeDuration, "P4Y", "", "4 years"},
		{core.TypeDuration, "P1Y", "", "1 year"},
		{core.TypeDuration, "PT2.5H", "", "2.5 hours"},
		{core.TypeDuration, "P2Y6M", "", "2 years 6 months"},
		{core.TypeDuration, "PT1M30S", "", "1 minute 30 seconds"},
		{core.TypeDuration, "P1E", "", "1 decade"},
		{core.TypeDuration, "P10E", "", "10 decades"},
		{core.TypeDuration, "P2CE", "", "2 centuries"},
		{core.TypeDuration, "P3Q", "", "3 quarters"},
		{core.TypeDuration, "PXY", "", "years"},
		{core.TypeDuration, "PTXH", "", "hours"},
		// Sets.
		{core.TypeSet, "P1W", "", "every week"},
		{core.TypeSet, "P2D", "", "every 2 days"},
		{core.TypeSet, "PXW", "", "every so many weeks"},
		{core.TypeSet, "XXXX-WXX-2", "", "every Tuesday"},
		{core.TypeSet, "XXXX-WXX-WE", "", "every weekend"},
		{core.TypeSet, "XXXX-10", "", "every October"},
		{core.TypeSet, "XXXX-XX-XXTMO", "", "every morning"},
		{core.TypeSet, "XXXX-WXX-2TEV", "", "every Tuesday evening"},
		{core.TypeSet, "XXXX-XX-XX", "", "every day"},
		// What it cannot read is shown as the value.
		{core.TypeDate, "2025-13", "", "2025-13"},
		{core.TypeDate, "2025-04-31", "", "2025-04-31"},
		{core.TypeDate, "2025-W54", "", "2025-W54"},
		{core.TypeDuration, "P", "", "P"},
		{core.TypeDuration, "P4", "", "P4"},
		{core.TypeDuration, "P4Z", "", "P4Z"},
		{core.TypeSet, "every", "", "every"},
		{core.TypeTime, "2025-10-17T99", "", "2025-10-17T99"},
		{core.TypeDate, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.value+" "+tt.mod, func(t *testing.T) {
			assert.Equal(t, tt.want, Readable(core.Date{Type: tt.typ, Value: tt.value, Mod: tt.mod}))
		})
	}
}

func TestValueStart(t *testing.T) {
	day := func(y, m, d, h, min int) calendar.Time {
		return calendar.Date(y, calendar.Month(m), d).Add(calendar.Duration(h)*calendar.Hour + calendar.Duration(min)*calendar.Minute)
	}
	tests := []struct {
		value string
		want  calendar.Time
		ok    bool
	}{
		{"2025-10-16", day(2025, 10, 16, 0, 0), true},
		{"2025-10", day(2025, 10, 1, 0, 0), true},
		{"2025", day(2025, 1, 1, 0, 0), true},
		{"198", day(1980, 1, 1, 0, 0), true},
		{"19", day(1900, 1, 1, 0, 0), true},
		{"2025-W42", day(2025, 10, 13, 0, 0), true},
		{"2025-W42-5", day(2025, 10, 17, 0, 0), true},
		{"2025-W41-WE", day(2025, 10, 11, 0, 0), true},
		{"2025-Q3", day(2025, 7, 1, 0, 0), true},
		{"2025-H2", day(2025, 7, 1, 0, 0), true},
		{"2025-SU", day(2025, 6, 1, 0, 0), true},
		{"2025-10-16TNI", day(2025, 10, 16, 21, 0), true},
		{"2025-10-16T14:30", day(2025, 10, 16, 14, 30), true},
		{"XXXX-WXX-3", calendar.Time{}, false},
		{"XXXX-10-17", calendar.Time{}, false},
		{"PRESENT_REF", calendar.Time{}, false},
		{"2025-13", calendar.Time{}, false},
		{"", calendar.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			got, ok := ValueStart(tt.value)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

// FuzzReadable checks that any value reads without panicking and never
// reads as nothing.
func FuzzReadable(f *testing.F) {
	for _, v := range []string{"2025-10-16", "XXXX-WXX-2TEV", "P2Y6M", "2025-W53-WE", "PT", "T", "-", "2025-Q", "W"} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, value string) {
		for _, typ := range []string{core.TypeDate, core.TypeTime, core.TypeDuration, core.TypeSet} {
			if got := Readable(core.Date{Type: typ, Value: value}); value != "" && got == "" {
				t.Errorf("Readable(%s %q) is empty", typ, value)
			}
		}
		ValueStart(value)
	})
}

// dayName stands in for t.Format("Mon 2 Jan 2006"): every day of a few
// years, and years of fewer than four digits, negative or of five.
func TestDayNameIsTimeFormat(t *testing.T) {
	var days []time.Time
	for d := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2026; d = d.AddDate(0, 0, 1) {
		days = append(days, d)
	}
	for _, y := range []int{-12345, -44, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 123456} {
		days = append(days, time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC))
	}
	for _, d := range days {
		if got, want := dayName(calendar.Date(d.Year(), calendar.Month(d.Month()), d.Day())), d.Format("Mon 2 Jan 2006"); got != want {
			t.Errorf("dayName(%v) = %q, want %q", d, got, want)
		}
	}
}
