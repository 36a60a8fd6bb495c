package timex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/internal/corpus"
)

// everyHead is the oracle of mayHoldFullDate: the grammar reads every head.
func everyHead(string, core.Span) bool { return true }

func TestMayHoldFullDate(t *testing.T) {
	cases := []struct {
		name string
		text string
		want bool
	}{
		{"written date", "Published 17 October 2025", true},
		{"iso date", "2025-10-17T14:30", true},
		{"numeric day first", "Updated 17/10/2025", true},
		{"two-digit year", "Posted 10/17/25", true},
		{"year alone", "In 1999 it began", true},
		{"no digits", "WASHINGTON — The Senate voted on Friday.", false},
		{"short numbers", "He scored 12 of the 300 points on 17 October.", false},
		{"thousands separator", "About 1,500 people came.", false},
		{"slash without a digit before", "and/or 25 more", false},
		{"slash at the end", "17/", false},
		{"numbers with letters", "1st/2nd/25", true},
		{"letters before a slash", "and/or 25 more, A/B testing on 12 sites", false},
		{"empty", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mayHoldFullDate(tc.text, core.Span{Start: 0, End: len(tc.text)}))
		})
	}
}

// sameDateline checks that DetectDateline finds in text what the grammar
// alone finds.
func sameDateline(t *testing.T, text string) {
	t.Helper()
	got, gotOK := DetectDateline(core.NewDocument(text))
	want, wantOK := detectDateline(core.NewDocument(text), everyHead)
	if gotOK != wantOK || got != want {
		t.Errorf("dateline of %.80q: %v %v, the grammar alone finds %v %v", text, got, gotOK, want, wantOK)
	}
}

// TestDetectDatelineFilterCorpus checks the filter against the oracle on
// the news corpus (skipped without ../shared/eval) and on the cases of
// TestDetectDateline.
func TestDetectDatelineFilterCorpus(t *testing.T) {
	for _, text := range []string{
		"WASHINGTON, Oct. 17, 2025 — The Senate voted.", "By Jane Doe\nMarch 3, 2024\n\nBody.",
		"Last updated: 17/10/2025\n\nBody.", "Posted 10/17/25\n\nBody.", "On 6 June 1944, the Allies landed.",
		"The leaders met on Friday.", strings.Repeat("No date here at all. ", 100),
	} {
		sameDateline(t, text)
	}
	// The corpus's articles come without their datelines: each is read
	// as it is and under the datelines of several styles.
	texts := corpus.News(t)
	found := 0
	for _, text := range texts {
		for _, head := range []string{"", "LONDON, Oct. 17, 2025 — ", "Published 17/10/25\n\n", "Updated: 2025-10-17 14:30\n\n"} {
			sameDateline(t, head+text)
			if _, ok := DetectDateline(core.NewDocument(head + text)); ok {
				found++
			}
		}
	}
	t.Logf("%d of %d readings have a dateline detected", found, 4*len(texts))
}

// FuzzDetectDatelineFilter checks the filter against the oracle on random
// input.
func FuzzDetectDatelineFilter(f *testing.F) {
	for _, s := range []string{"Published 17 October 2025", "10/17/25\n\nBody.", "2025-10-17", "May 5, 1999", "Friday, Oct. 17"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		sameDateline(t, in)
	})
}
