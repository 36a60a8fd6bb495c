package timex

import "github.com/newsroom/annotator/internal/annotate/lexicon"

// The superlatives of a record (rule D53): "their best quarter since
// 2023" is the quarter under way.

// recordWords are the superlatives of records.txt.
var recordWords = lexicon.Set(recordsFile)

// recordUnit is the value of a unit word at token i after a superlative
// of records.txt and a possessive or "the", before "since", "in" or "on
// record": "headed for their best quarter since 2023" is the quarter the
// dateline is in; not after a month, weekday or season in its sentence,
// whose unit it is ("March was the wettest month on record"). ok is false
// otherwise.
func (p *dateParser) recordUnit(i int) (string, bool) {
	prev := p.t(i - 1)
	if p.t(i).upper || prev.kind != dtWord || recordWords.LookupAt(p.text, int(prev.start), int(prev.end)) == 0 {
		return "", false
	}
	det := false
	for _, w := range [...]string{"the", "their", "its", "his", "her", "our", "my", "your"} {
		det = det || p.is(i-2, w)
	}
	det = det || (p.is(i-2, "s") && p.apostrophe(i-3)) // "the market's worst week"

	if !det || !(p.is(i+1, "since") || p.is(i+1, "in") || (p.is(i+1, "on") && p.is(i+2, "record"))) {
		return "", false
	}
	for k := i - 3; k >= 0 && k >= i-12 && !p.isBoundary(k); k-- {
		if l := p.lex(k); l == dlexMonth || l == dlexWeekday || l == dlexSeason {
			return "", false // "March was the wettest month on record": March's
		}
	}
	switch p.val(i) {
	case unitWeek:
		return p.r.week(0), true
	case unitMonth:
		return p.r.month(0), true
	case unitQuarter:
		return p.r.quarter(0), true
	case unitYear:
		return p.r.year(0), true
	}
	return "", false
}
