package annotate

import (
	"strconv"
	"strings"
)

// dateParser holds one window of tokens and builds time expressions from
// them. Each rule starts at a trigger token and reads ahead; the rules
// follow the TimeML/TIMEX3 guidelines as applied in TimeBank (span choices:
// determiners and modifiers are inside, "the past four years" is one
// DURATION, a possessive 's is outside).
type dateParser struct {
	text string
	toks []dtoken
	r    dresolver
}

// dmatch is one expression found: tokens [start, end), its type, value and mod.
type dmatch struct {
	end       int
	typ, val  string
	mod       string
	isDur     bool
	dateLevel bool // a calendar date or time (can take early/late/earlier)
}

// --- token helpers ---

// noToken stands for a token before or after the window: no kind, no class.
var noToken dtoken

// t returns token i, or an empty token when i is outside the window, so
// that rules may look ahead and behind without bounds checks.
func (p *dateParser) t(i int) *dtoken {
	if i < 0 || i >= len(p.toks) {
		return &noToken
	}
	return &p.toks[i]
}

func (p *dateParser) lex(i int) lexKind {
	if i < 0 || i >= len(p.toks) {
		return lexNone
	}
	return p.t(i).lex
}

func (p *dateParser) val(i int) int { return int(p.t(i).val) }

func (p *dateParser) word(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.text[p.t(i).start:p.t(i).end]
}

// is reports whether token i is the word w (w in lower case).
func (p *dateParser) is(i int, w string) bool {
	if i < 0 || i >= len(p.toks) || p.t(i).kind != dtWord {
		return false
	}
	return strings.EqualFold(p.word(i), w)
}

// punct reports whether token i is the ASCII mark c.
func (p *dateParser) punct(i int, c byte) bool {
	if i < 0 || i >= len(p.toks) || p.t(i).kind != dtPunct {
		return false
	}
	t := p.t(i)
	return t.end-t.start == 1 && p.text[t.start] == c
}

// apostrophe reports whether token i is ' or ’.
func (p *dateParser) apostrophe(i int) bool {
	if i < 0 || i >= len(p.toks) || p.t(i).kind != dtPunct {
		return false
	}
	w := p.word(i)
	return w == "'" || w == "\u2019"
}

// hyphen reports whether token i is a hyphen written without spaces.
func (p *dateParser) hyphen(i int) bool {
	return p.punct(i, '-') && i+1 < len(p.toks) && !p.t(i+1).space && !p.t(i).space
}

// joined reports whether token i follows token i-1 with no space.
func (p *dateParser) joined(i int) bool { return i < len(p.toks) && !p.t(i).space }

func (p *dateParser) num(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) || p.t(i).kind != dtNum || p.t(i).frac {
		return 0, false
	}
	return int(p.t(i).num), true
}

// dayNum reads a day of the month: 1-31, plain or ordinal ("17", "17th").
func (p *dateParser) dayNum(i int) (int, bool) {
	n, ok := p.num(i)
	t := p.t(i)
	if !ok || t.ndig > 2 || n < 1 || n > 31 || (t.suf != sufNone && t.suf != sufOrdinal) {
		return 0, false
	}
	// "3:15", "5-4", "17%" are not days.
	if p.punct(i+1, ':') || p.punct(i+1, '%') || (p.punct(i+1, '.') && p.joined(i+1) && i+2 < len(p.toks) && p.t(i+2).kind == dtNum) {
		return 0, false
	}
	return n, true
}

// yearNum reads a four-digit year.
func (p *dateParser) yearNum(i int) (int, bool) {
	n, ok := p.num(i)
	if !ok || p.t(i).ndig != 4 || p.t(i).suf != sufNone || p.t(i).comma || n < 1000 || n > 2199 {
		return 0, false
	}
	return n, true
}

// --- the grammar ---

// parseAt tries every rule that can start at token i.
func (p *dateParser) parseAt(i int) (dmatch, bool) {
	t := p.t(i)
	switch t.lex {
	case lexApprox:
		return p.parseApprox(i)
	case lexEdge:
		return p.parseEdge(i)
	case lexPrep:
		if p.is(i, "at") && p.is(i+1, "least") {
			return p.withMod(i+2, modEqualOrMore, true)
		}
		return dmatch{}, false
	case lexCompar, lexQuantAdj:
		switch {
		case p.is(i, "up") && p.is(i+1, "to"):
			return p.withMod(i+2, modEqualOrLess, true)
		case p.is(i+1, "than") && p.is(i, "more"):
			return p.withMod(i+2, modMoreThan, true)
		case p.is(i+1, "than") && !p.is(i, "up"):
			return p.withMod(i+2, modLessThan, true)
		}
		return dmatch{}, false
	}
	return p.parseCore(i)
}

// withMod parses a core expression at j and gives it mod; quantity limits
// the modifier to durations and counted expressions ("about two years").
func (p *dateParser) withMod(j, mod int, quantity bool) (dmatch, bool) {
	if j >= len(p.toks) {
		return dmatch{}, false
	}
	if quantity && !p.startsQuantity(j) {
		return dmatch{}, false
	}
	m, ok := p.parseCore(j)
	if !ok {
		return dmatch{}, false
	}
	if m.mod == "" {
		m.mod = modNames[mod]
	}
	return m, true
}

// startsQuantity reports whether token j opens a number of units.
func (p *dateParser) startsQuantity(j int) bool {
	switch p.lex(j) {
	case lexNumWord, lexA, lexFew, lexHalf, lexThe, lexHundred:
		return true
	}
	return p.t(j).kind == dtNum
}

func (p *dateParser) parseApprox(i int) (dmatch, bool) {
	mod := p.val(i)
	if p.is(i, "nearly") || p.is(i, "almost") {
		mod = modLessThan
	}
	// "over" and "some" only before a number ("over two years", "some 20
	// years"), and "over" not after a rate ("4% over two years" spreads
	// the rise across them).
	quantity := p.is(i, "over") || p.is(i, "some")
	if quantity && (p.lex(i+1) == lexThe || p.t(i-1).kind == dtNum || p.punct(i-1, '%') || p.lex(i-1) == lexCountNoun) {
		return dmatch{}, false
	}
	return p.withMod(i+1, mod, quantity)
}

