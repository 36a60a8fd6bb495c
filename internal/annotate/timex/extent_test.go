package timex

import "testing"

// TestFindDatesOverExtent holds where "over" belongs: inside, as "more
// than", after a verb of lasting, a preposition or at a sentence's start;
// outside, as "across", elsewhere (TimeBank's spans).
func TestFindDatesOverExtent(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"after a noun: across", "The festival stages 3,000 shows over three weeks.", []string{"three weeks|DURATION|P3W"}},
		{"after a verb: across", "The system evolved over several years.", []string{"several years|DURATION|PXY"}},
		{"after a verb of lasting", "The tour is likely to last over a week.", []string{"over a week|DURATION|P1W|MORE_THAN"}},
		{"after a preposition", "He has worked there for over a decade.", []string{"over a decade|DURATION|P10Y|MORE_THAN"}},
		{"at a sentence's start", "Over two years ago, the mine closed.", []string{"Over two years ago|DATE|2023|MORE_THAN"}},
		{"over the past year", "Hate crimes rose over the past year.", []string{"the past year|DATE|2024"}},
	})
}
