package eval

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/newsroom/annotator/internal/annotate"
)

// quoteDoc is one record of a quotes JSONL file (see ../shared/eval/README.md).
type quoteDoc struct {
	ID            string      `json:"id"`
	Text          string      `json:"text"`
	Quotes        []goldQuote `json:"quotes"`
	PartialQuotes []goldQuote `json:"partial_quotes"`
}

// goldQuote is one annotated quote; offsets are code points.
type goldQuote struct {
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Speaker      *string `json:"speaker"`
	SpeakerStart *int    `json:"speaker_start"`
	SpeakerEnd   *int    `json:"speaker_end"`
	SpeakerRef   string  `json:"speaker_ref"`
	// Group is PolNeAR's attribution id, shared by the parts of one quote
	// split by its cue (GGT has none).
	Group string `json:"group"`
}

// QuoteReport holds the quote and speaker scores of one corpus file.
type QuoteReport struct {
	Docs, Gold, Predicted int
	// Exact counts predictions with the same span as a gold quote; Overlap
	// counts one-to-one pairs of overlapping spans.
	Exact, Overlap int
	// OnPartial counts unmatched predictions that overlap a partial (mixed)
	// quote, which the corpora do not count as direct quotes.
	OnPartial int
	// SpeakerGold counts overlap-matched gold quotes with a speaker (a span or
	// a GGT speaker_ref); SpeakerRight those we attribute correctly.
	SpeakerGold, SpeakerRight int
	// Misses and FalsePositives are examples for people tuning the rules.
	Misses, FalsePositives, OnPartialList, WrongSpeakers []string
	// BySource holds the same counts per corpus (the document id up to its
	// colon: polnear, ggt).
	BySource map[string]*QuoteCounts
}

// QuoteCounts are the counts of one corpus.
type QuoteCounts struct {
	Gold, Predicted, Overlap, SpeakerGold, SpeakerRight int
}

// ScoreQuotes annotates every document of the quotes JSONL file at path as
// plain text and scores the quotes and their speakers.
//
// Speaker rule: a matched gold quote's speaker is right when our quote has a
// speaker and either one of that speaker's mentions overlaps the gold
// speaker span (this is how pronoun speakers such as "he" are matched), or
// our speaker's name and the gold speaker text (or the GGT speaker_ref)
// share their last name: the last word of one is a word of the other,
// ignoring case and possessives.
func ScoreQuotes(path string) (*QuoteReport, error) {
	docs, err := readJSONL[quoteDoc](path)
	if err != nil {
		return nil, err
	}
	r := &QuoteReport{BySource: map[string]*QuoteCounts{}}
	for _, d := range docs {
		if err := r.add(d); err != nil {
			return nil, fmt.Errorf("%s: %w", d.ID, err)
		}
	}
	return r, nil
}

// span is a byte range of a document.
type span struct{ start, end int }

func (a span) overlaps(b span) bool { return a.start < b.end && b.start < a.end }

