package timex

import "testing"

// TestFindDatesClockOnNamedDay holds rule D46: a clock time with no day
// of its own is on the day the text named last, in its paragraph or the
// one before; else on the dateline's day.
func TestFindDatesClockOnNamedDay(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"the day of its sentence", "Passengers travelling on Christmas Eve must finish their journeys by 8pm.",
			[]string{"Christmas Eve|DATE|2025-12-24", "8pm|TIME|2025-12-24T20:00"}},
		{"the day of the paragraph before", "A fire destroyed the warehouse early Tuesday.\n\nFirefighters were called at 3:40 a.m.",
			[]string{"early Tuesday|DATE|2025-10-14|START", "3:40 a.m.|TIME|2025-10-14T03:40"}},
		{"a day further back is not its day", "He left on Tuesday.\n\nThe port was quiet.\n\nThe shop opens at 9 a.m.",
			[]string{"Tuesday|DATE|2025-10-14", "9 a.m.|TIME|2025-10-17T09:00"}},
		{"no day named: the dateline's", "The council meets at 7.30pm.", []string{"7.30pm|TIME|2025-10-17T19:30"}},
		{"its own day wins", "He left on Tuesday. The talks will resume at 10 a.m. on Monday.",
			[]string{"Tuesday|DATE|2025-10-14", "10 a.m. on Monday|TIME|2025-10-20T10:00"}},
		{"a story's day", "On 6 June 1944 the landings began. At 6:30 a.m. the first troops waded ashore.",
			[]string{"6 June 1944|DATE|1944-06-06", "6:30 a.m.|TIME|1944-06-06T06:30"}},
	})
}
