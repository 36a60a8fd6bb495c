package annotate

// This file reads the engine's fields that are being added to Quote and
// Speaker (Quote.Attribution and Quote.Confidence on branch attrib,
// Speaker.Role on branch speakers). Until they land, each function says
// what the Result already tells; when a field lands, its function becomes
// the one line that returns it.

// speakerRole is the role the article gives s ("former Senate aide").
// When Speaker.Role lands: return s.Role.
func speakerRole(s Speaker) string { return "" }

// quoteAttribution says how q's speaker was found: "cue", "pronoun",
// "context" or "none". When Quote.Attribution lands: return q.Attribution.
func quoteAttribution(q Quote) string {
	switch {
	case q.Speaker == nil:
		return "none"
	case q.Cue == nil:
		return "context"
	}
	return "cue"
}

// quoteConfidence is how likely q's speaker is right, in [0, 1], and false
// when the engine gives no figure. When Quote.Confidence lands: return
// q.Confidence, true.
func quoteConfidence(q Quote) (float64, bool) { return 0, false }
