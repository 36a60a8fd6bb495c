package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsroom/annotator/internal/annotate"
)

// SourceReport is "who is quoted", per article, as a newsroom's source
// audit counts it (issue 11; the reference is ../shared/eval/score_sources.py,
// whose figures it reproduces):
//
//   - A gold source is one identity among the article's direct quotes that
//     have a speaker: the corpus's entity group, else GGT's speaker_ref,
//     else the speaker string. Identities whose names match ("Trump" ~
//     "Donald Trump", see namesMatch) are one source. A quote whose gold
//     speaker is only a pronoun names no source.
//   - A predicted source is a speaker with at least one quote. It is
//     assigned to the gold source most of its overlap-matched quotes are
//     rightly attributed to (speakerMatches); on a tie, the one met first.
//   - A speaker with no such quote is nobody when one of its quotes is
//     judged (matched to a gold quote that is not pronoun-only) or none of
//     its quotes matches a gold quote; a speaker whose matched quotes are all
//     pronoun-only says nothing and is left out of the count.
type SourceReport struct {
	Docs int
	// Gold and Predicted count sources over all articles (Predicted without
	// the speakers left out); Assigned counts gold sources with at least one
	// predicted speaker assigned to them.
	Gold, Predicted, Assigned int
	// Splits counts gold sources with two or more predicted speakers; Nobody
	// counts predicted speakers assigned to no gold source.
	Splits, Nobody int
	// CountExact counts articles whose number of predicted sources equals
	// the gold number; CountError sums the absolute differences.
	CountExact, CountError int
	// Articles lists the articles with a split or a nobody, for -v.
	Articles []SourceArticle
	// Calibration is the reliability of the quotes' confidence.
	Calibration Calibration
}

// SourceArticle is the source count of one article.
type SourceArticle struct {
	ID              string
	Gold, Predicted int
	// Splits holds the names of the speakers of each split gold source;
	// Nobody the names of the speakers that are nobody.
	Splits [][]string
	Nobody []string
}

// ScoreSources annotates every document of the quotes JSONL file at path as
// plain text and counts its sources.
func ScoreSources(path string) (*SourceReport, error) {
	docs, err := readJSONL[quoteDoc](path)
	if err != nil {
		return nil, err
	}
	r := &SourceReport{}
	var conf []ConfidenceRecord
	for _, d := range docs {
		res, err := annotate.Annotate(d.Text, annotate.Options{Format: annotate.FormatPlain})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.ID, err)
		}
		out := fromResult(&res)
		r.add(d, out)
		conf = append(conf, confidenceRecords(d, out)...)
	}
	r.Calibration = Calibrate(conf)
	return r, nil
}

// ScoreSourcesOutput counts the sources of a saved project output (the
// lines of `annotate -jsonl` at outPath, matched to goldPath by id; a gold
// document without an output line counts as predicting nothing), as
// score_sources.py and calibration.py read it.
func ScoreSourcesOutput(goldPath, outPath string) (*SourceReport, error) {
	docs, err := readJSONL[quoteDoc](goldPath)
	if err != nil {
		return nil, err
	}
	outs, err := readJSONL[outDoc](outPath)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]outDoc, len(outs))
	for _, o := range outs {
		byID[o.ID] = o
	}
	r := &SourceReport{}
	var conf []ConfidenceRecord
	for _, d := range docs {
		r.add(d, byID[d.ID])
		conf = append(conf, confidenceRecords(d, byID[d.ID])...)
	}
	r.Calibration = Calibrate(conf)
	return r, nil
}

// add counts the sources of one article.
func (r *SourceReport) add(d quoteDoc, out outDoc) {
	a := scoreArticle(d, out)
	r.Docs++
	r.Gold += a.Gold
	r.Predicted += a.Predicted
	r.Assigned += a.Gold - a.missing
	r.Splits += len(a.Splits)
	r.Nobody += len(a.Nobody)
	if a.Predicted == a.Gold {
		r.CountExact++
	}
	r.CountError += abs(a.Predicted - a.Gold)
	if len(a.Splits) > 0 || len(a.Nobody) > 0 {
		r.Articles = append(r.Articles, a.SourceArticle)
	}
}

// scoredArticle is a SourceArticle with the number of gold sources that got
// no predicted speaker.
type scoredArticle struct {
	SourceArticle
	missing int
}

