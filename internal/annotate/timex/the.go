package timex

import (
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Expressions that open with "the": "the past four years", "the end of
// the month", "the year".

// parseThe reads expressions that open with "the": "the past four years",
// "the first nine months", "the third quarter", "the 1990s", "the future",
// "the weekend", "the summer", "the end of the month".
func (p *dateParser) parseThe(i int) (dmatch, bool) {
	j := i + 1
	if j >= len(p.toks) {
		return dmatch{}, false
	}
	if p.qualifiedFuture(j) {
		// "the near future", "the distant future": FUTURE_REF.
		return dmatch{end: j + 2, typ: core.TypeDate, val: "FUTURE_REF"}, true
	}
	if p.newYear(j) {
		// "in the new year": the year after the dateline's in its second
		// half, its own in the first (the new year has begun); in a story
		// far from its dateline, the year after the story's.
		y := p.r.year(0)
		switch {
		case p.r.far():
			y = fmtYear(p.r.last.y + 1)
		case p.r.m >= 7:
			y = p.r.year(1)
		}
		return dmatch{end: j + 2, typ: core.TypeDate, val: y, dateLevel: true}, true
	}
	switch p.lex(j) {
	case dlexRel:
		rel := p.val(j)
		k := j + 1
		if m, ok := p.anaphoric(rel, k); ok {
			return m, true
		}
		if p.lex(k) == dlexUnit && (rel == relPast || rel == relLast || rel == relNext || rel == relComing) {
			unit := p.val(k)
			if rel == relLast && unit == unitQuarter && p.lex(k+1) == dlexOf {
				if y, ok := p.yearNum(k + 2); ok {
					return dmatch{end: k + 3, typ: core.TypeDate, val: p.r.concat(fmtYear(y), "-Q4"), dateLevel: true}, true
				}
			}
			if p.lex(k+1) == dlexOf || p.hyphen(k+1) {
				return dmatch{}, false
			}
			// "the past year" is last year, "the next year" next year
			// (TimeBank); "the past hour" is a duration, and so is "the
			// past fortnight", two weeks that are no week of the calendar.
			if unit >= unitWeek && unit != unitCentury && p.unitScale(k) == 1 {
				off, _ := relOffset(rel)
				return dmatch{end: k + 1, typ: core.TypeDate, val: p.r.shift(unit, off), dateLevel: true}, true
			}
			return dmatch{end: k + 1, typ: core.TypeDuration, val: p.r.duration(p.unitScale(k), false, unit), isDur: true}, true
		}
		if rel == relPast && !p.startsQuantity(k) && p.lex(k) != dlexUnits && p.lex(k) != dlexUnit && p.lex(k) != dlexWeekday && p.lex(k) != dlexMonth && p.lex(k) != dlexSeason {
			return dmatch{end: k, typ: core.TypeDate, val: "PAST_REF"}, true
		}
		if m, ok := p.parseRel(j, k); ok && m.end > k {
			return m, true
		}
		if p.lex(k) == dlexUnit && p.val(k) == unitQuarter && (rel == relCurrent || rel == relThis) {
			return dmatch{end: k + 1, typ: core.TypeDate, val: p.r.quarter(0), dateLevel: true}, true
		}
		if p.lex(k) == dlexUnit && p.val(k) == unitQuarter && (rel == relPrevious || rel == relRecent) {
			return dmatch{end: k + 1, typ: core.TypeDate, val: p.r.quarter(-1), dateLevel: true}, true
		}
		if p.lex(k) == dlexUnit && p.val(k) == unitYear && (rel == relCurrent || rel == relThis) {
			return dmatch{end: k + 1, typ: core.TypeDate, val: p.r.year(0), dateLevel: true}, true
		}
		return dmatch{}, false
	case dlexAnaphor:
		if p.val(j) == 2 {
			return p.parseAnaphor(j) // "the same day"
		}
	case dlexRef:
		if p.is(j, "future") && p.futureIsNoun(j) {
			return dmatch{end: j + 1, typ: core.TypeDate, val: "FUTURE_REF"}, true
		}
	case dlexOrdinal:
		if p.hyphen(j + 1) {
			return dmatch{}, false // "the third-quarter results": the adjective alone
		}
		// "the Fourth of July", "the first of May": that day of the month.
		if p.lex(j+1) == dlexOf && p.lex(j+2) == dlexMonth && p.t(j+2).upper {
			mo, d := p.val(j+2), p.val(j)
			if y, ok := p.yearNum(j + 3); ok {
				return dmatch{end: j + 4, typ: core.TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
			}
			y, story := p.yearFor(mo, d, j, j+3)
			return dmatch{end: j + 3, typ: core.TypeDate, val: p.r.date(y, mo, d), dateLevel: true, inFrame: story}, true
		}
		return p.parseOrdinal(j, true, 0)
	case dlexNumWord:
		if m, ok := p.parseQuantity(j); ok && m.isDur && !p.hyphen(j+1) {
			return m, true
		}
	case dlexEdge:
		// "the early 1980s", "the late 1990s", "the mid-1990s"
		k := j + 1
		if p.hyphen(k) {
			k++
		}
		if k < len(p.toks) {
			if m, ok := p.parseCore(k); ok && m.dateLevel {
				m.mod = modNames[p.val(j)]
				return m, true
			}
		}
	case dlexSeason:
		return p.parseSeason(j, true)
	case dlexPartOfDay:
		// "the morning of 9 June": that day's morning, a TIME.
		if p.lex(j+1) == dlexOf {
			if m, ok := p.parseCore(j + 2); ok && m.typ == core.TypeDate && len(m.val) == 10 {
				return dmatch{end: m.end, typ: core.TypeTime, val: p.r.concat(m.val, "T", partCodes[p.val(j)]), dateLevel: true, inFrame: m.inFrame}, true
			}
		}
		// "On 2 May 1916 ... by the evening": in a story far from its
		// dateline, the evening of the day its sentence named (rule D41);
		// elsewhere it is nothing ("open in the evening", "the night the
		// plane went down").
		if p.lex(j+1) != dlexOf && p.r.far() && p.r.last.gran == granDay && p.r.lastEnd > p.sentenceStartByte(i) {
			return dmatch{end: j + 1, typ: core.TypeTime, val: p.r.concat(p.r.fmtDay(p.r.last.time()), "T", partCodes[p.val(j)]), dateLevel: true}, true
		}
	case dlexWeekend:
		return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.weekend(p.pastOrThis(i)), dateLevel: true}, true
	case dlexUnit:
		if m, ok := p.parseUnitWord(j); ok {
			return m, true // "the year-ago quarter"
		}
		// "the day before", "the year after" closing a clause: a unit
		// before or after the story's latest date (rule D20); before a
		// noun ("the day before the vote") it is the vote's.
		if (p.is(j+1, "before") || p.is(j+1, "after")) && (p.t(j+2).kind == dtPunct || p.t(j+2).kind == 0) && !p.t(j).upper {
			n := -1
			if p.is(j+1, "after") {
				n = 1
			}
			if v, ok := p.r.later(p.val(j), n); ok {
				return dmatch{end: j + 2, typ: core.TypeDate, val: v, dateLevel: true}, true
			}
		}
		if p.hyphen(j+1) || p.lex(j+1) == dlexOf || p.t(j).upper {
			break
		}
		switch p.val(j) {
		case unitQuarter:
			// "the quarter" of an earnings report that has named its
			// quarter is that quarter ("net income for its fiscal fourth
			// quarter ... Revenue in the quarter"); else the last
			// completed one (rule D40).
			if q := p.r.lastQ; q != 0 {
				return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.concat(fmtYear(q/4), "-Q", quarterDigits[q%4]), dateLevel: true}, true
			}
			return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.quarter(-1), dateLevel: true}, true
		case unitYear:
			// "the year 2000", "the year two thousand" (rule D37)
			if y, end, ok := p.yearAt(j + 1); ok {
				return dmatch{end: end, typ: core.TypeDate, val: fmtYear(y), dateLevel: true}, true
			}
			return p.theYear(j), true
		case unitWeek:
			if p.unitScale(j) == 2 {
				// "over the fortnight": two weeks that are no week of
				// the calendar, a DURATION as "the past fortnight" (rule D49)
				return dmatch{end: j + 1, typ: core.TypeDuration, val: p.r.duration(2, false, unitWeek), isDur: true}, true
			}
			return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.week(0), dateLevel: true}, true
		}
	case dlexQuantAdj:
		// "the full year"
		if p.is(j, "full") && p.lex(j+1) == dlexUnit && p.val(j+1) == unitYear && !p.hyphen(j+2) && p.lex(j+2) != dlexOf {
			return p.theYear(j + 1), true
		}
	case dlexDecadeWord:
		// "the nineties"
		return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.concat("19", strconv.Itoa(p.val(j))), dateLevel: true}, true
	case dlexFiscal:
		if m, ok := p.parseFiscal(j); ok {
			return m, true
		}
		if p.lex(j+1) == dlexUnit && p.val(j+1) == unitYear && !p.hyphen(j+2) && p.lex(j+2) != dlexOf {
			return p.theYear(j + 1), true
		}
	case dlexPhase:
		// "the end of the month", "the beginning of October"
		if p.lex(j+1) == dlexOf && j+2 < len(p.toks) {
			k := j + 2
			var m dmatch
			ok := false
			if p.lex(k) == dlexThe && p.lex(k+1) == dlexUnit {
				v := p.r.current(p.val(k + 1))
				if v != "" {
					m, ok = dmatch{end: k + 2, typ: core.TypeDate, val: v, dateLevel: true}, true
				}
			} else {
				m, ok = p.parseCore(k)
			}
			if ok && m.dateLevel {
				m.mod = modNames[p.val(j)]
				return m, true
			}
		}
	}
	if p.t(j).kind == dtNum {
		// "the 1990s", "the nine months", "the 4th of November", but
		// "the 2019 election" is only "2019" (TimeBank leaves "the" out).
		if m, ok := p.parseNumber(j); ok && (m.dateLevel || m.isDur) && !(m.end == j+1 && p.t(j).ndig == 4 && p.t(j).suf == sufNone) && !p.hyphen(j+1) {
			return m, true
		}
	}
	if p.apostrophe(j) {
		return p.parseShortDecade(j)
	}
	return dmatch{}, false
}

