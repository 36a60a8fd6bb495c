package timex

import (
	"testing"

	"github.com/newsroom/annotator/internal/annotate/calendar"
)

// TestFindDatesClauseTense holds the rule D2 reading of tense across a
// comma: the expression's own clause decides, and the verb after the comma
// (mostly the reporting clause) only when that clause has no cue.
func TestFindDatesClauseTense(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"reporting clause after a future", "The minister will travel to Paris on Tuesday, officials said.", []string{"Tuesday|DATE|2025-10-21"}},
		{"reporting clause after a future day", "Trains will run to the coast again on 3 January, the operator said.", []string{"3 January|DATE|2026-01-03"}},
		{"a modal before, a past after the comma", "The bank signalled it could cut rates as early as June, as inflation eased.", []string{"June|DATE|2026-06"}},
		{"a season ahead before the reporting verb", "The council will publish its plans for the city in the spring, the mayor confirmed.", []string{"the spring|DATE|2026-SP"}},
		{"no cue in the clause: the verb after the comma", "On Tuesday, the minister resigned.", []string{"Tuesday|DATE|2025-10-14"}},
		{"a past clause keeps its tense", "The plant closed in June, the company said.", []string{"June|DATE|2025-06"}},
	})
}

// TestFindDatesYearBackOfMonth holds rule D40 for a month: "a year
// earlier" after a month named in its sentence is that month a year back,
// even in an article that named a quarter.
func TestFindDatesYearBackOfMonth(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"month in the sentence", "Exports rose in August, up from a low a year earlier.", []string{"August|DATE|2025-08", "a year earlier|DATE|2024-08"}},
		{"month before the article's quarter", "Output fell in the second quarter. Borrowing reached £148bn in March, up from £131bn a year earlier.",
			[]string{"the second quarter|DATE|2025-Q2", "March|DATE|2025-03", "a year earlier|DATE|2024-03"}},
		{"a quarter in the sentence keeps the quarter", "In March the chief left. The bank lost $2 million in the third quarter, against a profit a year earlier.",
			[]string{"March|DATE|2025-03", "the third quarter|DATE|2025-Q3", "a year earlier|DATE|2024-Q3"}},
	})
}

// TestFindDatesRangesAndArrangements holds the second end of a range
// (after the first, into the next year if need be), a present passive of
// an arrangement ("is set for"), and "the new year".
func TestFindDatesRangesAndArrangements(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"a range over the year's end", "The line closed from 27 December to 2 January, the operator said.",
			[]string{"27 December|DATE|2024-12-27", "2 January|DATE|2025-01-02"}},
		{"a range ahead over the year's end", "The line will close from 20 December until 4 January.",
			[]string{"20 December|DATE|2025-12-20", "4 January|DATE|2026-01-04"}},
		{"months of a range", "The offer runs from December to January.",
			[]string{"December|DATE|2025-12", "January|DATE|2026-01"}},
		{"not a range: a day after a plain preposition", "The shop closed on 27 December and the bank on 2 January.",
			[]string{"27 December|DATE|2024-12-27", "2 January|DATE|2025-01-02"}},
		{"is set for", "A hearing is set for Monday afternoon.", []string{"Monday afternoon|TIME|2025-10-20TAF"}},
		{"was set: past", "The price was set on Monday.", []string{"Monday|DATE|2025-10-13"}},
		{"the new year in autumn", "Talks will resume in the new year.", []string{"the new year|DATE|2026"}},
		{"the New Year's Day holiday is the day", "Shops will shut on New Year's Day.", []string{"New Year's Day|DATE|2026-01-01"}},
	})
	runDateCases(t, calendar.Date(2026, 1, 9), []dateCase{
		{"the new year in January", "Sales slowed in the new year.", []string{"the new year|DATE|2026"}},
	})
}

// TestFindDatesBetweenIsARange holds "between X and Y" as a range and "X
// and Y" as a list.
func TestFindDatesBetweenIsARange(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"between", "The offer runs between December and January.", []string{"December|DATE|2025-12", "January|DATE|2026-01"}},
		{"a list", "Shops close on Christmas Eve and Valentine's Day.", []string{"Christmas Eve|DATE|2025-12-24", "Valentine's Day|DATE|2025-02-14"}},
	})
}

// TestFindDatesWeekdayNamedAgain holds rule D47: a weekday written alone
// that the article has named already is the same day, whatever the tense
// of its second sentence.
func TestFindDatesWeekdayNamedAgain(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"the same day again", "Forecasters expect rain on Wednesday. Tickets for Wednesday were almost sold out.",
			[]string{"Wednesday|DATE|2025-10-22", "Wednesday|DATE|2025-10-22"}},
		{"another weekday keeps its tense", "Forecasters expect rain on Wednesday. Tickets were sold out on Tuesday.",
			[]string{"Wednesday|DATE|2025-10-22", "Tuesday|DATE|2025-10-14"}},
		{"last and next are their own", "The board met on Monday and will meet again next Monday.",
			[]string{"Monday|DATE|2025-10-13", "next Monday|DATE|2025-10-20"}},
	})
}

// TestFindDatesClauseEdges holds the edges of the expression's clause:
// "and" or "but" before a verb opens another, a relative clause's date is
// not the main verb's, a present passive before "for" is arranged ahead,
// and "ago" beside a day it names again counts from the dateline.
func TestFindDatesClauseEdges(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"and before a verb", "It will close 40 stores by the end of March and has not raised its dividend since 2022.",
			[]string{"the end of March|DATE|2026-03|END", "2022|DATE|2022"}},
		{"a relative clause", "The company, which reports its results on Nov. 25, said sales were flat.",
			[]string{"Nov. 25|DATE|2025-11-25"}},
		{"is listed for", "A hearing is listed for 12 December.", []string{"12 December|DATE|2025-12-12"}},
		{"are based: nothing", "The judges are based in Leeds since 2019.", []string{"2019|DATE|2019"}},
		{"ago beside its day", "Flooding hit the town on 24/09/2025, less than three weeks ago.",
			[]string{"24/09/2025|DATE|2025-09-24", "less than three weeks ago|DATE|2025-W39|LESS_THAN"}},
		{"ago as a comparison keeps the day", "Shares closed at 420 on Tuesday, against 380 a year ago.",
			[]string{"Tuesday|DATE|2025-10-14", "a year ago|DATE|2024-10-14"}},
	})
}

// TestFindDatesComparisonThan holds "than" as a comparison ("higher than
// a year ago") and as the modifier of the expression ("less than three
// weeks ago").
func TestFindDatesComparisonThan(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"than compares", "Prices rose in the third quarter and on Tuesday were higher than a year ago.",
			[]string{"the third quarter|DATE|2025-Q3", "Tuesday|DATE|2025-10-14", "a year ago|DATE|2024-Q3"}},
	})
}
