package eval

import (
	"fmt"
	"math"
	"strings"
)

// ConfidenceRecord is one predicted quote as the calibration sees it.
type ConfidenceRecord struct {
	// Present is false for a quote without an attribution and a confidence;
	// such a quote counts as missing and is otherwise ignored.
	Present bool
	// Confidence is the engine's confidence in the quote's speaker, in [0, 1].
	Confidence float64
	// Right reports whether the speaker is the gold one (speakerMatches).
	Right bool
	// Way is how the engine found the speaker (quote.Ways), when known
	// (FitConfidence).
	Way string
}

// confidenceRecords returns one record per quote of out without a
// confidence, and one per quote with a confidence that overlap-matches a
// gold quote with a speaker (matched among the quotes with a confidence
// only), as calibration.py does.
func confidenceRecords(d quoteDoc, out outDoc) []ConfidenceRecord {
	var recs []ConfidenceRecord
	present := func(q outQuote) bool { return q.Attribution != "" && q.Confidence != nil }
	for _, q := range out.Quotes {
		if !present(q) {
			recs = append(recs, ConfidenceRecord{})
		}
	}
	gold := validGold(d.Quotes)
	pred := predQuotes(d.Text, out, present)
	for _, m := range matchOverlap(goldSpans(gold), predSpans(pred)) {
		g, p := gold[m.g], pred[m.p]
		if deref(g.Speaker) == "" {
			continue
		}
		recs = append(recs, ConfidenceRecord{Present: true, Confidence: p.confidence, Right: speakerMatches(p.name, p.mentions, g), Way: p.way})
	}
	return recs
}

// Calibration is a reliability table of the speaker confidence: per tenth
// of confidence, the quotes judged and the share whose speaker is right.
type Calibration struct {
	// Bins[i] holds the judged quotes with confidence in [i/10, (i+1)/10),
	// the last bin including 1.
	Bins [10]CalibrationBin
	// Judged counts the records with a confidence; Missing those without.
	Judged, Missing int
}

// CalibrationBin is one tenth of confidence.
type CalibrationBin struct {
	N, Right int
	// ConfidenceSum is the sum of the confidences of the bin's quotes.
	ConfidenceSum float64
}

// Accuracy is the share of the bin's quotes whose speaker is right.
func (b CalibrationBin) Accuracy() float64 { return ratio(b.Right, b.N) }

// MeanConfidence is the mean confidence of the bin's quotes.
func (b CalibrationBin) MeanConfidence() float64 {
	if b.N == 0 {
		return 0
	}
	return b.ConfidenceSum / float64(b.N)
}

// Calibrate builds the reliability table of records.
func Calibrate(records []ConfidenceRecord) Calibration {
	var c Calibration
	for _, r := range records {
		if !r.Present {
			c.Missing++
			continue
		}
		c.Judged++
		b := &c.Bins[min(9, max(0, int(r.Confidence*10)))]
		b.N++
		if r.Right {
			b.Right++
		}
		b.ConfidenceSum += r.Confidence
	}
	return c
}

// ECE is the expected calibration error: the mean, weighted by the number
// of quotes, of the gap between each bin's accuracy and its mean
// confidence. It is 0 when no quote is judged.
func (c Calibration) ECE() float64 {
	if c.Judged == 0 {
		return 0
	}
	sum := 0.0
	for _, b := range c.Bins {
		if b.N > 0 {
			sum += math.Abs(b.Accuracy()-b.MeanConfidence()) * float64(b.N)
		}
	}
	return sum / float64(c.Judged)
}

// String prints the reliability table, or says that the engine gives no
// confidence when no quote carries one.
func (c Calibration) String() string {
	if c.Judged == 0 {
		return fmt.Sprintf("calibration: the engine gives no confidence yet (%d quotes without one)\n", c.Missing)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "calibration: %d matched quotes with a gold speaker, %d quotes without a confidence\n", c.Judged, c.Missing)
	fmt.Fprintf(&b, "  %-44s %9.3f\n", "expected calibration error", c.ECE())
	fmt.Fprintf(&b, "  %-14s %6s %15s %15s\n", "confidence", "quotes", "speaker right", "mean confidence")
	for i, bin := range c.Bins {
		if bin.N == 0 {
			fmt.Fprintf(&b, "  %.1f-%.1f        %6d %15s %15s\n", float64(i)/10, float64(i+1)/10, 0, "-", "-")
			continue
		}
		fmt.Fprintf(&b, "  %.1f-%.1f        %6d %15.3f %15.3f\n", float64(i)/10, float64(i+1)/10, bin.N, bin.Accuracy(), bin.MeanConfidence())
	}
	return b.String()
}
