package timex

import (
	"testing"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/stretchr/testify/assert"
)

// TestNumericDateOrder checks the order assumed for numeric dates and
// what the article says of it (rules D32, D44): texts of our own.
func TestNumericDateOrder(t *testing.T) {
	dct := calendar.Date(2025, 10, 17)
	for _, tc := range []struct {
		name, text string
		value      string // of the first date found
		order      DateOrder
	}{
		{"us-default", "The filing of 03/04/2025 was late.", "2025-03-04", MonthFirst},
		{"first-part-not-a-month", "The filing of 13/04/2025 was late.", "2025-04-13", DayFirst},
		{"second-part-not-a-month", "The filing of 04/13/2025 was late.", "2025-04-13", MonthFirst},
		{"worded-date-day-first", "It met on 2 October 2025. The filing of 03/04/2025 was late.", "2025-10-02", DayFirst},
		{"london-dateline", "LONDON (Reuters) - The filing of 03/04/2025 was late.", "2025-04-03", DayFirst},
		{"paris-dateline", "PARIS (AFP) \u2014 The filing of 03/04/2025 was late.", "2025-04-03", DayFirst},
		// The outlet's own worded date says more than the place.
		{"paris-month-first-outlet", "PARIS, Oct. 16 \u2014 The filing of 03/04/2025 was late.", "2025-10-16", MonthFirst},
		{"washington-dateline", "WASHINGTON (AP) - The filing of 03/04/2025 was late.", "2025-03-04", MonthFirst},
		{"british-spelling", "The organisation said the programme filed on 03/04/2025.", "2025-04-03", DayFirst},
		{"one-british-word", "The theatre filed on 03/04/2025.", "2025-03-04", MonthFirst},
		{"capitalised-names", "Labour and the Harbour Trust filed on 03/04/2025.", "2025-03-04", MonthFirst},
		// Another numeric date that reads one way only decides for all.
		{"a later date day first", "The plan was filed on 03/11/2025; comments close on 26/11/2025.", "2025-11-03", DayFirst},
		{"a later date month first", "The plan was filed on 03/11/2025; comments close on 11/26/2025.", "2025-03-11", MonthFirst},
		{"it outweighs the place", "LONDON (Reuters) - The filing of 03/04/2025 followed that of 02/27/2025.", "2025-03-04", MonthFirst},
		{"a version number is no date", "Version 13/2 shipped; the filing of 03/04/2025 was late.", "2025-03-04", MonthFirst},
		{"a clock time written 7.30pm", "The plan was filed on 03/11/2025. A meeting is at 7.30pm.", "2025-11-03", DayFirst},
		{"a decimal is no clock time", "Shares rose 7.30 points on 03/11/2025.", "2025-03-11", MonthFirst},
		{"no-numeric-date", "The organisation and the programme met on Friday.", "2025-10-17", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dates, order := FindWithOrder(core.NewDocument(tc.text), dct)
			if assert.NotEmpty(t, dates) {
				assert.Equal(t, tc.value, dates[0].Value)
			}
			assert.Equal(t, tc.order, order)
		})
	}
}
