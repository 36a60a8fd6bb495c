package timex

import (
	"strconv"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Relative expressions: references (now, recently), last/next/this with
// a unit ("last week", "next month"), and SETs ("every week").

// parseRef reads now, currently, recently, soon, ...
func (p *dateParser) parseRef(i int) (dmatch, bool) {
	if p.is(i, "future") {
		// "the future" is read by parseThe; alone, "future" is mostly an
		// adjective, a time only before a plural unit ("future quarters").
		if p.lex(i-1) != dlexThe && p.lex(i+1) == dlexUnits {
			return dmatch{end: i + 2, typ: core.TypeDate, val: "FUTURE_REF"}, true
		}
		return dmatch{}, false
	}
	if p.is(i, "now") && p.is(i-1, "from") {
		return dmatch{}, false
	}
	if p.is(i, "present") && (!p.is(i-1, "at") || p.lex(i+1) == dlexOf) {
		return dmatch{}, false // only "at present"; "present a plan" is a verb
	}
	// "Now, the question is ...": discourse, not time (rule D34).
	if p.is(i, "now") && p.sentenceStart(i) && p.punct(i+1, ',') {
		return dmatch{}, false
	}
	return dmatch{end: i + 1, typ: core.TypeDate, val: refValue(p.val(i))}, true
}

func refValue(ref int) string {
	switch ref {
	case refPast:
		return "PAST_REF"
	case refFuture:
		return "FUTURE_REF"
	}
	return "PRESENT_REF"
}

// parseRel reads last/next/this/past/coming/... followed at j by a unit, a
// number of units, a month, a weekday, a season, a weekend or a part of the
// day: "last week", "this year", "next month", "last April", "this
// morning", "recent years".
func (p *dateParser) parseRel(i, j int) (dmatch, bool) {
	rel := p.val(i)
	off, hasOff := relOffset(rel)
	if j >= len(p.toks) {
		return dmatch{}, false
	}
	// "this past weekend", "this coming Sunday": the second word decides.
	if rel == relThis && j == i+1 && p.lex(j) == dlexRel && (p.val(j) == relPast || p.val(j) == relComing) {
		return p.parseRel(j, j+1)
	}
	if rel == relLast && p.lastIsVerb(i) {
		return dmatch{}, false // "expected to last three weeks": the duration alone
	}
	if (p.t(j).kind == dtNum || p.lex(j) == dlexNumWord || p.lex(j) == dlexFew) &&
		(rel == relPast || rel == relLast || rel == relNext || rel == relPrevious || rel == relComing || rel == relFollowing) {
		n, x, _, k, ok := p.number(j)
		if ok {
			if unit, e, _, ok := p.unitAt(k); ok && !p.hyphen(k) {
				return dmatch{end: e, typ: core.TypeDuration, val: p.r.duration(n*p.unitScale(e-1), x, unit), isDur: true}, true
			}
		}
		return dmatch{}, false
	}
	if p.t(j).upper && p.t(j).kind == dtWord && (p.lex(j) == dlexUnit || p.lex(j) == dlexUnits) {
		return dmatch{}, false // "This Week", a programme
	}
	switch p.lex(j) {
	case dlexUnit:
		unit := p.val(j)
		switch {
		case rel == relLatest || (rel == relLast && unit == unitQuarter && p.lex(i-1) == dlexThe):
			if unit == unitQuarter {
				return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.quarter(-1), dateLevel: true}, true
			}
		case rel == relPast && p.lex(i-1) != dlexThe:
			// "past year" without "the": as "last year".
			return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.shift(unit, -1), dateLevel: true}, true
		case hasOff && unit != unitDay && unit != unitSecond && unit != unitMinute && unit != unitHour:
			if p.hyphen(j + 1) {
				return dmatch{}, false // "last-minute"
			}
			v := p.r.shift(unit, off)
			if v == "" {
				return dmatch{}, false
			}
			// "this year's third quarter", "next year's first half": the
			// quarter of that year (rule D36).
			if unit == unitYear && p.apostrophe(j+1) && p.is(j+2, "s") && p.lex(j+3) == dlexOrdinal && len(v) == 4 {
				y, _ := strconv.Atoi(v)
				if m, ok := p.parseOrdinal(j+3, true, y); ok {
					return m, true
				}
			}
			return dmatch{end: j + 1, typ: core.TypeDate, val: v, dateLevel: true}, true
		}
	case dlexUnits:
		unit := p.val(j)
		if rel == relRecent && unit == unitYear {
			return dmatch{end: j + 1, typ: core.TypeDate, val: "PAST_REF"}, true // "in recent years" (TimeBank)
		}
		if rel == relRecent || rel == relComing || rel == relPast || rel == relLast || rel == relNext {
			return dmatch{end: j + 1, typ: core.TypeDuration, val: p.r.duration(0, true, unit), isDur: true}, true
		}
	case dlexMonth:
		if !p.t(j).upper {
			return dmatch{}, false
		}
		mo := p.val(j)
		y := 0
		if p.r.known {
			y = p.r.dct().Year()
			cur := int(p.r.dct().Month())
			switch {
			case rel == relLast && mo >= cur:
				y--
			case rel == relNext && mo <= cur:
				y++
			}
		}
		// "the following March", "the next January" follow the story's
		// latest date, not the dateline (rule D20): the first such month
		// after it ("reopened in June 2025 ... the following March":
		// 2026-03), or before it for "the previous".
		if a := p.r.last; a.gran != granNone && (rel == relFollowing || rel == relPrevious || (rel == relNext && p.lex(j-2) == dlexThe)) {
			y = a.y
			switch {
			case rel == relPrevious && (a.gran == granYear || mo >= a.m):
				y--
			case rel != relPrevious && (a.gran == granYear || mo <= a.m):
				y++
			}
			return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.monthValue(y, mo), dateLevel: true}, true
		}
		if rel == relLast || rel == relNext || rel == relThis {
			return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.monthValue(y, mo), dateLevel: true}, true
		}
	case dlexWeekday:
		if rel == relLast || rel == relNext || rel == relThis || rel == relPast || rel == relComing || rel == relPrevious || rel == relFollowing {
			return p.parseWeekday(j, rel)
		}
	case dlexSeason:
		if hasOff {
			return p.parseSeasonRel(j, rel)
		}
	case dlexWeekend:
		if hasOff {
			return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.weekend(off), dateLevel: true}, true
		}
	case dlexPartOfDay:
		switch {
		case rel == relThis:
			return dmatch{end: j + 1, typ: core.TypeTime, val: p.r.concat(p.r.day(0), "T", partCodes[p.val(j)]), dateLevel: true}, true
		case rel == relLast && p.val(j) == partNight:
			return dmatch{end: j + 1, typ: core.TypeTime, val: p.r.concat(p.r.day(-1), "TNI"), dateLevel: true}, true
		}
	}
	if j == i+1 {
		switch rel {
		case relCurrent:
			if p.is(i, "current") && !p.t(i).upper {
				return dmatch{end: i + 1, typ: core.TypeDate, val: "PRESENT_REF"}, true
			}
		}
	}
	return dmatch{}, false
}

