package timex

import "testing"

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
