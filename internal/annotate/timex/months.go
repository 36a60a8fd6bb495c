package timex

import (
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Month names: "October 17, 2025", "Oct. 17", "August 1988", a month alone.

// parseMonth reads a month name: "October 17, 2025", "Oct. 17", "August
// 1988", "January this year", or a month alone where the context makes it
// a month (an ambiguous "May" or "March" needs a preposition).
func (p *dateParser) parseMonth(i int) (dmatch, bool) {
	t := p.t(i)
	mo := p.val(i)
	abbr := t.lex == dlexMonthAbbr
	if !t.upper && (abbr || mo == 3 || mo == 5 || mo == 8) {
		return dmatch{}, false
	}
	j := i + 1
	dotted := false
	if abbr && p.punct(j, '.') && p.joined(j) {
		j++
		dotted = true
	}
	if d, ok := p.dayNum(j); ok && !p.hyphen(j+1) && p.lex(j+1) != dlexUnits && p.lex(j+1) != dlexUnit {
		k := j + 1
		if p.punct(k, ',') {
			k++
		}
		if y, ok := p.yearNum(k); ok {
			return dmatch{end: k + 1, typ: core.TypeDate, val: p.r.date(y, mo, d), dateLevel: true, order: orderMonthFirst}, true
		}
		y, story := p.yearFor(mo, d, i, j+1)
		return dmatch{end: j + 1, typ: core.TypeDate, val: p.r.date(y, mo, d), dateLevel: true, inFrame: story, order: orderMonthFirst}, true
	}
	k := j
	if p.punct(k, ',') || p.lex(k) == dlexOf {
		k++
	}
	if y, end, ok := p.yearAt(k); ok {
		return dmatch{end: end, typ: core.TypeDate, val: p.r.monthValue(y, mo), dateLevel: true}, true
	}
	// "March of that year": the story's year (rule D20).
	if p.lex(j) == dlexOf && p.is(j+1, "that") && p.lex(j+2) == dlexUnit && p.val(j+2) == unitYear {
		if v, ok := p.r.later(unitYear, 0); ok {
			y, _ := strconv.Atoi(v)
			return dmatch{end: j + 3, typ: core.TypeDate, val: p.r.monthValue(y, mo), dateLevel: true}, true
		}
	}
	// "January this year", "June last year"
	if p.lex(j) == dlexRel && p.lex(j+1) == dlexUnit && p.val(j+1) == unitYear {
		off, ok := relOffset(p.val(j))
		if ok {
			y := 0
			if p.r.known {
				y = p.r.dct().Year() + off
			}
			return dmatch{end: j + 2, typ: core.TypeDate, val: p.r.monthValue(y, mo), dateLevel: true}, true
		}
	}
	if abbr && !dotted {
		return dmatch{}, false
	}
	if !p.monthAlone(i, mo) {
		return dmatch{}, false
	}
	if p.yearlyAround(i, j) {
		// "every year in late May", "in June each year": a month of any
		// year (rule D49).
		return dmatch{end: j, typ: core.TypeDate, val: p.r.monthValue(0, mo), dateLevel: true}, true
	}
	y, story := p.yearFor(mo, 0, i, j)
	return dmatch{end: j, typ: core.TypeDate, val: p.r.monthValue(y, mo), dateLevel: true, inFrame: story}, true
}

// yearlyAround reports whether a month alone at tokens [i, j) sits next
// to a yearly SET: "every year in late May", "each year in June", "in
// June every year", "annually in March".
func (p *dateParser) yearlyAround(i, j int) bool {
	yearly := func(k int) bool { // a yearly SET ending (back) or starting at k
		return (p.lex(k) == dlexSetAdv && p.val(k) == unitYear) ||
			(p.lex(k) == dlexUnit && p.val(k) == unitYear && p.lex(k-1) == dlexEvery)
	}
	k := i - 1
	if p.lex(k) == dlexEdge {
		k--
	}
	if p.lex(k) == dlexPrep && yearly(k-1) {
		return true
	}
	if p.lex(j) == dlexSetAdv && p.val(j) == unitYear {
		return true
	}
	return p.lex(j) == dlexEvery && p.lex(j+1) == dlexUnit && p.val(j+1) == unitYear
}

// monthAlone decides whether a month name with no day or year is a month:
// not a name ("June Carter"), and for "May" and "March" (a modal, a verb or
// a noun as well) only after a preposition or another month.
func (p *dateParser) monthAlone(i, mo int) bool {
	afterPrep := p.lex(i-1) == dlexPrep && !p.is(i-1, "to")
	if !afterPrep && p.t(i+1).kind == dtWord && p.t(i+1).upper && p.lex(i+1) != dlexWeekday && p.lex(i+1) != dlexMonth {
		return false // "June Carter"; but "in June President Biden ..."
	}
	if p.apostrophe(i+1) && p.is(i+2, "s") && mo != 5 && mo != 3 {
		return true
	}
	if mo != 5 && mo != 3 {
		if i > 0 && p.t(i-1).kind == dtWord && p.t(i-1).upper && p.lex(i-1) == dlexNone && !p.sentenceStart(i-1) {
			return false // "Mary June", "Queen May"
		}
		return true
	}
	switch p.lex(i - 1) {
	case dlexPrep, dlexOf, dlexEdge:
		return !p.is(i-1, "to") || p.lex(i-3) == dlexMonth || p.lex(i-2) == dlexMonth
	case dlexAnd:
		return p.lex(i-2) == dlexMonth
	}
	if p.punct(i-1, ',') || p.is(i-1, "or") {
		return p.lex(i-2) == dlexMonth
	}
	if p.punct(i-1, '-') {
		return p.lex(i-2) == dlexEdge
	}
	// "the Met Office said March had started colder": "March" as the
	// subject of an auxiliary, after no name ("Fredric March was"); not
	// "May", a first name too ("May was tired").
	if mo == 3 && !(p.t(i-1).kind == dtWord && p.t(i-1).upper) && p.lex(i-1) != dlexTitle {
		for _, w := range monthSubjectVerbs {
			if p.is(i+1, w) {
				return true
			}
		}
	}
	return false
}

// monthSubjectVerbs are the auxiliaries after which a capitalised "March"
// with no preposition is the month, the subject of its clause.
var monthSubjectVerbs = [...]string{"is", "was", "has", "had", "will", "would"}
