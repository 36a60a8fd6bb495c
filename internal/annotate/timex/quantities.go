package timex

import (
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Numbers and quantities of units: "four years", "two and a half hours",
// "three days ago", "a year earlier".

// maxExact is the largest integer that a float64 holds exactly, 2^53.
const maxExact = 1 << 53

// decimalValue reads a number token with a decimal part ("2.5",
// "1,000.25": digits, commas, one point) as strconv.ParseFloat reads it
// once the commas are dropped, and reports false for anything else. It
// divides the digits, as an integer, by a power of ten, both exact in a
// float64, so the quotient is correctly rounded, as ParseFloat's is; a
// number with too many digits for that (16 and more; no quantity of time
// has them) is refused rather than read approximately. It keeps strconv's float parser, some 20
// KB, out of the WebAssembly modules (issue 14).
func decimalValue(s string) (float64, bool) {
	var digits uint64
	scale := 1.0
	point, seen := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ',':
		case c == '.' && !point:
			point = true
		case c >= '0' && c <= '9':
			if digits >= maxExact/10 {
				return 0, false
			}
			digits = digits*10 + uint64(c-'0')
			seen = true
			if point {
				scale *= 10
			}
		default:
			return 0, false
		}
	}
	return float64(digits) / scale, seen
}

// number reads a number at i: digits, words ("twenty-four", "a hundred"),
// "a"/"an", "a few", "several", "a couple of", "two and a half", "2 1/2".
// x marks an unknown number. It returns the token after the number.
func (p *dateParser) number(i int) (n float64, x bool, mod int, j int, ok bool) {
	if i >= len(p.toks) {
		return 0, false, 0, i, false
	}
	t := p.t(i)
	j = i + 1
	switch {
	case t.kind == dtNum:
		if t.suf != sufNone {
			return 0, false, 0, i, false
		}
		if t.frac {
			f, ok := decimalValue(p.word(i))
			if !ok {
				return 0, false, 0, i, false
			}
			n = f
		} else {
			n = float64(t.num)
		}
		// 2 1/2
		if a, ok1 := p.num(j); ok1 && a == 1 && p.punct(j+1, '/') {
			if b, ok2 := p.num(j + 2); ok2 && b == 2 {
				n += 0.5
				j += 3
			}
		}
	case t.lex == dlexNumWord:
		n = float64(t.val)
		if t.val >= 20 && t.val%10 == 0 {
			k := j
			if p.hyphen(k) {
				k++
			}
			if p.lex(k) == dlexNumWord && p.val(k) < 10 && p.val(k) > 0 {
				n += float64(p.val(k))
				j = k + 1
			}
		}
		if p.lex(j) == dlexHundred {
			n *= float64(p.val(j))
			j++
		}
	case t.lex == dlexA:
		switch p.lex(j) {
		case dlexFew:
			if p.val(j) == 0 {
				if !p.is(j, "few") {
					return 0, false, 0, i, false
				}
				return 0, true, 0, j + 1, true
			}
			n = float64(p.val(j))
			j++
			if p.lex(j) == dlexOf {
				j++
			}
			if n == 2 {
				mod = modApprox
			}
			return n, false, mod, j, true
		case dlexHundred:
			return float64(p.val(j)), false, 0, j + 1, true
		case dlexHalf:
			return 0.5, false, 0, j + 1, true
		}
		n = 1
	case t.lex == dlexFew:
		if p.val(i) != 0 {
			n = float64(p.val(i))
			if p.lex(j) == dlexOf {
				j++
			}
			return n, false, 0, j, true
		}
		return 0, true, 0, j, true
	case t.lex == dlexHalf:
		if p.lex(j) == dlexA {
			return 0.5, false, 0, j + 1, true
		}
		return 0, false, 0, i, false
	default:
		return 0, false, 0, i, false
	}
	// "two and a half"
	if p.lex(j) == dlexAnd && p.lex(j+1) == dlexA && p.lex(j+2) == dlexHalf {
		n += 0.5
		j += 3
	}
	return n, x, mod, j, true
}

// unitScale is how many of its unit the unit word at j counts: 2 for
// "fortnight" (a week's unit, two of them), else 1.
func (p *dateParser) unitScale(j int) float64 {
	if p.is(j, "fortnight") || p.is(j, "fortnights") {
		return 2
	}
	return 1
}

