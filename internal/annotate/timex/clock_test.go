package timex

import (
	"testing"

	"github.com/newsroom/annotator/internal/annotate/calendar"
)

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

// TestFindDatesThirdBatchRules holds the rules the third held-out batch
// asked for: a clock time before "tonight", an ordinal day of a month,
// Election Day, "That August", a compound duration, "cut" as a noun, and
// a range of weekdays around the dateline.
func TestFindDatesThirdBatchRules(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"a clock time tonight", "Ballots must arrive by 8 p.m. tonight.", []string{"8 p.m. tonight|TIME|2025-10-17T20:00"}},
		{"the Fourth of July", "Sales peak around the Fourth of July.", []string{"the Fourth of July|DATE|2025-07-04"}},
		{"the first of May", "The law took effect on the first of May 2024.", []string{"the first of May 2024|DATE|2024-05-01"}},
		{"Election Day", "Polls close at 8 p.m. on Election Day.", []string{"8 p.m. on Election Day|TIME|2025-11-04T20:00"}},
		{"Election Day alone", "Voters go to the polls on Election Day.", []string{"Election Day|DATE|2025-11-04"}},
		{"That August", "In 1954 he ran the mile. That August he raced in Vancouver.", []string{"1954|DATE|1954", "That August|DATE|1954-08"}},
		{"a compound duration", "He ran the mile in 3 minutes 59.4 seconds.", []string{"3 minutes 59.4 seconds|DURATION|PT3M59.4S"}},
		{"years and months", "She served two years and six months.", []string{"two years and six months|DURATION|P2Y6M"}},
		{"days and hours", "The siege lasted two days and 6 hours.", []string{"two days and 6 hours|DURATION|P2DT6H"}},
		{"a rate is not a compound", "He works 10 hours a day.", []string{"10 hours|DURATION|PT10H", "a day|SET|P1D"}},
		{"cut as a noun", "Markets expect one more cut before the end of the year, probably in November.",
			[]string{"the end of the year|DATE|2025|END", "November|DATE|2025-11"}},
	})
	saturday := calendar.Date(2025, 5, 24)
	runDateCases(t, saturday, []dateCase{
		{"a weekday range around the dateline", "Millions are expected to travel between Friday and Monday.",
			[]string{"Friday|DATE|2025-05-23", "Monday|DATE|2025-05-26"}},
		{"a range after the dateline", "The line will close from Tuesday to Thursday.",
			[]string{"Tuesday|DATE|2025-05-27", "Thursday|DATE|2025-05-29"}},
	})
}

// TestFindDatesFourthBatchRules holds the rules the fourth held-out batch
// asked for: "is forecast to" looks ahead, a month or day takes the year
// its sentence named just before (not a year counted back), and "That
// afternoon" is the story's day.
func TestFindDatesFourthBatchRules(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"is forecast to", "Storms are forecast to move across the region late Saturday.", []string{"late Saturday|DATE|2025-10-18|END"}},
		{"are likely to", "Prices are likely to rise on Monday.", []string{"Monday|DATE|2025-10-20"}},
		{"the sentence's year", "Last year the region recorded 112 tornadoes in November alone.", []string{"Last year|DATE|2024", "November|DATE|2024-11"}},
		{"a year named before a day", "The qualifying event for 2026 will start on 22 June.", []string{"2026|DATE|2026", "22 June|DATE|2026-06-22"}},
		{"a year counted back is no frame", "Costs, compared with a year ago, rose after the pact of June 1.", []string{"a year ago|DATE|2024", "June 1|DATE|2025-06-01"}},
		{"a far year in passing is no frame", "The firm, founded in 1998, will list its shares in May.", []string{"1998|DATE|1998", "May|DATE|2026-05"}},
		{"That afternoon", "By the morning of 4 June 1940 the men were home. That afternoon Churchill spoke.",
			[]string{"the morning of 4 June 1940|TIME|1940-06-04TMO", "That afternoon|TIME|1940-06-04TAF"}},
	})
}

// TestFindDatesSentenceYearAndDayGuards holds the limits of the sentence's
// year (another clause, a quarter's year) and of the named day of rule D46
// (a day ahead is no day for a past sentence).
func TestFindDatesSentenceYearAndDayGuards(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"another clause after a comma", "Last year, 3.1 million people flew on one day, a figure the agency expects to beat on Nov. 30.",
			[]string{"Last year|DATE|2024", "one day|DURATION|P1D", "Nov. 30|DATE|2025-11-30"}},
		{"a quarter's year", "The firm will report fourth-quarter results in late January.",
			[]string{"fourth-quarter|DATE|2025-Q4", "late January|DATE|2026-01|END"}},
		{"a day ahead for a past sentence", "The office will publish its estimate on 14 November.\n\nSpeaking at 10.30am, the minister said growth was weak.",
			[]string{"14 November|DATE|2025-11-14", "10.30am|TIME|2025-10-17T10:30"}},
	})
}
