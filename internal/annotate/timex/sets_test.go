package timex

import "testing"

// TestFindDatesRatesAndSeasons holds the SETs of a count of times ("twice
// a year" is one expression, its count inside: TimeML guidelines, SET),
// of every season, and the two weeks of a fortnight.
func TestFindDatesRatesAndSeasons(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"twice a year", "The boilers are inspected twice a year.", []string{"twice a year|SET|P1Y"}},
		{"once a week", "The council meets once a week.", []string{"once a week|SET|P1W"}},
		{"times a year in words", "Policymakers meet eight times a year.", []string{"eight times a year|SET|P1Y"}},
		{"times per in digits", "Trains stop 12 times per day at the halt.", []string{"12 times per day|SET|P1D"}},
		{"times without a rate is nothing", "Rates rose 11 times between 2022 and 2023.", []string{"2022|DATE|2022", "2023|DATE|2023"}},
		{"once as an adverb is nothing", "He was once a teacher.", nil},
		{"each spring", "The monument is cleaned each spring.", []string{"each spring|SET|XXXX-SP"}},
		{"every winter", "The road closes every winter.", []string{"every winter|SET|XXXX-WI"}},
		{"a fortnight", "The venue closed for a fortnight.", []string{"a fortnight|DURATION|P2W"}},
		{"the past fortnight", "Cases doubled in the past fortnight.", []string{"the past fortnight|DURATION|P2W"}},
		{"every fortnight", "The figures come out every fortnight.", []string{"every fortnight|SET|P2W"}},
		{"a fortnight ago", "She left a fortnight ago.", []string{"a fortnight ago|DATE|2025-W40"}},
	})
}

// TestFindDatesMoreSets holds the SETs of "every other week", a count
// before an adverb or "every", weekends in the plural, a second weekday
// under "every", and "at year end", "two weeks from today".
func TestFindDatesMoreSets(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"every other week", "The bins are collected every other week.", []string{"every other week|SET|P2W"}},
		{"twice weekly", "The paper is published twice weekly.", []string{"twice weekly|SET|P1W"}},
		{"three times daily", "Take the pills three times daily.", []string{"three times daily|SET|P1D"}},
		{"once every three months", "Inspections happen once every three months.", []string{"once every three months|SET|P3M"}},
		{"at weekends", "The market opens at weekends.", []string{"weekends|SET|XXXX-WXX-WE"}},
		{"weekends as a noun", "Weekends are busy.", nil},
		{"every weekend", "The market opens every weekend.", []string{"every weekend|SET|XXXX-WXX-WE"}},
		{"every Monday and Thursday", "The shop closes every Monday and Thursday.", []string{"every Monday|SET|XXXX-WXX-1", "Thursday|SET|XXXX-WXX-4"}},
		{"at year end", "Sales rose at year end.", []string{"year end|DATE|2025|END"}},
		{"the year end", "The year end accounts were late.", []string{"The year end|DATE|2025|END"}},
		{"year end alone is nothing", "Year end accounts were late.", nil},
		{"from today", "The vote is two weeks from today.", []string{"two weeks from today|DATE|2025-10-31"}},
	})
}

// TestFindDatesVagueRefs holds the vague references TimeBank marks:
// "the near future" FUTURE_REF, "these days" and "at present"
// PRESENT_REF, "years ago" PAST_REF.
func TestFindDatesVagueRefs(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"the near future", "Rates will stay high in the near future.", []string{"the near future|DATE|FUTURE_REF"}},
		{"the near future as an adjective", "He met the near future president.", nil},
		{"these days", "These days, few people write letters.", []string{"These days|DATE|PRESENT_REF"}},
		{"these days of", "In these days of plenty, nobody saves.", nil},
		{"at present", "At present, the law is unclear.", []string{"present|DATE|PRESENT_REF"}},
		{"present as a verb", "They will present a plan.", nil},
		{"years ago", "They married years ago.", []string{"years ago|DATE|PAST_REF"}},
	})
}
