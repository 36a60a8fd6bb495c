package eval

import "github.com/newsroom/annotator/internal/annotate"

// outDoc is the part of the project's output that the source and
// calibration measures read: the JSON of one `annotate -jsonl` line, or an
// [annotate.Result] converted by fromResult. Offsets are UTF-8 bytes.
type outDoc struct {
	ID       string       `json:"id"`
	Quotes   []outQuote   `json:"quotes"`
	Speakers []outSpeaker `json:"speakers"`
}

// outQuote is one predicted quote.
type outQuote struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Speaker *string `json:"speaker"`
	// Attribution ("cue", "pronoun", "context", "none") and Confidence are
	// how the engine found the speaker and how sure it is (issue 11). A quote
	// without both is "missing" for the calibration, as calibration.py counts.
	Attribution string   `json:"attribution"`
	Confidence  *float64 `json:"confidence"`
	// Way is the way of attribution (quote.Ways) when FitConfidence
	// annotated the text; the output of the engine does not carry it.
	Way string `json:"-"`
}

// outSpeaker is one predicted speaker.
type outSpeaker struct {
	ID       string          `json:"id"`
	Name     string          `json:"name"`
	Mentions []annotate.Span `json:"mentions"`
}

// fromResult converts the engine's result to the scored form.
func fromResult(res *annotate.Result) outDoc {
	d := outDoc{ID: res.ID}
	for _, q := range res.Quotes {
		oq := outQuote{Start: q.Start, End: q.End, Speaker: q.Speaker}
		oq.Attribution, oq.Confidence = quoteConfidence(q)
		d.Quotes = append(d.Quotes, oq)
	}
	for _, s := range res.Speakers {
		os := outSpeaker{ID: s.ID, Name: s.Name}
		for _, m := range s.Mentions {
			os.Mentions = append(os.Mentions, m.Span)
		}
		d.Speakers = append(d.Speakers, os)
	}
	return d
}

// quoteConfidence returns how the engine found a quote's speaker and how
// sure it is (issue 11 item 4).
func quoteConfidence(q annotate.Quote) (attribution string, confidence *float64) {
	c := q.Confidence
	return q.Attribution, &c
}
