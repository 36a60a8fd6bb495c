// Package eval scores the annotator against human-annotated news corpora
// (see ../shared/eval/README.md): quotes and speakers, and time expressions.
// It is a report for people, not a test.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// readJSONL decodes every line of the JSON Lines file at path into a T.
func readJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, v)
	}
	return out, sc.Err()
}

// runeToByte returns a table mapping code-point offsets of text (as the
// corpora count) to UTF-8 byte offsets (as the annotator counts).
func runeToByte(text string) []int {
	t := make([]int, 0, len(text)+1)
	for i := range text {
		t = append(t, i)
	}
	return append(t, len(text))
}

// f1 is the harmonic mean of precision and recall (0 when both are 0).
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ratio is a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
