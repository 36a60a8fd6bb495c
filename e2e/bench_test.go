package e2e

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// BenchmarkPageToSeedHighlighted times, in a new tab each time, opening the
// page, pasting the seed article and waiting until it is highlighted.
func BenchmarkPageToSeedHighlighted(b *testing.B) {
	seed := seedArticle(b)
	base := startServer(b)
	browser := newBrowser(b)
	b.ResetTimer()
	for b.Loop() {
		ctx, cancel := chromedp.NewContext(browser)
		openPage(b, ctx, base)
		paste(b, ctx, seed)
		waitAnnotated(b, ctx, 60*time.Second)
		b.StopTimer()
		n := evalPage[int](b, ctx, `document.querySelectorAll("#article mark.q[id]").length`)
		require.Positive(b, n)
		cancel()
		b.StartTimer()
	}
}

// BenchmarkWorker1MB times the annotation of 1 MB of varied news text in the
// page's worker: ns/op is from the edit to the article shown, worker-ms is
// the engine and renderer inside the worker.
func BenchmarkWorker1MB(b *testing.B) {
	base := startServer(b)
	ctx := newBrowser(b)
	openPage(b, ctx, base)
	// Varied paragraphs written for this benchmark; names, places and
	// dates rotate so that no two neighbours are alike.
	const fill = `(n => {
		const names = ["Ana Duarte", "Tomas Byrne", "Mayor Elena Ruiz", "Dr Kwame Mensah", "Priya Natarajan", "the ministry"];
		const days = ["Monday", "Tuesday", "last week", "on 3 March", "yesterday", "in January", "two years ago", "next month"];
		const quotes = ["We will not rush this", "The numbers speak for themselves", "Nobody expected the vote to pass",
			"It is too early to say", "This is the year we stop waiting", "We have done our part"];
		const parts = ["Published 12 June 2025"];
		let len = 0, i = 0;
		while (len < n) {
			const who = names[i % names.length], when = days[(i * 7) % days.length], what = quotes[(i * 5) % quotes.length];
			const p = i % 3 === 0
				? "“" + what + ",” " + who + " said " + when + ". The council met for " + (i % 9 + 1) + " hours."
				: i % 3 === 1
				? who + " told reporters " + when + " that the plan was “" + what.toLowerCase() + "”."
				: "The report, due " + when + ", covers the past " + (i % 5 + 2) + " years of spending.";
			parts.push(p);
			len += p.length + 2;
			i++;
		}
		return parts.join("\n\n");
	})(1 << 20)`
	var workerMS float64
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		// A distinct text each time, so that every iteration annotates.
		evalPage[int](b, ctx, `(() => { const ta = document.getElementById("text"); ta.value = `+fill+` + "\n\nRun `+strconv.Itoa(i)+`."; return ta.value.length; })()`)
		b.StartTimer()
		evalPage[bool](b, ctx, `document.getElementById("text").dispatchEvent(new Event("input", {bubbles: true}))`)
		waitAnnotated(b, ctx, 120*time.Second)
		b.StopTimer()
		ms, err := strconv.ParseFloat(evalPage[string](b, ctx, `document.documentElement.dataset.workerMs`), 64)
		require.NoError(b, err)
		workerMS += ms
		b.StartTimer()
	}
	b.ReportMetric(workerMS/float64(b.N), "worker-ms")
}

// BenchmarkPageLargeResponsive pastes 1 MB and 5 MB of text written for
// the benchmark and reports, from the paste to the article shown with its
// sources table: the longest task of the page's main thread (longtask-ms,
// from the browser's Long Tasks API, which reports tasks over 50 ms; 0
// when there was none) and the time to the first highlight
// (first-highlight-ms). The field's own layout of the text, before the
// page hears of the paste, is left out. ns/op is the whole run. It logs
// every long task.
func BenchmarkPageLargeResponsive(b *testing.B) {
	for _, size := range []int{1 << 20, 5 << 20} {
		b.Run(strconv.Itoa(size>>20)+"MB", func(b *testing.B) {
			benchPaste(b, `(() => {
				const para = "“We expect the bridge to reopen by the end of March,” the transport minister, Ana Duarte, said on Tuesday. " +
					"Engineers have inspected the piers for the past two weeks, Tomas Byrne said. “It took eighteen months,” he added.\n\n";
				return "Published 3 February 2026\n\n" + para.repeat(Math.ceil(`+strconv.Itoa(size)+` / para.length));
			})()`)
		})
	}
}

