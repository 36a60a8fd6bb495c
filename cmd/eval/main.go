// Command eval scores the annotator on the evaluation data in a folder
// (quotes-dev.jsonl and dates-dev.jsonl) and prints a table per task:
// quotes and speakers, sources per article and the calibration of the
// speaker confidence, and time expressions. With -calibrate it instead
// refits the table of the speaker confidence on quotes-dev.jsonl and
// prints it in Go syntax (make calibrate).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsroom/annotator/internal/eval"
)

func main() {
	dir := flag.String("dir", "../shared/eval", "folder holding quotes-dev.jsonl and dates-dev.jsonl")
	verbose := flag.Bool("v", false, "also list the misses, false positives, wrong values, splits and speakers that are nobody")
	out := flag.String("sources-out", "", "score the sources and calibration of this saved `annotate -jsonl` output of quotes-dev.jsonl instead of running the engine (and only those)")
	calibrate := flag.Bool("calibrate", false, "refit the speaker confidence's table (wayCounts in internal/annotate/quote/confidence.go) on quotes-dev.jsonl and print it in Go syntax, instead of scoring")
	flag.Parse()
	if _, err := os.Stat(*dir); err != nil {
		fmt.Fprintf(os.Stderr, "eval: the evaluation data is not at %s (%v).\nIt lives in ../shared/eval beside the repository; pass -dir (or EVAL_DIR=... make eval) to point elsewhere.\n", *dir, err)
		os.Exit(2)
	}
	quotes := filepath.Join(*dir, "quotes-dev.jsonl")
	if *calibrate {
		f, err := eval.FitConfidence(quotes)
		if err != nil {
			fmt.Fprintln(os.Stderr, "eval: calibrate:", err)
			os.Exit(1)
		}
		fmt.Print(f)
		return
	}
	if *out != "" {
		r, err := eval.ScoreSourcesOutput(quotes, *out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "eval: sources:", err)
			os.Exit(1)
		}
		printSources(r, *verbose)
		return
	}
	failed := false
	if r, err := eval.ScoreQuotes(quotes); err != nil {
		fmt.Fprintln(os.Stderr, "eval: quotes:", err)
		failed = true
	} else {
		fmt.Print(r)
		if *verbose {
			fmt.Print(r.Details(1 << 30))
		}
	}
	fmt.Println()
	if r, err := eval.ScoreSources(quotes); err != nil {
		fmt.Fprintln(os.Stderr, "eval: sources:", err)
		failed = true
	} else {
		printSources(r, *verbose)
	}
	fmt.Println()
	if r, err := eval.ScoreDates(filepath.Join(*dir, "dates-dev.jsonl")); err != nil {
		fmt.Fprintln(os.Stderr, "eval: dates:", err)
		failed = true
	} else {
		fmt.Print(r)
		if *verbose {
			fmt.Print(r.Details())
		}
	}
	if failed {
		os.Exit(1)
	}
}

// printSources prints the source counts and the calibration table.
func printSources(r *eval.SourceReport, verbose bool) {
	fmt.Print(r)
	if verbose {
		fmt.Print(r.Details(1 << 30))
	}
	fmt.Print(r.Calibration)
}