// parseEdge reads early/late/mid/earlier/later before a calendar expression:
// "early next year", "late yesterday", "mid-November", "earlier this month".
func (p *dateParser) parseEdge(i int) (dmatch, bool) {
	j := i + 1
	if p.hyphen(j) {
		j++
	}
	if j >= len(p.toks) {
		return dmatch{}, false
	}
	if (p.is(i, "earlier") || p.is(i, "later")) && !p.relativeStart(j) {
		return dmatch{}, false
	}
	m, ok := p.parseCore(j)
	if !ok || !m.dateLevel {
		return dmatch{}, false
	}
	if m.mod == "" {
		m.mod = modNames[p.val(i)]
	}
	return m, true
}

// relativeStart reports whether token j opens a deictic expression that
// "earlier"/"later" can narrow: this/today/yesterday/tomorrow/a weekday.
func (p *dateParser) relativeStart(j int) bool {
	switch p.lex(j) {
	case lexDeictic, lexWeekday:
		return true
	case lexRel:
		return p.val(j) == relThis
	case lexPrep:
		return p.is(j, "in") && p.lex(j+1) == lexThe && p.lex(j+2) == lexUnit
	}
	return false
}

// parseCore dispatches on the class of the first token.
func (p *dateParser) parseCore(i int) (dmatch, bool) {
	t := p.t(i)
	if t.kind == dtNum {
		return p.parseNumber(i)
	}
	if t.kind == dtPunct {
		if p.apostrophe(i) && p.joined(i+1) {
			return p.parseShortDecade(i)
		}
		return dmatch{}, false
	}
	switch t.lex {
	case lexMonth, lexMonthAbbr:
		return p.parseMonth(i)
	case lexWeekday:
		return p.parseWeekday(i, 0)
	case lexWeekdayAbbr:
		// "Fri 17 Oct 2025", "Tue., Nov. 4": only before a full date.
		k := i + 1
		if p.punct(k, '.') && p.joined(k) {
			k++
		}
		if p.punct(k, ',') {
			k++
		}
		if m, ok := p.parseCore(k); ok && m.typ == TypeDate && len(m.val) == 10 && t.upper {
			return m, true
		}
		return dmatch{}, false
	case lexHoliday:
		return p.parseHoliday(i)
	case lexWeekdays:
		if !t.upper {
			return dmatch{}, false
		}
		return dmatch{end: i + 1, typ: TypeSet, val: "XXXX-WXX-" + strconv.Itoa(p.val(i))}, true
	case lexDeictic:
		return p.parseDeictic(i)
	case lexRef:
		return p.parseRef(i)
	case lexRel:
		return p.parseRel(i, i+1)
	case lexThe:
		return p.parseThe(i)
	case lexNumWord:
		if m, ok := p.parseSpokenYear(i); ok {
			return m, true
		}
		return p.parseQuantity(i)
	case lexA, lexFew, lexHalf:
		return p.parseQuantity(i)
	case lexOrdinal:
		return p.parseOrdinal(i, false, 0)
	case lexSeason:
		return p.parseSeason(i, false)
	case lexEvery:
		return p.parseEvery(i)
	case lexSetAdv:
		return dmatch{end: i + 1, typ: TypeSet, val: durationValue(1, false, p.val(i))}, true
	case lexFiscal:
		return p.parseFiscal(i)
	case lexNoon:
		return p.parseClock(i)
	case lexUnit:
		return p.parseUnitWord(i)
	case lexUnits:
		// "for years", "in recent months": a bare plural after "for".
		if p.is(i-1, "for") && p.val(i) >= unitDay && p.val(i) != unitQuarter {
			return dmatch{end: i + 1, typ: TypeDuration, val: durationValue(0, true, p.val(i)), isDur: true}, true
		}
	}
	return dmatch{}, false
}

// parseUnitWord reads "year-ago", "year-earlier" (a DATE a year back).
func (p *dateParser) parseUnitWord(i int) (dmatch, bool) {
	if p.val(i) == unitYear && p.hyphen(i+1) && (p.is(i+2, "ago") || p.is(i+2, "earlier")) {
		end := i + 3
		if (p.lex(end) == lexUnit && p.val(end) == unitQuarter) || p.is(end, "period") {
			end++
		}
		return dmatch{end: end, typ: TypeDate, val: p.yearBack(i, end), dateLevel: true}, true
	}
	return dmatch{}, false
}

// --- numbers ---

