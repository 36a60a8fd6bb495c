package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsroom/annotator/internal/batch"
)

func init() {
	register.DoFn5x0[context.Context, Line, func(string), func(batch.Article), func(string)](&annotateFn{})
	register.Emitter1[string]()
	register.Emitter1[batch.Article]()
	beam.RegisterType(reflect.TypeFor[batch.Article]())
}

// Counters of the annotate step, in the job's metrics.
var (
	articleCount = beam.NewCounter("annotate", ArticlesCounter)
	badLineCount = beam.NewCounter("annotate", BadLinesCounter)
)

// Names of the counters.
const (
	ArticlesCounter = "articles"  // lines annotated
	BadLinesCounter = "bad_lines" // lines sent to the dead letters
)

// DeadLetter is one line of the dead-letter output: a bad input line, where
// it is and what is wrong with it. Input is the line as a JSON string
// (invalid UTF-8 in it reads as U+FFFD).
type DeadLetter struct {
	File  string `json:"file"`
	Line  int    `json:"line"`
	Error string `json:"error"`
	Input string `json:"input"`
}

// annotateFn turns each line into its result line (batch.ProcessLine) and
// the sources of that result (batch.ReadSources), or a dead letter. Blank
// lines are skipped, as by the CLI.
type annotateFn struct {
	Sources batch.SourceOptions `json:"sources"`
}

// ProcessElement annotates one line.
func (fn *annotateFn) ProcessElement(ctx context.Context, l Line, results func(string), articles func(batch.Article), dead func(string)) {
	if batch.IsBlank(l.Text) {
		return
	}
	out, err := batch.ProcessLine(l.Text, l.Number, fn.Sources.Options)
	if err != nil {
		badLineCount.Inc(ctx, 1)
		dead(deadLetter(l, err))
		return
	}
	articleCount.Inc(ctx, 1)
	results(string(out))
	a, err := batch.ReadSources(out, l.Number, fn.Sources)
	if err != nil {
		badLineCount.Inc(ctx, 1)
		dead(deadLetter(l, err)) // not expected of a line ProcessLine wrote
		return
	}
	articles(a)
}

// deadLetter is the JSON of the dead letter for l.
func deadLetter(l Line, err error) string {
	msg := err.Error()
	if le, ok := errors.AsType[*batch.LineError](err); ok {
		msg = le.Err.Error()
	}
	b, _ := json.Marshal(DeadLetter{File: l.File, Line: l.Number, Error: msg, Input: string(l.Text)})
	return string(b)
}
