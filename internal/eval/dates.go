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

// DateReport holds the time-expression scores, TempEval-3 style, as
// ../shared/eval/score.py dates counts them: strict (same span) and relaxed
// (overlapping spans, matched one to one, largest overlap first) precision,
// recall and F1, and the type and value accuracy over the relaxed matches.
type DateReport struct {
	Docs int
	// All holds the counts over every type; ByType per TIMEX3 type.
	All    DateCounts
	ByType map[string]*DateCounts
	// Errors lists misses, spurious finds, wrong values, types and extents,
	// for a reader tuning rules (see Details).
	Errors []DateError
}

// DateCounts are the counts behind the date scores of one TIMEX3 type (or
// of all). Gold-side counts go to the gold expression's type and
// system-side counts to the system's, so precision per type is over the
// expressions the system gave that type and recall over the gold ones.
type DateCounts struct {
	Gold, System int
	// StrictGold and StrictSystem count the expressions in a same-span
	// pair, RelaxedGold and RelaxedSystem those in an overlap pair.
	StrictGold, StrictSystem, RelaxedGold, RelaxedSystem int
	// TypeOK and ValueOK count the relaxed pairs (by gold type) whose type
	// and value are the gold ones.
	TypeOK, ValueOK int
}

// DateError is one disagreement with the gold annotation.
type DateError struct {
	Doc  string
	Kind string // "missed", "spurious", "value", "type", "extent"
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
	rep := &DateReport{ByType: map[string]*DateCounts{}}
	for _, doc := range docs {
		res, err := annotate.Annotate(doc.Text, annotate.Options{Dateline: doc.DCT, Format: annotate.FormatPlain})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", doc.ID, err)
		}
		rep.add(doc, res.Dates)
	}
	return rep, nil
}

// counts returns the totals and the counts of TIMEX3 type typ, creating
// the latter.
func (r *DateReport) counts(typ string) []*DateCounts {
	c := r.ByType[typ]
	if c == nil {
		c = &DateCounts{}
		r.ByType[typ] = c
	}
	return []*DateCounts{&r.All, c}
}

// add scores one document.
func (r *DateReport) add(doc dateDoc, found []annotate.Date) {
	r.Docs++
	t := byteToCP(doc.Text)
	var gold []goldTimex
	var gs []cpSpan
	for _, g := range doc.Timexes {
		if s := (cpSpan{g.Start, g.End}); s.valid() {
			gold, gs = append(gold, g), append(gs, s)
		}
	}
	var sys []annotate.Date
	var ss []cpSpan
	for _, d := range found {
		if s := (cpSpan{cpOf(t, d.Start), cpOf(t, d.End)}); s.valid() {
			sys, ss = append(sys, d), append(ss, s)
		}
	}
	for _, g := range gold {
		for _, c := range r.counts(g.Type) {
			c.Gold++
		}
	}
	for _, s := range sys {
		for _, c := range r.counts(s.Type) {
			c.System++
		}
	}
	for _, m := range matchExact(gs, ss) {
		for _, c := range r.counts(gold[m.g].Type) {
			c.StrictGold++
		}
		for _, c := range r.counts(sys[m.p].Type) {
			c.StrictSystem++
		}
	}
	desc := func(text, typ, value string) string { return fmt.Sprintf("%q %s %s", text, typ, value) }
	matchedG, matchedS := make([]bool, len(gold)), make([]bool, len(sys))
	for _, m := range matchOverlap(gs, ss) {
		g, s := gold[m.g], sys[m.p]
		matchedG[m.g], matchedS[m.p] = true, true
		typeOK := strings.EqualFold(g.Type, s.Type)
		valueOK := normValue(g.Value) == normValue(s.Value)
		for _, c := range r.counts(g.Type) {
			c.RelaxedGold++
			if typeOK {
				c.TypeOK++
			}
			if valueOK {
				c.ValueOK++
			}
		}
		for _, c := range r.counts(s.Type) {
			c.RelaxedSystem++
		}
		e := DateError{Doc: doc.ID, Gold: desc(g.Text, g.Type, g.Value), Sys: desc(s.Text, s.Type, s.Value)}
		for _, k := range []struct {
			kind string
			bad  bool
		}{{"value", !valueOK}, {"type", !typeOK}, {"extent", gs[m.g] != ss[m.p]}} {
			if k.bad {
				e.Kind = k.kind
				r.Errors = append(r.Errors, e)
			}
		}
	}
	for i, g := range gold {
		if !matchedG[i] {
			r.Errors = append(r.Errors, DateError{Doc: doc.ID, Kind: "missed", Gold: desc(g.Text, g.Type, g.Value)})
		}
	}
	for i, s := range sys {
		if !matchedS[i] {
			r.Errors = append(r.Errors, DateError{Doc: doc.ID, Kind: "spurious", Sys: desc(s.Text, s.Type, s.Value)})
		}
	}
}

