package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lines returns n JSON Lines articles written for this test, every fifth
// one bad, and some without an id.
func lines(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		switch {
		case i%5 == 0:
			b.WriteString("{\"id\": " + fmt.Sprint(i) + ", \"text\": 5}\n")
		case i%7 == 0:
			fmt.Fprintf(&b, "{\"outlet\": \"Coast Daily\", \"text\": \"“Line %d is here,” said Tom Hale.\"}\n", i)
		default:
			fmt.Fprintf(&b, "{\"id\": \"a%d\", \"outlet\": \"Harbour News\", \"text\": \"“We met %d times,” the mayor, Ines Moreau, said on Friday.\", \"dct\": \"2025-10-17\"}\n", i, i)
		}
	}
	return b.String()
}

func TestJSONLInInputOrderOnAnyNumberOfWorkers(t *testing.T) {
	input := lines(60)
	status, want, stderr := runCLI(t, input, "-jsonl", "-j", "1")
	require.Equal(t, 1, status)
	assert.Equal(t, 12, strings.Count(stderr, `field "text" is not a string`))
	assert.Contains(t, stderr, "annotate: line 55: ")

	outLines := strings.Split(strings.TrimSpace(want), "\n")
	require.Len(t, outLines, 48)
	for k, l := range outLines {
		var rec struct {
			ID     json.RawMessage `json:"id"`
			Outlet string          `json:"outlet"`
			Quotes []any           `json:"quotes"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &rec), l)
		assert.NotEmpty(t, rec.Outlet, "the input's other fields are kept")
		assert.Len(t, rec.Quotes, 1)
		if k == 5 { // input line 7 has no id: its line number stands in
			assert.Equal(t, "7", string(rec.ID))
		}
	}
	for _, j := range []string{"2", "3", "8"} {
		status, got, stderr2 := runCLI(t, input, "-jsonl", "-j", j)
		assert.Equal(t, 1, status)
		assert.Equal(t, want, got, "-j %s gives the same lines in the same order", j)
		assert.Equal(t, stderr, stderr2, "-j %s reports the same lines in order", j)
	}
}

func TestJSONLRefusesFieldsTheOutputAdds(t *testing.T) {
	input := "{\"text\": \"a\"}\n{\"id\": \"g\", \"text\": \"b\", \"dates\": [], \"source\": \"s\"}\n"
	status, stdout, stderr := runCLI(t, input, "-jsonl")
	assert.Equal(t, 1, status)
	assert.Equal(t, 1, strings.Count(stdout, "\n"))
	assert.Contains(t, stderr, `annotate: line 2: input field "dates" has the name of a field the output adds; rename it, or leave it out (-keep)`)

	status, stdout, stderr = runCLI(t, input, "-jsonl", "-keep", "source")
	require.Equal(t, 0, status, stderr)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 2)
	assert.True(t, strings.HasPrefix(lines[0], `{"id":1,"format":"plain"`), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], `{"id":"g","source":"s","format":"plain"`), lines[1])

	status, _, stderr = runCLI(t, input, "-keep", "source")
	assert.Equal(t, 2, status)
	assert.Contains(t, stderr, "-keep goes with -jsonl")
}

// TestForEachLineKeepsAFixedWindow checks that memory does not grow with
// the number of lines: the jobs in flight come from a fixed set.
func TestForEachLineKeepsAFixedWindow(t *testing.T) {
	var mu sync.Mutex
	seen := map[*job]bool{}
	n := 0
	input := strings.Repeat("{}\n", 5000) + "{} no newline"
	err := forEachLine(strings.NewReader(input), 3, func(j *job) {
		mu.Lock()
		seen[j] = true
		mu.Unlock()
	}, func(j *job) {
		n++
		require.Equal(t, n, j.n, "in input order")
	})
	require.NoError(t, err)
	assert.Equal(t, 5001, n)
	assert.LessOrEqual(t, len(seen), 4*3+3+1)
}

func TestForEachLineReportsAPanicAsTheLinesError(t *testing.T) {
	var errs []string
	err := forEachLine(strings.NewReader("a\nb\nc\n"), 2, func(j *job) {
		if j.n == 2 {
			panic("boom")
		}
	}, func(j *job) {
		if j.err != nil {
			errs = append(errs, j.err.Error())
		}
	})
	require.NoError(t, err)
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0], "line 2: internal error, please report it: boom")
}

func TestProgress(t *testing.T) {
	assert.False(t, isTerminal(&bytes.Buffer{}))
	p := &progress{start: time.Unix(100, 0), total: 1000, bytes: 250, articles: 50}
	assert.Equal(t, "50 articles, 5/s, 30s left", p.line(time.Unix(110, 0)))
	p.total = 0
	assert.Equal(t, "50 articles, 5/s", p.line(time.Unix(110, 0)))
	assert.Equal(t, "50 articles in 10s, 5/s", p.summary(time.Unix(110, 0)))

	var errOut bytes.Buffer
	quiet := newProgress(&errOut, nil, false)
	quiet.add(10, true)
	quiet.finish()
	assert.Empty(t, errOut.String(), "off when stderr is not a terminal")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestJSONLReportsAWriteError(t *testing.T) {
	var errOut bytes.Buffer
	status := run([]string{"-jsonl"}, strings.NewReader(lines(3)), failingWriter{}, &errOut)
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut.String(), "annotate: disk full")
}

// TestJSONLBadStringLosesNoOtherLine: a line whose text is no JSON string
// (a bad escape, a raw control character, a cut line) is reported with its
// number and what is wrong, at any -j, and every other line is written,
// in order, invalid UTF-8 included (read as encoding/json reads it).
func TestJSONLBadStringLosesNoOtherLine(t *testing.T) {
	input := strings.Join([]string{
		`{"id": "a", "text": "\u201cWe met,\u201d she said.\n\nThen left."}`,
		`{"id": "b", "text": "a \q b"}`,
		"{\"id\": \"c\", \"text\": \"broken \xff bytes \\ud83d alone\"}",
		"{\"id\": \"d\", \"text\": \"a\tb\"}",
		`{"id": "e", "text": "cut \`,
		`{"id": "f", "text": "The last line."}`,
	}, "\n")
	for _, j := range []string{"1", "2", "4"} {
		status, stdout, stderr := runCLI(t, input, "-jsonl", "-j", j)
		assert.Equal(t, 1, status)
		var ids []string
		for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
			var rec struct {
				ID string `json:"id"`
			}
			require.NoError(t, json.Unmarshal([]byte(l), &rec), l)
			ids = append(ids, rec.ID)
		}
		assert.Equal(t, []string{"a", "c", "f"}, ids, "-j %s", j)
		assert.Equal(t, "annotate: line 2: invalid JSON at byte 24: unknown escape\n"+
			"annotate: line 4: invalid JSON at byte 22: control character in a string\n"+
			"annotate: line 5: invalid JSON at byte 26: unexpected end of input\n", stderr, "-j %s", j)
	}
}

// TestForEachLineStopsAtAReadError: the lines read before a read error are
// all worked on and emitted, in order, at any number of workers, and the
// error names the line it stopped on.
func TestForEachLineStopsAtAReadError(t *testing.T) {
	for _, workers := range []int{1, 2, 3, 8} {
		in := io.MultiReader(strings.NewReader(strings.Repeat("{}\n", 100)+"{\"cut"), iotest.ErrReader(errors.New("disk gone")))
		var got []int
		err := forEachLine(in, workers, func(j *job) {}, func(j *job) { got = append(got, j.n) })
		require.ErrorContains(t, err, "line 101: disk gone", "%d workers", workers)
		require.Len(t, got, 100, "%d workers", workers)
		for k, n := range got {
			require.Equal(t, k+1, n, "in input order")
		}
	}
}
