package timex

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// TestHolidayDates checks the moving holidays against calendars.
func TestHolidayDates(t *testing.T) {
	for _, tc := range []struct {
		code, year int
		want       string
	}{
		{holidayEaster, 2024, "2024-03-31"},
		{holidayEaster, 2025, "2025-04-20"},
		{holidayEaster, 1942, "1942-04-05"},
		{holidayEaster, 2000, "2000-04-23"},
		{holidayThanks, 2025, "2025-11-27"},
		{holidayThanks, 2024, "2024-11-28"},
		{holidayMemorial, 2025, "2025-05-26"},
		{holidayMemorial, 2024, "2024-05-27"},
		{holidayLabor, 2025, "2025-09-01"},
	} {
		assert.Equal(t, tc.want, core.FormatDay(holidayDate(tc.code, tc.year)), "%d %d", tc.code, tc.year)
	}
}

// TestFindDatesMoreHolidays holds the US holidays that move (5 U.S.C.
// 6103: Columbus Day, Washington's Birthday; Mother's and Father's Day),
// the fixed ones named with "Day", and a weekday anchored on a day ahead
// named before it in its sentence.
func TestFindDatesMoreHolidays(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"Columbus Day", "Banks will close on Columbus Day 2026.", []string{"Columbus Day 2026|DATE|2026-10-12"}},
		{"Presidents' Day", "Stores will open on Presidents' Day.", []string{"Presidents' Day|DATE|2026-02-16"}},
		{"Mother's Day", "Florists will be busy before Mother's Day.", []string{"Mother's Day|DATE|2026-05-10"}},
		{"Father's Day", "He will fly home for Father's Day.", []string{"Father's Day|DATE|2026-06-21"}},
		{"Veterans Day", "Parades will be held on Veterans Day.", []string{"Veterans Day|DATE|2025-11-11"}},
		{"Juneteenth", "Offices will close for Juneteenth.", []string{"Juneteenth|DATE|2026-06-19"}},
		{"a mother is no holiday", "Her mother will visit.", nil},
		{"a weekday after a day ahead", "Markets will close early on Friday, Oct. 31, ahead of a holiday on Monday.",
			[]string{"Friday, Oct. 31|DATE|2025-10-31", "Monday|DATE|2025-11-03"}},
		{"the day itself", "Banks will shut for Columbus Day 2026 on Monday.", []string{"Columbus Day 2026|DATE|2026-10-12", "Monday|DATE|2026-10-12"}},
	})
}