func (r *QuoteReport) add(d quoteDoc) error {
	res, err := annotate.Annotate(d.Text, annotate.Options{Format: annotate.FormatPlain})
	if err != nil {
		return err
	}
	r.Docs++
	src, _, _ := strings.Cut(d.ID, ":")
	before := QuoteCounts{r.Gold, r.Predicted, r.Overlap, r.SpeakerGold, r.SpeakerRight}
	defer func() {
		c := r.BySource[src]
		if c == nil {
			c = &QuoteCounts{}
			r.BySource[src] = c
		}
		c.Gold += r.Gold - before.Gold
		c.Predicted += r.Predicted - before.Predicted
		c.Overlap += r.Overlap - before.Overlap
		c.SpeakerGold += r.SpeakerGold - before.SpeakerGold
		c.SpeakerRight += r.SpeakerRight - before.SpeakerRight
	}()
	t := runeToByte(d.Text)
	conv := func(s, e int) (span, bool) {
		if s < 0 || e < s || e >= len(t) {
			return span{}, false
		}
		return span{t[s], t[e]}, true
	}
	var gold []span
	var goldQ []goldQuote
	for _, g := range d.Quotes {
		if s, ok := conv(g.Start, g.End); ok {
			gold, goldQ = append(gold, s), append(goldQ, g)
		}
	}
	var partial []span
	for _, g := range d.PartialQuotes {
		if s, ok := conv(g.Start, g.End); ok {
			partial = append(partial, s)
		}
	}
	speakers := make(map[string]*annotate.Speaker, len(res.Speakers))
	for i := range res.Speakers {
		speakers[res.Speakers[i].ID] = &res.Speakers[i]
	}
	r.Gold += len(gold)
	r.Predicted += len(res.Quotes)
	// One-to-one overlap matching, in text order.
	matched := make([]int, len(gold)) // gold -> prediction+1
	used := make([]bool, len(res.Quotes))
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return gold[order[a]].start < gold[order[b]].start })
	for _, gi := range order {
		g := gold[gi]
		best := -1
		for pi, q := range res.Quotes {
			p := span{q.Start, q.End}
			if used[pi] || !p.overlaps(g) {
				continue
			}
			if p == g {
				best = pi
				break
			}
			if best < 0 {
				best = pi
			}
		}
		if best < 0 {
			r.Misses = append(r.Misses, d.ID+": "+clip(d.Text[g.start:g.end]))
			continue
		}
		used[best] = true
		matched[gi] = best + 1
		r.Overlap++
		q := res.Quotes[best]
		if (span{q.Start, q.End}) == g {
			r.Exact++
		}
		gq := goldQ[gi]
		var gs *span
		if gq.SpeakerStart != nil && gq.SpeakerEnd != nil {
			if s, ok := conv(*gq.SpeakerStart, *gq.SpeakerEnd); ok {
				gs = &s
			}
		}
		goldName := ""
		if gq.Speaker != nil {
			goldName = *gq.Speaker
		}
		if gs == nil && gq.SpeakerRef == "" {
			continue
		}
		r.SpeakerGold++
		var sp *annotate.Speaker
		if q.Speaker != nil {
			sp = speakers[*q.Speaker]
		}
		if speakerRight(sp, gs, goldName, gq.SpeakerRef) {
			r.SpeakerRight++
		} else {
			ours := "<none>"
			if sp != nil {
				ours = sp.Name
			}
			r.WrongSpeakers = append(r.WrongSpeakers, fmt.Sprintf("%s: %s gold=%q ref=%q ours=%q", d.ID, clip(d.Text[g.start:g.end]), goldName, gq.SpeakerRef, ours))
		}
	}
	for pi, q := range res.Quotes {
		if used[pi] {
			continue
		}
		p := span{q.Start, q.End}
		onPartial := false
		for _, s := range partial {
			if p.overlaps(s) {
				onPartial = true
				break
			}
		}
		if onPartial {
			r.OnPartial++
			r.OnPartialList = append(r.OnPartialList, d.ID+": "+clip(q.Text))
		} else {
			r.FalsePositives = append(r.FalsePositives, d.ID+": "+clip(q.Text))
		}
	}
	return nil
}

// speakerRight applies the speaker rule of ScoreQuotes.
func speakerRight(sp *annotate.Speaker, gs *span, goldName, ref string) bool {
	if sp == nil {
		return false
	}
	if gs != nil {
		for _, m := range sp.Mentions {
			if (span{m.Start, m.End}).overlaps(*gs) {
				return true
			}
		}
	}
	if goldName != "" && !isPronoun(goldName) && sameLastName(sp.Name, goldName) {
		return true
	}
	return ref != "" && sameLastName(sp.Name, ref)
}

// nameWords splits a name into lower-case words without possessives.
func nameWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	})
	for i, w := range f {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		f[i] = strings.Trim(w, "'’-")
	}
	return f
}

