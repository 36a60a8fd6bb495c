package timex

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Clock times: "3 p.m.", "10:30", "9am", "noon", "10.30pm".

// parseClock reads a clock time: "3 p.m.", "10:30", "9am", "noon", with an
// optional time zone and a following day ("10 p.m. Wednesday").
func (p *dateParser) parseClock(i int) (dmatch, bool) {
	h, mi := 0, 0
	j := i
	clock := false
	if p.lex(i) == dlexNoon {
		h = p.val(i)
		j = i + 1
		clock = true
	} else {
		n, ok := p.num(i)
		t := p.t(i)
		if !ok || t.ndig > 2 || n > 24 {
			return dmatch{}, false
		}
		h = n
		j = i + 1
		if t.suf == sufNone && p.punct(j, ':') && p.joined(j) && p.joined(j+1) {
			m, ok := p.num(j + 1)
			if !ok || p.t(j+1).ndig != 2 || m > 59 {
				return dmatch{}, false
			}
			mi = m
			clock = true
			t = p.t(j + 1)
			j += 2
			if t.suf == sufNone {
				if _, _, ok := p.meridiem(j); !ok {
					h = p.bareHour(i, j, h)
				}
			}
		}
		switch t.suf {
		case sufAM, sufPM:
			var ok bool
			if h, ok = hour24(h, t.suf); !ok {
				return dmatch{}, false
			}
			clock = true
		case sufNone:
			if k, pm, ok := p.meridiem(j); ok && h <= 12 {
				h, _ = hour24(h, meridiemSuffix(pm))
				j = k
				clock = true
			}
		default:
			return dmatch{}, false
		}
	}
	if !clock {
		return dmatch{}, false
	}
	return p.clockTail(j, h, mi), true
}

// clockTail finishes a clock time h:mi read up to token j: an optional
// time zone and a following day ("10 p.m. EST Wednesday").
func (p *dateParser) clockTail(j, h, mi int) dmatch {
	if p.lex(j) == dlexTimeZone && p.t(j).upper {
		j++
	}
	day := p.r.day(0)
	// "Passengers travelling on Christmas Eve must finish by 8pm",
	// "destroyed a warehouse early Tuesday. Firefighters were called at
	// 3:40 a.m.": a time with no day of its own is on the day the text
	// named last, in its paragraph or the one before (rule D46).
	if a := p.r.last; a.gran == granDay && p.r.para-a.para <= 1 && p.dayFitsClock(a, j) {
		t := a.time()
		// "shortly before midnight on 14 April ... By 2:20 a.m.": a time
		// of the small hours (before 7, as written or read by rule D45)
		// after a time of that evening is the next day's.
		if c := p.r.latestClock; c >= 18*60 && h < 7 && h*60+mi < c {
			t = t.AddDate(0, 0, 1)
		}
		day = p.r.fmtDay(t)
	}
	k := j
	if p.punct(k, ',') || p.is(k, "on") {
		k++
	}
	own := false
	if k < len(p.toks) {
		switch {
		case p.lex(k) == dlexWeekday || p.lex(k) == dlexDeictic || p.lex(k) == dlexMonth || p.lex(k) == dlexMonthAbbr || p.lex(k) == dlexHoliday,
			// "7.30pm next Wednesday", "10 a.m. this Friday": a weekday
			// after last, next, this, coming is the clock time's day too.
			p.lex(k) == dlexRel && p.lex(k+1) == dlexWeekday:
			if m, ok := p.parseCore(k); ok && m.dateLevel && m.typ == core.TypeDate {
				day = m.val
				j = m.end
				own = true
			} else if ok && m.typ == core.TypeTime && p.lex(k) == dlexDeictic && len(m.val) > 10 {
				day = m.val[:10] // "8 p.m. tonight": tonight's day
				j = m.end
				own = true
			}
		case p.t(k).kind == dtNum && !p.punct(k+1, ':'):
			// "10 a.m. on 6 March": a day and month, not another clock time.
			if m, ok := p.parseNumber(k); ok && m.typ == core.TypeDate && len(m.val) == 10 {
				day = m.val
				j = m.end
				own = true
			}
		}
	}
	// "between 4 p.m. and 10 p.m. Saturday", "from 9am to 5pm on Friday":
	// the first end of a range of clock times is on the day of the second;
	// "from 9am on Friday until 6pm on Monday": a weekday of the first is
	// the last one on or before the second's day (rule D48).
	if p.is(j, "and") || p.is(j, "to") || p.is(j, "until") || p.is(j, "till") || p.punct(j, '-') || p.word(j) == "\u2013" {
		if m, ok := p.parseCore(j + 1); ok && m.typ == core.TypeTime && m.ownDay && len(m.val) > 10 {
			switch second := parseAnchor(m.val[:10]); {
			case !own:
				day = m.val[:10]
			case p.lex(k) == dlexWeekday && second.gran == granDay:
				if first := parseAnchor(day); first.gran == granDay {
					end := second.time()
					back := (isoDay(end) - p.val(k) + 7) % 7
					day = p.r.fmtDay(end.AddDate(0, 0, -back))
				}
			}
		}
	}
	v := p.r.clock(day, h, mi)
	return dmatch{end: j, typ: core.TypeTime, val: v, dateLevel: true, ownDay: own}
}

