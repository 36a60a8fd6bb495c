package annotate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsroom/annotator/internal/annotate/internal/corpus"
)

// BenchmarkAnnotateSeed annotates the seed article of the evaluation data
// (4 KB) once per iteration: what one call of the page costs natively
// (callgrind: per call = (I(600x) - I(100x)) / 500).
func BenchmarkAnnotateSeed(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpus.EvalDir(), "seed-article.txt"))
	if err != nil {
		b.Skipf("seed article: %v", err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Annotate(text, Options{Dateline: "2025-10-17", Format: FormatPlain}); err != nil {
			b.Fatal(err)
		}
	}
}