// countOfThingsBefore reports whether a number and a plural noun come
// just before token i: "3,000 calls", "two meetings" (not a unit: "10
// hours a day" is a DURATION and a SET of its own).
func (p *dateParser) countOfThingsBefore(i int) bool {
	noun := p.t(i - 1)
	if noun.kind != dtWord || noun.upper || noun.lex != dlexNone || noun.end-noun.start < 3 || p.text[noun.end-1] != 's' || p.text[noun.end-2] == 's' {
		return false
	}
	if _, ok := p.num(i - 2); ok {
		return true
	}
	return p.lex(i-2) == dlexNumWord || p.lex(i-2) == dlexHundred
}

// unitAt reads a unit at j, allowing "five-year", and reports whether it was plural.
func (p *dateParser) unitAt(j int) (unit, end int, plural, ok bool) {
	if p.hyphen(j) {
		j++
	}
	switch p.lex(j) {
	case dlexUnit:
		return p.val(j), j + 1, false, true
	case dlexUnits:
		return p.val(j), j + 1, true, true
	}
	return 0, j, false, false
}

// parseQuantity reads a number of units and what follows it: "ago",
// "earlier", "from now" make a DATE; otherwise a DURATION, or a SET after a
// rate ("$50,000 a year").
func (p *dateParser) parseQuantity(i int) (dmatch, bool) {
	n, x, mod, j, ok := p.number(i)
	if !ok {
		return dmatch{}, false
	}
	if p.lex(j) == dlexQuantAdj {
		j++ // "20 more years", "an additional year"
	}
	unit, k, _, ok := p.unitAt(j)
	if ok {
		n *= p.unitScale(k - 1) // "a fortnight" P2W
	}
	if !ok && p.is(j, "times") && !x {
		return p.parseRate(j + 1) // "eight times a year"
	}
	if !ok {
		// "two to three weeks", "12 to 18 months": a range, one span.
		if (p.is(j, "to") || p.is(j, "or")) && !p.hyphen(j) && !x {
			if _, _, _, j2, ok := p.number(j + 1); ok && p.lex(j+1) != dlexA {
				if u, k2, _, ok := p.unitAt(j2); ok && !p.hyphen(j2) {
					return dmatch{end: k2, typ: core.TypeDuration, val: p.r.duration(n, false, u), isDur: true}, true
				}
			}
		}
		return dmatch{}, false
	}
	// "a quarter of the vote", "one day of mourning" is fine but not "a quarter of";
	// "cut heart attacks by a quarter", "rose by a quarter": a fraction.
	if unit == unitQuarter && !x && ((p.lex(k) == dlexOf && n <= 3) || (n == 1 && p.lex(i) == dlexA && p.is(i-1, "by"))) {
		return dmatch{}, false
	}
	// "3,000 calls a year", "two meetings a month": a count of things in
	// each unit, a SET as "eight times a year" (rule D49).
	if n == 1 && p.lex(i) == dlexA && p.lex(j) != dlexQuantAdj && p.lex(k) != dlexAgo && !p.is(k, "earlier") && !p.is(k, "later") && p.countOfThingsBefore(i) {
		return dmatch{end: k, typ: core.TypeSet, val: p.r.duration(1, false, unit)}, true
	}
	if p.hyphen(k) && p.is(k+1, "old") {
		// "a 6-year-old", "the 30-year-old driver": an age, not a time
		// expression (rule D31); nothing of it is one.
		return dmatch{end: k + 2}, true
	}
	if p.hyphen(j) && p.t(k-1).upper && p.t(k).kind == dtWord && p.t(k).upper && p.lex(k) != dlexMonth && p.lex(k) != dlexWeekday {
		// "The Four-Minute Mile", "the Six-Day War": a compound in title
		// case before a capitalised noun is part of a name, no time of
		// the text (rule D43); "a four-minute mile" stays a DURATION.
		return dmatch{end: k}, true
	}
	if p.lex(i) == dlexA && (p.hyphen(j) || p.hyphen(k)) {
		return dmatch{}, false // "a year-earlier profit", "a two-year-old"
	}
	// "a minute and a half"
	if p.lex(k) == dlexAnd && p.lex(k+1) == dlexA && p.lex(k+2) == dlexHalf {
		n += 0.5
		k += 3
	}
	m := dmatch{end: k, typ: core.TypeDuration, isDur: true}
	if mod != 0 {
		m.mod = modNames[mod]
	}
	// "a week or so ago": the approximation inside (rule D39).
	if p.is(k, "or") && p.is(k+1, "so") && p.lex(k+2) == dlexAgo {
		if v := p.r.ago(n, x, unit, -1); v != "" {
			return dmatch{end: k + 3, typ: core.TypeDate, val: v, dateLevel: true, mod: modNames[modApprox]}, true
		}
	}
	switch {
	case p.lex(k) == dlexAgo || (p.is(k, "earlier") && !p.is(k+1, "than")) || p.is(k, "back"):
		v := p.back(n, x, unit, i, k+1, !p.is(k, "ago"))
		m = dmatch{end: k + 1, typ: core.TypeDate, val: v, dateLevel: true, mod: m.mod, counted: true}
		return m, true
	case p.is(k, "later") && !p.is(k+1, "than") && !x && n >= 1 && n <= 100 && n == float64(int(n)):
		// "two days later": TimeBank spans the DURATION "two days"; the
		// story moves on by it (rule D20).
		m.val, m.laterUnit, m.laterN = p.r.duration(n, x, unit), int8(unit), int8(n)
		return m, true
	case p.is(k, "from") && p.is(k+1, "today") && !x && unit >= unitDay && unit <= unitYear && unit != unitQuarter && n == float64(int(n)):
		// "two weeks from today": the day that many units after the dateline.
		m = dmatch{end: k + 2, typ: core.TypeDate, val: p.r.fromAnchor(anchor{y: p.r.y, m: p.r.m, d: p.r.d, gran: granDay}, unit, int(n)), dateLevel: true, mod: m.mod}
		if !p.r.known {
			m.val = "XXXX-XX-XX"
		}
		return m, true
	case p.is(k, "from") && p.is(k+1, "now"):
		m = dmatch{end: k + 2, typ: core.TypeDate, val: p.r.ago(n, x, unit, 1), dateLevel: true, mod: m.mod}
		return m, true
	}
	// "$50,000 a year", "twice a week", "10 hours a day": a rate.
	if p.lex(i) == dlexA && i > 0 && (p.t(i-1).kind == dtNum || p.lex(i-1) == dlexUnits || p.is(i-1, "twice") || p.is(i-1, "once") || p.is(i-1, "times") || p.lex(i-1) == dlexHundred || p.is(i-1, "million") || p.is(i-1, "billion")) {
		return dmatch{end: k, typ: core.TypeSet, val: p.r.duration(1, false, unit)}, true
	}
	m.val = p.r.duration(n, x, unit)
	// "3 minutes 59.4 seconds", "two years and six months": one DURATION
	// of both parts (TimeML guidelines: PT3M59.4S, P2Y6M).
	if !x && unit != unitWeek && unit != unitQuarter && unit < unitDecade {
		k2 := k
		if p.lex(k2) == dlexAnd {
			k2++
		}
		if n2, x2, _, j2, ok := p.number(k2); ok && !x2 && p.lex(k2) != dlexA {
			if u2, e2, _, ok := p.unitAt(j2); ok && u2 < unit && u2 != unitWeek && !p.hyphen(j2) {
				m.end, m.val = e2, p.r.compound(n, unit, n2, u2)
			}
		}
	}
	return m, true
}