// parseDotClock reads a clock time written with a full stop, as British
// papers do: "2.30pm", "14.30 BST", "at 9.15".
func (p *dateParser) parseDotClock(i int) (dmatch, bool) {
	t := p.t(i)
	w := p.word(i)
	dot := strings.IndexByte(w, '.')
	if dot < 1 || dot > 2 || len(w) < dot+3 || !dDigit(w[dot+1]) || !dDigit(w[dot+2]) || (len(w) > dot+3 && dDigit(w[dot+3])) {
		return dmatch{}, false
	}
	h := int(t.num)
	mi := int(w[dot+1]-'0')*10 + int(w[dot+2]-'0')
	if h > 24 || mi > 59 {
		return dmatch{}, false
	}
	j := i + 1
	switch {
	case t.suf == sufAM || t.suf == sufPM:
		var ok bool
		if h, ok = hour24(h, t.suf); !ok {
			return dmatch{}, false
		}
	case t.suf != sufNone:
		return dmatch{}, false
	default:
		if k, pm, ok := p.meridiem(j); ok && h <= 12 {
			h, _ = hour24(h, meridiemSuffix(pm))
			j = k
		} else if !(p.lex(j) == dlexTimeZone && p.t(j).upper) && !(p.is(i-1, "at") && (p.t(j).kind != dtWord || p.lex(j) == dlexPrep)) {
			// "at 9.15" is a time, "at 2.46 billion" is not.
			return dmatch{}, false
		} else {
			h = p.bareHour(i, j, h)
		}
	}
	return p.clockTail(j, h, mi), true
}

// meridiem reads "a.m."/"p.m."/"am"/"pm" at j.
func (p *dateParser) meridiem(j int) (int, bool, bool) {
	if j >= len(p.toks) {
		return 0, false, false
	}
	w := p.word(j)
	if p.t(j).kind == dtWord && len(w) == 2 && (w[1]|0x20) == 'm' && (w[0]|0x20 == 'a' || w[0]|0x20 == 'p') {
		return j + 1, w[0]|0x20 == 'p', true
	}
	if p.t(j).kind == dtWord && len(w) == 1 && (w[0]|0x20 == 'a' || w[0]|0x20 == 'p') && p.punct(j+1, '.') && p.is(j+2, "m") {
		k := j + 3
		if p.punct(k, '.') && p.joined(k) {
			k++
		}
		return k, w[0]|0x20 == 'p', true
	}
	return 0, false, false
}

// hour24 converts hour h of a 12-hour clock ("3 p.m.", "12 a.m.") to the
// 24-hour clock; false when h is no 12-hour clock hour.
func hour24(h int, suf numSuffix) (int, bool) {
	switch {
	case h > 12:
		return 0, false
	case suf == sufPM && h < 12:
		return h + 12, true
	case suf == sufAM && h == 12:
		return 0, true
	}
	return h, true
}

// meridiemSuffix is the suffix a separate "a.m." (false) or "p.m." (true)
// stands for.
func meridiemSuffix(pm bool) numSuffix {
	if pm {
		return sufPM
	}
	return sufAM
}

// bareHour is hour h of a clock time at token i written without a.m. or
// p.m. ("at 3:15"), read up to token j (rule D45): the part of the day
// after it decides ("3:15 in the morning", "8:30 in the evening"); else an
// hour of 1 to 6 is the afternoon, as news times are (AP style writes
// the small hours "3:15 a.m."); a 24-hour clock ("03:15", "15:30") and
// the hours 7 to 12 stay as written.
func (p *dateParser) bareHour(i, j, h int) int {
	if h < 1 || h > 12 || p.word(i)[0] == '0' {
		return h
	}
	k := j
	if p.is(k, "in") && p.lex(k+1) == dlexThe {
		k += 2
	} else if p.is(k, "at") {
		k++
	}
	if p.lex(k) == dlexPartOfDay {
		if p.val(k) == partMorning {
			return h % 12
		}
		if h < 12 {
			return h + 12
		}
		return h
	}
	if h <= 6 {
		return h + 12
	}
	return h
}

// dayFitsClock reports whether the day a, named last, can be the day of
// a clock time ending at token j (rule D46): always when named in its
// sentence; from an earlier sentence, only when the clock time's
// sentence points the same way from the dateline ("early Tuesday. ...
// Firefighters were called at 3:40 a.m.", but not a day ahead for a past
// sentence: "will publish on 14 August. Speaking at 10.30am, the
// chancellor said").
func (p *dateParser) dayFitsClock(a anchor, j int) bool {
	if p.r.lastEnd > p.sentenceStartByte(j-1) {
		return true
	}
	switch t, d := p.dtense(j-1, j), a.time(); {
	case t == tensePast:
		return !d.After(p.r.dct())
	case t == tenseFuture:
		return !d.Before(p.r.dct())
	}
	return true
}
