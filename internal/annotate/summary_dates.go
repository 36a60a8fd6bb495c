package annotate

import (
	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/timex"
)

// DateSummary is one time expression as the summary lists it.
type DateSummary struct {
	// Index is the date's position in Result.Dates.
	Index int    `json:"index"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	// Value and Mod are the TIMEX3 value and modifier, for tooltips.
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	// Readable is the date as a reader writes it (timex.Readable).
	Readable string `json:"readable"`
}

// summarizeDates splits dates into the time line (DATE and TIME: those
// with a place in time by when they start, the rest after them in text
// order), the durations and the sets (in text order). A date's text is
// what a reader sees of it (shownTexts).
func summarizeDates(shown func(Span) string, dates []Date) (timeline, durations, sets []DateSummary) {
	durations, sets = []DateSummary{}, []DateSummary{} // never null in the JSON (timeline is made below)
	// The time line is sorted by small keys, and its rows laid out after:
	// a row is too large to move about while sorting.
	type placed struct {
		at    calendar.Time
		known bool
		start int
		row   int // in rows
	}
	rows := make([]DateSummary, 0, len(dates)) // sized once: most dates are on the time line
	line := make([]placed, 0, len(dates))
	for i, d := range dates {
		ds := DateSummary{Index: i, Text: shown(d.Span), Type: d.Type, Value: d.Value, Mod: d.Mod, Readable: timex.Readable(d)}
		switch d.Type {
		case TypeDuration:
			durations = append(durations, ds)
		case TypeSet:
			sets = append(sets, ds)
		default:
			at, known := timex.ValueStart(d.Value)
			line = append(line, placed{at, known, d.Start, len(rows)})
			rows = append(rows, ds)
		}
	}
	core.SortStableFunc(line, func(a, b placed) int {
		switch {
		case a.known != b.known:
			if a.known {
				return -1
			}
			return 1
		case a.known && !a.at.Equal(b.at):
			return a.at.Compare(b.at)
		}
		return a.start - b.start
	})
	timeline = make([]DateSummary, len(line))
	for i, p := range line {
		timeline[i] = rows[p.row]
	}
	return timeline, durations, sets
}
