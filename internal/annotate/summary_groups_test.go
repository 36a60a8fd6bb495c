package annotate

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGroupDates(t *testing.T) {
	d := func(index int, text, typ, value, mod string) DateSummary {
		return DateSummary{Index: index, Text: text, Type: typ, Value: value, Mod: mod, Readable: "r" + value}
	}
	tests := []struct {
		name  string
		lists [][]DateSummary
		want  DateGroupList
	}{
		{"none", nil, DateGroupList{Groups: []DateGroup{}}},
		{"by value and modifier, in order", [][]DateSummary{{
			d(0, "Monday", TypeDate, "2025-10-13", ""), d(3, "Oct 13", TypeDate, "2025-10-13", ""),
			d(1, "early May", TypeDate, "2025-05", "START"), d(2, "May", TypeDate, "2025-05", ""),
		}}, DateGroupList{Groups: []DateGroup{
			{Type: TypeDate, Value: "2025-10-13", Readable: "r2025-10-13", Items: []DateMention{{0, "Monday"}, {3, "Oct 13"}}},
			{Type: TypeDate, Value: "2025-05", Mod: "START", Readable: "r2025-05", Items: []DateMention{{1, "early May"}}},
			{Type: TypeDate, Value: "2025-05", Readable: "r2025-05", Items: []DateMention{{2, "May"}}},
		}}},
		{"by type too, lists one after the other", [][]DateSummary{
			{d(0, "a week", TypeDuration, "P1W", "")},
			{d(1, "weekly", TypeSet, "P1W", ""), d(2, "every week", TypeSet, "P1W", "")},
		}, DateGroupList{Groups: []DateGroup{
			{Type: TypeDuration, Value: "P1W", Readable: "rP1W", Items: []DateMention{{0, "a week"}}},
			{Type: TypeSet, Value: "P1W", Readable: "rP1W", Items: []DateMention{{1, "weekly"}, {2, "every week"}}},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, groupDates(tt.lists...))
		})
	}
}

func TestGroupDatesCaps(t *testing.T) {
	var same []DateSummary
	for i := range MaxDateMentions + 5 {
		same = append(same, DateSummary{Index: i, Text: "Friday", Type: TypeDate, Value: "2025-10-17"})
	}
	g := groupDates(same)
	require.Len(t, g.Groups, 1)
	assert.Len(t, g.Groups[0].Items, MaxDateMentions)
	assert.Equal(t, 5, g.Groups[0].More)
	assert.Equal(t, MaxDateMentions-1, g.Groups[0].Items[MaxDateMentions-1].Index, "the first mentions are listed")

	var distinct []DateSummary
	for i := range MaxDateGroups + 7 {
		distinct = append(distinct, DateSummary{Index: i, Text: "x", Type: TypeDate, Value: strconv.Itoa(1000 + i)})
	}
	distinct = append(distinct, DateSummary{Index: len(distinct), Text: "y", Type: TypeDate, Value: "1000"})
	g = groupDates(distinct)
	assert.Len(t, g.Groups, MaxDateGroups)
	assert.Equal(t, 7, g.More, "the mentions of the dates left out")
	assert.Len(t, g.Groups[0].Items, 2, "a listed date still gets its later mentions")
}

// TestSummaryDateGroups: the summary's groups hold every date of its lists
// once (none left out on a short article), the time line's apart from the
// durations' and sets'.
func TestSummaryDateGroups(t *testing.T) {
	text := "On Friday the council met; on 3 March 2025 and again on Friday it voted. The works take two years, every Tuesday."
	res, err := Annotate(text, Options{Dateline: "2025-10-17"})
	require.NoError(t, err)
	sum, err := Summarize(text, res, Corrections{})
	require.NoError(t, err)
	count := func(l DateGroupList) (n int) {
		for _, g := range l.Groups {
			n += len(g.Items) + g.More
		}
		return n + l.More
	}
	require.NotEmpty(t, sum.Timeline)
	require.NotEmpty(t, sum.Durations)
	assert.Equal(t, len(sum.Timeline), count(sum.DateGroups.Timeline))
	assert.Equal(t, len(sum.Durations)+len(sum.Sets), count(sum.DateGroups.Periods))
	assert.Less(t, len(sum.DateGroups.Timeline.Groups), len(sum.Timeline), "the two Fridays are one group")
}