// compound is the TIMEX3 duration of n1 units u1 and n2 smaller units u2:
// P2Y6M, P1DT6H, PT3M59.4S.
func (r dresolver) compound(n1 float64, u1 int, n2 float64, u2 int) string {
	var a [48]byte
	b := append(a[:0], 'P')
	timeDone := false
	for _, part := range [...]struct {
		n float64
		u int
	}{{n1, u1}, {n2, u2}} {
		if part.u <= unitHour && !timeDone {
			b = append(b, 'T')
			timeDone = true
		}
		b = strconv.AppendFloat(b, part.n, 'f', -1, 64)
		b = append(b, durationUnitCode(part.u)...)
	}
	return r.vals.intern(b)
}

// parseRate reads the rate after a count of times, from token k: "a
// year" in "twice a year", "per week" in "three times per week": the SET
// of the unit, its extent taking the count in (TimeML guidelines, SET:
// "twice a week" is one TIMEX3 whose freq is 2X).
func (p *dateParser) parseRate(k int) (dmatch, bool) {
	if p.lex(k) == dlexSetAdv {
		// "twice weekly", "three times daily": the adverb's SET.
		return dmatch{end: k + 1, typ: core.TypeSet, val: p.r.duration(1, false, p.val(k))}, true
	}
	if p.lex(k) == dlexEvery && p.lex(k+1) != dlexUnit {
		return p.parseEvery(k) // "once every three months"
	}
	if p.lex(k) != dlexA && p.lex(k) != dlexEvery {
		return dmatch{}, false
	}
	if p.lex(k+1) != dlexUnit || p.hyphen(k+2) {
		return dmatch{}, false
	}
	return dmatch{end: k + 2, typ: core.TypeSet, val: p.r.duration(p.unitScale(k+1), false, p.val(k+1))}, true
}
