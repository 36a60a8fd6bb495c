package timex

import "testing"

// TestFindDatesCurrentUnitOfStory holds "the end of the year", "later in
// the month" in a story far from its dateline: the story's year and month
// (rule D20); near the dateline, the dateline's.
func TestFindDatesCurrentUnitOfStory(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"the end of the story's year", "On 3 July 1863 the town surrendered. By the end of the year the river was open.",
			[]string{"3 July 1863|DATE|1863-07-03", "the end of the year|DATE|1863|END"}},
		{"later in the story's month", "On 3 July 1863 the town surrendered. Later in the month the army marched on.",
			[]string{"3 July 1863|DATE|1863-07-03", "Later in the month|DATE|1863-07|END"}},
		{"the end of the year in news", "Prices rose on Tuesday. The bank expects them to fall by the end of the year.",
			[]string{"Tuesday|DATE|2025-10-14", "the end of the year|DATE|2025|END"}},
	})
}
