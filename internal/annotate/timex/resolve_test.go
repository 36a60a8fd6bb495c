package timex

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

func TestDurationValue(t *testing.T) {
	cases := []struct {
		n    float64
		x    bool
		unit int
		want string
	}{
		{4, false, unitYear, "P4Y"},
		{2.5, false, unitHour, "PT2.5H"},
		{1.5, false, unitMinute, "PT1M30S"},
		{0.5, false, unitMinute, "PT30S"},
		{2.5, false, unitYear, "P2Y6M"},
		{0.5, false, unitYear, "P6M"},
		{0, true, unitYear, "PXY"},
		{0, true, unitHour, "PTXH"},
		{10, false, unitDecade, "P100Y"},
		{2, false, unitCentury, "P200Y"},
		{0, true, unitDecade, "PXE"},
		{3, false, unitQuarter, "P3Q"},
		{1.25, false, unitDay, "P1.25D"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, dresolver{}.duration(tc.n, tc.x, tc.unit), "%v %v %v", tc.n, tc.x, tc.unit)
	}
}

func TestResolverAcrossYearEnds(t *testing.T) {
	newYear := newResolver(calendar.Date(2026, 1, 1)) // a Thursday, ISO 2026-W01
	assert.Equal(t, "2025-W52", newYear.week(-1))
	assert.Equal(t, "2026-W01", newYear.week(0))
	assert.Equal(t, "2025-12", newYear.month(-1))
	assert.Equal(t, "2025-Q4", newYear.quarter(-1))
	assert.Equal(t, "2024-Q4", newYear.quarter(-5))
	assert.Equal(t, "2025-12-31", newYear.day(-1))
	assert.Equal(t, "2025-12-26", newYear.weekday(5, tensePast, false))
	assert.Equal(t, "2026-01-02", newYear.weekday(5, tenseFuture, false))
	assert.Equal(t, "2026-01-01", newYear.weekday(4, tensePast, false))
	assert.Equal(t, "2025-12-25", newYear.weekday(4, tensePast, true))
	assert.Equal(t, 2025, newYear.yearNear(12, 24, tensePast))
	assert.Equal(t, 2026, newYear.yearNear(12, 24, tenseNone))
	assert.Equal(t, 2025, newYear.yearNear(11, 0, tensePast))

	unknown := dresolver{}
	assert.Equal(t, "XXXX-WXX", unknown.week(-1))
	assert.Equal(t, "XXXX-QX", unknown.quarter(0))
	assert.Equal(t, "XXXX-WXX-3", unknown.weekday(3, tensePast, false))
	assert.Equal(t, 0, unknown.yearNear(5, 1, tensePast))
}

func TestLookupWord(t *testing.T) {
	for _, e := range lexicon.Parse(wordsFile) {
		wantKind, wantVal, err := parseDateEntry(e)
		require.NoError(t, err)
		w := e.Word
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			kind, val := lookupDateWord(form)
			assert.Equal(t, wantKind, kind, form)
			assert.Equal(t, wantVal, val, form)
		}
	}
	for _, w := range []string{"", "x", "thursdays2", "septembers", "monthly1", "mayor", "marches", "novembre", "ünday", "approximatelyy", "this\u00e9"} {
		kind, _ := lookupDateWord(w)
		assert.Equal(t, dlexNone, kind, w)
	}
}

func TestFmtYear(t *testing.T) {
	cases := []struct {
		y    int
		want string
	}{
		{999, "0999"}, {1000, "1000"}, {2025, "2025"}, {2999, "2999"}, {3000, "3000"}, {12345, "XXXX"}, {-44, "-0044"}, {0, "0000"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, fmtYear(tc.y), tc.y)
	}
}

func TestDateValuesReuse(t *testing.T) {
	var vals dateValues
	r := newResolver(calendar.Date(2025, 10, 17))
	r.vals = &vals
	first := r.day(-1)
	assert.Equal(t, "2025-10-16", first)
	assert.Equal(t, "2025-10-16", r.weekday(4, tensePast, false))
	assert.Equal(t, "2025-10-16T09:30", r.clock(first, 9, 30))
	assert.Equal(t, "XXXX-WXX-5", r.concat("XXXX-WXX-", "5"))
	assert.Len(t, vals.seen, 3, "a value written twice is kept once")
	vals.endArticle()
	assert.Len(t, vals.seen, 3, "kept for the next article")
	vals.reset()
	assert.Empty(t, vals.seen)
}

func TestDateValuesForgottenWhenFull(t *testing.T) {
	var vals dateValues
	for n := range maxDateValues + 1 {
		vals.intern(strconv.AppendInt(nil, int64(n), 10))
	}
	assert.Len(t, vals.seen, maxDateValues, "no more than maxDateValues kept")
	vals.endArticle()
	assert.Empty(t, vals.seen, "a full table is forgotten after the article")
}

// TestDateLexiconFile checks words.txt: every line reads, no word twice, no
// upper case, and every word a run of ASCII letters of at most
// lexicon.MaxWord bytes (what the tokenizer looks up).
func TestDateLexiconFile(t *testing.T) {
	entries := lexicon.Parse(wordsFile)
	require.NotEmpty(t, entries)
	for _, e := range entries {
		_, _, err := parseDateEntry(e)
		assert.NoError(t, err)
	}
	asciiLetters := func(w string) bool { return core.ASCIILetterRun(w, 0, len(w)) == len(w) }
	assert.Empty(t, lexicon.Problems("words.txt", entries, asciiLetters))
}

// TestDateWordListFiles checks the one-word lists beside words.txt: each
// has entries, none twice, in lower case, each a run of ASCII letters.
func TestDateWordListFiles(t *testing.T) {
	asciiLetters := func(w string) bool { return core.ASCIILetterRun(w, 0, len(w)) == len(w) }
	for name, file := range map[string]string{"schedule.txt": scheduleFile, "records.txt": recordsFile, "games.txt": gamesFile, "lasting.txt": lastingFile, "british.txt": britishFile} {
		entries := lexicon.Parse(file)
		require.NotEmpty(t, entries, name)
		var words []lexicon.Entry
		for _, e := range entries {
			words = append(words, e)
			for _, f := range e.Fields {
				words = append(words, lexicon.Entry{Word: f, Line: e.Line})
			}
		}
		assert.Empty(t, lexicon.Problems(name, words, asciiLetters), name)
	}
}
