package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBridgeLazySummary: annotate's result.summary is computed when it is
// first read (web/annotator.js, wasm/summary.go), and reads as it did when
// the module gave it at once: the same summary whether read at once, after
// other calls, through JSON.stringify and structuredClone, or of a frozen
// result; an own, enumerable property after the others; assignable.
func TestBridgeLazySummary(t *testing.T) {
	base := startServer(t)
	ctx := newBrowser(t)
	openPage(t, ctx, base)
	got := evalPage[map[string]any](t, ctx, `(async () => {
		await import("/wasm_exec.js");
		const { ArticleAnnotator: A } = await import("./annotator.js");
		await A.load("annotator.wasm");
		const text = "🙂 “We will rebuild the pier,” Ines Moreau said on Friday.\n\n“Not yet,” said Tom Hale in May.";
		const opts = { dateline: "2025-10-17", format: "plain" };
		const now = JSON.stringify(A.annotate(text, opts).summary);
		const keys = Object.keys(A.annotate(text, opts));
		const later = A.annotate(text, opts);
		A.annotate("“Other,” said Someone Else.", opts); // the module now holds another result
		A.render("On Monday.", {});
		const afterCalls = JSON.stringify(later.summary);
		const viaJSON = JSON.stringify(JSON.parse(JSON.stringify(A.annotate(text, opts))).summary);
		const viaClone = JSON.stringify(structuredClone(A.annotate(text, opts)).summary);
		const failed = A.annotate(text, opts);
		try { A.annotate(text, { dateline: "Friday" }); } catch {}
		const afterError = JSON.stringify(failed.summary);
		const frozen = Object.freeze(A.annotate(text, opts));
		const afterFreeze = JSON.stringify(frozen.summary) === JSON.stringify(frozen.summary) && JSON.stringify(frozen.summary);
		const set = A.annotate(text, opts);
		set.summary = 7;
		const { summary, ...rest } = A.annotate(text, opts);
		return {
			same: [afterCalls, viaJSON, viaClone, afterError, afterFreeze].every((s) => s === now),
			speakers: JSON.parse(now).speakers.map((s) => s.name),
			lastKey: keys[keys.length - 1],
			set: set.summary,
			rest: Object.keys(rest).includes("summary"),
			destructured: summary.unit,
		};
	})()`)
	assert.Equal(t, true, got["same"], "the summary is the same however and whenever it is read")
	assert.Equal(t, []any{"Ines Moreau", "Tom Hale"}, got["speakers"])
	assert.Equal(t, "summary", got["lastKey"])
	assert.Equal(t, float64(7), got["set"])
	assert.Equal(t, false, got["rest"])
	assert.Equal(t, "utf-16", got["destructured"])
}
