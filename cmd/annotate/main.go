// Command annotate finds direct quotes, speakers and time expressions in news
// articles.
//
// Usage:
//
//	annotate [-dateline YYYY-MM-DD] [-format json|text|html|csv|sources-csv] [-markdown|-plain] [FILE|-]
//	annotate -jsonl [-keep FIELD,…] [-j N] [-quiet] [FILE|-]
//	annotate sources [-by FIELD,…] [-date FIELD] [-format csv|json] [-j N] [-quiet] [FILE|-]
//
// With -jsonl, every input line is a JSON object with "text" (and "id",
// "dct" and any other members) and every good line gives one output line:
// the input's members untouched, then the result's (see package batch). N
// goroutines (default: the number of CPUs) annotate; the output keeps the
// input's order. A bad line is reported on standard error with its line
// number; the other lines are still written and the exit status is 1 at
// the end. On a terminal, standard error shows the progress (-quiet: off).
//
// The sources subcommand reads results or articles as JSON Lines and
// writes one table of who is quoted, per group of -by fields (see
// sources.go).
//
// With -format text, control characters of the article are shown as
// visible stand-ins (see visible.go).
//
// With -format html, the output is a complete standalone page (styles
// inline, no script, nothing loaded from elsewhere) showing the article with
// its quotes, speakers and dates highlighted. Markdown input is detected, or
// forced with -markdown (-plain forces plain text).
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/newsroom/annotator/internal/annotate"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is the parsed command line.
type config struct {
	dateline string
	format   string
	input    annotate.Format
	jsonl    bool
	workers  int
	quiet    bool
	keep     []string // -keep: nil keeps every input field
	file     string
}

// run is the whole command, with its streams given, so tests can call it.
// It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "sources" {
		return runSources(args[1:], stdin, stdout, stderr)
	}
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 2
	}
	in, closeIn, err := open(cfg.file, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	defer closeIn()
	out := bufio.NewWriterSize(stdout, outBuffer)
	defer out.Flush()
	if cfg.jsonl {
		return runJSONL(cfg, in, out, stderr)
	}
	text, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	res, err := annotate.Annotate(string(text), annotate.Options{Dateline: cfg.dateline, Format: cfg.input})
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", message(err))
		return 2
	}
	if err := write(out, cfg.format, string(text), res); err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	return 0
}

// outBuffer is the size of the output's buffer: a -jsonl output line is
// about 10 KB, which the default 4 KB buffer wrote in two or three system
// calls (5,500 for 3,000 lines); 64 KB, a pipe's capacity on Linux, writes
// it in about one call per six lines.
const outBuffer = 64 << 10

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	fs.StringVar(&cfg.format, "format", "json", "output format: json, text, html (a standalone page), csv (one row per quote) or sources-csv")
	fs.BoolVar(&cfg.jsonl, "jsonl", false, "read JSON Lines {\"text\", \"id\"?, \"dct\"?, …} and write each line with the result's fields added")
	keep := fs.String("keep", "", "with -jsonl: comma-separated input fields to keep in the output (\"id\" always is; default: all)")
	inputFlags := addInputFlags(fs, &cfg)
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	keepSet := false
	fs.Visit(func(f *flag.Flag) { keepSet = keepSet || f.Name == "keep" })
	if keepSet {
		if !cfg.jsonl {
			return cfg, errors.New("-keep goes with -jsonl")
		}
		fields, err := fieldList("-keep", *keep)
		if err != nil {
			return cfg, err
		}
		cfg.keep = append([]string{}, fields...)
	}
	if err := inputFlags(); err != nil {
		return cfg, err
	}
	if !validFormat(cfg.format) {
		return cfg, fmt.Errorf("unknown -format %q (want %s)", cfg.format, formatNames)
	}
	if cfg.jsonl && cfg.format != "json" {
		return cfg, errors.New("-jsonl writes JSON only; drop -format")
	}
	return cfg, cfg.setFile(fs)
}

const usage = `usage: annotate [-dateline YYYY-MM-DD] [-format json|text|html|csv|sources-csv] [-markdown|-plain] [FILE|-]
       annotate -jsonl [-keep FIELD,…] [-j N] [-quiet] [FILE|-]
       annotate sources [-by FIELD,…] [-date FIELD] [-format csv|json] [-j N] [-quiet] [FILE|-]

`

// addInputFlags adds the flags that say how to read articles, shared by
// every mode, and returns the check to run after parsing.
func addInputFlags(fs *flag.FlagSet, cfg *config) func() error {
	fs.StringVar(&cfg.dateline, "dateline", "", "the article's date, YYYY-MM-DD (default: detected in the text; with -jsonl, for lines without \"dct\")")
	fs.IntVar(&cfg.workers, "j", runtime.NumCPU(), "JSON Lines: the number of lines annotated at once")
	fs.BoolVar(&cfg.quiet, "quiet", false, "JSON Lines: no progress on a terminal")
	markdown := fs.Bool("markdown", false, "read the input as Markdown (default: detected)")
	plain := fs.Bool("plain", false, "read the input as plain text (default: detected)")
	return func() error {
		switch {
		case *markdown && *plain:
			return errors.New("-markdown and -plain exclude each other")
		case *markdown:
			cfg.input = annotate.FormatMarkdown
		case *plain:
			cfg.input = annotate.FormatPlain
		}
		if cfg.workers < 1 {
			return fmt.Errorf("-j %d: want 1 or more", cfg.workers)
		}
		return nil
	}
}

// setFile takes the input file from the arguments left after the flags.
func (cfg *config) setFile(fs *flag.FlagSet) error {
	switch fs.NArg() {
	case 0:
		cfg.file = "-"
	case 1:
		cfg.file = fs.Arg(0)
	default:
		return fmt.Errorf("one input file at most, got %d", fs.NArg())
	}
	return nil
}

// open opens the input file, or gives stdin for "-".
func open(file string, stdin io.Reader) (io.Reader, func(), error) {
	if file == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}
