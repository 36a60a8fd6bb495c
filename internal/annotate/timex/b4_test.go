package timex

import (
	"testing"

	"github.com/newsroom/annotator/internal/annotate/core"
)

func TestBatch4(t *testing.T) {
	var news, hist fixtureScore
	for _, f := range readFixtures(t, "heldout") {
		switch f.name {
		case "news19.want", "news20.want", "news21.want":
			news.add(f, Find(core.NewDocument(f.text), f.dateline))
		case "history5.want":
			hist.add(f, Find(core.NewDocument(f.text), f.dateline))
		}
	}
	for _, m := range append(news.misses, hist.misses...) {
		t.Log(m)
	}
	t.Logf("batch4 news: %d gold, %d found: strict F1 %.3f, relaxed F1 %.3f, value accuracy %.3f, value F1 %.3f", news.gold, news.found, news.strictF1(), news.relaxedF1(), news.valueAcc(), news.valueF1())
	t.Logf("batch4 history: %d gold, %d found: strict F1 %.3f, relaxed F1 %.3f, value accuracy %.3f (%.3f of all), value F1 %.3f", hist.gold, hist.found, hist.strictF1(), hist.relaxedF1(), hist.valueAcc(), hist.valueOfAll(), hist.valueF1())
}
