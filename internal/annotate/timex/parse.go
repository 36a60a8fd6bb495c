package timex

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// dateParser holds one window of tokens and builds time expressions from
// them. Each rule starts at a trigger token and reads ahead; the rules
// follow the TimeML/TIMEX3 guidelines as applied in TimeBank (span choices:
// determiners and modifiers are inside, "the past four years" is one
// DURATION, a possessive 's is outside).
type dateParser struct {
	text string
	toks []dtoken
	r    *dresolver // shared by the windows of an article: it keeps the story's time
}

// dmatch is one expression found: tokens [start, end), its type, value and mod.
type dmatch struct {
	end       int
	typ, val  string
	mod       string
	isDur     bool
	dateLevel bool // a calendar date or time (can take early/late/earlier)
	inFrame   bool // resolved in the story's frame (rule D21): it keeps the frame
	counted   bool // counted back from another time ("a year ago"): it names no year of its sentence
	ended     bool // a quarter whose end the text gives ("ended June 30"): completed, whatever its label
	ownDay    bool // a clock time with its day written after it ("10 p.m. Saturday")
	// laterUnit and laterN move the story's time on after "two days
	// later" (rule D20): the unit and the number, 0 when none.
	laterUnit, laterN int8
	order             dateOrder // the order of day and month it was written in (rule D32)
	numeric           dateOrder // for a numeric date, the order assumed (rule D44)
}

// dateOrder is the order an article writes day and month in: "17
// October" day first, "October 17" month first. A numeric date "03/04/2025"
// follows the article's latest worded date, month first (US) when none.
type dateOrder int8

const (
	orderNone dateOrder = iota
	orderDayFirst
	orderMonthFirst
)

// --- token helpers ---

// noDateToken stands for a token before or after the window: no kind, no class.
var noDateToken dtoken

// t returns token i, or an empty token when i is outside the window, so
// that rules may look ahead and behind without bounds checks.
func (p *dateParser) t(i int) *dtoken {
	if i < 0 || i >= len(p.toks) {
		return &noDateToken
	}
	return &p.toks[i]
}

