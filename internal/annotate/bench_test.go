package annotate

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// evalDir is where the evaluation corpora live, beside the repository.
var evalDir = filepath.Join("..", "..", "..", "shared", "eval")

// newsCorpus returns the article texts of the evaluation corpora (real news
// from many outlets, about 2.5 MB), read at run time for measurement only.
func newsCorpus(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	for _, name := range []string{"quotes-dev.jsonl", "dates-dev.jsonl"} {
		f, err := os.Open(filepath.Join(evalDir, name))
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

// BenchmarkAnnotate annotates every article of the news corpus once per
// iteration; -benchmem divided by the corpus size gives allocations per
// input byte.
func BenchmarkAnnotate(b *testing.B) {
	texts := newsCorpus(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	if size < 1<<20 {
		b.Fatalf("corpus is %d bytes, want at least 1 MB", size)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := Annotate(t, Options{Dateline: "2025-10-17", Format: FormatPlain}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
