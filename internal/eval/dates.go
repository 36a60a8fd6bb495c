package eval

// DateReport holds the time-expression scores. Placeholder until the date
// scorer lands.
type DateReport struct{}

// ScoreDates scores the annotator on a dates JSONL file.
func ScoreDates(path string) (*DateReport, error) { return &DateReport{}, nil }

// String prints the report as a table.
func (r *DateReport) String() string { return "dates: not scored yet\n" }
