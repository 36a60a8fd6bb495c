package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress shows, on a terminal, the articles done, the rate and the time
// left (when the input's size is known), rewriting one line of stderr.
type progress struct {
	w        io.Writer // nil: off
	start    time.Time
	last     time.Time
	total    int64 // input size in bytes, 0 when unknown
	articles int
	bytes    int64
}

// progressInterval is how often the line is rewritten.
const progressInterval = 250 * time.Millisecond

// newProgress returns a progress line on stderr when it is a terminal and
// quiet is false, else one that writes nothing. in gives the input's size
// when it is a regular file.
func newProgress(stderr io.Writer, in io.Reader, quiet bool) *progress {
	p := &progress{start: time.Now()}
	if quiet || !isTerminal(stderr) {
		return p
	}
	p.w = stderr
	if f, ok := in.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			p.total = st.Size()
		}
	}
	return p
}

// isTerminal reports whether w is a character device (a terminal), without
// a dependency: os.File.Stat's ModeCharDevice.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// add counts one line of size bytes (an article when it was one).
func (p *progress) add(size int, article bool) {
	if p.w == nil {
		return
	}
	p.bytes += int64(size)
	if article {
		p.articles++
	}
	if now := time.Now(); now.Sub(p.last) >= progressInterval {
		p.last = now
		fmt.Fprint(p.w, "\r"+p.line(now)+"\x1b[K")
	}
}

// line is the text of the progress line at now.
func (p *progress) line(now time.Time) string {
	elapsed := now.Sub(p.start)
	rate := 0.0
	if elapsed > 0 {
		rate = float64(p.articles) / elapsed.Seconds()
	}
	s := fmt.Sprintf("%d articles, %.0f/s", p.articles, rate)
	if p.total > 0 && p.bytes > 0 && p.bytes <= p.total {
		left := time.Duration(float64(elapsed) * float64(p.total-p.bytes) / float64(p.bytes))
		s += fmt.Sprintf(", %s left", left.Round(time.Second))
	}
	return s
}

// finish ends the progress line with the totals.
func (p *progress) finish() {
	if p.w != nil {
		fmt.Fprint(p.w, "\r"+p.summary(time.Now())+"\x1b[K\n")
	}
}

// summary is the last progress line, at now.
func (p *progress) summary(now time.Time) string {
	elapsed := now.Sub(p.start)
	rate := 0.0
	if elapsed > 0 {
		rate = float64(p.articles) / elapsed.Seconds()
	}
	return fmt.Sprintf("%d articles in %s, %.0f/s", p.articles, elapsed.Round(time.Millisecond), rate)
}
