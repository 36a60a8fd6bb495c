package quote

// A16 (qa.go, branch news11): a question-and-answer interview sets its
// paragraphs off with the labels "Q:" and "A:". A label is no part of the
// paragraph's first sentence (so "A: My husband has a list." opens with
// "My husband"), and "I" in an answer is the interviewee, whom the
// headline or the introduction names first (a byline, "By NAME", names
// the interviewer): "A: ... I said, “…”" and "I
// told the governors at the time, “…”" (a cue that sets a quote off
// later in its sentence) are the interviewee's, not a
// columnist's (A15).
// Source: the AP Stylebook, "Q-and-A format"; the BBC News style guide,
// "quotes" (who is speaking must be clear).

// qaLabel drops a "Q:" or "A:" label that opens a paragraph's tokens and
// sets answerEnt to the interviewee in an answer, -1 elsewhere.
func (e *quoteEngine) qaLabel(ts []token) []token {
	e.answerEnt = -1
	if len(ts) < 3 || ts[0].Len() != 1 || ts[1].kind != tokPunct || e.text[ts[1].Start] != ':' {
		return ts
	}
	switch e.text[ts[0].Start] {
	case 'A':
		// (The first named, not after "By": a byline names the
		// interviewer.)
		for i := range e.cl.ents {
			if en := &e.cl.ents[i]; en.nameLen >= 2 && !en.org && !en.place && !en.narrator && !(en.name.start >= 3 && e.text[en.name.start-3:en.name.start] == "By ") {
				e.answerEnt = i
				break
			}
		}
	case 'Q':
	default:
		return ts
	}
	return append(ts[:0], ts[2:]...)
}

// quoteAfterCue reports whether the cue at k introduces a quote later in
// its sentence, set off by a comma or a colon: "I told the governors at
// the time, “…”", not "I think he has them scared".
func (e *quoteEngine) quoteAfterCue(ts []token, k int) bool {
	for i := k + 1; i < len(ts) && i-k < 12 && ts[i].sent == ts[k].sent; i++ {
		if ts[i].kind == tokQuote {
			return ts[i-1].kind == tokPunct && isSetOff(e.text[ts[i-1].Start])
		}
	}
	return false
}
