//go:build !nomarkdown

package annotate

import (
	"testing"

	"github.com/newsroom/annotator/internal/annotate/mdtext"
)

// BenchmarkParseMarkdown is goldmark's parse of the same article alone, the
// floor under the two benchmarks above.
func BenchmarkParseMarkdown(b *testing.B) {
	src := []byte(markdownArticle(1 << 20))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		_ = mdtext.Parse(src)
	}
}
