package annotate

import (
	"testing"

	"github.com/newsroom/annotator/internal/annotate/internal/corpus"
)

// BenchmarkAnnotate annotates every article of the news corpus once per
// iteration; -benchmem divided by the corpus size gives allocations per
// input byte.
func BenchmarkAnnotate(b *testing.B) {
	texts := corpus.News(b)
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
