package timex

import (
	"github.com/newsroom/annotator/internal/annotate/calendar"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindDatesFifthBatchRules holds the rules the fifth held-out batch
// asked for (sport, earnings, weather, court and local news, a war
// chronicle): a clock time before "next Wednesday", and "the next
// January" after the story's latest date.
func TestFindDatesFifthBatchRules(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"a clock time next Wednesday", "A public meeting will be held at 7.30pm next Wednesday.",
			[]string{"7.30pm next Wednesday|TIME|2025-10-22T19:30"}},
		{"a clock time this Friday", "Polls close at 10 p.m. this Friday.", []string{"10 p.m. this Friday|TIME|2025-10-17T22:00"}},
		{"the next January of a story", "A corridor was opened in January 1943. The siege was lifted the next January.",
			[]string{"January 1943|DATE|1943-01", "the next January|DATE|1944-01"}},
		{"the following March after a month", "The plant closed in June 2024 and reopened the following March.",
			[]string{"June 2024|DATE|2024-06", "the following March|DATE|2025-03"}},
		{"the following May after a year", "The treaty was signed in 1919; the following May the troops left.",
			[]string{"1919|DATE|1919", "the following May|DATE|1920-05"}},
		{"next January alone is the dateline's", "The law takes effect next January.", []string{"next January|DATE|2026-01"}},
	})
}

// TestFindDatesQuarterEnded holds a quarter whose last day the text gives
// (rule D40): the year of that day, the quarter by its label, and the
// year-ago period and "the quarter" after it that quarter's.
func TestFindDatesQuarterEnded(t *testing.T) {
	july := calendar.Date(2026, 7, 23)
	runDateCases(t, july, []dateCase{
		{"a fiscal quarter ended in June", "Net income for its fiscal fourth quarter, which ended June 30, rose 14% from the year-ago period. Revenue in the quarter was $18 billion.",
			[]string{"fiscal fourth quarter|DATE|2026-Q4", "June 30|DATE|2026-06-30", "the year-ago period|DATE|2025-Q4", "the quarter|DATE|2026-Q4"}},
		{"a calendar quarter ended", "Profit for the second quarter ended June 30 fell.", []string{"the second quarter|DATE|2026-Q2", "June 30|DATE|2026-06-30"}},
		{"no end given: the tense decides", "Profit fell in the fourth quarter.", []string{"the fourth quarter|DATE|2025-Q4"}},
	})
}

// TestFindDatesWeekBeforeLatestDay holds "the week before" after a day
// and a year in passing (rule D20): the latest day of the paragraph.
func TestFindDatesWeekBeforeLatestDay(t *testing.T) {
	january := calendar.Date(2026, 1, 14)
	runDateCases(t, january, []dateCase{
		{"a day, then years in passing", "The judge set a March 2 trial date for the mayor, charged over bribes between 2019 and 2023.\n\nJury selection will begin the week before, and the trial will last a month.",
			[]string{"March 2|DATE|2026-03-02", "2019|DATE|2019", "2023|DATE|2023", "the week before|DATE|2026-W09", "a month|DURATION|P1M"}},
		{"the day after a day", "The vote is on March 3. Counting starts the day after.",
			[]string{"March 3|DATE|2026-03-03", "the day after|DATE|2026-03-04"}},
	})
}

// TestFindDatesMarchAsSubject holds "March" as the subject of an
// auxiliary, and its limits (a surname, the verb, "May" a first name).
func TestFindDatesMarchAsSubject(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"the subject of had", "The Met Office said March had started colder than average.", []string{"March|DATE|2025-03"}},
		{"opening a sentence", "March was the wettest month on record.", []string{"March|DATE|2025-03"}},
		{"a surname", "The actor Fredric March was born in Racine.", nil},
		{"the verb", "Protesters march on the capital.", nil},
		{"a first name", "May was tired after the walk.", nil},
	})
}

