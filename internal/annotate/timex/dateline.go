package timex

import (
	"strings"
	"time"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// DatelineLayout is the layout of a dateline: YYYY-MM-DD.
const DatelineLayout = core.DayLayout

// MinYear and MaxYear bound the year of a dateline: values are written
// with four-digit years (TIMEX3), so a dateline outside 1000-9999 cannot
// anchor them. Find treats one outside as unknown.
const (
	MinYear = 1000
	MaxYear = 9999
)

// datelineCues are words that introduce the article's own date
// ("date 2025-10-17", "Published 17 October 2025", "Updated Oct. 17, 2025").
var datelineCues = [...]string{"date", "dated", "published", "updated", "posted", "first published", "last modified", "modified"}

// DetectDateline finds the article's own date in its text: a full date
// (year, month and day) in the first paragraphs that either follows a cue
// word (date, published, updated, posted), or opens its paragraph after at
// most a place name in capitals ("WASHINGTON, Oct. 17, 2025 —"), or makes
// up a good part of a short line (a byline or date line). "On 6 June 1944,
// troops landed" opening an article is not its date. It is called only
// when no dateline is given.
func DetectDateline(d *core.Document) (time.Time, bool) {
	const (
		maxParas = 6
		maxBytes = 1500
		shortPar = 120
	)
	var found time.Time
	ok := false
	var buf [dateHardWindow]dtoken
	for n, para := range d.Paras {
		if n >= maxParas || para.Start > maxBytes || ok {
			break
		}
		first := true
		head := core.Span{Start: para.Start, End: min(para.End, para.Start+maxBytes)}
		var r dresolver
		scanDates(d.Text, head, &r, buf[:0], func(s core.Span, m dmatch) {
			if ok || (m.typ != core.TypeDate && m.typ != core.TypeTime) || len(m.val) < len(DatelineLayout) {
				first = false
				return
			}
			// A date, or the date of a date and time ("2025-10-17T14:30").
			t, valid := core.ParseDay(m.val[:len(DatelineLayout)])
			if !valid {
				first = false
				return
			}
			before := d.Text[para.Start:s.Start]
			short := para.Len() <= shortPar && 3*s.Len() >= para.Len()
			if (first && isDatelineLead(before)) || short || hasDatelineCue(before) {
				found, ok = t, true
			}
			first = false
		})
	}
	return found, ok
}

// isDatelineLead reports whether the text before a date in its paragraph is
// nothing, or a place name in capitals ("WASHINGTON, Oct. 17, 2025 —").
func isDatelineLead(before string) bool {
	if len(before) > 40 {
		return false
	}
	caps, run := false, 0
	for i := 0; i < len(before); i++ {
		switch c := before[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			run++
			caps = caps || run >= 2
		default:
			run = 0
		}
	}
	// Nothing, or a word in capitals: not "A March 2, 2015 exchange".
	return caps || strings.TrimSpace(before) == ""
}

// hasDatelineCue reports whether the last words before a date name it as the
// article's date.
func hasDatelineCue(before string) bool {
	tail := strings.ToLower(strings.TrimRight(before, " \t:,-–—|\u00a0"))
	if len(tail) > 40 {
		tail = tail[len(tail)-40:]
	}
	for _, c := range datelineCues {
		for _, form := range [...]string{c, c + " on", c + " at"} {
			// A whole word: "update", not "candidate".
			if strings.HasSuffix(tail, form) && (len(tail) == len(form) || !dLetter(tail[len(tail)-len(form)-1])) {
				return true
			}
		}
	}
	return false
}
