package timex

import (
	_ "embed"

	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

// The verbs of a scheduled event written in the simple present (rule
// D2): "The court hears the case Tuesday" looks ahead, as "will" does.

//go:embed schedule.txt
var scheduleFile string

// scheduleVerbs are the verbs of schedule.txt: a scheduled event in the
// simple present ("hosts", "opens", "returns").
var scheduleVerbs = func() *lexicon.Table {
	t := new(lexicon.Table)
	for _, e := range lexicon.Parse(scheduleFile) {
		t.Add(e.Word, 1)
	}
	return t
}()
