package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsroom/annotator/internal/annotate"
)

// dateDoc is one record of dates-dev.jsonl.
type dateDoc struct {
	ID      string      `json:"id"`
	DCT     string      `json:"dct"`
	Text    string      `json:"text"`
	Timexes []goldTimex `json:"timexes"`
}

// goldTimex is one annotated time expression, with code-point offsets.
type goldTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
}

// DateReport holds the time-expression scores, TempEval-3 style: strict
// (same span) and relaxed (overlapping spans, matched one to one) precision,
// recall and F1, and the type and value accuracy over the relaxed matches.
type DateReport struct {
	Docs, Gold, System int
	Strict, Relaxed    int // matched pairs
	TypeOK, ValueOK    int // over relaxed matches
	// ByType counts gold expressions and relaxed matches per gold type.
	ByType map[string]*TypeCount
	// Errors lists misses, spurious finds and wrong values, for a reader
	// tuning rules (see Details).
	Errors []DateError
}

// TypeCount is the gold count and relaxed matches for one TIMEX3 type.
type TypeCount struct{ Gold, Found, ValueOK int }

// DateError is one disagreement with the gold annotation.
type DateError struct {
	Doc  string
	Kind string // "missed", "spurious", "value", "type"
	Gold string // gold text, type and value
	Sys  string // system text, type and value
}

// ScoreDates runs the annotator over every document of the dates JSONL file
// at path, with the document's creation time as the dateline, and scores it.
func ScoreDates(path string) (*DateReport, error) {
	docs, err := readJSONL[dateDoc](path)
	if err != nil {
		return nil, err
	}
	rep := &DateReport{ByType: map[string]*TypeCount{}}
	for _, doc := range docs {
		res, err := annotate.Annotate(doc.Text, annotate.Options{Dateline: doc.DCT, Format: annotate.FormatPlain})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", doc.ID, err)
		}
		rep.add(doc, res.Dates)
	}
	return rep, nil
}

// add scores one document.
func (r *DateReport) add(doc dateDoc, sys []annotate.Date) {
	r.Docs++
	r.Gold += len(doc.Timexes)
	r.System += len(sys)
	conv := runeToByte(doc.Text)
	gold := make([]annotate.Span, len(doc.Timexes))
	for i, g := range doc.Timexes {
		gold[i] = annotate.Span{Start: dateByteAt(conv, g.Start), End: dateByteAt(conv, g.End)}
		tc := r.ByType[g.Type]
		if tc == nil {
			tc = &TypeCount{}
			r.ByType[g.Type] = tc
		}
		tc.Gold++
	}
	used := make([]bool, len(sys))
	matched := make([]int, len(gold))
	for i := range matched {
		matched[i] = -1
	}
	// Exact spans first, then any overlap, so that the one-to-one pairing
	// does not give away an exact match to a neighbour.
	for pass := 0; pass < 2; pass++ {
		for i, g := range gold {
			if matched[i] >= 0 {
				continue
			}
			for j, s := range sys {
				if used[j] {
					continue
				}
				if (pass == 0 && s.Span == g) || (pass == 1 && s.Span.Overlaps(g)) {
					matched[i], used[j] = j, true
					break
				}
			}
		}
	}
	for i, g := range doc.Timexes {
		j := matched[i]
		gs := fmt.Sprintf("%q %s %s", g.Text, g.Type, g.Value)
		if j < 0 {
			r.Errors = append(r.Errors, DateError{Doc: doc.ID, Kind: "missed", Gold: gs})
			continue
		}
		s := sys[j]
		ss := fmt.Sprintf("%q %s %s", s.Text, s.Type, s.Value)
		r.Relaxed++
		r.ByType[g.Type].Found++
		if s.Span == gold[i] {
			r.Strict++
		}
		if s.Type == g.Type {
			r.TypeOK++
		} else {
			r.Errors = append(r.Errors, DateError{Doc: doc.ID, Kind: "type", Gold: gs, Sys: ss})
		}
		if s.Value == g.Value {
			r.ValueOK++
			r.ByType[g.Type].ValueOK++
		} else {
			r.Errors = append(r.Errors, DateError{Doc: doc.ID, Kind: "value", Gold: gs, Sys: ss})
		}
	}
	for j, s := range sys {
		if !used[j] {
			r.Errors = append(r.Errors, DateError{Doc: doc.ID, Kind: "spurious", Sys: fmt.Sprintf("%q %s %s", s.Text, s.Type, s.Value)})
		}
	}
}

