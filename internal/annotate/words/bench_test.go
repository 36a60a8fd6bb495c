package words

import (
	"testing"

	"github.com/newsroom/annotator/internal/annotate/internal/corpus"
)

// BenchmarkWords reads the words of the news corpus of BenchmarkAnnotate,
// split into paragraphs beforehand: the word pass alone.
func BenchmarkWords(b *testing.B) {
	docs, size := corpus.Documents(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Of(d).Para(len(d.Paras) - 1)
			Forget(d)
		}
	}
}
