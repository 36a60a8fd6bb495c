package pipeline

import (
	"errors"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	// Beam's filesystem for local paths; the command adds gs:// (its
	// Google Cloud clients are left out of the package's tests).
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"github.com/newsroom/annotator/internal/batch"
)

// Config is one run of the pipeline.
type Config struct {
	// Inputs are the files or globs of JSON Lines articles.
	Inputs []string
	// Output is the prefix of every output file (see [Build]).
	Output string
	// Shards is the number of files of the results (at least 1).
	Shards int
	// Tables lists the formats of the sources table: "csv", "json".
	Tables []string
	// Sources says how to annotate and what to group the table by.
	Sources batch.SourceOptions
	// BlockSize is the size of the blocks input files are read in (0:
	// [DefaultBlockSize]).
	BlockSize int64
}

// Outputs are the PCollections of a built pipeline, for tests.
type Outputs struct {
	Results     beam.PCollection // string: result lines
	DeadLetters beam.PCollection // string: DeadLetter JSON
	Table       beam.PCollection // *batch.Table: zero or one
}

// Build adds the pipeline to s. It writes
//
//	Output-results-SSSSS-of-NNNNN.jsonl  the result lines, in Shards files
//	Output-errors-00000-of-00001.jsonl   the dead letters (empty: none)
//	Output-sources.csv, .json            the sources table, per Tables
func Build(s beam.Scope, cfg Config) (Outputs, error) {
	if len(cfg.Inputs) == 0 {
		return Outputs{}, errors.New("no input")
	}
	if cfg.Output == "" {
		return Outputs{}, errors.New("no output prefix")
	}
	for _, f := range cfg.Tables {
		if f != "csv" && f != "json" {
			return Outputs{}, fmt.Errorf("unknown table format %q (want csv or json)", f)
		}
	}
	lines := beam.Reshuffle(s, ReadLines(s, cfg.Inputs, cfg.BlockSize))
	results, articles, dead := beam.ParDo3(s.Scope("Annotate"), &annotateFn{Sources: cfg.Sources}, lines)
	table := SumSources(s, cfg.Sources.By, articles)
	WriteLines(s.Scope("Results"), cfg.Output+"-results", cfg.Shards, results)
	WriteLines(s.Scope("DeadLetters"), cfg.Output+"-errors", 1, dead)
	for _, f := range cfg.Tables {
		WriteTable(s, cfg.Output+"-sources."+f, f, cfg.Sources.By, table)
	}
	return Outputs{Results: results, DeadLetters: dead, Table: table}, nil
}
