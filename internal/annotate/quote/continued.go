package quote

// Continued speech (rule S13, its last step): a cue such as "added" says
// that its subject has spoken before, so a definite description as its
// subject ("the 27-year-old added") that could name several of the people
// named just before names the one who spoke last. Source: AP Stylebook,
// "said" ("added" continues an attribution); news second reference by age
// and role (descriptions.go).

// continuesSpeech reports whether the cue word w says its subject has
// spoken before: added, adds, adding, continued, continues.
func continuesSpeech(w string) bool {
	for _, c := range [...]string{"added", "adds", "adding", "continued", "continues"} {
		if lowerEq(w, c) {
			return true
		}
	}
	return false
}

// priorSpeaker returns the speaker a cue at ts[k] of paragraph para
// presupposes (the latest speaker, quoted in this paragraph or the one
// before, when the cue continues speech), or -1.
func (e *quoteEngine) priorSpeaker(para int, ts []token, k int) int {
	if e.lastSpeaker < 0 || para-e.lastSpkPara > 1 || !continuesSpeech(ts[k].Of(e.text)) {
		return -1
	}
	return e.lastSpeaker
}
