package main

import (
	"bufio"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/newsroom/annotator/internal/batch"
)

// This file runs a job over the lines of JSON Lines input on several
// goroutines, handing the results back in input order. At most window
// lines are read ahead of the one being written, so memory stays flat in
// the number of lines (and grows with the longest lines in flight).

// job is one input line on its way through.
type job struct {
	n       int    // 1-based line number
	line    []byte // the line, its buffer reused from job to job
	blank   bool   // only whitespace: skipped
	out     []byte // the output line (-jsonl)
	article batch.Article
	err     error
	done    chan struct{}
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

	window := 4 * workers
	free := make(chan *job, window+workers+1)
	for range cap(free) {
		free <- &job{done: make(chan struct{}, 1)}
	}
	todo := make(chan *job, window)
	order := make(chan *job, window)
	readErr := make(chan error, 1)
	go func() {
		defer close(todo)
		defer close(order)
		for n := 1; ; n++ {
			j := <-free
			eof, err := j.read(r, n)
			if err != nil {
				readErr <- err
				return
			}
			if eof && len(j.line) == 0 {
				readErr <- nil
				return
			}
			order <- j
			todo <- j
			if eof {
				readErr <- nil
				return
			}
		}
	}()
	for range workers {
		go func() {
			for j := range todo {
				safely(work, j)
				j.done <- struct{}{}
			}
		}()
	}
	for j := range order {
		<-j.done
		emit(j)
		free <- j
	}
	return <-readErr
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
