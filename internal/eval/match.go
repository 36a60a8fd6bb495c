package eval

import (
	"sort"
	"strings"
	"unicode"
)

// This file holds the matching rules of the reference scorers in
// ../shared/eval (score.py: match_exact, match_overlap, speaker_ok,
// speaker_match), so that the measures built on them (sources, calibration,
// dates) give the figures those scripts give. Offsets here are code points,
// as the corpora and the scripts count them: the size of an overlap decides
// the order of matching, so it is counted in the same unit.

// cpSpan is a half-open range of code-point offsets.
type cpSpan struct{ start, end int }

// valid reports whether the span is non-empty (score.py spans()).
func (s cpSpan) valid() bool { return s.end > s.start }

// overlap is the number of code points s and o share (0 when disjoint).
func (s cpSpan) overlap(o cpSpan) int {
	return max(0, min(s.end, o.end)-max(s.start, o.start))
}

// pair is a one-to-one match of gold item g with predicted item p.
type pair struct{ g, p int }

// matchOverlap pairs gold and predicted spans that share at least one code
// point, one to one, largest overlap first, ties in gold then prediction
// order (score.py match_overlap).
func matchOverlap(gold, pred []cpSpan) []pair {
	type cand struct{ ov, g, p int }
	var cands []cand
	for gi, g := range gold {
		for pi, p := range pred {
			if ov := g.overlap(p); ov > 0 {
				cands = append(cands, cand{ov, gi, pi})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		x, y := cands[a], cands[b]
		if x.ov != y.ov {
			return x.ov > y.ov
		}
		if x.g != y.g {
			return x.g < y.g
		}
		return x.p < y.p
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var pairs []pair
	for _, c := range cands {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		pairs = append(pairs, pair{c.g, c.p})
	}
	return pairs
}

// matchExact pairs predicted spans with equal gold spans, one to one, each
// prediction in order taking the first gold span left (score.py
// match_exact).
func matchExact(gold, pred []cpSpan) []pair {
	left := map[cpSpan][]int{}
	for gi, g := range gold {
		left[g] = append(left[g], gi)
	}
	var pairs []pair
	for pi, p := range pred {
		if gs := left[p]; len(gs) > 0 {
			pairs = append(pairs, pair{gs[0], pi})
			left[p] = gs[1:]
		}
	}
	return pairs
}

// functionWords cannot make a name match on their own: "the" inside "the
// security firm" names nobody (score.py FUNCTION_WORDS).
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "his": true, "her": true, "its": true, "their": true,
}

// refWords splits s into case-folded words of letters and digits, keeping
// inner apostrophes ("o'brien"), with ’ written as ' (score.py words). Case
// folding is strings.ToLower, which differs from Python's casefold only on a
// few letters such as ß.
func refWords(s string) []string {
	var words []string
	rs := []rune(strings.ToLower(s))
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }
	for i := 0; i < len(rs); {
		if !isWord(rs[i]) {
			i++
			continue
		}
		var w []rune
		for i < len(rs) {
			for i < len(rs) && isWord(rs[i]) {
				w = append(w, rs[i])
				i++
			}
			if i+1 < len(rs) && (rs[i] == '\'' || rs[i] == '’') && isWord(rs[i+1]) {
				w = append(w, '\'')
				i++
				continue
			}
			break
		}
		words = append(words, string(w))
	}
	return words
}

// namesMatch reports whether two speaker names name the same source: equal
// ignoring case, or the words of the shorter one appear in a row in the
// longer one and include a word that is not a function word ("Trump" ~
// "Donald Trump", but "the" is no match for "the security firm")
// (score.py speaker_ok).
func namesMatch(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	wa, wb := refWords(a), refWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
	}
	short, long := wa, wb
	if len(wa) > len(wb) {
		short, long = wb, wa
	}
	content := false
	for _, w := range short {
		if !functionWords[w] {
			content = true
		}
	}
	return content && containsRun(long, short)
}

// containsRun reports whether small occurs as a contiguous run in big.
func containsRun(big, small []string) bool {
	for i := 0; i+len(small) <= len(big); i++ {
		ok := true
		for j, w := range small {
			if big[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// speakerMatches reports whether a predicted speaker (its name and mention
// spans) is the gold speaker of a quote: its name matches the gold speaker
// string, or one of its mentions overlaps the gold speaker span, which is
// how a pronoun speaker "he" is matched (score.py speaker_match).
func speakerMatches(name string, mentions []cpSpan, gold goldQuote) bool {
	if gold.Speaker == nil {
		return false
	}
	if namesMatch(name, *gold.Speaker) {
		return true
	}
	if gold.SpeakerStart == nil || gold.SpeakerEnd == nil {
		return false
	}
	gs := cpSpan{*gold.SpeakerStart, *gold.SpeakerEnd}
	for _, m := range mentions {
		if m.overlap(gs) > 0 {
			return true
		}
	}
	return false
}

// byteToCP returns a table mapping each UTF-8 byte offset of text (0 to
// len(text)) to its code-point offset; an offset inside a rune maps to that
// rune's start.
func byteToCP(text string) []int {
	t := make([]int, len(text)+1)
	n := 0
	for i := range text {
		for j := i; j < len(text) && (j == i || !isRuneStart(text[j])); j++ {
			t[j] = n
		}
		n++
	}
	t[len(text)] = n
	return t
}

// cpOf maps byte offset b through a byteToCP table, clamped to the text.
func cpOf(t []int, b int) int {
	return t[max(0, min(b, len(t)-1))]
}
