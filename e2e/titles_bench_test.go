package e2e

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// titlesCalls renders text with and without the highlights' titles (the
// page's worker asks for none: render's titles: false) and times the
// page's sanitizer (js/sanitize.js) on each fragment, median of 7 runs;
// each is measured twice, in turn, and the second kept (the first warms
// the parser up).
const titlesCalls = `(async (text) => {
	await import("/wasm_exec.js");
	const { ArticleAnnotator: A } = await import("./annotator.js");
	const { sanitizedNodes } = await import("./js/sanitize.js");
	await A.load("annotator.wasm");
	const median = (fn) => {
		const ts = [];
		for (let i = 0; i < 7; i++) {
			const t0 = performance.now();
			fn();
			ts.push(performance.now() - t0);
		}
		ts.sort((a, b) => a - b);
		return ts[3];
	};
	const out = {};
	for (const titles of [false, true, false, true]) {
		const { html } = A.render(text, { dateline: "2025-10-17", format: "plain", titles });
		out[titles ? "with" : "without"] = { kb: html.length / 1024, ms: median(() => sanitizedNodes(html, document)) };
	}
	return JSON.stringify(out);
})`

// BenchmarkSanitizeTitles reports the size of the page's fragment of the
// seed article repeated to about 400 KB, and the sanitizer's time on it,
// with the highlights' titles (what render gave before the page asked for
// none) and without.
func BenchmarkSanitizeTitles(b *testing.B) {
	seed := seedArticle(b)
	text := strings.Repeat(seed+"\n\n", 400*1024/len(seed))
	base := startServer(b)
	ctx := newBrowser(b)
	openPage(b, ctx, base)
	arg, err := json.Marshal(text)
	require.NoError(b, err)
	var sum struct{ withKB, withMs, withoutKB, withoutMs float64 }
	for b.Loop() {
		var got struct{ With, Without struct{ KB, Ms float64 } }
		require.NoError(b, json.Unmarshal([]byte(evalPage[string](b, ctx, titlesCalls+"("+string(arg)+")")), &got))
		require.Positive(b, got.With.KB)
		sum.withKB += got.With.KB
		sum.withMs += got.With.Ms
		sum.withoutKB += got.Without.KB
		sum.withoutMs += got.Without.Ms
	}
	n := float64(b.N)
	b.ReportMetric(sum.withKB/n, "titles-kB")
	b.ReportMetric(sum.withoutKB/n, "none-kB")
	b.ReportMetric(sum.withMs/n, "titles-sanitize-ms")
	b.ReportMetric(sum.withoutMs/n, "none-sanitize-ms")
}
