package e2e

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/server"
)

// chronoDir is chrono-node's ES modules, installed (pinned, by npm ci from
// e2e/chrono/package-lock.json) by make bench-e2e; nothing else loads it.
func chronoDir(b *testing.B) string {
	dir := filepath.Join(repoRoot(), "e2e", "chrono", "node_modules", "chrono-node", "dist", "esm")
	if _, err := os.Stat(filepath.Join(dir, "index.js")); err != nil {
		b.Skipf("chrono-node is not installed (make bench-e2e runs npm ci in e2e/chrono): %v", err)
	}
	return dir
}

// seedCalls is what BenchmarkSeedAgainstChrono measures in the page: the
// median milliseconds per call, warm, of the annotator's full annotation
// of the seed article, of its fixed cost (a one-word text), of
// chrono-node's dates alone on the same text, and of the annotation with
// its summary read.
const seedCalls = `(async (text) => {
	await import("/wasm_exec.js");
	const chrono = await import("/bench/chrono/index.js");
	const A = globalThis.ArticleAnnotator;
	await A.load("annotator.wasm");
	const opts = { dateline: "2025-10-17", format: "plain" };
	const ref = new Date(Date.UTC(2025, 9, 17));
	// The page's timer counts in steps of 0.1 ms (performance.now() is
	// coarsened where the page is not cross-origin isolated): each sample
	// times a batch of calls, and the median batch is divided by its size.
	const batch = 10;
	const median = (fn, n) => {
		for (let i = 0; i < 20; i++) fn(); // warm
		const ts = [];
		for (let i = 0; i < n; i++) {
			const t0 = performance.now();
			for (let k = 0; k < batch; k++) fn();
			ts.push((performance.now() - t0) / batch);
		}
		ts.sort((a, b) => a - b);
		return ts[n >> 1];
	};
	let quotes = 0, dates = 0;
	const annotate = median(() => { quotes = A.annotate(text, opts).quotes.length; }, 40);
	const fixed = median(() => A.annotate("Hello.", opts), 40);
	const chronoMs = median(() => { dates = chrono.parse(text, ref).length; }, 40);
	// The same call reading its summary too (what the embed's panel does):
	// the summary is computed when first read.
	const withSummary = median(() => { quotes = A.annotate(text, opts).summary.quotes.length; }, 40);
	return JSON.stringify({ annotate, fixed, chrono: chronoMs, summary: withSummary, quotes, dates });
})`

// BenchmarkSeedAgainstChrono runs the annotator (on the page's main thread,
// through ArticleAnnotator) and chrono-node side by side in the same page on
// the seed article, warm, and reports the median milliseconds per call of
// each: annotate-ms (quotes, speakers and dates), fixed-ms (the per-call
// cost, on a one-word text), chrono-ms (chrono-node's dates alone) and
// with-summary-ms (annotate and the summary it computes when read).
func BenchmarkSeedAgainstChrono(b *testing.B) {
	seed := seedArticle(b)
	mux := http.NewServeMux()
	mux.Handle("/bench/chrono/", http.StripPrefix("/bench/chrono/", http.FileServer(http.Dir(chronoDir(b)))))
	mux.Handle("/", server.New(webFS(b)))
	base := startServerWith(b, mux)
	ctx := newBrowser(b)
	openPage(b, ctx, base)
	arg, err := json.Marshal(seed)
	require.NoError(b, err)
	var sum struct{ Annotate, Fixed, Chrono, Summary float64 }
	b.ResetTimer()
	for b.Loop() {
		var got struct {
			Annotate, Fixed, Chrono, Summary float64
			Quotes, Dates                    int
		}
		require.NoError(b, json.Unmarshal([]byte(evalPage[string](b, ctx, seedCalls+"("+string(arg)+")")), &got))
		require.Positive(b, got.Quotes)
		require.Positive(b, got.Dates)
		sum.Annotate += got.Annotate
		sum.Fixed += got.Fixed
		sum.Chrono += got.Chrono
		sum.Summary += got.Summary
	}
	n := float64(b.N)
	b.ReportMetric(sum.Annotate/n, "annotate-ms")
	b.ReportMetric(sum.Fixed/n, "fixed-ms")
	b.ReportMetric(sum.Chrono/n, "chrono-ms")
	b.ReportMetric(sum.Summary/n, "with-summary-ms")
}
