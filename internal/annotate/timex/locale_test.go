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
