package pipeline

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"

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

// ProcessElement annotates one line. A panic is the line's error, as in the
// CLI, so that one article cannot stop an archive.
func (fn *annotateFn) ProcessElement(ctx context.Context, l Line, results func(string), articles func(batch.Article), dead func(string)) {
	if batch.IsBlank(l.Text) {
		return
	}
	defer func() {
		if p := recover(); p != nil {
			badLineCount.Inc(ctx, 1)
			dead(deadLetter(l, fmt.Errorf("internal error, please report it: %v\n%s", p, debug.Stack())))
		}
	}()
	out, err := batch.ProcessLine(l.Text, l.Number, fn.Sources.Options)
	if err != nil {
		badLineCount.Inc(ctx, 1)
		dead(deadLetter(l, err))
		return
	}
	sourced := out
	if keep, again := sourcesKeep(fn.Sources); again {
		opts := fn.Sources.Options
		opts.Keep = keep
		sourced, _ = batch.ProcessLine(l.Text, l.Number, opts) // it went through once
	}
	a, err := batch.ReadSources(sourced, l.Number, fn.Sources)
	if err != nil {
		badLineCount.Inc(ctx, 1)
		dead(deadLetter(l, err)) // not expected of a line ProcessLine wrote
		return
	}
	articleCount.Inc(ctx, 1)
	results(string(out))
	articles(a)
}

// sourcesKeep is what the line read for the sources table must keep when
// Options.Keep leaves out a field that the table is grouped by (or the
// month's date field): Keep and those fields. The table is then that of
// `annotate sources` over results that kept them, and the line is
// annotated twice.
func sourcesKeep(opts batch.SourceOptions) (keep []string, again bool) {
	if opts.Keep == nil {
		return nil, false
	}
	keep = slices.Clone(opts.Keep)
	need := slices.Clone(opts.By)
	if slices.Contains(opts.By, batch.Month) {
		need = append(need, cmp.Or(opts.DateField, "published"))
	}
	for _, f := range need {
		if f != batch.Month && f != "id" && !slices.Contains(keep, f) {
			keep = append(keep, f)
			again = true
		}
	}
	return keep, again
}

// deadLetter is the JSON of the dead letter for l, its error worded as the
// CLI words it.
func deadLetter(l Line, err error) string {
	if le, ok := errors.AsType[*batch.LineError](err); ok {
		err = le.Err
	}
	msg := strings.TrimPrefix(err.Error(), "annotate: ")
	b, _ := json.Marshal(DeadLetter{File: l.File, Line: l.Number, Error: msg, Input: string(l.Text)})
	return string(b)
}