func (p *dateParser) lex(i int) dlexKind {
	if i < 0 || i >= len(p.toks) {
		return dlexNone
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
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != dtWord {
		return false
	}
	t := &p.toks[i]
	// Most words compared differ from w in their first letter, which
	// tells without the call when both first bytes are ASCII (read before
	// the word is sliced from the text).
	if t.end > t.start && len(w) > 0 {
		if a, b := p.text[t.start], w[0]; a|b < utf8.RuneSelf && a != b && (a|0x20 != b|0x20 || a|0x20-'a' >= 26) {
			return false
		}
	}
	return strings.EqualFold(p.text[t.start:t.end], w)
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
	// "3:15", "5-4", "17%" are not days; "Nov. 3:" ending a heading is.
	if (p.punct(i+1, ':') && p.t(i+2).kind == dtNum && p.joined(i+2)) || p.punct(i+1, '%') || (p.punct(i+1, '.') && p.joined(i+1) && i+2 < len(p.toks) && p.t(i+2).kind == dtNum) {
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
	m, ok := p.parseLead(i)
	// "the next year or so": an approximation (TimeBank keeps "or so" in).
	if ok && p.is(m.end, "or") && p.is(m.end+1, "so") {
		m.end += 2
		if m.mod == "" {
			m.mod = modNames[modApprox]
		}
	}
	return m, ok
}

// parseLead reads the modifiers that may lead an expression ("about",
// "early", "at least", "more than", "up to") and then the expression.
func (p *dateParser) parseLead(i int) (dmatch, bool) {
	t := p.t(i)
	switch t.lex {
	case dlexApprox:
		return p.parseApprox(i)
	case dlexEdge:
		return p.parseEdge(i)
	case dlexPrep:
		if p.val(i) == 1 && p.is(i+1, "least") { // "at least"
			return p.withMod(i+2, modEqualOrMore, true)
		}
		return dmatch{}, false
	case dlexCompar, dlexQuantAdj:
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
	case dlexNumWord, dlexA, dlexFew, dlexHalf, dlexThe, dlexHundred:
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
	if quantity && (p.t(i-1).kind == dtNum || p.punct(i-1, '%') || p.lex(i-1) == dlexCountNoun) {
		return dmatch{}, false
	}
	if p.is(i, "over") && !p.overMeansMore(i) {
		return dmatch{}, false // "evolved over several years": the years alone
	}
	// Before "the", "about" and "around" are prepositions: "talk about the
	// future", "around the weekend".
	if p.lex(i+1) == dlexThe {
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
	if p.is(j, "in") && p.lex(j+1) == dlexThe && p.lex(j+2) == dlexUnit && !p.t(j+2).upper {
		// "earlier in the day", "later in the year": the current one.
		if v := p.r.current(p.val(j + 2)); v != "" {
			return dmatch{end: j + 3, typ: core.TypeDate, val: v, mod: modNames[p.val(i)], dateLevel: true}, true
		}
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
	case dlexDeictic, dlexWeekday:
		return true
	case dlexRel:
		return p.val(j) == relThis
	case dlexPrep:
		return p.is(j, "in") && p.lex(j+1) == dlexThe && p.lex(j+2) == dlexUnit
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
	case dlexMonth, dlexMonthAbbr:
		return p.parseMonth(i)
	case dlexWeekday:
		return p.parseWeekday(i, 0)
	case dlexWeekdayAbbr:
		// "Fri 17 Oct 2025", "Tue., Nov. 4": only before a full date.
		k := i + 1
		if p.punct(k, '.') && p.joined(k) {
			k++
		}
		if p.punct(k, ',') {
			k++
		}
		if m, ok := p.parseCore(k); ok && m.typ == core.TypeDate && len(m.val) == 10 && t.upper {
			return m, true
		}
		return dmatch{}, false
	case dlexHoliday:
		return p.parseHoliday(i)
	case dlexWeekdays:
		if !t.upper {
			return dmatch{}, false
		}
		return dmatch{end: i + 1, typ: core.TypeSet, val: p.r.concat("XXXX-WXX-", strconv.Itoa(p.val(i)))}, true
	case dlexDeictic:
		return p.parseDeictic(i)
	case dlexRef:
		return p.parseRef(i)
	case dlexRel:
		return p.parseRel(i, i+1)
	case dlexThe:
		return p.parseThe(i)
	case dlexNumWord:
		if m, ok := p.parseSpokenYear(i); ok {
			return m, true
		}
		return p.parseQuantity(i)
	case dlexA, dlexFew, dlexHalf:
		return p.parseQuantity(i)
	case dlexOrdinal:
		return p.parseOrdinal(i, false, 0)
	case dlexSeason:
		return p.parseSeason(i, false)
	case dlexEvery:
		return p.parseEvery(i)
	case dlexSetAdv:
		// "daily" is a SET as an adverb ("trains run daily"), not as an
		// adjective before a noun ("a daily newspaper") (rule D35); the
		// others stay as TimeBank marks them ("hourly earnings" PT1H).
		if next := p.t(i + 1); p.is(i, "daily") && next.kind == dtWord && next.lex != dlexPrep && next.lex != dlexAnd && !p.is(i+1, "or") && !p.is(i+1, "but") {
			return dmatch{}, false
		}
		return dmatch{end: i + 1, typ: core.TypeSet, val: p.r.duration(1, false, p.val(i))}, true
	case dlexFiscal:
		return p.parseFiscal(i)
	case dlexAnaphor:
		return p.parseAnaphor(i)
	case dlexQuarterQ:
		return p.parseQuarterQ(i)
	case dlexFreq:
		return p.parseRate(i + 1)
	case dlexWeekendPl:
		// "at weekends", "on weekends": every weekend (TimeML guidelines, SET).
		return dmatch{end: i + 1, typ: core.TypeSet, val: "XXXX-WXX-WE"}, true
	case dlexNoon:
		return p.parseClock(i)
	case dlexUnit:
		if v, ok := p.recordUnit(i); ok {
			return dmatch{end: i + 1, typ: core.TypeDate, val: v, dateLevel: true}, true
		}
		return p.parseUnitWord(i)
	case dlexUnits:
		if p.lex(i+1) == dlexAgo && p.val(i) >= unitDay && !p.t(i).upper {
			// "years ago", "decades ago": some time back, PAST_REF
			// (TimeML guidelines; TimeBank "a few years ago").
			return dmatch{end: i + 2, typ: core.TypeDate, val: "PAST_REF"}, true
		}
		// "for years", "within hours", "in months", "could last weeks": a
		// bare plural after "for", "within" or "in", or a verb of lasting
		// (TimeBank marks them DURATIONs); not "in years of war".
		if p.bareUnitsAfter(i-1) && p.lex(i+1) != dlexOf && p.val(i) >= unitHour && p.val(i) != unitQuarter {
			return dmatch{end: i + 1, typ: core.TypeDuration, val: p.r.duration(0, true, p.val(i)), isDur: true}, true
		}
	}
	return dmatch{}, false
}