// normValue is a TIMEX3 value compared without spaces and case (score.py
// norm_value).
func normValue(v string) string {
	return strings.ToUpper(strings.Join(strings.Fields(v), ""))
}

// StrictP is the precision of exact spans.
func (c DateCounts) StrictP() float64 { return ratio(c.StrictSystem, c.System) }

// StrictR is the recall of exact spans.
func (c DateCounts) StrictR() float64 { return ratio(c.StrictGold, c.Gold) }

// StrictF1 is the F1 of exact spans.
func (c DateCounts) StrictF1() float64 { return f1(c.StrictP(), c.StrictR()) }

// RelaxedP is the precision of overlapping spans.
func (c DateCounts) RelaxedP() float64 { return ratio(c.RelaxedSystem, c.System) }

// RelaxedR is the recall of overlapping spans.
func (c DateCounts) RelaxedR() float64 { return ratio(c.RelaxedGold, c.Gold) }

// RelaxedF1 is the F1 of overlapping spans.
func (c DateCounts) RelaxedF1() float64 { return f1(c.RelaxedP(), c.RelaxedR()) }

// TypeAccuracy is the share of relaxed matches with the gold type.
func (c DateCounts) TypeAccuracy() float64 { return ratio(c.TypeOK, c.RelaxedGold) }

// ValueAccuracy is the share of relaxed matches with the gold value.
func (c DateCounts) ValueAccuracy() float64 { return ratio(c.ValueOK, c.RelaxedGold) }

// ValueF1 is the relaxed F1 times the value accuracy (TempEval-3).
func (c DateCounts) ValueF1() float64 { return c.RelaxedF1() * c.ValueAccuracy() }

// String prints the report as a table: one measure a line, one column for
// all types and one per TIMEX3 type.
func (r *DateReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "dates: %d documents, %d gold time expressions, %d found\n", r.Docs, r.All.Gold, r.All.System)
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	cols := []DateCounts{r.All}
	fmt.Fprintf(&b, "  %-16s %9s", "measure", "all")
	for _, t := range types {
		cols = append(cols, *r.ByType[t])
		fmt.Fprintf(&b, " %9s", t)
	}
	b.WriteByte('\n')
	row := func(name string, f func(DateCounts) string) {
		fmt.Fprintf(&b, "  %-16s", name)
		for _, c := range cols {
			fmt.Fprintf(&b, " %9s", f(c))
		}
		b.WriteByte('\n')
	}
	score := func(f func(DateCounts) float64) func(DateCounts) string {
		return func(c DateCounts) string { return fmt.Sprintf("%.3f", f(c)) }
	}
	row("gold", func(c DateCounts) string { return fmt.Sprint(c.Gold) })
	row("found", func(c DateCounts) string { return fmt.Sprint(c.System) })
	row("strict P", score(DateCounts.StrictP))
	row("strict R", score(DateCounts.StrictR))
	row("strict F1", score(DateCounts.StrictF1))
	row("relaxed P", score(DateCounts.RelaxedP))
	row("relaxed R", score(DateCounts.RelaxedR))
	row("relaxed F1", score(DateCounts.RelaxedF1))
	row("type accuracy", score(DateCounts.TypeAccuracy))
	row("value accuracy", score(DateCounts.ValueAccuracy))
	row("value F1", score(DateCounts.ValueF1))
	b.WriteString("  (per type: recall by the gold type, precision by the type found)\n")
	return b.String()
}

// Details lists every disagreement with the gold annotation, grouped by
// kind, for tuning the rules.
func (r *DateReport) Details() string {
	var b strings.Builder
	for _, kind := range []string{"missed", "spurious", "value", "type", "extent"} {
		for _, e := range r.Errors {
			if e.Kind != kind {
				continue
			}
			fmt.Fprintf(&b, "%-8s %-20s gold=%s sys=%s\n", e.Kind, e.Doc, e.Gold, e.Sys)
		}
	}
	return b.String()
}
