package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsroom/annotator/internal/batch"
)

// runJSONL annotates every line of in on cfg.workers goroutines and writes
// the output lines in input order. Bad lines are reported on stderr; the
// status is 1 when there was one.
func runJSONL(cfg config, in io.Reader, out *bufio.Writer, stderr io.Writer) int {
	opts := batch.Options{Dateline: cfg.dateline, Format: cfg.input, Keep: cfg.keep}
	prog := newProgress(stderr, in, cfg.quiet)
	status := 0
	work := func(j *job) { j.out, j.err = batch.AppendLine(j.out[:0], j.line, j.n, opts) }
	emit := func(j *job) {
		switch {
		case j.blank:
		case j.err != nil:
			reportLine(stderr, j.err)
			status = 1
		default:
			out.Write(j.out)
			out.WriteByte('\n')
		}
		prog.add(len(j.line), !j.blank)
	}
	err := forEachLine(in, cfg.workers, work, emit)
	prog.finish()
	if err == nil {
		err = out.Flush() // a write error is kept by out until here
	}
	if err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	return status
}

// reportLine writes the error of one line on stderr.
func reportLine(stderr io.Writer, err error) {
	var le *batch.LineError
	if errors.As(err, &le) {
		fmt.Fprintf(stderr, "annotate: line %d: %s\n", le.Line, message(le.Err))
		return
	}
	fmt.Fprintln(stderr, "annotate:", message(err))
}

// message is the text of err without the engine's "annotate: " prefix,
// which the program's own prefix already says.
func message(err error) string {
	return strings.TrimPrefix(err.Error(), "annotate: ")
}
