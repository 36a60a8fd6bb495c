// Command annotate-beam runs `annotate -jsonl` and `annotate sources` over
// an archive as an Apache Beam pipeline, on any Beam runner.
//
// Usage:
//
//	annotate-beam --input 'gs://bucket/archive/*.jsonl' --output gs://bucket/run1/out \
//	    [--by outlet,month] [--date published] [--keep FIELD,…] [--tables csv,json] [--shards 16] [--runner dataflow …]
//
// It writes OUTPUT-results-*.jsonl (one result line per article, as
// `annotate -jsonl` writes it), OUTPUT-errors-00000-of-00001.jsonl (the bad
// lines: file, line number, error, input) and OUTPUT-sources.csv and/or
// .json (the table of `annotate sources`). The exit status is 1 when there
// were bad lines, as for the CLI. Beam's own flags (--runner,
// --project, --endpoint, …) are read too; see the README.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	// gs:// paths, through Beam's own filesystem.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/batch"
	"github.com/newsroom/annotator/pipeline"
)

var (
	input     = flag.String("input", "", "JSON Lines files or globs, comma-separated (local paths, gs://…; .gz is read compressed)")
	output    = flag.String("output", "", "prefix of the output files (local path or gs://…)")
	shards    = flag.Int("shards", 1, "number of files of the per-article results")
	tables    = flag.String("tables", "csv", "formats of the sources table, comma-separated: csv, json")
	by        = flag.String("by", "", "fields to group the sources table by, comma-separated (input fields, or month)")
	dateField = flag.String("date", "published", "input field the month is read from (an ISO 8601 date or date-time; else the dateline)")
	keep      = flag.String("keep", "", "input fields to keep in the result lines, comma-separated (\"id\" always is; default: all)")
	dateline  = flag.String("dateline", "", "dateline (YYYY-MM-DD) of the articles without \"dct\" (default: detected)")
	markdown  = flag.Bool("markdown", false, "read every text as Markdown (default: detected)")
	plain     = flag.Bool("plain", false, "read every text as plain text (default: detected)")
)

func main() {
	flag.Parse()
	beam.Init()
	cfg, err := config()
	if err != nil {
		fmt.Fprintln(os.Stderr, "annotate-beam:", err)
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	if _, err := pipeline.Build(s, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "annotate-beam:", err)
		os.Exit(2)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "annotate-beam:", err)
		os.Exit(1)
	}
	if res == nil || *jobopts.Async {
		return // submitted with --async: the job reports in its runner
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		counts[c.Name()] += c.Result()
	}
	fmt.Fprintf(os.Stderr, "annotate-beam: %d articles, %d bad lines\n",
		counts[pipeline.ArticlesCounter], counts[pipeline.BadLinesCounter])
	if counts[pipeline.BadLinesCounter] > 0 {
		fmt.Fprintf(os.Stderr, "annotate-beam: the bad lines are in %s\n", pipeline.ShardName(cfg.Output+"-errors", 0, 1))
		os.Exit(1) // as the CLI: the other lines were written
	}
}

func config() (pipeline.Config, error) {
	cfg := pipeline.Config{
		Inputs: split(*input), Output: *output, Shards: *shards, Tables: split(*tables),
		Sources: batch.SourceOptions{By: split(*by), DateField: *dateField,
			Options: batch.Options{Dateline: *dateline}},
	}
	flag.Visit(func(f *flag.Flag) {
		if f.Name == "keep" {
			cfg.Sources.Keep = append([]string{}, split(*keep)...) // set and empty: "id" only
		}
	})
	switch {
	case *markdown && *plain:
		return cfg, fmt.Errorf("--markdown and --plain exclude each other")
	case *markdown:
		cfg.Sources.Format = annotate.FormatMarkdown
	case *plain:
		cfg.Sources.Format = annotate.FormatPlain
	}
	if *dateline != "" {
		if _, err := annotate.Annotate("", annotate.Options{Dateline: *dateline}); err != nil {
			return cfg, err
		}
	}
	return cfg, nil
}

// split is the non-empty comma-separated items of s.
func split(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
