package timex

import "strings"

// dateValues hands out the value strings of the dates of the articles
// read with one pooled working memory (Find's): a value written again (the
// same "Friday" twice, every "last year", the "2025" or "P1Y" of the
// article before) is the string made the first time, not a new
// allocation. The strings are immutable, so results may share them. A nil
// *dateValues allocates every value.
type dateValues struct {
	seen map[string]string
}

// maxDateValues bounds the values kept for reuse.
const maxDateValues = 1024

// intern returns b as a string, the one made before when b was seen. b is
// not kept.
func (v *dateValues) intern(b []byte) string {
	if v == nil {
		return string(b)
	}
	if s, ok := v.seen[string(b)]; ok { // no allocation for the look-up
		return s
	}
	s := string(b)
	if v.seen == nil {
		v.seen = make(map[string]string)
	}
	if len(v.seen) < maxDateValues {
		v.seen[s] = s
	}
	return s
}

// reset forgets the values, keeping the table's room for the next article.
func (v *dateValues) reset() {
	clear(v.seen)
}

// endArticle is called after each article: the values stay for the next
// one (an agency's articles write the same years, months and durations:
// measured, this saves most of the date stage's allocations), until the
// table is full, when they are forgotten so that the next articles' own
// values find room.
func (v *dateValues) endArticle() {
	if len(v.seen) >= maxDateValues {
		v.reset()
	}
}

// Years firstYearText to lastYearText are cut from yearTexts by fmtYear
// rather than written out.
const (
	firstYearText = 1000
	lastYearText  = 2999
)

// yearTexts holds the years firstYearText to lastYearText, four digits each,
// one after the other (8 KB, built at start-up).
var yearTexts = func() string {
	var sb strings.Builder
	sb.Grow(4 * (lastYearText - firstYearText + 1))
	var a [8]byte
	for y := firstYearText; y <= lastYearText; y++ {
		sb.Write(dpad(a[:0], y, 4))
	}
	return sb.String()
}()

// fmtYear writes year y in four digits at least (0987, 2025, -0044).
func fmtYear(y int) string {
	if firstYearText <= y && y <= lastYearText {
		i := 4 * (y - firstYearText)
		return yearTexts[i : i+4]
	}
	var a [8]byte
	return string(appendYear(a[:0], y))
}
