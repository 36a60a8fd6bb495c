package eval

import (
	"fmt"
	"go/format"
	"strings"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/quote"
)

// ConfidenceFit is the refit of the speaker confidence's table (wayCounts
// in internal/annotate/quote/confidence.go): per way of attribution, the
// overlap-matched quotes with a gold speaker and how many of them have
// their speaker right, counted as the calibration of `make eval` counts
// them (confidenceRecords).
type ConfidenceFit struct {
	// Ways holds one row per way of attribution, in the table's order
	// (quote.Ways); the first, "None", counts the quotes without a speaker.
	Ways []WayFit
	// Before is the reliability table of the confidences the engine gave
	// (the table in force: the calibration of `make eval`); After that of
	// the refitted ones, on the same quotes (in-sample).
	Before, After Calibration
	// CrossValidated is the reliability table out of sample: the articles
	// fall in cvFolds folds by their order in the file, and each fold's
	// quotes get the confidences refitted on the other folds. Its error is
	// a fairer guess of the error on news the table was not fitted on.
	CrossValidated Calibration
}

// cvFolds is the number of folds of ConfidenceFit.CrossValidated.
const cvFolds = 5

// WayFit is the count of one way of attribution.
type WayFit struct {
	Name          string
	Right, Quotes int
	// Was is the confidence the engine gave the way's quotes (-1 when the
	// file has none).
	Was float64
}

// Confidence is the refitted confidence of the way (0 for "None").
func (w WayFit) Confidence() float64 {
	if w.Name == quote.Ways()[0] {
		return 0
	}
	return quote.LaplaceConfidence(w.Right, w.Quotes)
}

// FitConfidence annotates every document of the quotes JSONL file at path
// as plain text, as ScoreSources does, and counts its quotes per way of
// attribution.
func FitConfidence(path string) (*ConfidenceFit, error) {
	docs, err := readJSONL[quoteDoc](path)
	if err != nil {
		return nil, err
	}
	var recs []ConfidenceRecord
	var fold []int // fold of each record
	for i, d := range docs {
		quotes, speakers, ways := quote.FindWays(core.NewDocument(d.Text))
		out := fromResult(&annotate.Result{Quotes: quotes, Speakers: speakers})
		for i := range out.Quotes {
			out.Quotes[i].Way = ways[i]
		}
		recs = append(recs, confidenceRecords(d, out)...)
		for len(fold) < len(recs) {
			fold = append(fold, i%cvFolds)
		}
	}
	f := fitWays(recs)
	var cv []ConfidenceRecord
	for k := range cvFolds {
		var train, test []ConfidenceRecord
		for i, r := range recs {
			if fold[i] == k {
				test = append(test, r)
			} else {
				train = append(train, r)
			}
		}
		cv = append(cv, refitted(fitWays(train), test)...)
	}
	f.CrossValidated = Calibrate(cv)
	return f, nil
}

// fitWays counts records per way and builds both reliability tables.
func fitWays(recs []ConfidenceRecord) *ConfidenceFit {
	f := &ConfidenceFit{}
	row := map[string]int{}
	for i, name := range quote.Ways() {
		row[name] = i
		f.Ways = append(f.Ways, WayFit{Name: name, Was: -1})
	}
	for _, r := range recs {
		i, ok := row[r.Way]
		if !r.Present || !ok {
			continue
		}
		w := &f.Ways[i]
		w.Quotes++
		if r.Right {
			w.Right++
		}
		w.Was = r.Confidence
	}
	f.Before = Calibrate(recs)
	f.After = Calibrate(refitted(f, recs))
	return f
}

// refitted returns recs with the confidences of f's table.
func refitted(f *ConfidenceFit, recs []ConfidenceRecord) []ConfidenceRecord {
	conf := map[string]float64{}
	for _, w := range f.Ways {
		conf[w.Name] = w.Confidence()
	}
	out := make([]ConfidenceRecord, len(recs))
	for i, r := range recs {
		out[i] = r
		if c, ok := conf[r.Way]; ok && r.Present {
			out[i].Confidence = c
		}
	}
	return out
}

// GoSource returns the table as Go source, gofmt-ed, to paste over
// wayCounts in internal/annotate/quote/confidence.go.
func (f *ConfidenceFit) GoSource() string {
	var b strings.Builder
	b.WriteString("var wayCounts = [numWays]rightOf{\n")
	for i, w := range f.Ways {
		if i == 0 {
			fmt.Fprintf(&b, "\tway%s: {0, 0}, // not used: no speaker has confidence 0\n", w.Name)
			continue
		}
		fmt.Fprintf(&b, "\tway%s: {%d, %d},\n", w.Name, w.Right, w.Quotes)
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return b.String() // not reached: the source above is well formed
	}
	return string(src)
}

// String prints the counts per way, the calibration error before and after
// the refit, the reliability tables after it (in and out of sample), and
// the Go source.
func (f *ConfidenceFit) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "confidence refit: %d matched quotes with a gold speaker, per way of attribution\n", f.Before.Judged)
	fmt.Fprintf(&b, "  %-18s %7s %7s %7s %11s %7s\n", "way", "quotes", "right", "share", "confidence", "was")
	for _, w := range f.Ways {
		was := "-"
		if w.Was >= 0 {
			was = fmt.Sprintf("%.2f", w.Was)
		}
		fmt.Fprintf(&b, "  %-18s %7d %7d %7.3f %11.2f %7s\n", w.Name, w.Quotes, w.Right, ratio(w.Right, w.Quotes), w.Confidence(), was)
	}
	fmt.Fprintf(&b, "  %-44s %9.3f\n", "expected calibration error, table in force", f.Before.ECE())
	fmt.Fprintf(&b, "  %-44s %9.3f\n", "expected calibration error, refitted", f.After.ECE())
	fmt.Fprintf(&b, "  %-44s %9.3f\n", fmt.Sprintf("the same, %d-fold by article (out of sample)", cvFolds), f.CrossValidated.ECE())
	b.WriteString("after the refit (in-sample): ")
	b.WriteString(f.After.String())
	fmt.Fprintf(&b, "after the refit, %d-fold by article (out of sample): ", cvFolds)
	b.WriteString(f.CrossValidated.String())
	b.WriteString("\n// internal/annotate/quote/confidence.go:\n")
	b.WriteString(f.GoSource())
	return b.String()
}
