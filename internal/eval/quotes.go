package eval

// QuoteReport holds the quote and speaker scores. Placeholder until the
// quote scorer lands.
type QuoteReport struct{}

// ScoreQuotes scores the annotator on a quotes JSONL file.
func ScoreQuotes(path string) (*QuoteReport, error) { return &QuoteReport{}, nil }

// String prints the report as a table.
func (r *QuoteReport) String() string { return "quotes: not scored yet\n" }