// TestFindDatesLaterAfterCoarseAnchor holds the limits of the latest day:
// a month or a year the story moved to is the anchor, and "three days
// later" after it moves nothing.
func TestFindDatesLaterAfterCoarseAnchor(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"after a month", "The offensive opened on 22 June 1941.\n\nIn January 1943 a corridor was opened. Three days later a train arrived. The siege was lifted the next January.",
			[]string{"22 June 1941|DATE|1941-06-22", "January 1943|DATE|1943-01", "Three days|DURATION|P3D", "the next January|DATE|1944-01"}},
	})
	// A year the story moved to ("In 1917") is no year in passing: "the
	// week after" is not the week after the day before it.
	got := datesOf("On 3 June 1916 the fleet sailed. In 1917 it stayed in port; it was sold the week after.", friday)
	require.Len(t, got, 3)
	assert.NotContains(t, got[2], "1916-W2", got)
}

// TestFindDatesScheduledPresent holds a verb of a scheduled event in the
// simple present as a cue ahead (rule D2, schedule.txt), and its limits:
// a noun after "the", a nearer past cue, a reporting verb.
func TestFindDatesScheduledPresent(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"holds", "The team holds a walkthrough Saturday morning before flying out.", []string{"Saturday morning|TIME|2025-10-18TMO"}},
		{"reopens", "The museum reopens Tuesday after repairs.", []string{"Tuesday|DATE|2025-10-21"}},
		{"a month ahead", "The festival returns in March.", []string{"March|DATE|2026-03"}},
		{"a nearer past cue", "The team that hosts the cup lost Saturday.", []string{"Saturday|DATE|2025-10-11"}},
		{"a noun after the", "The opens were held Saturday.", []string{"Saturday|DATE|2025-10-11"}},
		{"a relative clause", "Tuesday's report on the bank, which holds most of the debt, was grim.", []string{"Tuesday|DATE|2025-10-14"}},
		{"a plain form after a pronoun", "They play Norwich at home on Wednesday evening.", []string{"Wednesday evening|TIME|2025-10-22TEV"}},
		{"a plain form as a noun", "The play opened on Wednesday.", []string{"Wednesday|DATE|2025-10-15"}},
		{"a plain form after a noun", "Fans play cards on Wednesday.", []string{"Wednesday|DATE|2025-10-15"}},
		{"a reporting verb", "The coach says the team rested Saturday.", []string{"Saturday|DATE|2025-10-11"}},
	})
}

// TestFindDatesClockRangeDay holds a range of clock times whose second
// end names the day (rule D48): the first end is on that day too.
func TestFindDatesClockRangeDay(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"between ... and ... Saturday", "The greatest risk would come between 4 p.m. and 10 p.m. Saturday.",
			[]string{"4 p.m.|TIME|2025-10-18T16:00", "10 p.m. Saturday|TIME|2025-10-18T22:00"}},
		{"from ... to ... on Tuesday", "The road will close from 9am to 5pm on Tuesday.",
			[]string{"9am|TIME|2025-10-21T09:00", "5pm on Tuesday|TIME|2025-10-21T17:00"}},
		{"no day after the second", "The shop opens from 9am to 5pm.", []string{"9am|TIME|2025-10-17T09:00", "5pm|TIME|2025-10-17T17:00"}},
	})
}

