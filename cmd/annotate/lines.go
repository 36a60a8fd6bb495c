package main

import (
	"bufio"
	"fmt"
	"io"
	"runtime/debug"
	"sync"

	"github.com/newsroom/annotator/internal/batch"
)

// This file runs a job over the lines of JSON Lines input on several
// goroutines, handing the results back in input order. At most a window of
// 4 lines a worker is read ahead of the one being written, so memory stays
// flat in the number of lines (and grows with the longest lines in flight).

// job is one input line on its way through.
type job struct {
	n       int    // 1-based line number
	line    []byte // the line, its buffer reused from job to job
	blank   bool   // only whitespace: skipped
	out     []byte // the output line (-jsonl)
	article batch.Article
	err     error
	// finished: the work is done (forEachLine's pool, under its lock)
	finished bool
}

// lineWork does the work of one job, filling out, article or err.
type lineWork func(j *job)

// forEachLine reads in line by line, runs work on up to workers lines at a
// time and calls emit on each job in input order. It returns the error
// that stopped reading, with the number of the line it was on.
func forEachLine(in io.Reader, workers int, work lineWork, emit func(j *job)) error {
	r := bufio.NewReaderSize(in, 1<<16)
	if workers <= 1 {
		j := &job{}
		for n := 1; ; n++ {
			eof, err := j.read(r, n)
			if err != nil {
				return err
			}
			if eof && len(j.line) == 0 {
				return nil
			}
			safely(work, j)
			emit(j)
			if eof {
				return nil
			}
		}
	}

	p := &pool{r: r, work: work, emit: emit, ring: make([]job, 4*workers), head: 1, next: 1}
	p.wake = sync.NewCond(&p.mu)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.run()
		}()
	}
	wg.Wait()
	return p.err
}

// pool is the state the workers of forEachLine share, under mu: each
// worker reads the next line itself, annotates it without the lock, and
// writes the lines that are done at the head of the window, so that no
// line waits for a reading or a writing goroutine to be scheduled (with
// as many workers as cores, such a goroutine ran only when a worker had
// run out of lines, and a core idled meanwhile).
type pool struct {
	mu   sync.Mutex
	wake *sync.Cond // a line is done, or the window has room
	r    *bufio.Reader
	work lineWork
	emit func(j *job)
	ring []job // the window: line n in ring[(n-1) % len(ring)]
	head int   // the next line to emit
	next int   // the next line to read
	eof  bool  // no line after next-1
	err  error // the read error, with its line number
}

// run is one worker's loop.
func (p *pool) run() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for {
		progress := false
		for p.head < p.next {
			j := &p.ring[(p.head-1)%len(p.ring)]
			if !j.finished {
				break
			}
			p.emit(j)
			p.head++
			progress = true
		}
		if progress {
			p.wake.Broadcast()
		}
		switch {
		case !p.eof && p.next-p.head < len(p.ring):
			j := &p.ring[(p.next-1)%len(p.ring)]
			eof, err := j.read(p.r, p.next)
			if err != nil || eof {
				p.eof = true
				p.err = err
				if err != nil || len(j.line) == 0 {
					continue
				}
			}
			p.next++
			j.finished = false
			p.mu.Unlock()
			safely(p.work, j)
			p.mu.Lock()
			j.finished = true
		case p.eof && p.head == p.next:
			p.wake.Broadcast()
			return
		default:
			p.wake.Wait()
		}
	}
}

// read reads line n into j, reusing its buffer. eof is true at the end of
// the input (j.line then holds a last line without a line break, if any).
func (j *job) read(r *bufio.Reader, n int) (eof bool, err error) {
	j.n, j.line, j.err, j.article = n, j.line[:0], nil, batch.Article{}
	for {
		chunk, err := r.ReadSlice('\n')
		j.line = append(j.line, chunk...)
		switch err {
		case nil:
			j.blank = batch.IsBlank(j.line)
			return false, nil
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			j.blank = batch.IsBlank(j.line)
			return true, nil
		default:
			return true, fmt.Errorf("line %d: %w", n, err)
		}
	}
}

// safely runs work on j, turning a panic into the line's error so that one
// article cannot stop an archive.
func safely(work lineWork, j *job) {
	if j.blank {
		return
	}
	defer func() {
		if p := recover(); p != nil {
			j.err = &batch.LineError{Line: j.n, Err: fmt.Errorf("internal error, please report it: %v\n%s", p, debug.Stack())}
		}
	}()
	work(j)
}
