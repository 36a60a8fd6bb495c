package timex

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
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
		assert.Equal(t, tc.want, holidayDate(tc.code, tc.year).Format(time.DateOnly), "%d %d", tc.code, tc.year)
	}
}
