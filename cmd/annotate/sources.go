package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsroom/annotator/internal/batch"
)

// runSources is `annotate sources`: it reads results (the output of
// -jsonl) or articles as JSON Lines and writes who is quoted, per group of
// -by fields and per speaker, as CSV or JSON (see package batch for the
// figures and how speakers are joined across articles).
func runSources(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cfg config
	fs := flag.NewFlagSet("annotate sources", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "usage: annotate sources [-by FIELD,…] [-date FIELD] [-format csv|json] [-j N] [-quiet] [FILE|-]\n\n")
		fs.PrintDefaults()
	}
	by := fs.String("by", "", "comma-separated fields to group by: input fields, or \"month\" (YYYY-MM, from -date, else the dateline)")
	dateField := fs.String("date", "published", "the input field that \"month\" is read from (an ISO 8601 date or date-time)")
	format := fs.String("format", "csv", "output format: csv or json")
	inputFlags := addInputFlags(fs, &cfg)
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err == nil {
		err = inputFlags()
	}
	if err == nil {
		err = cfg.setFile(fs)
	}
	var fields []string
	if err == nil {
		fields, err = fieldList("-by", *by)
	}
	if err == nil && *format != "csv" && *format != "json" {
		err = fmt.Errorf("unknown -format %q (want csv or json)", *format)
	}
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "annotate sources:", err)
		}
		return 2
	}

	in, closeIn, err := open(cfg.file, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	defer closeIn()
	opts := batch.SourceOptions{Options: batch.Options{Dateline: cfg.dateline, Format: cfg.input}, By: fields, DateField: *dateField}
	table := batch.NewTable(fields)
	prog := newProgress(stderr, in, cfg.quiet)
	status := 0
	work := func(j *job) { j.article, j.err = batch.ReadSources(j.line, j.n, opts) }
	emit := func(j *job) {
		switch {
		case j.blank:
		case j.err != nil:
			reportLine(stderr, j.err)
			status = 1
		default:
			table.Add(j.article)
		}
		prog.add(len(j.line), !j.blank)
	}
	err = forEachLine(in, cfg.workers, work, emit)
	prog.finish()
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	out := bufio.NewWriter(stdout)
	if *format == "json" {
		err = table.WriteJSON(out)
	} else {
		err = table.WriteCSV(out)
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	return status
}

// fieldList splits a comma-separated list of field names, refusing empty
// and repeated names; name is the flag, for the message.
func fieldList(name, list string) ([]string, error) {
	if strings.TrimSpace(list) == "" {
		return nil, nil
	}
	var fields []string
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		switch {
		case f == "":
			return nil, fmt.Errorf("%s %q: an empty field name", name, list)
		case slices.Contains(fields, f):
			return nil, fmt.Errorf("%s %q: %q twice", name, list, f)
		}
		fields = append(fields, f)
	}
	return fields, nil
}