// dateByteAt maps a code-point offset to a byte offset, clamped to the text.
func dateByteAt(conv []int, i int) int {
	if i < 0 {
		return 0
	}
	if i >= len(conv) {
		return conv[len(conv)-1]
	}
	return conv[i]
}

// StrictP is the precision of exact spans.
func (r *DateReport) StrictP() float64 { return ratio(r.Strict, r.System) }

// StrictR is the recall of exact spans.
func (r *DateReport) StrictR() float64 { return ratio(r.Strict, r.Gold) }

// StrictF1 is the F1 of exact spans.
func (r *DateReport) StrictF1() float64 { return f1(r.StrictP(), r.StrictR()) }

// RelaxedP is the precision of overlapping spans.
func (r *DateReport) RelaxedP() float64 { return ratio(r.Relaxed, r.System) }

// RelaxedR is the recall of overlapping spans.
func (r *DateReport) RelaxedR() float64 { return ratio(r.Relaxed, r.Gold) }

// RelaxedF1 is the F1 of overlapping spans.
func (r *DateReport) RelaxedF1() float64 { return f1(r.RelaxedP(), r.RelaxedR()) }

// TypeAccuracy is the share of relaxed matches with the gold type.
func (r *DateReport) TypeAccuracy() float64 { return ratio(r.TypeOK, r.Relaxed) }

// ValueAccuracy is the share of relaxed matches with the gold value.
func (r *DateReport) ValueAccuracy() float64 { return ratio(r.ValueOK, r.Relaxed) }

// ValueF1 is the relaxed F1 times the value accuracy (TempEval-3).
func (r *DateReport) ValueF1() float64 { return r.RelaxedF1() * r.ValueAccuracy() }

// String prints the report as a table.
func (r *DateReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "dates: %d documents, %d gold time expressions, %d found\n", r.Docs, r.Gold, r.System)
	fmt.Fprintf(&b, "  %-10s %6s %6s %6s\n", "match", "P", "R", "F1")
	fmt.Fprintf(&b, "  %-10s %6.3f %6.3f %6.3f\n", "strict", r.StrictP(), r.StrictR(), r.StrictF1())
	fmt.Fprintf(&b, "  %-10s %6.3f %6.3f %6.3f\n", "relaxed", r.RelaxedP(), r.RelaxedR(), r.RelaxedF1())
	fmt.Fprintf(&b, "  type accuracy %.3f   value accuracy %.3f   value F1 %.3f\n", r.TypeAccuracy(), r.ValueAccuracy(), r.ValueF1())
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(&b, "  %-10s %6s %8s %10s\n", "gold type", "gold", "recall", "value acc")
	for _, t := range types {
		c := r.ByType[t]
		fmt.Fprintf(&b, "  %-10s %6d %8.3f %10.3f\n", t, c.Gold, ratio(c.Found, c.Gold), ratio(c.ValueOK, c.Found))
	}
	return b.String()
}

// Details lists every disagreement with the gold annotation, grouped by
// kind, for tuning the rules.
func (r *DateReport) Details() string {
	var b strings.Builder
	for _, kind := range []string{"missed", "spurious", "value", "type"} {
		for _, e := range r.Errors {
			if e.Kind != kind {
				continue
			}
			fmt.Fprintf(&b, "%-8s %-20s gold=%s sys=%s\n", e.Kind, e.Doc, e.Gold, e.Sys)
		}
	}
	return b.String()
}
