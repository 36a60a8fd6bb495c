package timex

import (
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
)

// Weekdays and deictic days: "Friday", "Thursday night", "Friday, Oct.
// 17", today, yesterday, tomorrow, tonight.

func relOffset(rel int) (int, bool) {
	switch rel {
	case relLast, relPrevious, relPast:
		return -1, true
	case relNext, relComing, relFollowing:
		return 1, true
	case relThis, relCurrent:
		return 0, true
	}
	return 0, false
}

// parseWeekday reads "Friday", "Thursday night", "Friday, Oct. 17", with
// rel the relation of a preceding last/next/this (0 when none).
func (p *dateParser) parseWeekday(i, rel int) (dmatch, bool) {
	t := p.t(i)
	if !t.upper {
		return dmatch{}, false
	}
	wd := p.val(i)
	j := i + 1
	if p.weekdayInName(i) {
		return dmatch{}, false
	}
	// "Friday, Oct. 17", "Friday 17 October": the full date carries the value.
	k := j
	if p.punct(k, ',') {
		k++
	}
	if k < len(p.toks) {
		switch {
		case p.lex(k) == dlexMonth || p.lex(k) == dlexMonthAbbr || (p.t(k).kind == dtNum && p.t(k).ndig <= 2):
			if m, ok := p.parseCore(k); ok && m.typ == core.TypeDate && len(m.val) >= 10 && m.val[4] == '-' && m.val[7] == '-' {
				return m, true
			}
		}
	}
	if rel == 0 && p.is(i-1, "and") && p.lex(i-2) == dlexWeekday && p.lex(i-3) == dlexEvery {
		// "every Monday and Thursday": the second is every Thursday too.
		return dmatch{end: j, typ: core.TypeSet, val: p.r.concat("XXXX-WXX-", strconv.Itoa(wd))}, true
	}
	var val string
	story := false
	switch rel {
	case 0:
		// "said Sunday" is the news idiom of the dateline's week.
		reported := p.is(i-1, "said") || p.is(i-1, "told") || p.is(i-1, "announced") || p.is(i-1, "says")
		dir := p.direction(i, j)
		if val, story = p.r.storyWeekday(wd); !story || reported || !p.storyTense(dir) {
			story = false
			val = p.r.weekday(wd, dir, false)
			if v, ok := p.weekdayRange(i, j, wd); ok {
				val = v // "between Friday and Monday" (rule D48)
			} else if v, ok := p.weekdayAfterDay(wd, i, dir); ok {
				val = v // "will close on Friday, Oct. 9, ahead of the holiday on Monday"
			}
			// A weekday the article has named already is the same day:
			// "rain on Wednesday ... tickets for Wednesday were sold out"
			// (rule D47).
			if seen := p.r.weekdays[wd]; seen != "" {
				val = seen
			}
			p.r.weekdays[wd] = val
		}
	case relPrevious, relFollowing:
		// "the following Monday": after the story's latest day (rule D20).
		dir := tensePast
		if rel == relFollowing {
			dir = tenseFuture
		}
		if v, ok := p.r.weekdayFromStory(wd, dir); ok {
			val = v
		} else {
			val = p.r.weekday(wd, dir, true)
		}
	case relLast, relPast:
		val = p.r.weekday(wd, tensePast, true)
	case relNext, relComing:
		val = p.r.weekday(wd, tenseFuture, true)
	default: // this
		val = p.r.weekday(wd, tenseFuture, false)
	}
	if rel == 0 && p.pluralPartOfDay(j) {
		// "Tuesday nights": every Tuesday night, a SET (rule D38).
		return dmatch{end: j + 1, typ: core.TypeSet, val: p.r.concat("XXXX-WXX-", strconv.Itoa(wd), "T", partCodes[p.pluralPart(j)])}, true
	}
	if p.lex(j) == dlexPartOfDay {
		return dmatch{end: j + 1, typ: core.TypeTime, val: p.r.concat(val, "T", partCodes[p.val(j)]), dateLevel: true, inFrame: story}, true
	}
	return dmatch{end: j, typ: core.TypeDate, val: val, dateLevel: true, inFrame: story}, true
}