// theYear reads "the year" ending at token j (the unit): the dateline's
// year, or a one-year DURATION in a financial period ("the year ended
// March 31").
func (p *dateParser) theYear(j int) dmatch {
	if p.is(j+1, "ended") || p.is(j+1, "ending") || p.is(j+1, "through") {
		return dmatch{end: j + 1, typ: core.TypeDuration, val: "P1Y", isDur: true}
	}
	return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.year(0), dateLevel: true}
}

// anaphoric reads "the next day", "the following week", "the previous
// year" after "the", with rel the relation and k the unit: the unit after
// or before the story's latest date (rule D20). "the following" and "the
// previous" always look back to the story; "the next" does for a day, and
// for longer units in a story far from its dateline ("the next year" in
// news is the dateline's next year, TimeBank); "the next morning" is the
// morning after the story's day.
func (p *dateParser) anaphoric(rel, k int) (dmatch, bool) {
	if p.lex(k) == dlexPartOfDay && (rel == relNext || rel == relFollowing) && p.lex(k+1) != dlexOf {
		// "the next morning": the morning after the story's day.
		if v, ok := p.r.later(unitDay, 1); ok {
			return dmatch{end: k + 1, typ: core.TypeTime, val: p.r.concat(v, "T", partCodes[p.val(k)]), dateLevel: true}, true
		}
		return dmatch{}, false
	}
	if p.lex(k) != dlexUnit || p.hyphen(k+1) || p.lex(k+1) == dlexOf {
		return dmatch{}, false
	}
	unit := p.val(k)
	switch {
	case rel == relFollowing || rel == relPrevious:
	case rel == relNext && (unit == unitDay || p.r.far()):
	default:
		return dmatch{}, false
	}
	off, _ := relOffset(rel)
	if v, ok := p.r.later(unit, off); ok {
		return dmatch{end: k + 1, typ: core.TypeDate, val: v, dateLevel: true}, true
	}
	return dmatch{}, false
}

// newYear reports whether tokens j and j+1 are "new year" after "the",
// not a holiday's name ("the New Year's Day parade") nor an adjective
// ("the new year-long plan").
func (p *dateParser) newYear(j int) bool {
	return p.is(j, "new") && p.lex(j+1) == dlexUnit && p.val(j+1) == unitYear &&
		!p.hyphen(j+2) && !p.apostrophe(j+2) && p.lex(j+2) != dlexOf
}

// qualifiedFuture reports whether tokens j and j+1 are "near future",
// "distant future" or "immediate future" after "the", the noun ("the near
// future."), not an adjective ("the near future president"). TimeBank
// leaves "the foreseeable future" out, an idiom of "indefinitely".
func (p *dateParser) qualifiedFuture(j int) bool {
	// "future" first: the rarest word, read once for every "the" before
	// a word of no class.
	return p.is(j+1, "future") && (p.is(j, "near") || p.is(j, "distant") || p.is(j, "immediate")) &&
		p.futureIsNoun(j+1)
}
