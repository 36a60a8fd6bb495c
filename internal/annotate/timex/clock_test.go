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

// TestFindDatesClockPastMidnight holds the small hours after a time of
// the evening as the next day's (rule D46), and a day after the story's
// night as the day after.
func TestFindDatesClockPastMidnight(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"past midnight", "Shortly before midnight on 14 April 1912 she struck an iceberg. By 2:20 a.m. she had sunk. The next day the news reached New York.",
			[]string{"midnight on 14 April 1912|TIME|1912-04-14T24:00", "2:20 a.m.|TIME|1912-04-15T02:20", "The next day|DATE|1912-04-16"}},
		{"a later hour the same evening", "The polls closed at 9 p.m. on Tuesday and the count ended at 11:45 p.m.",
			[]string{"9 p.m. on Tuesday|TIME|2025-10-14T21:00", "11:45 p.m.|TIME|2025-10-14T23:45"}},
		{"a bare hour is not the small hours", "The polls close at 9 p.m. and results come by 10:30.",
			[]string{"9 p.m.|TIME|2025-10-17T21:00", "10:30|TIME|2025-10-17T10:30"}},
	})
}

// TestFindDatesDecadeOfStory holds "the end of the decade" in a story far
// from its dateline as the story's decade.
func TestFindDatesDecadeOfStory(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"the story's decade", "In 1912 the rules changed, and by the end of the decade every ship carried boats for all.",
			[]string{"1912|DATE|1912", "the end of the decade|DATE|191|END"}},
		{"the dateline's decade", "Prices will rise by the end of the decade.", []string{"the end of the decade|DATE|202|END"}},
	})
}
