package annotate

// findQuotesAndSpeakers finds the direct quotes of d and attributes each to a
// speaker. Placeholder until the quote stage lands.
func findQuotesAndSpeakers(d *document) ([]Quote, []Speaker) { return nil, nil }