// TestFindDatesThreeMonthsToQuarterEnd holds "the three months to" a
// quarter's last day as the article's quarter (rule D40): "the year-ago
// period" after it is that quarter a year back; and "the six months to"
// a half's last day as its half, for "the first half" after it.
func TestFindDatesThreeMonthsToQuarterEnd(t *testing.T) {
	april := calendar.Date(2026, 4, 28)
	runDateCases(t, april, []dateCase{
		{"to March 31", "Sales in the three months to March 31 rose 2% from the year-ago period.",
			[]string{"the three months|DURATION|P3M", "March 31|DATE|2026-03-31", "the year-ago period|DATE|2025-Q1"}},
		{"not a quarter's end", "Sales in the three months to April 15 rose 2% from the year-ago period.",
			[]string{"the three months|DURATION|P3M", "April 15|DATE|2026-04-15", "the year-ago period|DATE|2025"}},
	})
	july := calendar.Date(2026, 7, 29)
	runDateCases(t, july, []dateCase{
		{"six months to 30 June", "Profit for the six months to 30 June rose. Sales in the first half were up, and the second half will be harder.",
			[]string{"the six months|DURATION|P6M", "30 June|DATE|2026-06-30", "the first half|DATE|2026-H1", "the second half|DATE|2026-H2"}},
		{"a half alone is a match's", "The visitors scored twice in the second half.", nil},
	})
}

// TestFindDatesTitleCaseCompound holds a hyphenated number and unit in
// title case before a capitalised noun as part of a name (rule D43).
func TestFindDatesTitleCaseCompound(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"a heading", "The Four-Minute Mile\n\nHe ran it in 1954.", []string{"1954|DATE|1954"}},
		{"a war's name", "Israel fought the Six-Day War in 1967.", []string{"1967|DATE|1967"}},
		{"lower case is a duration", "He ran a four-minute mile.", []string{"four-minute|DURATION|PT4M"}},
	})
}

// TestFindDatesMonthOfEveryYear holds a month alone next to a yearly SET
// as a month of any year (rule D49).
func TestFindDatesMonthOfEveryYear(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"every year in late May", "Every year in late May a flotilla crosses again.", []string{"Every year|SET|P1Y", "late May|DATE|XXXX-05|END"}},
		{"in June each year", "The fair opens in June each year.", []string{"June|DATE|XXXX-06", "each year|SET|P1Y"}},
		{"annually in March", "It is held annually in March.", []string{"annually|SET|P1Y", "March|DATE|XXXX-03"}},
		{"a month in passing", "In 1940 the army attacked in May.", []string{"1940|DATE|1940", "May|DATE|1940-05"}},
	})
}

// TestFindDatesMonthYearAfterPreposition holds a month and year after a
// preposition inside a sentence as the story's weak frame (rule D21):
// a day of its paragraph, and what follows from it, is of that year.
func TestFindDatesMonthYearAfterPreposition(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"a war story", "The division reached the river in November 1944. On the night of 16 December the enemy attacked.\n\nThe relief column set out the next morning, and on Christmas Eve the men came back.",
			[]string{"November 1944|DATE|1944-11", "the night of 16 December|TIME|1944-12-16TNI", "the next morning|TIME|1944-12-17TMO", "Christmas Eve|DATE|1944-12-24"}},
		{"a year alone is no frame", "The firm, founded in 1998, reported on 3 March that sales fell.",
			[]string{"1998|DATE|1998", "3 March|DATE|2025-03-03"}},
	})
}

// TestFindDatesPerfectPassiveFor holds a present perfect passive before
// "for" as an arrangement ahead (rule D2), and its limits.
func TestFindDatesPerfectPassiveFor(t *testing.T) {
	may := calendar.Date(2026, 5, 13)
	runDateCases(t, may, []dateCase{
		{"has been fixed for", "The trial has been fixed for 5 October.", []string{"5 October|DATE|2026-10-05"}},
		{"has been set for", "A hearing has been set for Monday.", []string{"Monday|DATE|2026-05-18"}},
		{"has been closed since", "The road has been closed since 5 October.", []string{"5 October|DATE|2025-10-05"}},
	})
}

// TestFindDatesSeasonAfterAdjective holds a season after an article and
// an adjective, ending its phrase, as a season of its year (rule D52).
func TestFindDatesSeasonAfterAdjective(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"a tougher summer", "We are planning for a tougher summer, the chief said.", []string{"summer|DATE|2026-SU"}},
		{"after a wet winter", "Farmers will plant late after a wet winter.", []string{"winter|DATE|2025-WI"}},
		{"a noun after it", "She took a hot summer job in the city.", nil},
		{"fall needs more", "Shares had a steep fall on the news.", nil},
	})
}