// parseNumber reads an expression opening with digits: an ISO or numeric
// date, a clock time, a day and month, a year, a decade, a century, or a
// number of units.
func (p *dateParser) parseNumber(i int) (dmatch, bool) {
	t := p.t(i)
	n, ok := p.num(i)
	if !ok {
		if m, ok := p.parseDotClock(i); ok {
			return m, true
		}
		if t.frac && (t.suf == sufNone) {
			return p.parseQuantity(i)
		}
		return dmatch{}, false
	}
	// 2025-10-17
	if t.ndig == 4 && t.suf == sufNone && p.hyphen(i+1) && p.hyphen(i+3) {
		mo, ok1 := p.num(i + 2)
		d, ok2 := p.num(i + 4)
		if ok1 && ok2 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && p.t(i+2).ndig <= 2 && p.t(i+4).ndig <= 2 && (p.t(i+4).suf == sufNone || p.isoTime(i+4)) {
			day := p.r.date(n, mo, d)
			if p.isoTime(i+4) && p.joined(i+5) {
				// 2025-10-17T14:30:00Z
				if h, ok := p.num(i + 5); ok && h <= 24 && p.punct(i+6, ':') {
					if mi, ok := p.num(i + 7); ok && mi <= 59 && p.t(i+7).ndig == 2 {
						end := i + 8
						if p.punct(end, ':') && p.joined(end) && p.t(end+1).kind == dtNum {
							end += 2
						}
						return dmatch{end: end, typ: TypeTime, val: day + "T" + dpad2(h) + ":" + dpad2(mi), dateLevel: true}, true
					}
				}
			}
			return dmatch{end: i + 5, typ: TypeDate, val: day, dateLevel: true}, true
		}
	}
	// 10/17/2025 (US order unless the first part cannot be a month).
	if t.ndig <= 2 && p.punct(i+1, '/') && p.joined(i+1) && p.joined(i+2) && p.punct(i+3, '/') && p.joined(i+3) && p.joined(i+4) {
		b, ok1 := p.num(i + 2)
		y, ok2 := p.num(i + 4)
		if ok1 && ok2 && (p.t(i+4).ndig == 4 || p.t(i+4).ndig == 2) && p.t(i+4).suf == sufNone {
			if p.t(i+4).ndig == 2 {
				y += 1900
				if y < 1950 {
					y += 100
				}
			}
			mo, d := n, b
			if n > 12 {
				mo, d = b, n
			}
			if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
				return dmatch{end: i + 5, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
			}
		}
	}
	if m, ok := p.parseClock(i); ok {
		return m, true
	}
	// 17 October 2025, 17th of October
	if d, ok := p.dayNum(i); ok {
		j := i + 1
		if p.lex(j) == lexOf {
			j++
		}
		if (p.lex(j) == lexMonth || p.lex(j) == lexMonthAbbr) && p.t(j).upper {
			mo := p.val(j)
			j++
			if p.lex(j-1) == lexMonthAbbr && p.punct(j, '.') && p.joined(j) {
				j++
			}
			k := j
			if p.punct(k, ',') {
				k++
			}
			if y, ok := p.yearNum(k); ok {
				return dmatch{end: k + 1, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
			}
			y := p.r.yearNear(mo, d, p.dtense(i, j))
			return dmatch{end: j, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
		}
	}
	// 1990s, 20th century
	if t.suf == sufS && (t.ndig == 4) && n%10 == 0 {
		if n%100 == 0 {
			return dmatch{end: i + 1, typ: TypeDate, val: strconv.Itoa(n / 100), dateLevel: true}, true
		}
		return dmatch{end: i + 1, typ: TypeDate, val: strconv.Itoa(n / 10), dateLevel: true}, true
	}
	if t.suf == sufOrdinal && n >= 1 && n <= 21 {
		k := i + 1
		if p.hyphen(k) {
			k++ // "19th-century"
		}
		if p.lex(k) == lexUnit && p.val(k) == unitCentury {
			return dmatch{end: k + 1, typ: TypeDate, val: dpad2(n - 1), dateLevel: true}, true
		}
	}
	// "the 80s" (without an apostrophe) after "the" or "early"/"late"/"mid"
	if t.suf == sufS && t.ndig == 2 && n%10 == 0 && (p.lex(i-1) == lexThe || p.lex(i-1) == lexEdge || (p.hyphen(i-1) && p.lex(i-2) == lexEdge)) {
		return p.parseShortDecade(i - 1)
	}
	if y, ok := p.yearNum(i); ok && p.isYear(i, y) {
		// "the 1988 third quarter"
		if p.lex(i+1) == lexOrdinal {
			if m, ok := p.parseOrdinal(i+1, true, y); ok {
				return m, true
			}
		}
		return dmatch{end: i + 1, typ: TypeDate, val: fmtYear(y), dateLevel: true}, true
	}
	if t.suf == sufNone && t.ndig <= 4 {
		return p.parseQuantity(i)
	}
	return dmatch{}, false
}

func dpad2(n int) string { return string(dpad(nil, n, 2)) }

// monthDay is the dateline's month*100+day, for comparing month-day pairs.
func (r dresolver) monthDay() int { return int(r.dct.Month())*100 + r.dct.Day() }

// isYear tells a four-digit year from a count: not after a currency sign,
// not before "%" or a counted noun ("2000 people"), and in 1900-2099 unless
// a preposition or "the" precedes it.
func (p *dateParser) isYear(i, y int) bool {
	if i > 0 {
		prev := p.word(i - 1)
		if prev == "$" || prev == "£" || prev == "€" || prev == "#" || p.lex(i-1) == lexTitle {
			return false
		}
		if p.t(i-1).kind == dtNum || (p.punct(i-1, ',') && p.t(max(i-2, 0)).kind == dtNum && !p.isMonthBefore(i-2)) {
			return false
		}
	}
	if p.punct(i+1, '%') || p.lex(i+1) == lexCountNoun || p.lex(i+1) == lexUnits || p.lex(i+1) == lexHundred {
		return false
	}
	if y >= 1900 && y <= 2099 {
		return true
	}
	return p.lex(i-1) == lexPrep || p.lex(i-1) == lexThe || p.lex(i-1) == lexOf
}

// isMonthBefore reports whether token k is a day after a month ("Oct. 17, 2025").
func (p *dateParser) isMonthBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if p.lex(j) == lexMonth || p.lex(j) == lexMonthAbbr {
			return true
		}
	}
	return false
}

// parseShortDecade reads "’90s", "the '80s".
func (p *dateParser) parseShortDecade(i int) (dmatch, bool) {
	n, ok := p.num(i + 1)
	t := p.t(i + 1)
	if !ok || t.ndig != 2 || t.suf != sufS || n%10 != 0 {
		return dmatch{}, false
	}
	c := 19
	if n < 20 {
		c = 20
	}
	return dmatch{end: i + 2, typ: TypeDate, val: strconv.Itoa(c*10 + n/10), dateLevel: true}, true
}