// parseDeictic reads today, yesterday, tomorrow, tonight, with a part of the
// day ("yesterday morning").
func (p *dateParser) parseDeictic(i int) (dmatch, bool) {
	if p.allCaps(i) && p.allCaps(i-1) && !p.sentenceStart(i-1) {
		return dmatch{}, false // "USA TODAY", a name
	}
	off := p.val(i)
	if off == 10 {
		return dmatch{end: i + 1, typ: core.TypeTime, val: p.r.concat(p.r.day(0), "TNI"), dateLevel: true}, true
	}
	if p.lex(i+1) == dlexPartOfDay {
		return dmatch{end: i + 2, typ: core.TypeTime, val: p.r.concat(p.r.day(off), "T", partCodes[p.val(i+1)]), dateLevel: true}, true
	}
	return dmatch{end: i + 1, typ: core.TypeDate, val: p.r.day(off), dateLevel: true}, true
}

// weekdayInName reports whether the weekday at i is part of a name: between
// two capitalized words ("Good Friday Agreement") or after "the" before one
// ("the Sunday Times"). "On Friday Trump said" stays a date: "On" opens the
// sentence.
func (p *dateParser) weekdayInName(i int) bool {
	next := p.t(i + 1)
	if next.kind != dtWord || !next.upper || (next.lex != dlexNone && next.lex != dlexCountNoun) {
		return false
	}
	prev := p.t(i - 1)
	if prev.kind != dtWord {
		return false
	}
	if prev.lex == dlexThe {
		return true
	}
	return prev.upper && prev.lex == dlexNone && !p.sentenceStart(i-1)
}

// pluralParts are the plural parts of the day, in the order of
// partofday's values in words.txt (morning 1 ... night 4).
var pluralParts = [...]string{"mornings", "afternoons", "evenings", "nights"}

// pluralPart is the part of the day whose plural token j is, 0 if none.
func (p *dateParser) pluralPart(j int) int {
	if p.t(j).kind != dtWord {
		return 0
	}
	for k, pl := range pluralParts {
		if p.is(j, pl) {
			return k + 1
		}
	}
	return 0
}

func (p *dateParser) pluralPartOfDay(j int) bool { return p.pluralPart(j) != 0 }

// rangeWord reports whether token k joins the two ends of a range: "to",
// "until", "through", a dash, or "and" after "between" within the few
// tokens before it (rule D48).
func (p *dateParser) rangeWord(k int) bool {
	if p.is(k, "and") {
		for m := k - 2; m >= 0 && m >= k-7; m-- {
			if p.is(m, "between") {
				return true
			}
		}
		return false
	}
	return p.is(k, "to") || p.is(k, "until") || p.is(k, "through") || p.punct(k, '-') || p.word(k) == "\u2013"
}

// weekdayRange is the value of weekday wd at token i (ending at j) as an
// end of a range of weekdays (rule D48): the second end is the first wd
// on or after the day found just before ("from Friday to Monday"); the
// first end of a range that holds the dateline's weekday is the wd of
// the dateline's week on or before it ("between Friday and Monday" on a
// Saturday is yesterday to the day after tomorrow). ok is false when wd
// is no end of a range.
func (p *dateParser) weekdayRange(i, j, wd int) (string, bool) {
	if !p.r.known {
		return "", false
	}
	if a := p.r.latest; a.gran == granDay && i >= 2 && int(p.t(i-2).end) == p.r.lastEnd && p.lex(i-2) == dlexWeekday && p.rangeWord(i-1) {
		t := a.time()
		cur := isoDay(t)
		return p.r.fmtDay(t.AddDate(0, 0, (wd-cur+7)%7)), true
	}
	if !p.rangeWord(j) || p.lex(j+1) != dlexWeekday {
		return "", false
	}
	end, cur := p.val(j+1), isoDay(p.r.dct())
	if (cur-wd+7)%7 > (end-wd+7)%7 {
		return "", false // the dateline lies outside the range
	}
	return p.r.weekday(wd, tensePast, false), true
}

// isoDay is the ISO weekday of t, Monday 1 to Sunday 7.
func isoDay(t calendar.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// weekdayAfterDay is weekday wd at token i in a sentence of tense dir
// that has named a day ahead of the dateline before it: the first wd on
// or after that day ("will close early on Friday, Oct. 9, ahead of the
// holiday on Monday" is 12 October), as TimeML anchors a relative time
// on the time expression it depends on (rule D20). ok is false
// otherwise.
func (p *dateParser) weekdayAfterDay(wd, i int, dir dtense) (string, bool) {
	a := p.r.latest
	if dir != tenseFuture || a.gran != granDay || p.r.lastEnd <= p.sentenceStartByte(i) || !a.time().After(p.r.dct()) {
		return "", false
	}
	t := a.time()
	return p.r.fmtDay(t.AddDate(0, 0, (wd-isoDay(t)+7)%7)), true // the day itself when it falls on wd ("Columbus Day ... on Monday")
}