// TestFindDatesRecordUnit holds a unit after a superlative of a record as
// the unit the dateline is in (rule D53), and its limits.
func TestFindDatesRecordUnit(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"best quarter since", "Stocks were headed for their best quarter since 2023.", []string{"quarter|DATE|2025-Q4", "2023|DATE|2023"}},
		{"worst week in", "It was the market's worst week in a year.", []string{"week|DATE|2025-W42", "a year|DURATION|P1Y"}},
		{"wettest month on record", "This is the wettest month on record.", []string{"month|DATE|2025-10"}},
		{"no comparison after it", "The best week to visit is in spring.", []string{"spring|DATE|2025-SP"}},
	})
}

// TestFindDatesClockRangeOfWeekdays holds a range of clock times on
// weekdays in a sentence with no tense (rules D2, D48): "until 6pm on
// Monday" lies ahead, and the first weekday is the last on or before it.
func TestFindDatesClockRangeOfWeekdays(t *testing.T) {
	thursday := calendar.Date(2026, 6, 18)
	runDateCases(t, thursday, []dateCase{
		{"an alert in place", "A heat alert is in place from 9am on Friday until 6pm on Monday.",
			[]string{"9am on Friday|TIME|2026-06-19T09:00", "6pm on Monday|TIME|2026-06-22T18:00"}},
		{"until a clock time on a day", "The road is shut until 10 p.m. on Sunday.", []string{"10 p.m. on Sunday|TIME|2026-06-21T22:00"}},
		{"a past range", "The alert was in place from 9am on Friday until 6pm on Monday.",
			[]string{"9am on Friday|TIME|2026-06-12T09:00", "6pm on Monday|TIME|2026-06-15T18:00"}},
	})
}

// TestFindDatesGameQuarter holds an ordinal quarter or half in a sentence
// about a game as no time expression (rule D54), and its limits.
func TestFindDatesGameQuarter(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"a game's quarter", "Price scored 14 of his 38 points in the fourth quarter.", nil},
		{"a game's half", "They trailed at halftime but led early in the second half of 2025.", []string{"the second half of 2025|DATE|2025-H2"}},
		{"an index's points", "The Dow gained 300 points in the fourth quarter.", []string{"the fourth quarter|DATE|2025-Q4"}},
		{"fiscal in a game sentence", "Ticket sales scored a record in fiscal second-quarter results.", []string{"fiscal second-quarter|DATE|2025-Q2"}},
	})
}

// TestFindDatesEighthBatchRules holds the rules the eighth held-out batch
// asked for (rule D49): "over the fortnight" a DURATION, "by a quarter"
// a fraction, "3,000 calls a year" a SET.
func TestFindDatesEighthBatchRules(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"the fortnight", "Organisers expect record crowds over the fortnight.", []string{"the fortnight|DURATION|P2W"}},
		{"the week stays a week", "Crowds were large this week and over the week.", []string{"this week|DATE|2025-W42", "the week|DATE|2025-W42"}},
		{"by a quarter", "The drug cut heart attacks by a quarter.", nil},
		{"for a quarter", "The plant closed for a quarter.", []string{"a quarter|DURATION|P1Q"}},
		{"calls a year", "The stations each answer about 3,000 calls a year.", []string{"a year|SET|P1Y"}},
		{"two meetings a month", "The board holds two meetings a month.", []string{"a month|SET|P1M"}},
		{"a noun with no count", "Prices of homes a year ago were lower.", []string{"a year ago|DATE|2024"}},
		{"a count a year ago", "The firm had 3,000 workers a year ago.", []string{"a year ago|DATE|2024"}},
	})
}
