package annotate

// This file reads the engine's fields the summary shows, so that the one
// place to change is here if they move: Speaker.Role, Quote.Attribution
// and Quote.Confidence.

// speakerRole is the role the article gives s ("former Senate aide").
func speakerRole(s Speaker) string { return s.Role }

// quoteAttribution says how q's speaker was found: "cue", "pronoun",
// "context" or "none".
func quoteAttribution(q Quote) string { return q.Attribution }

// quoteConfidence is how likely q's speaker is right, in [0, 1], and
// whether the engine gives a figure (it always does; a Result decoded from
// JSON without the field reads 0, and is flagged for checking).
func quoteConfidence(q Quote) (float64, bool) { return q.Confidence, true }
