package timex

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/words"
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
func DetectDateline(d *core.Document) (calendar.Time, bool) {
	return detectDateline(d, mayHoldFullDate)
}

// detectDateline is DetectDateline parsing only the paragraph heads that
// worth says may hold a full date (a test gives it one that says yes to
// every head, the grammar alone, as the oracle of mayHoldFullDate).
func detectDateline(d *core.Document, worth func(text string, s core.Span) bool) (calendar.Time, bool) {
	var found calendar.Time
	ok := false
	var bufs dateBuffers
	ws := words.Of(d)
	for n, para := range d.Paras {
		if n >= maxParas || para.Start > maxBytes || ok {
			break
		}
		first := true
		head := core.Span{Start: para.Start, End: min(para.End, para.Start+maxBytes)}
		if !worth(d.Text, head) {
			continue
		}
		var r dresolver
		scanDates(d.Text, head, ws.Para(n), &r, &bufs, func(s core.Span, m dmatch) {
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
			if isDatelinePlace(d.Text, para, s, first) {
				found, ok = t, true
			}
			first = false
		})
	}
	return found, ok
}

// mayHoldFullDate reports whether text[s] holds what every full date the
// grammar reads without an anchor has: a year of four digits (yearNum:
// "17 October 2025", "2025-10-17", "17/10/2025") or a numeric date with
// slashes ("10/17/25", the only one with a two-digit year; the grammar
// takes a number with letters after it there too, "1st/2nd/25", so a
// slash after a word that holds a digit counts). The grammar costs about
// a hundred instructions a byte, this look a few: most paragraphs hold
// neither, and DetectDateline passes over them without parsing them (rule
// D42's detection, run on every article given no dateline; a test checks
// it finds what the grammar alone finds).
func mayHoldFullDate(text string, s core.Span) bool {
	run, digitInWord := 0, false // digits in a row; a digit since the last byte that is no letter or digit
	for i := s.Start; i < s.End; i++ {
		// Eight bytes none of which is a digit or '/' (0x2F-0x39, one
		// range) are passed over at once, as core.ASCIILetterRun reads:
		// without its high bit a byte y is in the range when y+(0x80-0x2F)
		// has its high bit set and y+(0x80-0x3A) has not.
		for !digitInWord && i+8 <= s.End {
			x := core.Load64(text, i)
			y := x &^ core.SWARHighs
			if (y+(0x80-'/')*core.SWAROnes)&^(y+(0x80-'9'-1)*core.SWAROnes)&^x&core.SWARHighs != 0 {
				break
			}
			i += 8
		}
		if i >= s.End {
			break
		}
		switch c := text[i]; {
		case dDigit(c):
			if run++; run == 4 {
				return true
			}
			digitInWord = true
			continue
		case dLetter(c):
		case c == '/' && digitInWord && i+1 < s.End && dDigit(text[i+1]):
			return true
		default:
			digitInWord = false
		}
		run = 0
	}
	return false
}

// Where a dateline is looked for: the first paragraphs, and a short line.
const (
	maxParas = 6
	maxBytes = 1500
	shortPar = 120
)

// isDatelinePlace reports whether the date at s in paragraph para stands
// where an article gives its own date: opening the paragraph (first) after
// at most a place in capitals, making up a good part of a short line, or
// after a cue word.
func isDatelinePlace(text string, para, s core.Span, first bool) bool {
	before := text[para.Start:s.Start]
	short := para.Len() <= shortPar && 3*s.Len() >= para.Len()
	return (first && isDatelineLead(before)) || short || hasDatelineCue(before)
}

// datelineFilter drops the article's own dateline from the expressions
// found (rule D42): "WASHINGTON (AP) Oct. 16 — The Senate ...", a label
// opening a paragraph ("Updated: 17 Oct 2025, 14:30"), or a line of its
// own before the body ("Published 17 October 2025", a first line
// that is only the date) say when the article was written, TimeML's
// document creation time, which is not a time expression of the text. The
// first date of the dateline's day that stands so in the first
// paragraphs is the one; a sentence ("The invoice is dated 17/10/2025.")
// is never a dateline.
type datelineFilter struct {
	day   [10]byte // the dateline's day, YYYY-MM-DD
	known bool
	done  bool // dropped one, or read past where a dateline can be
	first bool // no expression yet in this paragraph
	body  bool // a paragraph follows this one
}

// newDatelineFilter is the filter for dateline (zero when unknown: it then
// drops nothing).
func newDatelineFilter(r dresolver) datelineFilter {
	f := datelineFilter{known: r.known}
	if r.known {
		appendDay(f.day[:0], r.dct())
	}
	return f
}

// startPara is called as paragraph n of d begins.
func (f *datelineFilter) startPara(d *core.Document, n int) {
	f.first = true
	f.body = n+1 < len(d.Paras)
	if n >= maxParas || d.Paras[n].Start > maxBytes {
		f.done = true
	}
}

// drops reports whether the expression m at s, in paragraph para, is the
// article's dateline, and is not to be reported.
func (f *datelineFilter) drops(text string, para, s core.Span, m dmatch) bool {
	first := f.first
	f.first = false
	if f.done || !f.known || (m.typ != core.TypeDate && m.typ != core.TypeTime) ||
		len(m.val) < len(f.day) || m.val[:len(f.day)] != string(f.day[:]) {
		return false
	}
	line := text[para.Start:para.End]
	ownLine := f.body && para.Len() <= shortPar && !strings.ContainsAny(line[len(line)-1:], ".!?")
	wire := first && strings.TrimSpace(text[para.Start:s.Start]) != "" && isDatelineLead(text[para.Start:s.Start]) &&
		opensWithDash(text[s.End:para.End])
	before := text[para.Start:s.Start]
	labelled := first && len(strings.TrimSpace(before)) <= 16 && hasDatelineCue(before) // "Updated: 17 Oct 2025 ..."
	if (ownLine && isDatelinePlace(text, para, s, first)) || wire || labelled {
		f.done = true
		return true
	}
	return false
}

// opensWithDash reports whether rest starts, after spaces and a credit in
// brackets ("(AP)"), with a dash: the end of a wire dateline.
func opensWithDash(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\u00a0")
	if strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 && k < 20 {
			rest = strings.TrimLeft(rest[k+1:], " \t\u00a0")
		}
	}
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "_")
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
