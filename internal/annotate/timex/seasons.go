package timex

import "github.com/newsroom/annotator/internal/annotate/core"

// Seasons and holidays: "summer 2025", "last winter", "Christmas Day".

// parseSeasonRel reads "last summer", "this winter".
func (p *dateParser) parseSeasonRel(j, rel int) (dmatch, bool) {
	s := p.val(j)
	y := 0
	if p.r.known {
		// Seasons in the order a year passes through them: January and
		// February are still the winter that began the year before (0).
		y = p.r.dct().Year()
		cur := seasonOfMonth(int(p.r.dct().Month()))
		if m := p.r.dct().Month(); m <= 2 {
			cur = 0
		}
		switch {
		case (rel == relLast || rel == relPast || rel == relPrevious) && s >= cur:
			y--
		case (rel == relNext || rel == relComing) && s <= cur:
			y++
		case (rel == relThis || rel == relCurrent) && cur == 0 && s == 4:
			y-- // "this winter" in January began last year
		}
	}
	// "the following spring", "the next spring" of a story in 1889 follow
	// the story (rule D20); "last spring" and "next spring" are the
	// dateline's.
	anaphoric := rel == relFollowing || rel == relPrevious || (rel == relNext && p.lex(j-2) == dlexThe)
	if off, ok := relOffset(rel); ok && anaphoric && p.r.far() {
		y = p.r.frame.y + off
	}
	return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.concat(yearPrefix(y), "-", seasonCodes[s]), dateLevel: true}, true
}

func seasonOfMonth(month int) int {
	switch {
	case month >= 3 && month <= 5:
		return 1
	case month >= 6 && month <= 8:
		return 2
	case month >= 9 && month <= 11:
		return 3
	}
	return 4
}

// parseSeason reads a season: "summer 2025", "the summer of 2025", or, after
// "the" or a preposition, the season of the dateline's year. "fall" needs
// "the" or a year.
func (p *dateParser) parseSeason(i int, afterThe bool) (dmatch, bool) {
	s := p.val(i)
	j := i + 1
	k := j
	if p.lex(k) == dlexOf {
		k++
	}
	if y, end, ok := p.yearAt(k); ok && (k > j || p.t(k).kind == dtNum) {
		return dmatch{end: end, typ: core.TypeDate, val: p.r.concat(fmtYear(y), "-", seasonCodes[s]), dateLevel: true}, true
	}
	// "planning for a tougher summer", "after a wet winter.": an
	// adjective between an article and the season, which ends its phrase
	// (not "a hot summer day"), is as "the" (rule D52).
	if !afterThe && s != 3 && (p.lex(i-2) == dlexA || p.lex(i-2) == dlexThe) && p.t(i-1).kind == dtWord && !p.t(i-1).upper && p.lex(i-1) == dlexNone &&
		(j >= len(p.toks) || p.t(j).kind == dtPunct || p.lex(j) == dlexPrep) {
		afterThe = true
	}
	if !afterThe && (s == 3 || (p.lex(i-1) != dlexPrep && p.lex(i-1) != dlexEdge)) {
		return dmatch{}, false
	}
	if p.lex(j) == dlexOf || (s == 3 && (p.lex(j) == dlexPrep || (p.t(j).kind == dtWord && p.lex(j) == dlexNone && !p.t(j).upper))) {
		return dmatch{}, false // "the fall of Kabul", "the fall in prices", "the fall guy"
	}
	y, story := p.r.storyYear(3*s), true // spring from March, ..., winter from December
	if y == 0 {
		y, story = p.r.yearOf(s, seasonOfMonth(int(p.r.dct().Month())), p.direction(i, j)), false
	}
	return dmatch{end: j, typ: core.TypeDate, val: p.r.concat(yearPrefix(y), "-", seasonCodes[s]), dateLevel: true, inFrame: story}, true
}

// parseHoliday reads a holiday: "Christmas", "Christmas Day", "Christmas
// Eve", "Halloween", "Valentine's Day", "New Year's Day", "Boxing Day",
// "Independence Day", and the moving ones of holidays.go ("Easter",
// "Thanksgiving Day", "Memorial Day"), with an optional year (rule D33).
func (p *dateParser) parseHoliday(i int) (dmatch, bool) {
	if !p.t(i).upper {
		return dmatch{}, false
	}
	md := p.val(i)
	j := i + 1
	switch {
	case md == holidayNewYear:
		// "New Year's Day", "New Year's Eve"; not "New York", nor "the New
		// Year" (no day).
		if !p.is(j, "year") || !p.t(j).upper {
			return dmatch{}, false
		}
		j++
		if p.apostrophe(j) && p.is(j+1, "s") {
			j += 2
		}
		switch {
		case p.is(j, "day"):
			md = 101
		case p.is(j, "eve"):
			md = 1231
		default:
			return dmatch{}, false
		}
		j++
	case md >= fixedNeedsDay && md < movingHoliday:
		if !p.is(j, "day") {
			return dmatch{}, false // "Boxing" alone is a sport
		}
		md -= fixedNeedsDay
		j++
	case p.apostrophe(j) && p.is(j+1, "s") && p.is(j+2, "day"):
		j += 3
	case p.apostrophe(j) && p.is(j+1, "day") && p.joined(j):
		j += 2 // "Presidents' Day"
	case p.is(j, "day"):
		j++
	case p.is(j, "eve") && md == 1225:
		md = 1224
		j++
	case md == 214:
		return dmatch{}, false // "Valentine" alone is a name
	case md >= holidayNeedsDay:
		return dmatch{}, false // "Memorial" alone is not a day
	}
	if md >= movingHoliday {
		return p.parseMovingHoliday(i, j, md)
	}
	mo, d := md/100, md%100
	if y, ok := p.yearNum(j); ok {
		return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
	}
	y, story := p.yearFor(mo, d, i, j)
	return dmatch{end: j, typ: core.TypeDate, val: p.r.date(y, mo, d), dateLevel: true, inFrame: story}, true
}
