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

// TestFindDatesBarePluralsAndLast holds a bare plural unit as a vague
// DURATION after "for", "within", "in" or a verb of lasting, and "last" as
// a verb outside the expression.
func TestFindDatesBarePluralsAndLast(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"within hours", "Tickets sold out within hours.", []string{"hours|DURATION|PTXH"}},
		{"in years", "It was the lowest level in years.", []string{"years|DURATION|PXY"}},
		{"after a verb of lasting", "The strike could last weeks.", []string{"weeks|DURATION|PXW"}},
		{"not before of", "He wrote of the hardship in years of war.", nil},
		{"last as a verb", "The trial was expected to last three weeks.", []string{"three weeks|DURATION|P3W"}},
		{"last after a modal", "The works will last two months.", []string{"two months|DURATION|P2M"}},
		{"last as the adjective", "Prices rose in the last three weeks.", []string{"the last three weeks|DURATION|P3W"}},
	})
}
