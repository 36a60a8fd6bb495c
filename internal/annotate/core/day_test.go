package core

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom/annotator/internal/annotate/calendar"
)

// TestParseDayAgreesWithTime checks ParseDay against time.Parse, which it
// replaces, on valid, impossible and malformed dates.
func TestParseDayAgreesWithTime(t *testing.T) {
	for _, s := range []string{
		"2025-10-17", "2024-02-29", "2025-02-29", "2000-02-29", "1900-02-29",
		"2025-02-31", "2025-04-31", "2025-12-31", "2025-13-01", "2025-00-10",
		"2025-01-00", "0000-01-01", "0001-01-01", "9999-12-31", "2025-1-17",
		"2025/10/17", "2025-10-1x", "+025-10-17", "20251017", "2025-10-17T",
		"", "२०२५-10-17",
	} {
		want, werr := time.Parse(DayLayout, s)
		got, ok := ParseDay(s)
		assert.Equal(t, werr == nil, ok, s)
		if ok {
			y, m, d := got.Date()
			assert.Equal(t, want.Format(DayLayout), FormatDay(calendar.Date(y, m, d)), s)
			assert.True(t, calendar.Date(want.Year(), calendar.Month(want.Month()), want.Day()).Equal(got), s)
		}
	}
}

// TestFormatDayAgreesWithTime checks FormatDay against time.Format.
func TestFormatDayAgreesWithTime(t *testing.T) {
	for _, tm := range []time.Time{
		time.Date(2025, 10, 17, 0, 0, 0, 0, time.UTC),
		time.Date(7, 1, 2, 0, 0, 0, 0, time.UTC),
		time.Date(123, 11, 30, 0, 0, 0, 0, time.UTC),
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1),
		time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0),
	} {
		assert.Equal(t, tm.Format(DayLayout), FormatDay(calendar.Date(tm.Year(), calendar.Month(tm.Month()), tm.Day())))
	}
}

// TestFormatDayAllocatesItsResultOnly checks that FormatDay makes the one
// string it returns (it is called once per article).
func TestFormatDayAllocatesItsResultOnly(t *testing.T) {
	day := calendar.Date(2025, 10, 17)
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { _ = FormatDay(day) }))
}
