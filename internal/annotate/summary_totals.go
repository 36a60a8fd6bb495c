package annotate

import (
	"slices"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Totals are the figures at the foot of an article's sources table.
type Totals struct {
	// Sources is the number of speakers quoted; Quotes and Words count
	// every quote not dismissed, attributed or not.
	Sources int `json:"sources"`
	Quotes  int `json:"quotes"`
	Words   int `json:"words"`
	// ByGender, ByCategory and ByKind group the speakers by what the
	// journalist recorded (Key "unset" when nothing). A group's Share is
	// of every counted word, so the groups add up to 1 less the
	// unattributed share.
	ByGender   []GroupTotal `json:"by_gender"`
	ByCategory []GroupTotal `json:"by_category"`
	ByKind     []GroupTotal `json:"by_kind"`
}

// GroupTotal is one group of speakers of [Totals].
type GroupTotal struct {
	Key     string  `json:"key"`
	Sources int     `json:"sources"`
	Words   int     `json:"words"`
	Share   float64 `json:"share"`
}

// unsetKey is the group of speakers for whom nothing is recorded.
const unsetKey = "unset"

// summarizeTotals adds up the sources table of sum.
func summarizeTotals(sum Summary) Totals {
	t := Totals{Sources: len(sum.Speakers), Quotes: sum.Unattributed.Quotes, Words: sum.Unattributed.Words}
	for _, s := range sum.Speakers {
		t.Quotes += s.Quotes
		t.Words += s.Words
	}
	t.ByGender = groupTotals(sum.Speakers, t.Words, Genders[1:], func(s SpeakerSummary) string { return s.Gender })
	t.ByCategory = groupTotals(sum.Speakers, t.Words, nil, func(s SpeakerSummary) string { return s.Category })
	t.ByKind = groupTotals(sum.Speakers, t.Words, speakerKinds, func(s SpeakerSummary) string { return s.Kind })
	return t
}

// groupTotals groups speakers by key: the keys of order first, in that
// order, then the others alphabetically (case folded), then "unset"; only
// keys some speaker has.
func groupTotals(speakers []SpeakerSummary, words int, order []string, key func(SpeakerSummary) string) []GroupTotal {
	byKey := map[string]*GroupTotal{}
	for _, s := range speakers {
		k := strings.TrimSpace(key(s))
		if k == "" {
			k = unsetKey
		}
		g := byKey[k]
		if g == nil {
			g = &GroupTotal{Key: k}
			byKey[k] = g
		}
		g.Sources++
		g.Words += s.Words
	}
	rank := func(k string) int {
		if i := slices.Index(order, k); i >= 0 {
			return i
		}
		if k == unsetKey {
			return len(order) + 1
		}
		return len(order)
	}
	out := make([]GroupTotal, 0, len(byKey))
	for _, g := range byKey {
		g.Share = share(g.Words, words)
		out = append(out, *g)
	}
	core.SortStableFunc(out, func(a, b GroupTotal) int {
		if ra, rb := rank(a.Key), rank(b.Key); ra != rb {
			return ra - rb
		}
		return strings.Compare(strings.ToLower(a.Key), strings.ToLower(b.Key))
	})
	return out
}