// sameLastName reports whether the last word of one name is a word of the
// other.
func sameLastName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	has := func(ws []string, w string) bool {
		for _, x := range ws {
			if x == w && len(w) > 1 {
				return true
			}
		}
		return false
	}
	return has(wb, wa[len(wa)-1]) || has(wa, wb[len(wb)-1])
}

func isPronoun(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "he", "she", "they", "it", "i", "we", "you", "he’s", "she’s", "he's", "she's":
		return true
	}
	return false
}

// clip shortens s for a listing.
func clip(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > 90 {
		i := 90
		for i > 0 && !isRuneStart(s[i]) {
			i--
		}
		return s[:i] + "…"
	}
	return s
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// String prints the report as a table.
func (r *QuoteReport) String() string {
	var b strings.Builder
	p, rc := ratio(r.Exact, r.Predicted), ratio(r.Exact, r.Gold)
	op, orc := ratio(r.Overlap, r.Predicted), ratio(r.Overlap, r.Gold)
	// Ignoring unmatched predictions that fall on partial (mixed) quotes.
	np := ratio(r.Overlap, r.Predicted-r.OnPartial)
	fmt.Fprintf(&b, "Quotes: %d documents, %d gold direct quotes, %d predicted\n", r.Docs, r.Gold, r.Predicted)
	fmt.Fprintf(&b, "%-34s %9s %9s %9s\n", "match", "precision", "recall", "F1")
	fmt.Fprintf(&b, "%-34s %9.3f %9.3f %9.3f\n", "exact span", p, rc, f1(p, rc))
	fmt.Fprintf(&b, "%-34s %9.3f %9.3f %9.3f\n", "overlap (one-to-one)", op, orc, f1(op, orc))
	fmt.Fprintf(&b, "%-34s %9.3f %9.3f %9.3f\n", "overlap, mixed quotes not counted", np, orc, f1(np, orc))
	fmt.Fprintf(&b, "False positives: %d, of which %d fall on partial (mixed) quotes\n", r.Predicted-r.Overlap, r.OnPartial)
	fmt.Fprintf(&b, "Speaker accuracy: %.3f (%d of %d overlap-matched gold quotes with a speaker)\n",
		ratio(r.SpeakerRight, r.SpeakerGold), r.SpeakerRight, r.SpeakerGold)
	b.WriteString("  (right = one of our speaker's mentions overlaps the gold speaker span,\n" +
		"   or our speaker's name shares its last name with the gold speaker or GGT speaker_ref)\n")
	srcs := make([]string, 0, len(r.BySource))
	for s := range r.BySource {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	fmt.Fprintf(&b, "%-10s %6s %9s %9s %9s %9s %9s\n", "corpus", "gold", "predicted", "precision", "recall", "F1", "speaker")
	for _, s := range srcs {
		c := r.BySource[s]
		p, rc := ratio(c.Overlap, c.Predicted), ratio(c.Overlap, c.Gold)
		fmt.Fprintf(&b, "%-10s %6d %9d %9.3f %9.3f %9.3f %9.3f\n", s, c.Gold, c.Predicted, p, rc, f1(p, rc), ratio(c.SpeakerRight, c.SpeakerGold))
	}
	b.WriteString("  (per corpus: overlap match, all predictions counted)\n")
	return b.String()
}

// Details lists up to n misses, false positives and wrong speakers, for
// tuning the rules.
func (r *QuoteReport) Details(n int) string {
	var b strings.Builder
	list := func(title string, xs []string) {
		fmt.Fprintf(&b, "%s (%d):\n", title, len(xs))
		for i, x := range xs {
			if i >= n {
				break
			}
			fmt.Fprintf(&b, "  %s\n", x)
		}
	}
	list("Missed quotes", r.Misses)
	list("False positives (not on partial quotes)", r.FalsePositives)
	list("False positives on partial (mixed) quotes", r.OnPartialList)
	list("Wrong speakers", r.WrongSpeakers)
	return b.String()
}
