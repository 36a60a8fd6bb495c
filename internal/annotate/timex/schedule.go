package timex

import "github.com/newsroom/annotator/internal/annotate/lexicon"

// The verbs of a scheduled event written in the simple present (rule
// D2): "The court hears the case Tuesday" looks ahead, as "will" does.

// The forms of a verb of schedule.txt.
const (
	scheduleThird = 1 // "hosts"
	schedulePlain = 2 // "host", after a personal pronoun
)

// scheduleVerbs are the verbs of schedule.txt: a scheduled event in the
// simple present ("hosts", "opens", "returns"), each form with its kind.
var scheduleVerbs = func() *lexicon.Table {
	t := new(lexicon.Table)
	for _, e := range lexicon.Parse(scheduleFile) {
		t.Add(e.Word, scheduleThird)
		for _, f := range e.Fields {
			t.Add(f, schedulePlain)
		}
	}
	return t
}()

// personalPronouns are the subjects before which a plain form of
// schedule.txt is a verb: "They play Norwich on Wednesday".
var personalPronouns = [...]string{"they", "we", "i", "you"}

// scheduledPresent reports whether token k is a verb of a scheduled event
// in the simple present: an -s form not after "the", "a", "to" or a
// relative pronoun (a relative clause says what is: "the bank, which holds a
// stake"), or a plain form after a personal pronoun.
func (p *dateParser) scheduledPresent(k int) bool {
	t := p.t(k)
	if t.upper {
		return false
	}
	switch scheduleVerbs.LookupAt(p.text, int(t.start), int(t.end)) {
	case scheduleThird:
		return p.lex(k-1) != dlexThe && p.lex(k-1) != dlexA && !p.is(k-1, "to") && !p.is(k-1, "which") && !p.is(k-1, "who") && !p.is(k-1, "that")
	case schedulePlain:
		for _, w := range personalPronouns {
			if p.is(k-1, w) {
				return true
			}
		}
	}
	return false
}