// parseClock reads a clock time: "3 p.m.", "10:30", "9am", "noon", with an
// optional time zone and a following day ("10 p.m. Wednesday").
func (p *dateParser) parseClock(i int) (dmatch, bool) {
	h, mi := 0, 0
	j := i
	clock := false
	if p.lex(i) == lexNoon {
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
		}
		switch t.suf {
		case sufAM, sufPM:
			if h > 12 {
				return dmatch{}, false
			}
			if t.suf == sufPM && h < 12 {
				h += 12
			} else if t.suf == sufAM && h == 12 {
				h = 0
			}
			clock = true
		case sufNone:
			if k, pm, ok := p.meridiem(j); ok && h <= 12 {
				if pm && h < 12 {
					h += 12
				} else if !pm && h == 12 {
					h = 0
				}
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
	if p.lex(j) == lexTimeZone && p.t(j).upper {
		j++
	}
	day := p.r.day(0)
	k := j
	if p.punct(k, ',') || p.is(k, "on") {
		k++
	}
	if k < len(p.toks) {
		switch {
		case p.lex(k) == lexWeekday || p.lex(k) == lexDeictic || p.lex(k) == lexMonth || p.lex(k) == lexMonthAbbr:
			if m, ok := p.parseCore(k); ok && m.dateLevel && m.typ == TypeDate {
				day = m.val
				j = m.end
			}
		case p.t(k).kind == dtNum && !p.punct(k+1, ':'):
			// "10 a.m. on 6 March": a day and month, not another clock time.
			if m, ok := p.parseNumber(k); ok && m.typ == TypeDate && len(m.val) == 10 {
				day = m.val
				j = m.end
			}
		}
	}
	v := day + "T" + dpad2(h) + ":" + dpad2(mi)
	return dmatch{end: j, typ: TypeTime, val: v, dateLevel: true}
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
		if h > 12 {
			return dmatch{}, false
		}
		if t.suf == sufPM && h < 12 {
			h += 12
		} else if t.suf == sufAM && h == 12 {
			h = 0
		}
	case t.suf != sufNone:
		return dmatch{}, false
	default:
		if k, pm, ok := p.meridiem(j); ok && h <= 12 {
			if pm && h < 12 {
				h += 12
			} else if !pm && h == 12 {
				h = 0
			}
			j = k
		} else if !(p.lex(j) == lexTimeZone && p.t(j).upper) && !p.is(i-1, "at") {
			return dmatch{}, false
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

// --- quantities: "two and a half hours", "the past four years", "a year ago" ---

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
			f, err := strconv.ParseFloat(strings.ReplaceAll(p.word(i), ",", ""), 64)
			if err != nil {
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
	case t.lex == lexNumWord:
		n = float64(t.val)
		if t.val >= 20 && t.val%10 == 0 {
			k := j
			if p.hyphen(k) {
				k++
			}
			if p.lex(k) == lexNumWord && p.val(k) < 10 && p.val(k) > 0 {
				n += float64(p.val(k))
				j = k + 1
			}
		}
		if p.lex(j) == lexHundred {
			n *= float64(p.val(j))
			j++
		}
	case t.lex == lexA:
		switch p.lex(j) {
		case lexFew:
			if p.val(j) == 0 {
				if !p.is(j, "few") {
					return 0, false, 0, i, false
				}
				return 0, true, 0, j + 1, true
			}
			n = float64(p.val(j))
			j++
			if p.lex(j) == lexOf {
				j++
			}
			if n == 2 {
				mod = modApprox
			}
			return n, false, mod, j, true
		case lexHundred:
			return float64(p.val(j)), false, 0, j + 1, true
		case lexHalf:
			return 0.5, false, 0, j + 1, true
		}
		n = 1
	case t.lex == lexFew:
		if p.val(i) != 0 {
			n = float64(p.val(i))
			if p.lex(j) == lexOf {
				j++
			}
			return n, false, 0, j, true
		}
		return 0, true, 0, j, true
	case t.lex == lexHalf:
		if p.lex(j) == lexA {
			return 0.5, false, 0, j + 1, true
		}
		return 0, false, 0, i, false
	default:
		return 0, false, 0, i, false
	}
	// "two and a half"
	if p.lex(j) == lexAnd && p.lex(j+1) == lexA && p.lex(j+2) == lexHalf {
		n += 0.5
		j += 3
	}
	return n, x, mod, j, true
}

// unitAt reads a unit at j, allowing "five-year", and reports whether it was plural.
func (p *dateParser) unitAt(j int) (unit, end int, plural, ok bool) {
	if p.hyphen(j) {
		j++
	}
	switch p.lex(j) {
	case lexUnit:
		return p.val(j), j + 1, false, true
	case lexUnits:
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
	if p.lex(j) == lexQuantAdj {
		j++ // "20 more years", "an additional year"
	}
	unit, k, _, ok := p.unitAt(j)
	if !ok {
		return dmatch{}, false
	}
	// "a quarter of the vote", "one day of mourning" is fine but not "a quarter of".
	if unit == unitQuarter && p.lex(k) == lexOf && !x && n <= 3 {
		return dmatch{}, false
	}
	if p.lex(i) == lexA && (p.hyphen(j) || p.hyphen(k)) {
		return dmatch{}, false // "a year-earlier profit", "a two-year-old"
	}
	// "a minute and a half"
	if p.lex(k) == lexAnd && p.lex(k+1) == lexA && p.lex(k+2) == lexHalf {
		n += 0.5
		k += 3
	}
	m := dmatch{end: k, typ: TypeDuration, isDur: true}
	if mod != 0 {
		m.mod = modNames[mod]
	}
	switch {
	case p.lex(k) == lexAgo || (p.is(k, "earlier") && !p.is(k+1, "than")) || p.is(k, "back"):
		v := p.r.ago(n, x, unit, -1)
		if unit == unitYear && n == 1 && !x {
			v = p.yearBack(i, k+1)
		}
		m = dmatch{end: k + 1, typ: TypeDate, val: v, dateLevel: true, mod: m.mod}
		return m, true
	case p.is(k, "from") && p.is(k+1, "now"):
		m = dmatch{end: k + 2, typ: TypeDate, val: p.r.ago(n, x, unit, 1), dateLevel: true, mod: m.mod}
		return m, true
	}
	// "$50,000 a year", "twice a week", "three times a day": a rate.
	if p.lex(i) == lexA && i > 0 && (p.t(i-1).kind == dtNum || p.is(i-1, "twice") || p.is(i-1, "once") || p.is(i-1, "times") || p.lex(i-1) == lexHundred || p.is(i-1, "million") || p.is(i-1, "billion")) {
		return dmatch{end: k, typ: TypeSet, val: durationValue(1, false, unit)}, true
	}
	m.val = durationValue(n, x, unit)
	return m, true
}

// --- words ---

// parseMonth reads a month name: "October 17, 2025", "Oct. 17", "August
// 1988", "January this year", or a month alone where the context makes it
// a month (an ambiguous "May" or "March" needs a preposition).
func (p *dateParser) parseMonth(i int) (dmatch, bool) {
	t := p.t(i)
	mo := p.val(i)
	abbr := t.lex == lexMonthAbbr
	if !t.upper && (abbr || mo == 3 || mo == 5 || mo == 8) {
		return dmatch{}, false
	}
	j := i + 1
	dotted := false
	if abbr && p.punct(j, '.') && p.joined(j) {
		j++
		dotted = true
	}
	if d, ok := p.dayNum(j); ok && !p.hyphen(j+1) && p.lex(j+1) != lexUnits && p.lex(j+1) != lexUnit {
		k := j + 1
		if p.punct(k, ',') {
			k++
		}
		if y, ok := p.yearNum(k); ok {
			return dmatch{end: k + 1, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
		}
		y := p.r.yearNear(mo, d, p.dtense(i, j+1))
		return dmatch{end: j + 1, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
	}
	k := j
	if p.punct(k, ',') || p.lex(k) == lexOf {
		k++
	}
	if y, ok := p.yearNum(k); ok {
		return dmatch{end: k + 1, typ: TypeDate, val: monthValue(y, mo), dateLevel: true}, true
	}
	// "January this year", "June last year"
	if p.lex(j) == lexRel && p.lex(j+1) == lexUnit && p.val(j+1) == unitYear {
		off, ok := relOffset(p.val(j))
		if ok {
			y := 0
			if p.r.known {
				y = p.r.dct.Year() + off
			}
			return dmatch{end: j + 2, typ: TypeDate, val: monthValue(y, mo), dateLevel: true}, true
		}
	}
	if abbr && !dotted {
		return dmatch{}, false
	}
	if !p.monthAlone(i, mo) {
		return dmatch{}, false
	}
	y := p.r.yearNear(mo, 0, p.dtense(i, j))
	return dmatch{end: j, typ: TypeDate, val: monthValue(y, mo), dateLevel: true}, true
}

// monthAlone decides whether a month name with no day or year is a month:
// not a name ("June Carter"), and for "May" and "March" (a modal, a verb or
// a noun as well) only after a preposition or another month.
func (p *dateParser) monthAlone(i, mo int) bool {
	afterPrep := p.lex(i-1) == lexPrep && !p.is(i-1, "to")
	if !afterPrep && p.t(i+1).kind == dtWord && p.t(i+1).upper && p.lex(i+1) != lexWeekday && p.lex(i+1) != lexMonth {
		return false // "June Carter"; but "in June President Biden ..."
	}
	if p.apostrophe(i+1) && p.is(i+2, "s") && mo != 5 && mo != 3 {
		return true
	}
	if mo != 5 && mo != 3 {
		if i > 0 && p.t(i-1).kind == dtWord && p.t(i-1).upper && p.lex(i-1) == lexNone && !p.sentenceStart(i-1) {
			return false // "Mary June", "Queen May"
		}
		return true
	}
	switch p.lex(i - 1) {
	case lexPrep, lexOf, lexEdge:
		return !p.is(i-1, "to") || p.lex(i-3) == lexMonth || p.lex(i-2) == lexMonth
	case lexAnd:
		return p.lex(i-2) == lexMonth
	}
	if p.punct(i-1, ',') || p.is(i-1, "or") {
		return p.lex(i-2) == lexMonth
	}
	if p.punct(i-1, '-') {
		return p.lex(i-2) == lexEdge
	}
	return false
}

// sentenceStart reports whether token i opens a sentence (or the window).
func (p *dateParser) sentenceStart(i int) bool {
	if i <= 0 {
		return true
	}
	return p.isBoundary(i - 1)
}

// isBoundary reports whether token k ends a sentence.
func (p *dateParser) isBoundary(k int) bool {
	t := p.t(k)
	if t.kind != dtPunct {
		return false
	}
	if !dSentenceMark(p.text, *t) {
		w := p.word(k)
		return w == ":" || w == ";" || w == "\u201c" || w == "\""
	}
	if p.text[t.start] == '.' && k > 0 {
		prev := p.t(k - 1)
		if prev.kind == dtWord && (prev.end-prev.start == 1 || p.lex(k-1) == lexTitle || p.lex(k-1) == lexMonthAbbr) {
			return false
		}
	}
	return true
}

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
	// "Friday, Oct. 17", "Friday 17 October": the full date carries the value.
	k := j
	if p.punct(k, ',') {
		k++
	}
	if k < len(p.toks) {
		switch {
		case p.lex(k) == lexMonth || p.lex(k) == lexMonthAbbr || (p.t(k).kind == dtNum && p.t(k).ndig <= 2):
			if m, ok := p.parseCore(k); ok && m.typ == TypeDate && len(m.val) >= 10 && m.val[4] == '-' && m.val[7] == '-' {
				return m, true
			}
		}
	}
	var val string
	switch rel {
	case 0:
		val = p.r.weekday(wd, p.dtense(i, j), false)
	case relLast, relPast, relPrevious:
		val = p.r.weekday(wd, tensePast, true)
	case relNext, relComing, relFollowing:
		val = p.r.weekday(wd, tenseFuture, true)
	default: // this
		val = p.r.weekday(wd, tenseFuture, false)
	}
	if p.lex(j) == lexPartOfDay {
		return dmatch{end: j + 1, typ: TypeTime, val: val + "T" + partCodes[p.val(j)], dateLevel: true}, true
	}
	return dmatch{end: j, typ: TypeDate, val: val, dateLevel: true}, true
}

// parseDeictic reads today, yesterday, tomorrow, tonight, with a part of the
// day ("yesterday morning").
func (p *dateParser) parseDeictic(i int) (dmatch, bool) {
	off := p.val(i)
	if off == 10 {
		return dmatch{end: i + 1, typ: TypeTime, val: p.r.day(0) + "TNI", dateLevel: true}, true
	}
	if p.lex(i+1) == lexPartOfDay {
		return dmatch{end: i + 2, typ: TypeTime, val: p.r.day(off) + "T" + partCodes[p.val(i+1)], dateLevel: true}, true
	}
	return dmatch{end: i + 1, typ: TypeDate, val: p.r.day(off), dateLevel: true}, true
}

// parseRef reads now, currently, recently, soon, ...
func (p *dateParser) parseRef(i int) (dmatch, bool) {
	if p.is(i, "future") {
		// "the future" is read by parseThe; alone, "future" is mostly an
		// adjective, a time only before a plural unit ("future quarters").
		if p.lex(i-1) != lexThe && p.lex(i+1) == lexUnits {
			return dmatch{end: i + 2, typ: TypeDate, val: "FUTURE_REF"}, true
		}
		return dmatch{}, false
	}
	if p.is(i, "now") && p.is(i-1, "from") {
		return dmatch{}, false
	}
	return dmatch{end: i + 1, typ: TypeDate, val: refValue(p.val(i))}, true
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
	if (p.t(j).kind == dtNum || p.lex(j) == lexNumWord || p.lex(j) == lexFew) &&
		(rel == relPast || rel == relLast || rel == relNext || rel == relPrevious || rel == relComing || rel == relFollowing) {
		n, x, _, k, ok := p.number(j)
		if ok {
			if unit, e, _, ok := p.unitAt(k); ok && !p.hyphen(k) {
				return dmatch{end: e, typ: TypeDuration, val: durationValue(n, x, unit), isDur: true}, true
			}
		}
		return dmatch{}, false
	}
	if p.t(j).upper && p.t(j).kind == dtWord && (p.lex(j) == lexUnit || p.lex(j) == lexUnits) {
		return dmatch{}, false // "This Week", a programme
	}
	switch p.lex(j) {
	case lexUnit:
		unit := p.val(j)
		switch {
		case rel == relLatest || (rel == relLast && unit == unitQuarter && p.lex(i-1) == lexThe):
			if unit == unitQuarter {
				return dmatch{end: j + 1, typ: TypeDate, val: p.r.quarter(-1), dateLevel: true}, true
			}
		case rel == relPast && p.lex(i-1) != lexThe:
			// "past year" without "the": as "last year".
			return dmatch{end: j + 1, typ: TypeDate, val: p.r.shift(unit, -1), dateLevel: true}, true
		case hasOff && unit != unitDay && unit != unitSecond && unit != unitMinute && unit != unitHour:
			if p.hyphen(j + 1) {
				return dmatch{}, false // "last-minute"
			}
			v := p.r.shift(unit, off)
			if v == "" {
				return dmatch{}, false
			}
			return dmatch{end: j + 1, typ: TypeDate, val: v, dateLevel: true}, true
		}
	case lexUnits:
		unit := p.val(j)
		if rel == relRecent && unit == unitYear {
			return dmatch{end: j + 1, typ: TypeDate, val: "PAST_REF"}, true // "in recent years" (TimeBank)
		}
		if rel == relRecent || rel == relComing || rel == relPast || rel == relLast || rel == relNext {
			return dmatch{end: j + 1, typ: TypeDuration, val: durationValue(0, true, unit), isDur: true}, true
		}
	case lexMonth:
		if !p.t(j).upper {
			return dmatch{}, false
		}
		mo := p.val(j)
		y := 0
		if p.r.known {
			y = p.r.dct.Year()
			cur := int(p.r.dct.Month())
			switch {
			case rel == relLast && mo >= cur:
				y--
			case rel == relNext && mo <= cur:
				y++
			}
		}
		if rel == relLast || rel == relNext || rel == relThis {
			return dmatch{end: j + 1, typ: TypeDate, val: monthValue(y, mo), dateLevel: true}, true
		}
	case lexWeekday:
		if rel == relLast || rel == relNext || rel == relThis || rel == relPast || rel == relComing {
			return p.parseWeekday(j, rel)
		}
	case lexSeason:
		if hasOff {
			return p.parseSeasonRel(j, rel)
		}
	case lexWeekend:
		if hasOff {
			return dmatch{end: j + 1, typ: TypeDate, val: p.r.weekend(off), dateLevel: true}, true
		}
	case lexPartOfDay:
		switch {
		case rel == relThis:
			return dmatch{end: j + 1, typ: TypeTime, val: p.r.day(0) + "T" + partCodes[p.val(j)], dateLevel: true}, true
		case rel == relLast && p.val(j) == partNight:
			return dmatch{end: j + 1, typ: TypeTime, val: p.r.day(-1) + "TNI", dateLevel: true}, true
		}
	}
	if j == i+1 {
		switch rel {
		case relCurrent:
			if p.is(i, "current") && !p.t(i).upper {
				return dmatch{end: i + 1, typ: TypeDate, val: "PRESENT_REF"}, true
			}
		}
	}
	return dmatch{}, false
}

// parseSeasonRel reads "last summer", "this winter".
func (p *dateParser) parseSeasonRel(j, rel int) (dmatch, bool) {
	s := p.val(j)
	y := 0
	if p.r.known {
		y = p.r.dct.Year()
		cur := seasonOf(int(p.r.dct.Month()))
		switch {
		case (rel == relLast || rel == relPast || rel == relPrevious) && s >= cur:
			y--
		case (rel == relNext || rel == relComing) && s <= cur:
			y++
		}
	}
	return dmatch{end: j + 1, typ: TypeDate, val: yearPrefix(y) + "-" + seasonCodes[s], dateLevel: true}, true
}

func seasonOf(month int) int {
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
	if p.lex(k) == lexOf {
		k++
	}
	if y, ok := p.yearNum(k); ok {
		return dmatch{end: k + 1, typ: TypeDate, val: fmtYear(y) + "-" + seasonCodes[s], dateLevel: true}, true
	}
	if !afterThe && (s == 3 || (p.lex(i-1) != lexPrep && p.lex(i-1) != lexEdge)) {
		return dmatch{}, false
	}
	if p.lex(j) == lexOf || (j < len(p.toks) && p.t(j).kind == dtWord && p.lex(j) == lexNone && !p.t(j).upper && s == 3) {
		return dmatch{}, false // "the fall of Kabul", "the fall season"? keep to plain seasons
	}
	y := p.r.yearOf(s, seasonOf(int(p.r.dct.Month())), p.dtense(i, j))
	return dmatch{end: j, typ: TypeDate, val: yearPrefix(y) + "-" + seasonCodes[s], dateLevel: true}, true
}

// parseEvery reads a SET: "every week", "each Tuesday", "every two years",
// "each July".
func (p *dateParser) parseEvery(i int) (dmatch, bool) {
	j := i + 1
	switch p.lex(j) {
	case lexUnit:
		if p.is(i, "per") && !(i > 0 && p.t(i-1).kind == dtNum) && p.lex(i-1) != lexNumWord && !p.is(i-1, "times") {
			return dmatch{end: j + 1, typ: TypeSet, val: durationValue(1, false, p.val(j))}, true
		}
		return dmatch{end: j + 1, typ: TypeSet, val: durationValue(1, false, p.val(j))}, true
	case lexWeekday:
		v := "XXXX-WXX-" + strconv.Itoa(p.val(j))
		if p.lex(j+1) == lexPartOfDay {
			return dmatch{end: j + 2, typ: TypeSet, val: v + "T" + partCodes[p.val(j+1)]}, true
		}
		return dmatch{end: j + 1, typ: TypeSet, val: v}, true
	case lexMonth:
		if p.t(j).upper {
			return dmatch{end: j + 1, typ: TypeSet, val: "XXXX-" + dpad2(p.val(j))}, true
		}
	case lexPartOfDay:
		return dmatch{end: j + 1, typ: TypeSet, val: "XXXX-XX-XXT" + partCodes[p.val(j)]}, true
	case lexNumWord:
		n, x, _, k, ok := p.number(j)
		if ok {
			if unit, e, plural, ok := p.unitAt(k); ok && plural {
				return dmatch{end: e, typ: TypeSet, val: durationValue(n, x, unit)}, true
			}
		}
	}
	if p.t(j).kind == dtNum {
		n, x, _, k, ok := p.number(j)
		if ok {
			if unit, e, plural, ok := p.unitAt(k); ok && plural {
				return dmatch{end: e, typ: TypeSet, val: durationValue(n, x, unit)}, true
			}
		}
	}
	return dmatch{}, false
}

// parseFiscal reads "fiscal 2025", "fiscal second-quarter".
func (p *dateParser) parseFiscal(i int) (dmatch, bool) {
	if y, ok := p.yearNum(i + 1); ok {
		return dmatch{end: i + 2, typ: TypeDate, val: fmtYear(y), dateLevel: true}, true
	}
	if p.lex(i+1) == lexOrdinal {
		return p.parseOrdinal(i+1, true, 0)
	}
	return dmatch{}, false
}

// parseOrdinal reads an ordinal quarter or half ("third quarter",
// "third-quarter", "the first half of 2025"), with year y when known from a
// preceding "the 1988"; led says a word opens the expression before the
// ordinal ("the", "fiscal", a year), which also allows "the first nine
// months".
func (p *dateParser) parseOrdinal(i int, led bool, y int) (dmatch, bool) {
	n := p.val(i)
	j := i + 1
	if p.hyphen(j) {
		j++
	}
	var unitCode string
	switch {
	case p.lex(j) == lexUnit && p.val(j) == unitQuarter && n <= 4:
		unitCode = "Q"
	case p.lex(j) == lexHalf && n <= 2:
		unitCode = "H"
	default:
		// "the first nine months"
		if led {
			if m, ok := p.parseQuantity(i + 1); ok && m.isDur {
				return m, true
			}
		}
		return dmatch{}, false
	}
	j++
	k := j
	if p.lex(k) == lexOf {
		k++
	}
	if yy, ok := p.yearNum(k); ok {
		return dmatch{end: k + 1, typ: TypeDate, val: fmtYear(yy) + "-" + unitCode + strconv.Itoa(n), dateLevel: true}, true
	}
	if p.lex(j) == lexOf && unitCode == "H" {
		return dmatch{}, false // "the first half of the match"
	}
	if y == 0 && p.r.known {
		idx := n
		cur := (int(p.r.dct.Month())-1)/3 + 1
		if unitCode == "H" {
			cur = (int(p.r.dct.Month())-1)/6 + 1
		}
		dir := p.dtense(i, j)
		if dir == tenseFuture {
			dir = tenseNone // "third-quarter profit is expected to ..." is still this year's
		}
		y = p.r.yearOf(idx, cur, dir)
	}
	return dmatch{end: j, typ: TypeDate, val: yearPrefix(y) + "-" + unitCode + strconv.Itoa(n), dateLevel: true}, true
}

// parseThe reads expressions that open with "the": "the past four years",
// "the first nine months", "the third quarter", "the 1990s", "the future",
// "the weekend", "the summer", "the end of the month".
func (p *dateParser) parseThe(i int) (dmatch, bool) {
	j := i + 1
	if j >= len(p.toks) {
		return dmatch{}, false
	}
	switch p.lex(j) {
	case lexRel:
		rel := p.val(j)
		k := j + 1
		if p.lex(k) == lexUnit && (rel == relPast || rel == relLast || rel == relNext || rel == relComing) {
			unit := p.val(k)
			if rel == relLast && unit == unitQuarter && p.lex(k+1) == lexOf {
				if y, ok := p.yearNum(k + 2); ok {
					return dmatch{end: k + 3, typ: TypeDate, val: fmtYear(y) + "-Q4", dateLevel: true}, true
				}
			}
			if p.lex(k+1) == lexOf || p.hyphen(k+1) {
				return dmatch{}, false
			}
			// "the past year" is last year, "the next year" next year
			// (TimeBank); "the past hour" is a duration.
			if unit >= unitWeek && unit != unitCentury {
				off, _ := relOffset(rel)
				return dmatch{end: k + 1, typ: TypeDate, val: p.r.shift(unit, off), dateLevel: true}, true
			}
			return dmatch{end: k + 1, typ: TypeDuration, val: durationValue(1, false, unit), isDur: true}, true
		}
		if rel == relPast && !p.startsQuantity(k) && p.lex(k) != lexUnits && p.lex(k) != lexUnit && p.lex(k) != lexWeekday && p.lex(k) != lexMonth && p.lex(k) != lexSeason {
			return dmatch{end: k, typ: TypeDate, val: "PAST_REF"}, true
		}
		if m, ok := p.parseRel(j, k); ok && m.end > k {
			return m, true
		}
		if p.lex(k) == lexUnit && p.val(k) == unitQuarter && (rel == relCurrent || rel == relThis) {
			return dmatch{end: k + 1, typ: TypeDate, val: p.r.quarter(0), dateLevel: true}, true
		}
		if p.lex(k) == lexUnit && p.val(k) == unitQuarter && (rel == relPrevious || rel == relRecent) {
			return dmatch{end: k + 1, typ: TypeDate, val: p.r.quarter(-1), dateLevel: true}, true
		}
		if p.lex(k) == lexUnit && p.val(k) == unitYear && (rel == relCurrent || rel == relThis) {
			return dmatch{end: k + 1, typ: TypeDate, val: p.r.year(0), dateLevel: true}, true
		}
		return dmatch{}, false
	case lexRef:
		if p.is(j, "future") && !p.is(j+1, "of") {
			return dmatch{end: j + 1, typ: TypeDate, val: "FUTURE_REF"}, true
		}
	case lexOrdinal:
		return p.parseOrdinal(j, true, 0)
	case lexNumWord:
		if m, ok := p.parseQuantity(j); ok && m.isDur && !p.hyphen(j+1) {
			return m, true
		}
	case lexEdge:
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
	case lexSeason:
		return p.parseSeason(j, true)
	case lexWeekend:
		return dmatch{end: j + 1, typ: TypeDate, val: p.r.weekend(p.pastOrThis(i)), dateLevel: true}, true
	case lexUnit:
		if p.hyphen(j+1) || p.lex(j+1) == lexOf || p.t(j).upper {
			break
		}
		switch p.val(j) {
		case unitQuarter:
			return dmatch{end: j + 1, typ: TypeDate, val: p.r.quarter(-1), dateLevel: true}, true
		case unitYear:
			return p.theYear(j), true
		case unitWeek:
			return dmatch{end: j + 1, typ: TypeDate, val: p.r.week(0), dateLevel: true}, true
		}
	case lexQuantAdj:
		// "the full year"
		if p.is(j, "full") && p.lex(j+1) == lexUnit && p.val(j+1) == unitYear && !p.hyphen(j+2) && p.lex(j+2) != lexOf {
			return p.theYear(j + 1), true
		}
	case lexDecadeWord:
		// "the nineties"
		return dmatch{end: j + 1, typ: TypeDate, val: "19" + strconv.Itoa(p.val(j)), dateLevel: true}, true
	case lexFiscal:
		if m, ok := p.parseFiscal(j); ok {
			return m, true
		}
		if p.lex(j+1) == lexUnit && p.val(j+1) == unitYear && !p.hyphen(j+2) && p.lex(j+2) != lexOf {
			return p.theYear(j + 1), true
		}
	case lexNone:
		if p.is(j, "beginning") || p.is(j, "start") || p.is(j, "end") || p.is(j, "middle") {
			if p.lex(j+1) == lexOf && j+2 < len(p.toks) {
				k := j + 2
				var m dmatch
				ok := false
				if p.lex(k) == lexThe && p.lex(k+1) == lexUnit {
					v := p.r.present(p.val(k + 1))
					if v != "" {
						m, ok = dmatch{end: k + 2, typ: TypeDate, val: v, dateLevel: true}, true
					}
				} else {
					m, ok = p.parseCore(k)
				}
				if ok && m.dateLevel {
					switch {
					case p.is(j, "end"):
						m.mod = "END"
					case p.is(j, "middle"):
						m.mod = "MID"
					default:
						m.mod = "START"
					}
					return m, true
				}
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

// pastOrThis is -1 (the weekend just gone) when the sentence around token i
// is in the past tense, else 0 (this week's weekend).
func (p *dateParser) pastOrThis(i int) int {
	if p.dtense(i, i+2) == tensePast {
		return -1
	}
	return 0
}

// dtense guesses the tense of the sentence around tokens [i, j): the cue
// nearest to the expression wins; future cues are will, shall, 'll, would,
// expected, ...; past cues are past forms of common verbs (said and told
// included: "forecasters said on Saturday"), words in -ed, and
// yesterday/ago/last.
func (p *dateParser) dtense(i, j int) dtense {
	const reach = 25
	for d := 1; d <= reach; d++ {
		if k := i - d; k >= 0 {
			if p.isBoundary(k) {
				i = -reach - 1 // stop looking back
			} else if t := p.cue(k); t != tenseNone {
				return t
			}
		}
		if k := j + d - 1; k < len(p.toks) && k >= j {
			if p.isBoundary(k) {
				j = len(p.toks) + reach
			} else if t := p.cue(k); t != tenseNone {
				return t
			}
		}
	}
	return tenseNone
}

// cue is the tense token k signals.
func (p *dateParser) cue(k int) dtense {
	t := p.t(k)
	if t.kind != dtWord {
		return tenseNone
	}
	switch t.lex {
	case lexPast, lexAgo:
		return tensePast
	case lexFuture:
		return tenseFuture
	case lexDeictic:
		if t.val < 0 {
			return tensePast
		}
		if t.val == 1 {
			return tenseFuture
		}
	case lexRel:
		if t.val == relLast {
			return tensePast
		}
		if t.val == relNext || t.val == relComing {
			return tenseFuture
		}
	case lexNone:
		w := p.word(k)
		if len(w) >= 5 && !t.upper && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' && !strings.HasSuffix(w, "eed") {
			switch w {
			case "hundred", "united", "related", "based", "limited", "interested", "concerned", "involved", "supposed", "used":
				return tenseNone
			}
			return tensePast
		}
	}
	return tenseNone
}

// yearBack is the value of "a year ago" or "year-earlier" over tokens
// [i, j): the year before the dateline, or, in a sentence about a quarter
// (earnings news: "profit rose from a year earlier"), the last completed
// quarter a year back.
func (p *dateParser) yearBack(i, j int) string {
	if p.sentenceHas(i, j, func(k int) bool {
		return (p.lex(k) == lexUnit || p.lex(k) == lexUnits) && p.val(k) == unitQuarter
	}) {
		return p.r.quarter(-5)
	}
	return p.r.year(-1)
}

// sentenceHas reports whether a token of the sentence around [i, j)
// satisfies f.
func (p *dateParser) sentenceHas(i, j int, f func(int) bool) bool {
	const reach = 40
	for k := i - 1; k >= 0 && k >= i-reach && !p.isBoundary(k); k-- {
		if f(k) {
			return true
		}
	}
	for k := i; k < len(p.toks) && k < j+reach; k++ {
		if k >= j && p.isBoundary(k) {
			break
		}
		if f(k) {
			return true
		}
	}
	return false
}

// parseSpokenYear reads a year said in words, as transcripts write it:
// "nineteen ninety-six", "twenty twenty-five".
func (p *dateParser) parseSpokenYear(i int) (dmatch, bool) {
	hi := p.val(i)
	if hi < 11 || hi > 20 || p.lex(i+1) != lexNumWord {
		return dmatch{}, false
	}
	lo := p.val(i + 1)
	if lo < 20 || lo%10 != 0 {
		return dmatch{}, false
	}
	j := i + 2
	k := j
	if p.hyphen(k) {
		k++
	}
	if p.lex(k) == lexNumWord && p.val(k) > 0 && p.val(k) < 10 {
		lo += p.val(k)
		j = k + 1
	}
	return dmatch{end: j, typ: TypeDate, val: fmtYear(hi*100 + lo), dateLevel: true}, true
}

// isoTime reports whether the day token i of an ISO date carries a time
// ("2025-10-17T14:30:00Z" tokenizes the day as "17T14").
func (p *dateParser) isoTime(i int) bool {
	w := p.word(i)
	for k := 0; k < len(w); k++ {
		if !dDigit(w[k]) {
			return w[k] == 'T' || w[k] == 't'
		}
	}
	return false
}

// parseHoliday reads a fixed-date holiday: "Christmas", "Christmas Day",
// "Christmas Eve", "Halloween", "Valentine's Day", with an optional year.
func (p *dateParser) parseHoliday(i int) (dmatch, bool) {
	if !p.t(i).upper {
		return dmatch{}, false
	}
	md := p.val(i)
	j := i + 1
	switch {
	case p.apostrophe(j) && p.is(j+1, "s") && p.is(j+2, "day"):
		j += 3
	case p.is(j, "day"):
		j++
	case p.is(j, "eve") && md == 1225:
		md = 1224
		j++
	case md == 214:
		return dmatch{}, false // "Valentine" alone is a name
	}
	mo, d := md/100, md%100
	if y, ok := p.yearNum(j); ok {
		return dmatch{end: j + 1, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
	}
	y := p.r.yearNear(mo, d, p.dtense(i, j))
	return dmatch{end: j, typ: TypeDate, val: p.r.date(y, mo, d), dateLevel: true}, true
}

// theYear reads "the year" ending at token j (the unit): the dateline's
// year, or a one-year DURATION in a financial period ("the year ended
// March 31").
func (p *dateParser) theYear(j int) dmatch {
	if p.is(j+1, "ended") || p.is(j+1, "ending") || p.is(j+1, "through") {
		return dmatch{end: j + 1, typ: TypeDuration, val: "P1Y", isDur: true}
	}
	return dmatch{end: j + 1, typ: TypeDate, val: p.r.year(0), dateLevel: true}
}