// scoreArticle counts the gold and predicted sources of one article.
func scoreArticle(d quoteDoc, out outDoc) scoredArticle {
	a := scoredArticle{SourceArticle: SourceArticle{ID: d.ID}}
	left := 0 // speakers whose matched quotes are all pronoun-only
	gold := validGold(d.Quotes)
	srcOf, nSources := goldSources(gold)
	pred := predQuotes(d.Text, out, func(outQuote) bool { return true })
	sids := map[string]bool{}
	for _, p := range pred {
		if p.sid != "" {
			sids[p.sid] = true
		}
	}
	// votes[sid] counts, per gold source in the order first met, the
	// matched quotes rightly attributed to it.
	type vote struct{ src, n int }
	votes := map[string][]vote{}
	judged, matched := map[string]bool{}, map[string]bool{}
	for _, m := range matchOverlap(goldSpans(gold), predSpans(pred)) {
		p, g := pred[m.p], gold[m.g]
		matched[p.sid] = true
		if p.sid == "" {
			continue
		}
		src, named := srcOf[m.g]
		if !named && g.Speaker != nil && *g.Speaker != "" {
			continue // pronoun-only: says nothing of who this speaker is
		}
		judged[p.sid] = true
		if !named || !speakerMatches(p.name, p.mentions, g) {
			continue
		}
		vs := votes[p.sid]
		i := 0
		for i < len(vs) && vs[i].src != src {
			i++
		}
		if i == len(vs) {
			vs = append(vs, vote{src: src})
		}
		vs[i].n++
		votes[p.sid] = vs
	}
	names := map[string]string{}
	for _, s := range out.Speakers {
		names[s.ID] = s.Name
	}
	order := make([]string, 0, len(sids))
	for sid := range sids {
		order = append(order, sid)
	}
	sort.Strings(order)
	assigned := map[int][]string{}
	var srcOrder []int
	for _, sid := range order {
		vs := votes[sid]
		switch {
		case len(vs) > 0:
			best := vs[0]
			for _, v := range vs[1:] {
				if v.n > best.n {
					best = v
				}
			}
			if assigned[best.src] == nil {
				srcOrder = append(srcOrder, best.src)
			}
			assigned[best.src] = append(assigned[best.src], nameOr(names, sid))
		case judged[sid] || !matched[sid]:
			a.Nobody = append(a.Nobody, nameOr(names, sid))
		default:
			left++
		}
	}
	for _, src := range srcOrder {
		if len(assigned[src]) > 1 {
			a.Splits = append(a.Splits, assigned[src])
		}
	}
	a.Gold = nSources
	a.Predicted = len(order) - left
	a.missing = nSources - len(assigned)
	return a
}

// nameOr is the name of speaker sid, or sid when the output lists no such
// speaker.
func nameOr(names map[string]string, sid string) string {
	if n, ok := names[sid]; ok {
		return n
	}
	return sid
}

// validGold keeps the gold quotes with a non-empty span.
func validGold(qs []goldQuote) []goldQuote {
	var out []goldQuote
	for _, q := range qs {
		if (cpSpan{q.Start, q.End}).valid() {
			out = append(out, q)
		}
	}
	return out
}

func goldSpans(qs []goldQuote) []cpSpan {
	s := make([]cpSpan, len(qs))
	for i, q := range qs {
		s[i] = cpSpan{q.Start, q.End}
	}
	return s
}

// predQuote is a predicted quote in code points, with its speaker.
type predQuote struct {
	span       cpSpan
	sid, name  string
	mentions   []cpSpan
	confidence float64
	way        string // outQuote.Way
}

// predQuotes converts the quotes of out that keep accepts to code points of
// text, dropping empty spans.
func predQuotes(text string, out outDoc, keep func(outQuote) bool) []predQuote {
	t := byteToCP(text)
	speakers := map[string]outSpeaker{}
	for _, s := range out.Speakers {
		speakers[s.ID] = s
	}
	var pq []predQuote
	for _, q := range out.Quotes {
		if !keep(q) {
			continue
		}
		p := predQuote{span: cpSpan{cpOf(t, q.Start), cpOf(t, q.End)}, way: q.Way}
		if q.Confidence != nil {
			p.confidence = *q.Confidence
		}
		if q.Speaker != nil {
			p.sid = *q.Speaker
			s := speakers[p.sid]
			p.name = s.Name
			for _, m := range s.Mentions {
				p.mentions = append(p.mentions, cpSpan{cpOf(t, m.Start), cpOf(t, m.End)})
			}
		}
		if p.span.valid() {
			pq = append(pq, p)
		}
	}
	return pq
}

func predSpans(pq []predQuote) []cpSpan {
	s := make([]cpSpan, len(pq))
	for i, p := range pq {
		s[i] = p.span
	}
	return s
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Precision is the share of predicted sources that are the first speaker
// assigned to their gold source: a split or a nobody costs precision.
func (r *SourceReport) Precision() float64 { return ratio(r.Assigned, r.Predicted) }

// Recall is the share of gold sources with a predicted speaker.
func (r *SourceReport) Recall() float64 { return ratio(r.Assigned, r.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (r *SourceReport) F1() float64 { return f1(r.Precision(), r.Recall()) }

// String prints the report, one measure a line.
func (r *SourceReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "sources (who is quoted, per article): %d articles, %d gold sources, %d predicted\n", r.Docs, r.Gold, r.Predicted)
	line := func(name, value string) { fmt.Fprintf(&b, "  %-44s %9s\n", name, value) }
	line("source precision", fmt.Sprintf("%.3f", r.Precision()))
	line("source recall", fmt.Sprintf("%.3f", r.Recall()))
	line("source F1", fmt.Sprintf("%.3f", r.F1()))
	line("splits (one gold source, several speakers)", fmt.Sprint(r.Splits))
	line("speakers that are nobody", fmt.Sprint(r.Nobody))
	line("articles with the exact number of sources", fmt.Sprintf("%.3f", ratio(r.CountExact, r.Docs)))
	line("mean absolute error of the number", fmt.Sprintf("%.3f", ratio(r.CountError, r.Docs)))
	return b.String()
}

// Details lists up to n articles with a split or a speaker that is nobody.
func (r *SourceReport) Details(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Articles with splits or speakers that are nobody (%d):\n", len(r.Articles))
	for i, a := range r.Articles {
		if i >= n {
			break
		}
		fmt.Fprintf(&b, "  %s: gold %d, predicted %d", a.ID, a.Gold, a.Predicted)
		for _, s := range a.Splits {
			fmt.Fprintf(&b, "; split %q", s)
		}
		if len(a.Nobody) > 0 {
			fmt.Fprintf(&b, "; nobody %q", a.Nobody)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