// parseEvery reads a SET: "every week", "each Tuesday", "every two years",
// "each July".
func (p *dateParser) parseEvery(i int) (dmatch, bool) {
	j := i + 1
	if p.is(j, "other") && p.lex(j+1) == dlexUnit {
		// "every other week": every second one, P2W.
		return dmatch{end: j + 2, typ: core.TypeSet, val: p.r.duration(2*p.unitScale(j+1), false, p.val(j+1))}, true
	}
	switch p.lex(j) {
	case dlexUnit:
		return dmatch{end: j + 1, typ: core.TypeSet, val: p.r.duration(p.unitScale(j), false, p.val(j))}, true
	case dlexWeekend:
		return dmatch{end: j + 1, typ: core.TypeSet, val: "XXXX-WXX-WE"}, true // "every weekend"
	case dlexWeekday:
		v := p.r.concat("XXXX-WXX-", strconv.Itoa(p.val(j)))
		if p.lex(j+1) == dlexPartOfDay {
			return dmatch{end: j + 2, typ: core.TypeSet, val: p.r.concat(v, "T", partCodes[p.val(j+1)])}, true
		}
		return dmatch{end: j + 1, typ: core.TypeSet, val: v}, true
	case dlexMonth:
		if p.t(j).upper {
			return dmatch{end: j + 1, typ: core.TypeSet, val: p.r.concat("XXXX-", p.r.pad2(p.val(j)))}, true
		}
	case dlexPartOfDay:
		return dmatch{end: j + 1, typ: core.TypeSet, val: p.r.concat("XXXX-XX-XXT", partCodes[p.val(j)])}, true
	case dlexSeason:
		// "each spring": every spring, XXXX-SP (TimeML guidelines, SET).
		if p.lex(j+1) != dlexOf {
			return dmatch{end: j + 1, typ: core.TypeSet, val: p.r.concat("XXXX-", seasonCodes[p.val(j)])}, true
		}
	case dlexNumWord:
		n, x, _, k, ok := p.number(j)
		if ok {
			if unit, e, plural, ok := p.unitAt(k); ok && plural {
				return dmatch{end: e, typ: core.TypeSet, val: p.r.duration(n, x, unit)}, true
			}
		}
	}
	if p.t(j).kind == dtNum {
		n, x, _, k, ok := p.number(j)
		if ok {
			if unit, e, plural, ok := p.unitAt(k); ok && plural {
				return dmatch{end: e, typ: core.TypeSet, val: p.r.duration(n, x, unit)}, true
			}
		}
	}
	return dmatch{}, false
}

// futureIsNoun reports whether "future" at j is the noun ("in the future,",
// "the future looks bright") rather than an adjective before one ("the
// future president", "the future of Europe").
func (p *dateParser) futureIsNoun(j int) bool {
	next := p.t(j + 1)
	switch {
	case next.kind != dtWord:
		return true
	case next.upper:
		return false
	}
	switch next.lex {
	case dlexPrep, dlexAnd, dlexPast, dlexFuture:
		return true
	case dlexOf:
		return false
	}
	switch strings.ToLower(p.word(j + 1)) {
	case "or", "but", "is", "looks", "holds", "remains", "belongs", "seems", "that", "when", "where", "as":
		return true
	}
	return false
}

// lastIsVerb reports whether "last" at token i is the verb: after "to", a
// modal or "not" ("to last three weeks", "could last a month", "did not
// last"), not the adjective of "last week".
func (p *dateParser) lastIsVerb(i int) bool {
	if !p.is(i, "last") {
		return false
	}
	if p.is(i-1, "to") || p.is(i-1, "not") || p.is(i-1, "can") || p.is(i-1, "may") || p.is(i-1, "must") {
		return true
	}
	return p.lex(i-1) == dlexFuture && !p.is(i-1, "expected") && !p.is(i-1, "due")
}
