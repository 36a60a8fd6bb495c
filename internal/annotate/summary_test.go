package annotate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deskArticle is the article of the summary and export tests (written for
// them): three named speakers, a pronoun cue, an unattributed quote, dates
// of every type.
const deskArticle = "HARBOURTON, Thursday 16 October 2025\n\n" +
	"“We will rebuild the pier by next summer,” the harbour master, Ines Moreau, said on Thursday.\n\n" +
	"“Nobody should fish there,” Moreau added. “Not yet,” she said.\n\n" +
	"Tom Hale, a fisherman, said: “It is too late for us.” He has fished there for four years, every Tuesday.\n\n" +
	"“Someone will pay for this, and they know it.”\n\n" +
	"The Harbour Trust said: “We <b>disagree</b>.”"

func deskResult(t testing.TB) Result {
	res, err := Annotate(deskArticle, Options{Dateline: "2025-10-17"})
	require.NoError(t, err)
	return res
}

func TestSummarize(t *testing.T) {
	res := deskResult(t)
	sum, err := Summarize(deskArticle, res, Corrections{})
	require.NoError(t, err)

	type row struct {
		Name, Initials string
		Quotes, Words  int
		Aliases        []string
	}
	var rows []row
	for _, s := range sum.Speakers {
		rows = append(rows, row{s.Name, s.Initials, s.Quotes, s.Words, s.Aliases})
	}
	assert.Equal(t, []row{
		{"Ines Moreau", "IM", 3, 14, []string{"Moreau"}}, // "she" is no alias
		{"Tom Hale", "TH", 2, 15, []string{}},
		{"Harbour Trust", "HT", 1, 4, []string{}},
	}, rows, "by quotes, then first appearance")
	assert.Equal(t, QuoteGroup{QuoteIDs: []string{}}, sum.Unattributed)
	assert.InDelta(t, 14.0/33, sum.Speakers[0].Share, 1e-12)
	assert.Equal(t, Totals{Sources: 3, Quotes: 6, Words: 33,
		ByGender:   []GroupTotal{{Key: "unset", Sources: 3, Words: 33, Share: 1}},
		ByCategory: []GroupTotal{{Key: "unset", Sources: 3, Words: 33, Share: 1}},
		ByKind:     []GroupTotal{{Key: "person", Sources: 2, Words: 29, Share: 29.0 / 33}, {Key: "organization", Sources: 1, Words: 4, Share: 4.0 / 33}},
	}, sum.Totals)

	q5 := sum.Quotes[4] // no cue: the speaker of the paragraphs around it
	assert.Equal(t, "q5", q5.ID)
	assert.Equal(t, str("s2"), q5.Speaker)
	assert.Equal(t, "context", q5.Attribution)
	require.NotNil(t, q5.Confidence)
	assert.Less(t, *q5.Confidence, 0.5)
	assert.Equal(t, []string{"low confidence"}, q5.CheckWhy)
	assert.Equal(t, "the harbour master", sum.Speakers[0].Role, "the engine's role")
	q3 := sum.Quotes[2]
	assert.Equal(t, "pronoun", q3.Attribution)
	assert.False(t, q3.Check, "a confident quote needs no check")
	assertSummaryAddsUp(t, sum)

	readable := func(ds []DateSummary) (out []string) {
		for _, d := range ds {
			out = append(out, d.Text+" = "+d.Readable)
		}
		return out
	}
	assert.Equal(t, []string{"Thursday 16 October 2025 = Thu 16 Oct 2025", "Thursday = Thu 16 Oct 2025", "next summer = summer 2026"},
		readable(sum.Timeline), "in time order, ties in text order")
	assert.Equal(t, []string{"four years = 4 years"}, readable(sum.Durations))
	assert.Equal(t, []string{"every Tuesday = every Tuesday"}, readable(sum.Sets))
}

func TestSummarizeTimelineUnresolvedLast(t *testing.T) {
	text := "The vote is on Friday. It was held in 2019 and again now, and in 1990."
	res, err := Annotate(text, Options{})
	require.NoError(t, err)
	sum, err := Summarize(text, res, Corrections{})
	require.NoError(t, err)
	var values []string
	for _, d := range sum.Timeline {
		values = append(values, d.Value)
	}
	assert.Equal(t, []string{"1990", "2019", "XXXX-WXX-5", "PRESENT_REF"}, values)
}

func str(s string) *string { return &s }

func TestSummarizeCorrections(t *testing.T) {
	res := deskResult(t)
	type row struct {
		ID, Name string
		QuoteIDs []string
		Edited   bool
		Gender   string
		Palette  int
		Initials string
		Aliases  []string
	}
	tests := []struct {
		name         string
		c            Corrections
		want         []row
		unattributed []string
		check        map[string][]string // quote ID → check_why
	}{
		{"reassign to a new speaker",
			Corrections{Quotes: map[string]QuoteCorrection{"q5": {Speaker: str("u1")}},
				Speakers: map[string]SpeakerCorrection{"u1": {Name: "Ana Duarte", Gender: "woman", Category: "member of the public"}}},
			[]row{{"s1", "Ines Moreau", []string{"q1", "q2", "q3"}, false, "", 0, "IM", []string{"Moreau"}},
				{"s2", "Tom Hale", []string{"q4"}, false, "", 1, "TH", []string{}},
				{"u1", "Ana Duarte", []string{"q5"}, true, "woman", 3, "AD", []string{}},
				{"s3", "Harbour Trust", []string{"q6"}, false, "", 2, "HT", []string{}}},
			[]string{}, map[string][]string{"q5": {}}},
		{"dismiss and check",
			Corrections{Quotes: map[string]QuoteCorrection{"q5": {Dismissed: true}, "q1": {Checked: true}}},
			[]row{{"s1", "Ines Moreau", []string{"q1", "q2", "q3"}, false, "", 0, "IM", []string{"Moreau"}},
				{"s2", "Tom Hale", []string{"q4"}, true, "", 1, "TH", []string{}},
				{"s3", "Harbour Trust", []string{"q6"}, false, "", 2, "HT", []string{}}},
			[]string{}, map[string][]string{"q1": {}, "q5": {}}},
		{"merge and rename",
			Corrections{Speakers: map[string]SpeakerCorrection{"s2": {MergedInto: "s3"}, "s3": {Name: "Harbour  Trust fishermen"}}},
			[]row{{"s1", "Ines Moreau", []string{"q1", "q2", "q3"}, false, "", 0, "IM", []string{"Moreau"}},
				{"s3", "Harbour Trust fishermen", []string{"q4", "q5", "q6"}, true, "", 2, "HT", []string{"Tom Hale", "Harbour Trust"}}},
			[]string{}, nil},
		{"merges chain",
			Corrections{Speakers: map[string]SpeakerCorrection{"s2": {MergedInto: "s3"}, "s3": {MergedInto: "s1"}}},
			[]row{{"s1", "Ines Moreau", []string{"q1", "q2", "q3", "q4", "q5", "q6"}, true, "", 0, "IM", []string{"Moreau", "Tom Hale", "Harbour Trust"}}},
			[]string{}, nil},
		{"added quote, and a quote moved to no one",
			Corrections{Added: []AddedQuote{{ID: "a1", Start: 0, End: 10, Speaker: "s2"}},
				Quotes: map[string]QuoteCorrection{"q6": {Speaker: str("")}}},
			[]row{{"s2", "Tom Hale", []string{"a1", "q4", "q5"}, true, "", 1, "TH", []string{}},
				{"s1", "Ines Moreau", []string{"q1", "q2", "q3"}, false, "", 0, "IM", []string{"Moreau"}}},
			[]string{"q6"}, map[string][]string{"a1": {}, "q6": {"no speaker"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := Summarize(deskArticle, res, tt.c)
			require.NoError(t, err)
			var got []row
			for _, s := range sum.Speakers {
				got = append(got, row{s.ID, s.Name, s.QuoteIDs, s.Edited, s.Gender, s.Palette, s.Initials, s.Aliases})
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.unattributed, sum.Unattributed.QuoteIDs)
			for _, q := range sum.Quotes {
				if want, ok := tt.check[q.ID]; ok {
					assert.Equal(t, want, q.CheckWhy, q.ID)
					assert.Equal(t, len(want) > 0, q.Check, q.ID)
				}
			}
			assertSummaryAddsUp(t, sum)
		})
	}
}

func TestSummarizeGenderTotals(t *testing.T) {
	res := deskResult(t)
	sum, err := Summarize(deskArticle, res, Corrections{Speakers: map[string]SpeakerCorrection{
		"s1": {Gender: "woman", Category: "official"}, "s2": {Gender: "man", Category: "member of the public"}, "s3": {Kind: "organization", Category: "Advocacy"},
	}})
	require.NoError(t, err)
	assert.Equal(t, []GroupTotal{{"woman", 1, 14, 14.0 / 33}, {"man", 1, 15, 15.0 / 33}, {"unset", 1, 4, 4.0 / 33}}, sum.Totals.ByGender)
	assert.Equal(t, []GroupTotal{{"Advocacy", 1, 4, 4.0 / 33}, {"member of the public", 1, 15, 15.0 / 33}, {"official", 1, 14, 14.0 / 33}}, sum.Totals.ByCategory)
}

func TestSummarizeErrors(t *testing.T) {
	res := deskResult(t)
	tests := []struct {
		name string
		c    Corrections
		want string
	}{
		{"version", Corrections{Version: 2}, "annotate: corrections version 2 is not 1"},
		{"unknown quote", Corrections{Quotes: map[string]QuoteCorrection{"q99": {Dismissed: true}}}, `annotate: quote correction "q99" names no quote`},
		{"unknown speaker", Corrections{Quotes: map[string]QuoteCorrection{"q1": {Speaker: str("u9")}}},
			`annotate: quote "q1" is reassigned to speaker "u9", which is neither the engine's nor in corrections.speakers`},
		{"nameless new speaker", Corrections{Speakers: map[string]SpeakerCorrection{"u1": {Gender: "woman"}}}, `annotate: new speaker "u1" has no name`},
		{"guessed gender", Corrections{Speakers: map[string]SpeakerCorrection{"s1": {Gender: "female"}}},
			`annotate: speaker "s1": gender "female" is not one of ["woman" "man" "non-binary" "unknown" "prefer not to say"]`},
		{"kind", Corrections{Speakers: map[string]SpeakerCorrection{"s1": {Kind: "robot"}}}, `annotate: speaker "s1": kind "robot" is not "person" or "organization"`},
		{"merge into nothing", Corrections{Speakers: map[string]SpeakerCorrection{"s1": {MergedInto: "s9"}}},
			`annotate: speaker "s1" is merged into "s9", which is neither the engine's nor in corrections.speakers`},
		{"merge into itself", Corrections{Speakers: map[string]SpeakerCorrection{"s1": {MergedInto: "s1"}}}, `annotate: speaker "s1" is merged into itself`},
		{"merge cycle", Corrections{Speakers: map[string]SpeakerCorrection{"s1": {MergedInto: "s2"}, "s2": {MergedInto: "s1"}}}, `annotate: speaker "s1": the merges form a cycle`},
		{"added outside", Corrections{Added: []AddedQuote{{ID: "a1", Start: 5, End: 9999}}},
			`annotate: added quote "a1": offsets 5:9999 are not a stretch of the text (length 420)`},
		{"added empty", Corrections{Added: []AddedQuote{{ID: "a1", Start: 5, End: 5}}}, `annotate: added quote "a1": offsets 5:5 are not a stretch of the text (length 420)`},
		{"added inside a character", Corrections{Added: []AddedQuote{{ID: "a1", Start: 39, End: 50}}}, `annotate: added quote "a1": offsets 39:50 cut a character`},
		{"added taken ID", Corrections{Added: []AddedQuote{{ID: "q1", Start: 0, End: 5}}}, `annotate: added quote "q1": the ID is taken`},
		{"added no ID", Corrections{Added: []AddedQuote{{Start: 0, End: 5}}}, `annotate: an added quote has no ID`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Summarize(deskArticle, res, tt.c)
			assert.EqualError(t, err, tt.want)
		})
	}

	bad := res
	bad.Quotes = append([]Quote(nil), res.Quotes...)
	bad.Quotes[0].End = 4000
	_, err := Summarize(deskArticle, bad, Corrections{})
	assert.EqualError(t, err, "annotate: quote q1 has offsets 38:4000, not a stretch of the text (length 420 bytes)")
}

func TestSpeakerInitials(t *testing.T) {
	tests := []struct {
		names []string
		want  []string
	}{
		{[]string{"Dana Whitfield", "Harbour Trust"}, []string{"DW", "HT"}},
		{[]string{"Jane Park", "John Patel", "Jo Pak", "J. P."}, []string{"JP", "JPa", "JPak", "JP2"}},
		{[]string{"Reuters", "Renault"}, []string{"Re", "Ren"}},
		{[]string{"Ludwig van Beethoven", "Charles de Gaulle"}, []string{"LB", "CG"}},
		{[]string{"Émile Zola", "李 小龍"}, []string{"ÉZ", "李小"}},
		{[]string{"", "42"}, []string{"Sx", "Sy"}},
		{[]string{"Jean-Luc\tPicard", "  Ana\u00a0Duarte  "}, []string{"JP", "AD"}}, // a hyphen joins, any white space splits
		{[]string{"de la Cruz", "van der berg"}, []string{"Cr", "VB"}},              // particles left out, unless nothing else is left
	}
	for _, tt := range tests {
		t.Run(tt.want[0], func(t *testing.T) {
			sps := make([]correctedSpeaker, len(tt.names))
			for i, n := range tt.names {
				sps[i] = correctedSpeaker{Speaker: Speaker{ID: []string{"sx", "sy", "sz", "sw"}[i], Name: n}}
			}
			assert.Equal(t, tt.want, speakerInitials(sps))
		})
	}
}

// assertSummaryAddsUp checks the invariants of a summary: the speakers'
// and the unattributed quote IDs partition the quotes not dismissed, the
// shares add up to 1 (when any word is quoted), and the totals are sums.
func assertSummaryAddsUp(t testing.TB, sum Summary) {
	t.Helper()
	counted := map[string]int{}
	for _, q := range sum.Quotes {
		if !q.Dismissed {
			counted[q.ID] = 0
		}
	}
	share, words, quotes := sum.Unattributed.Share, sum.Unattributed.Words, sum.Unattributed.Quotes
	groups := append([]QuoteGroup{sum.Unattributed}, nil...)
	for _, s := range sum.Speakers {
		groups = append(groups, s.QuoteGroup)
		share += s.Share
		words += s.Words
		quotes += s.Quotes
		if s.Quotes == 0 {
			t.Errorf("speaker %s has no quote and is listed", s.ID)
		}
	}
	for _, g := range groups {
		if g.Quotes != len(g.QuoteIDs) {
			t.Errorf("a group counts %d quotes and lists %v", g.Quotes, g.QuoteIDs)
		}
		for _, id := range g.QuoteIDs {
			n, ok := counted[id]
			if !ok {
				t.Errorf("quote %s is counted and is not a counted quote", id)
			}
			counted[id] = n + 1
		}
	}
	for id, n := range counted {
		if n != 1 {
			t.Errorf("quote %s is in %d groups", id, n)
		}
	}
	if words > 0 && (share < 1-1e-9 || share > 1+1e-9) {
		t.Errorf("shares add up to %v", share)
	}
	if sum.Totals.Words != words || sum.Totals.Quotes != quotes || sum.Totals.Sources != len(sum.Speakers) {
		t.Errorf("totals %+v, sums %d words %d quotes", sum.Totals, words, quotes)
	}
}

// TestSummarizeShownText checks that aliases and date texts read as a
// Markdown article shows them, not as its source is written.
func TestSummarizeShownText(t *testing.T) {
	text := "“We need it,” said Mayor [Jane Ortiz](https://example.org/o) on *Friday*. Jane Ortiz left."
	s1 := "s1"
	span := func(sub string) Span {
		i := strings.Index(text, sub)
		require.GreaterOrEqual(t, i, 0, sub)
		return Span{Start: i, End: i + len(sub)}
	}
	res := Result{Format: FormatMarkdown,
		Quotes:   []Quote{{ID: "q1", Span: span("“We need it,”"), Speaker: &s1}},
		Speakers: []Speaker{{ID: "s1", Name: "Jane Ortiz", Kind: "person", Mentions: []Mention{{Span: span("Mayor [Jane Ortiz")}, {Span: span("Jane Ortiz left")}}}},
		Dates:    []Date{{Span: span("*Friday*"), Type: TypeDate, Value: "XXXX-WXX-5"}},
	}
	sum, err := Summarize(text, res, Corrections{})
	require.NoError(t, err)
	assert.Equal(t, []string{"Mayor Jane Ortiz", "Jane Ortiz left"}, sum.Speakers[0].Aliases)
	assert.Equal(t, "Friday", sum.Timeline[0].Text)
	assert.Equal(t, "a Friday", sum.Timeline[0].Readable)
}

// TestSummarizeCheckAtTheLine checks the "low confidence" flag around its
// line: a speaker found a way right half the time or less is flagged.
func TestSummarizeCheckAtTheLine(t *testing.T) {
	text := "“We are ready,” Ana Ruiz said."
	res, err := Annotate(text, Options{Dateline: "2025-10-17", Format: FormatPlain})
	require.NoError(t, err)
	require.Len(t, res.Quotes, 1)
	for _, tt := range []struct {
		confidence float64
		check      bool
	}{
		{0.98, false},
		{0.51, false},
		{0.5, true},
		{0.44, true},
		{0, true},
	} {
		res.Quotes[0].Confidence = tt.confidence
		sum, err := Summarize(text, res, Corrections{})
		require.NoError(t, err)
		assert.Equal(t, tt.check, sum.Quotes[0].Check, "confidence %v", tt.confidence)
	}
}
