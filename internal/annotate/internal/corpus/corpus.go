// Package corpus reads the news corpus that the benchmarks of the annotate
// packages run over: the article texts of the evaluation data in
// ../shared/eval beside the repository (real news from many outlets, about
// 2.5 MB), read at run time for measurement only. A clone without it skips
// those benchmarks.
package corpus

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// EvalDir returns where the evaluation corpora live: ../shared/eval beside
// the repository, found from the working directory of the test (a package
// directory) by going up to the module root.
func EvalDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared", "eval")
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "..", "shared", "eval")
		}
		if filepath.Dir(d) == d {
			return filepath.Join(dir, "..", "shared", "eval")
		}
	}
}

// News returns the article texts of the evaluation corpora, or skips tb
// when they are not there.
func News(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	for _, name := range []string{"quotes-dev.jsonl", "dates-dev.jsonl"} {
		f, err := os.Open(filepath.Join(EvalDir(), name))
		if err != nil {
			tb.Skipf("benchmark corpus not found (%v): it is read from ../shared/eval beside the repository", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				tb.Fatal(err)
			}
			texts = append(texts, rec.Text)
		}
		f.Close()
	}
	return texts
}

// Documents returns the news corpus split into paragraphs, and its size in
// bytes.
func Documents(tb testing.TB) ([]*core.Document, int) {
	var docs []*core.Document
	size := 0
	for _, t := range News(tb) {
		docs = append(docs, core.NewDocument(t))
		size += len(t)
	}
	return docs, size
}
