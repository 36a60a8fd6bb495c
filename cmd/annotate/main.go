// Command annotate finds direct quotes, speakers and time expressions in news
// articles.
//
// Usage:
//
//	annotate [-dateline YYYY-MM-DD] [-format json|text|html] [-markdown|-plain] [FILE|-]
//	annotate -jsonl [FILE|-]
//
// With -jsonl, every input line is a JSON object {"id": …, "text": …, "dct":
// "YYYY-MM-DD"?} and every good line gives one result line with the same id.
// A bad line is reported on standard error with its line number; the other
// lines are still written and the exit status is 1 at the end.
//
// With -format html, the output is a complete standalone page (styles
// inline, no script, nothing loaded from elsewhere) showing the article with
// its quotes, speakers and dates highlighted. Markdown input is detected, or
// forced with -markdown (-plain forces plain text).
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

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
	file     string
}

// run is the whole command, with its streams given, so tests can call it.
// It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 2
	}
	in := stdin
	if cfg.file != "-" {
		f, err := os.Open(cfg.file)
		if err != nil {
			fmt.Fprintln(stderr, "annotate:", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	out := bufio.NewWriter(stdout)
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
		fmt.Fprintln(stderr, "annotate:", err)
		return 2
	}
	if err := write(out, cfg.format, string(text), res); err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: annotate [-dateline YYYY-MM-DD] [-format json|text|html] [-markdown|-plain] [FILE|-]\n       annotate -jsonl [FILE|-]\n\n")
		fs.PrintDefaults()
	}
	fs.StringVar(&cfg.dateline, "dateline", "", "the article's date, YYYY-MM-DD (default: detected in the text)")
	fs.StringVar(&cfg.format, "format", "json", "output format: json, text or html (a standalone page)")
	fs.BoolVar(&cfg.jsonl, "jsonl", false, "read JSON Lines {\"id\", \"text\", \"dct\"} and write one JSON result per line")
	markdown := fs.Bool("markdown", false, "read the input as Markdown (default: detected)")
	plain := fs.Bool("plain", false, "read the input as plain text (default: detected)")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	switch {
	case *markdown && *plain:
		return cfg, errors.New("-markdown and -plain exclude each other")
	case *markdown:
		cfg.input = annotate.FormatMarkdown
	case *plain:
		cfg.input = annotate.FormatPlain
	}
	if !validFormat(cfg.format) {
		return cfg, fmt.Errorf("unknown -format %q (want json, text or html)", cfg.format)
	}
	if cfg.jsonl && cfg.format != "json" {
		return cfg, errors.New("-jsonl writes JSON only; drop -format")
	}
	switch fs.NArg() {
	case 0:
		cfg.file = "-"
	case 1:
		cfg.file = fs.Arg(0)
	default:
		return cfg, fmt.Errorf("one input file at most, got %d", fs.NArg())
	}
	return cfg, nil
}

// jsonlRecord is one input line of -jsonl.
type jsonlRecord struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	DCT  string          `json:"dct"`
}

// jsonlResult is one output line of -jsonl: the result with the input's id,
// kept as it was given (a string or a number).
type jsonlResult struct {
	ID json.RawMessage `json:"id,omitempty"`
	annotate.Result
}

// runJSONL annotates every line of in. Lines of any length are accepted.
func runJSONL(cfg config, in io.Reader, out *bufio.Writer, stderr io.Writer) int {
	r := bufio.NewReaderSize(in, 1<<16)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	status := 0
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(trimSpace(line)) > 0 {
			if msg := annotateLine(cfg, line, enc); msg != "" {
				fmt.Fprintf(stderr, "annotate: line %d: %s\n", n, msg)
				status = 1
			}
		}
		if err == io.EOF {
			return status
		}
		if err != nil {
			fmt.Fprintf(stderr, "annotate: line %d: %v\n", n, err)
			return 1
		}
	}
}

// annotateLine handles one JSON Lines record and returns an error message,
// or "" when the result was written.
func annotateLine(cfg config, line []byte, enc *json.Encoder) string {
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return "not a JSON object: " + err.Error()
	}
	if rec.Text == nil {
		return `no "text" field`
	}
	dateline := rec.DCT
	if dateline == "" {
		dateline = cfg.dateline
	}
	res, err := annotate.Annotate(*rec.Text, annotate.Options{Dateline: dateline, Format: cfg.input})
	if err != nil {
		return err.Error()
	}
	if err := enc.Encode(jsonlResult{ID: rec.ID, Result: res}); err != nil {
		return err.Error()
	}
	return ""
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}