// BenchmarkPageManySpeakers is BenchmarkPageLargeResponsive for 1 MB of
// text written for the benchmark that quotes 500 people twice each: the
// sources table and the review list have hundreds of rows.
func BenchmarkPageManySpeakers(b *testing.B) {
	benchPaste(b, `(() => {
		const first = ["Ana", "Tomas", "Elena", "Kwame", "Priya", "Jonas", "Mira", "Omar", "Lena", "Pavel", "Sara", "Ivan", "Nora", "Felix", "Rosa", "Hugo", "Ines", "Karl", "Lucia", "Marco"];
		const last = ["Duarte", "Byrne", "Ruiz", "Mensah", "Natarajan", "Berg", "Kovac", "Haddad", "Novak", "Silva", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Costa", "Weber", "Rossi", "Nagy", "Fischer", "Horvat", "Keane", "Doyle", "Quinn", "Walsh", "Brennan"];
		const parts = ["Published 3 February 2026"];
		for (let i = 0, n = 0; n < 1 << 20; i++) {
			const who = first[i % first.length] + " " + last[Math.floor(i / first.length) % last.length];
			const p = "“We will look at the figures again on Monday,” said " + who + ", who chairs the committee. “Nothing is settled,” " +
				who.split(" ")[1] + " added.";
			parts.push(p);
			n += p.length + 2;
		}
		return parts.join("\n\n");
	})()`)
}

// benchPaste measures, as BenchmarkPageLargeResponsive says, the paste of
// the text that the JavaScript expression text gives ("Run N." added so
// that every iteration annotates).
func benchPaste(b *testing.B, text string) {
	base := startServer(b)
	ctx := newBrowser(b)
	openPage(b, ctx, base)
	var longest, first float64
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		evalPage[int](b, ctx, `(() => {
			const ta = document.getElementById("text");
			ta.value = `+text+` + "\n\nRun `+strconv.Itoa(i)+`.";
			return ta.value.length;
		})()`)
		// The browser lays out the text in the field before the page
		// sees the paste; that is not the page's work.
		evalPage[bool](b, ctx, `new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => ok(true), 50))))`)
		evalPage[int](b, ctx, `(() => {
			window.__tasks = [];
			window.__first = 0;
			if (window.__longtasks) window.__longtasks.disconnect(); // the last iteration's
			window.__longtasks = new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push(e.duration); });
			window.__longtasks.observe({ type: "longtask" });
			const art = document.getElementById("article");
			const mo = new MutationObserver(() => {
				if (!window.__first && art.querySelector("mark.q")) { window.__first = performance.now(); mo.disconnect(); }
			});
			mo.observe(art, { childList: true, subtree: true });
			return 0;
		})()`)
		b.StartTimer()
		evalPage[bool](b, ctx, `(window.__t0 = performance.now(), document.getElementById("text").dispatchEvent(new Event("input", {bubbles: true})))`)
		waitAnnotated(b, ctx, 300*time.Second)
		b.StopTimer()
		m := evalPage[struct {
			Longest float64 `json:"longest"`
			First   float64 `json:"first"`
		}](b, ctx, `({ longest: Math.max(0, ...window.__tasks), first: window.__first - window.__t0 })`)
		b.Logf("long tasks (ms): %v", evalPage[[]float64](b, ctx, `window.__tasks.map(Math.round)`))
		longest = max(longest, m.Longest)
		first += m.First
		b.StartTimer()
	}
	b.ReportMetric(longest, "longtask-ms")
	b.ReportMetric(first/float64(b.N), "first-highlight-ms")
}
