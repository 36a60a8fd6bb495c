package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedArticle reads the product's founding example, kept outside the
// repository in ../shared/eval (present in CI).
func seedArticle(t testing.TB) string {
	t.Helper()
	p := filepath.Join(repoRoot(), "..", "shared", "eval", "seed-article.txt")
	data, err := os.ReadFile(p)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("seed article: %v", err)
		}
		t.Skipf("seed article not found at %s: %v", p, err)
	}
	return string(data)
}

// openPage opens the annotator page and waits until its worker has loaded
// the module.
func openPage(t testing.TB, ctx context.Context, base string) {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/")))
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.documentElement.dataset.ready === "true"`,
		chromedp.WithPollingTimeout(60*time.Second)))
	require.NoError(t, err, "the annotator did not report ready")
}

// paste puts text into the article field as a paste does: focus, then an
// insertion that fires the browser's own input events.
func paste(t testing.TB, ctx context.Context, text string) {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.ID("text"))))
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById("text").select()`)))
	_, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text})
	require.NoError(t, err)
}

// waitAnnotated waits until the page shows the annotation of its current
// text (no run in progress, no newer request pending).
func waitAnnotated(t testing.TB, ctx context.Context, timeout time.Duration) {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`(() => {
		const d = document.documentElement.dataset;
		return d.annotated !== undefined && d.busy === undefined && document.getElementById("status").dataset.kind !== "error";
	})()`, chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(50*time.Millisecond)))
	require.NoError(t, err, "the page did not finish annotating: status %q", statusText(ctx))
}

func statusText(ctx context.Context) string {
	s, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("status-text").textContent`))
	return s
}

// evalPage evaluates a JavaScript expression and decodes its JSON value.
func evalPage[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	require.NoError(t, err, "evaluating %s", expr)
	return v
}

// visibleTextJS defines visibleText(el): the text of el as the eye reads
// it, without what the page adds for screen readers (where each quote
// starts and ends, and who said it).
const visibleTextJS = `const visibleText = (el) => {
		const c = el.cloneNode(true);
		c.querySelectorAll(".sr-q").forEach((s) => s.remove());
		return c.textContent;
	};`

// pageView is what a reader sees of the annotated article and the panel.
type pageView struct {
	Quotes []struct {
		ID      string `json:"id"`
		Speaker string `json:"speaker"`
		Text    string `json:"text"`
	} `json:"quotes"`
	Dates []struct {
		Text  string `json:"text"`
		Value string `json:"value"`
		Type  string `json:"type"`
	} `json:"dates"`
	Speakers []string `json:"speakers"`
	Counts   []string `json:"counts"`
	Dateline string   `json:"dateline"`
	Article  string   `json:"article"`
}

const viewJS = `(() => {
	` + visibleTextJS + `
	const art = document.getElementById("article");
	return {
		quotes: [...art.querySelectorAll("mark.q[id]")].map(m => ({id: m.id, speaker: m.dataset.speakerName || "", text: m.textContent})),
		dates: [...art.querySelectorAll("mark.dt")].map(m => ({text: m.textContent, value: m.dataset.value, type: m.dataset.type})),
		speakers: [...document.querySelectorAll("#speakers .speaker-name")].map(e => e.textContent),
		counts: [...document.querySelectorAll("#speakers .count")].map(e => e.textContent),
		dateline: document.getElementById("dateline").value,
		article: visibleText(art),
	};
})()`

func TestPageSeedArticle(t *testing.T) {
	seed := seedArticle(t)
	base := startServer(t)
	ctx, proxied := newRecordingBrowser(t)
	requests := recordRequests(t, ctx)
	dialogs := watchDialogs(t, ctx)

	openPage(t, ctx, base)
	paste(t, ctx, seed)
	waitAnnotated(t, ctx, 60*time.Second)
	t.Logf("screenshot: %s", saveScreenshot(t, ctx, "seed-article"))
	view := evalPage[pageView](t, ctx, viewJS)

	const trump, zelenskiy = "Donald Trump", "Volodymyr Zelenskiy"
	wantQuotes := []struct{ speaker, opening string }{
		{trump, "“a lot of momentum"},
		{trump, "“It is an escalation"},
		{zelenskiy, "“really not ready”"},
		{zelenskiy, "“I am confident"},
		{zelenskiy, "“And I think that their army"},
		{trump, "“Let’s see what happens"},
		{trump, "“Well, that’s a problem"},
		{trump, "“There’s a lot of bad blood"},
	}
	if assert.Len(t, view.Quotes, len(wantQuotes), "highlighted quotes") {
		for i, want := range wantQuotes {
			assert.Equal(t, want.speaker, view.Quotes[i].Speaker, "speaker of quote %d", i+1)
			assert.True(t, strings.HasPrefix(view.Quotes[i].Text, want.opening), "quote %d starts %q, want %q", i+1, view.Quotes[i].Text, want.opening)
		}
	}
	assert.Equal(t, "2025-10-17", view.Dateline, "the dateline field shows the detected dateline")

	thursday := ""
	for _, d := range view.Dates {
		if d.Text == "Thursday" {
			thursday = d.Value
		}
	}
	assert.Equal(t, "2025-10-16", thursday, "the value shown for “Thursday”")

	assert.ElementsMatch(t, []string{trump, zelenskiy}, view.Speakers, "speakers in the panel")
	assert.Contains(t, view.Counts, "5 quotes", "Trump's quote count")
	assert.Contains(t, view.Counts, "3 quotes", "Zelenskiy's quote count")

	// Keyboard focus on a date and on a quote shows their details.
	tip := func(selector string) string {
		return evalPage[string](t, ctx, `(() => {
			const m = document.querySelector(`+jsString(selector)+`);
			if (!m) return "no element " + `+jsString(selector)+`;
			m.focus();
			const tip = document.getElementById("tip");
			return tip.hidden ? "" : tip.textContent;
		})()`)
	}
	// A date's tooltip reads as the panel does (the Go summary's readable
	// form), its TIMEX value after it.
	assert.Contains(t, tip(`#article mark.dt[data-value="2025-10-16"]`), "Date: Thu 16 Oct 2025 · TIMEX 2025-10-16")
	quoteTip := tip(`#article mark.q[id]`)
	assert.Contains(t, quoteTip, "Quote by Donald Trump")
	assert.Contains(t, quoteTip, "paragraph 2")

	// A quote in the panel jumps to its highlight.
	focused := evalPage[string](t, ctx, `(() => {
		const b = document.querySelector('#speakers button.jump[data-target]');
		b.click();
		return document.activeElement.id + " " + b.dataset.target;
	})()`)
	ids := strings.Fields(focused)
	require.Len(t, ids, 2)
	assert.Equal(t, ids[1], ids[0], "the focused element is the quote clicked in the panel")

	// Each date in the panel jumps to exactly its own highlight, the one
	// whose id is d and its place in the result, also when other dates
	// share its value.
	jumps := dateJumps(t, ctx)
	assert.Len(t, jumps, evalPage[int](t, ctx, `document.querySelectorAll("#article mark.dt[id]").length`), "one panel entry per date")
	assertExactJumps(t, jumps)
	thursdays := 0
	for _, j := range jumps {
		if j.Text == "Thursday" {
			thursdays++
			assert.Equal(t, "2025-10-16", j.Value, "the mark jumped to from “Thursday”")
		}
	}
	assert.Positive(t, thursdays, "“Thursday” in the dates panel")

	// The dateline is editable: a week later, "Thursday" moves with it; the
	// reset button brings back the detected one.
	thursdayValue := `[...document.querySelectorAll("#article mark.dt")].find(m => m.textContent === "Thursday").dataset.value`
	evalPage[bool](t, ctx, `(() => {
		const d = document.getElementById("dateline");
		d.value = "2025-10-24";
		d.dispatchEvent(new Event("input", {bubbles: true}));
		return true;
	})()`)
	waitAnnotated(t, ctx, 30*time.Second)
	assert.Equal(t, "2025-10-23", evalPage[string](t, ctx, thursdayValue), "“Thursday” against the edited dateline")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("dateline-reset"))))
	waitAnnotated(t, ctx, 30*time.Second)
	assert.Equal(t, "2025-10-16", evalPage[string](t, ctx, thursdayValue), "“Thursday” against the detected dateline")
	assert.Equal(t, "2025-10-17", evalPage[string](t, ctx, `document.getElementById("dateline").value`))

	// The exports are tested in desk_test.go (TestDeskExports).

	assert.Empty(t, dialogs.Messages(), "dialogs")
	assertOwnOrigin(t, base, proxied, requests)
	assert.Zero(t, occurrences(requestedFiles(pageRequests(proxied)), "annotator.wasm"),
		"a plain article never loads the Markdown module")
}

// dateJump is the outcome of clicking one date in the panel.
type dateJump struct {
	Target   string `json:"target"`   // the id the button points at
	Button   string `json:"button"`   // the button's text
	Focused  string `json:"focused"`  // the id of the element focused after the click
	Date     string `json:"date"`     // its data-date
	Class    string `json:"class"`    // its class
	Text     string `json:"text"`     // the text of all its pieces
	Value    string `json:"value"`    // its data-value
	Position int    `json:"position"` // its index among the date marks that carry an id
}

// dateJumps clicks every date of the panel in turn and reports where each
// click moved the focus.
func dateJumps(t testing.TB, ctx context.Context) []dateJump {
	t.Helper()
	return evalPage[[]dateJump](t, ctx, `(() => {
		const firsts = [...document.querySelectorAll("#article mark.dt[id]")];
		return [...document.querySelectorAll("#dates button.jump, #periods button.jump")].map((b) => {
			document.body.focus();
			b.click();
			const m = document.activeElement;
			const pieces = m.dataset.date ? [...document.querySelectorAll('#article mark[data-date="' + m.dataset.date + '"]')] : [];
			return {
				target: b.dataset.target || "", button: b.textContent, focused: m.id, date: m.dataset.date || "",
				class: m.className, text: pieces.map((p) => p.textContent).join(""), value: m.dataset.value || "",
				position: firsts.indexOf(m),
			};
		});
	})()`)
}

// assertExactJumps checks that each date button focused the first piece of
// the highlight it names, dN being the N-th date, and that the button
// shows the highlight's text.
func assertExactJumps(t *testing.T, jumps []dateJump) {
	t.Helper()
	seen := map[string]bool{}
	for _, j := range jumps {
		assert.Equal(t, j.Target, j.Focused, "element focused by the button for %q", j.Button)
		assert.Equal(t, j.Target, j.Date, "data-date of the focused mark")
		assert.Contains(t, j.Class, "dt", "the focused element is a date mark")
		assert.Equal(t, "d"+strconv.Itoa(j.Position+1), j.Target, "id of the date mark in article order")
		assert.Equal(t, j.Text, j.Button, "the button shows its date as the article does")
		assert.False(t, seen[j.Target], "two buttons for %s", j.Target)
		seen[j.Target] = true
	}
}

// markdownArticle is a Markdown article written for these tests: headings,
// emphasis, links (one inside a quote, one around a speaker's name), a
// list and a block quote.
const markdownArticle = `# Harbour wall approved on *Tuesday*

_By a staff reporter_ · Published 14 October 2025

The council voted on **Tuesday** to rebuild the old harbour wall, ending a dispute that began in *March*.

“We cannot wait for [the engineers' report](https://example.org/report) any longer,” said Mayor [Amara Okafor](https://example.org/okafor), after the vote. “This is the *year* we stop waiting.”

Ms Okafor said the work would take [two years](https://example.org/plan).

## What happens next

- Tenders open on 3 November.
- Work starts in the spring.

> “It is a good day for the harbour,” said Tom Reyes, who chairs the
> fishermen's association.

“Nobody got everything they wanted,” Reyes added.
`

// TestPageMarkdown pastes a Markdown article: the format switch says it
// was detected, the article shows as Markdown renders it with highlights
// inside its headings, emphasis and links, and the panel shows quotes,
// dates and aliases as the article does, without Markdown syntax. The
// page starts with the module without Markdown, and its worker loads the
// one with it, once, for this first Markdown text.
func TestPageMarkdown(t *testing.T) {
	base := startServer(t)
	ctx, proxied := newRecordingBrowser(t)
	// Jumps then scroll at once, not smoothly, so that a click after them
	// lands where the element is.
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	})
	require.NoError(t, err)
	openPage(t, ctx, base)
	paste(t, ctx, markdownArticle)
	waitAnnotated(t, ctx, 30*time.Second)
	t.Logf("screenshot: %s", saveScreenshot(t, ctx, "markdown-article"))

	got := evalPage[struct {
		Auto          bool     `json:"auto"`
		Detected      string   `json:"detected"`
		H1            string   `json:"h1"`
		H2            string   `json:"h2"`
		HeadingMark   string   `json:"headingMark"`
		EmMarks       int      `json:"emMarks"`
		LinkInQuote   string   `json:"linkInQuote"`
		LinkInMark    string   `json:"linkInMark"`
		MarkInLink    string   `json:"markInLink"`
		ListItems     int      `json:"listItems"`
		QuoteInBlock  string   `json:"quoteInBlock"`
		Syntax        []string `json:"syntax"`
		Aliases       []string `json:"aliases"`
		PanelQuotes   []string `json:"panelQuotes"`
		QuoteIDs      []string `json:"quoteIDs"`
		ArticleQuotes []string `json:"articleQuotes"`
	}](t, ctx, `(() => {
		const art = document.getElementById("article");
		const text = (sel) => { const e = art.querySelector(sel); return e ? e.textContent : ""; };
		const quoteText = (id) => [...art.querySelectorAll('mark[data-quote="' + id + '"]')].map((m) => m.textContent).join("");
		const panelQuotes = [...document.querySelectorAll("#speakers button.jump")];
		return {
			auto: document.getElementById("format-auto").checked,
			detected: document.getElementById("format-detected").textContent,
			h1: text("h1"),
			h2: text("h2"),
			headingMark: text("h1 em mark.dt"),
			emMarks: art.querySelectorAll("em mark, strong mark").length,
			linkInQuote: text("mark.q a[href]"),
			linkInMark: text("mark.sp a[href]"),
			markInLink: text("a[href] mark.dt"),
			listItems: art.querySelectorAll("ul > li").length,
			quoteInBlock: text("blockquote p mark.q"),
			syntax: [...art.querySelectorAll("mark")].map((m) => m.textContent).filter((t) => /[*_\[\]]|\]\(/.test(t)),
			aliases: [...document.querySelectorAll("#speakers .aliases")].map((e) => e.textContent),
			panelQuotes: panelQuotes.map((b) => b.textContent),
			quoteIDs: panelQuotes.map((b) => b.dataset.target),
			articleQuotes: panelQuotes.map((b) => quoteText(b.dataset.target)),
		};
	})()`)
	assert.True(t, got.Auto, "the format switch is left on Auto")
	assert.Equal(t, "(Markdown)", got.Detected, "the format the switch shows as detected")
	assert.Equal(t, "Harbour wall approved on Tuesday", got.H1, "the heading, without its markup")
	assert.Equal(t, "What happens next", got.H2)
	assert.Equal(t, "Tuesday", got.HeadingMark, "a date highlighted inside the emphasis of the heading")
	assert.GreaterOrEqual(t, got.EmMarks, 3, "highlights inside emphasis (Tuesday, Tuesday, March)")
	assert.Equal(t, "the engineers' report", got.LinkInQuote, "the link inside the quote")
	assert.Equal(t, "Amara Okafor", got.LinkInMark, "the link on her name inside the speaker's mention “Mayor Amara Okafor”")
	assert.Equal(t, "two years", got.MarkInLink, "a date highlighted inside a link")
	assert.Equal(t, 2, got.ListItems, "list items")
	assert.Equal(t, "“It is a good day for the harbour,”", got.QuoteInBlock, "the quote in the block quote")
	assert.Empty(t, got.Syntax, "highlights showing Markdown syntax")
	assert.Contains(t, got.Aliases, "Also: Mayor Amara Okafor, Ms Okafor", "aliases as the article shows them")
	assert.Contains(t, got.PanelQuotes, "“This is the year we stop waiting.”", "a quote in the panel, without its emphasis markers")
	for i, id := range got.QuoteIDs {
		assert.Equal(t, got.ArticleQuotes[i], got.PanelQuotes[i], "panel text of %s", id)
	}

	jumps := dateJumps(t, ctx)
	assert.Len(t, jumps, evalPage[int](t, ctx, `document.querySelectorAll("#article mark.dt[id]").length`), "one panel entry per date")
	assertExactJumps(t, jumps)

	// Forcing plain text shows the syntax as typed, and says so.
	chooseFormat(t, ctx, "plain")
	waitAnnotated(t, ctx, 30*time.Second)
	plain := evalPage[struct {
		Detected string `json:"detected"`
		Headings int    `json:"headings"`
		Hash     bool   `json:"hash"`
	}](t, ctx, `({
		detected: document.getElementById("format-detected").textContent,
		headings: document.querySelectorAll("#article h1, #article h2").length,
		hash: document.getElementById("article").textContent.includes("# Harbour wall approved on *Tuesday*"),
	})`)
	assert.Equal(t, "(plain)", plain.Detected)
	assert.Zero(t, plain.Headings, "headings in plain text")
	assert.True(t, plain.Hash, "the Markdown syntax shows as text")

	files := requestedFiles(pageRequests(proxied))
	assert.Equal(t, 1, occurrences(files, "annotator-plain.wasm"), "the first module, fetched once")
	assert.Equal(t, 1, occurrences(files, "annotator.wasm"), "the Markdown module, fetched once")
}

// chooseFormat clicks the label of a format of the switch, as a person
// does (the radio buttons themselves are hidden), and checks it took.
func chooseFormat(t testing.TB, ctx context.Context, format string) {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(`label[for="format-`+format+`"]`)))
	require.True(t, evalPage[bool](t, ctx, `document.getElementById("format-`+format+`").checked`), "format %s chosen", format)
}

// assertOwnOrigin checks that the page and its worker requested nothing
// but the page's own files: strictly for what the tab reports, and through
// the proxy (which also sees the worker) apart from Chromium's own calls.
func assertOwnOrigin(t *testing.T, base string, proxied, tab *requestLog) {
	t.Helper()
	urls := tab.URLs()
	bad, ok := sameOrigin(base, urls)
	assert.True(t, ok, "the tab requested another origin: %s (all: %v)", bad, urls)
	urls = pageRequests(proxied)
	bad, ok = sameOrigin(base, urls)
	assert.True(t, ok, "request to another origin: %s (all: %v)", bad, urls)
	for _, file := range []string{"/", "/app.js", "/worker.js", "/annotator-plain.wasm", "/wasm_exec.js", "/annotator.js"} {
		assert.Contains(t, urls, base+file, "requests seen")
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestPageShowsMarkupAsText(t *testing.T) {
	const article = `Council meets <script>window.__pwned = "script"; alert("script")</script> on Friday.

"We will not accept <img src=x onerror="window.__pwned='img';alert('img')"> at all," said Mayor Jo Park.

<svg onload="window.__pwned='svg'"></svg> [a link](javascript:window.__pwned='link') <iframe src="https://example.com/"></iframe>`

	base := startServer(t)
	ctx, proxied := newRecordingBrowser(t)
	requests := recordRequests(t, ctx)
	dialogs := watchDialogs(t, ctx)
	openPage(t, ctx, base)

	for _, format := range []string{"plain", "markdown", "auto"} {
		t.Run(format, func(t *testing.T) {
			chooseFormat(t, ctx, format)
			paste(t, ctx, article)
			waitAnnotated(t, ctx, 30*time.Second)
			got := evalPage[struct {
				Pwned    bool   `json:"pwned"`
				Text     string `json:"text"`
				Elements int    `json:"elements"`
				Hrefs    int    `json:"hrefs"`
			}](t, ctx, `(() => {
				`+visibleTextJS+`
				const art = document.getElementById("article");
				return {
					pwned: window.__pwned !== undefined,
					text: visibleText(art),
					elements: art.querySelectorAll("script, img, svg, iframe, [onerror], [onload]").length,
					hrefs: [...art.querySelectorAll("a[href]")].filter(a => !/^https?:/.test(a.getAttribute("href"))).length,
				};
			})()`)
			assert.False(t, got.Pwned, "a script from the article ran")
			assert.Zero(t, got.Elements, "active elements in the article")
			assert.Zero(t, got.Hrefs, "links with unsafe schemes")
			assert.Contains(t, got.Text, `<script>window.__pwned = "script"; alert("script")</script>`)
			assert.Contains(t, got.Text, `<img src=x onerror="window.__pwned='img';alert('img')">`)
		})
	}
	t.Run("markdown images and links", func(t *testing.T) {
		// The sanitizer once stopped at the first image: later images kept
		// their src (a request from the page), later links their href, and
		// later quotes lost their speaker badges.
		chooseFormat(t, ctx, "markdown")
		paste(t, ctx, "Council meets on Friday. ![first map](/api/first) and ![second map](/api/second).\n\n"+
			"“We will build it,” said Mayor Jo Park. Call [the desk](tel:+15550100), read [the notes](notes.html) "+
			"or [the minutes](//elsewhere.example/m) or [the site](https://example.com/).\n\n"+
			"“It is done,” said Jo Park.\n")
		waitAnnotated(t, ctx, 30*time.Second)
		got := evalPage[struct {
			Text   string   `json:"text"`
			Images int      `json:"images"`
			Hrefs  []string `json:"hrefs"`
			Badges []string `json:"badges"`
		}](t, ctx, `(() => {
			`+visibleTextJS+`
			const art = document.getElementById("article");
			return {
				text: visibleText(art),
				images: art.querySelectorAll("img, [src]").length,
				hrefs: [...art.querySelectorAll("a[href]")].map(a => a.getAttribute("href")),
				badges: [...art.querySelectorAll("mark.q[id]")].map(m => m.dataset.who || ""),
			};
		})()`)
		assert.Zero(t, got.Images)
		assert.Contains(t, got.Text, "[image: first map]")
		assert.Contains(t, got.Text, "[image: second map]")
		assert.Equal(t, []string{"https://example.com/"}, got.Hrefs, "only the https link keeps its href: %s", got.Text)
		assert.Equal(t, []string{"JP", "JP"}, got.Badges, "every quote carries its speaker's initials")
		for _, u := range requests.URLs() {
			assert.NotContains(t, u, "/api/", "the article's image was requested")
		}
	})

	// Give a handler that might have been scheduled a moment to run.
	require.NoError(t, chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)))
	pwned := evalPage[bool](t, ctx, `window.__pwned !== undefined`)
	assert.False(t, pwned)
	assert.Empty(t, dialogs.Messages(), "dialogs opened")
	assertOwnOrigin(t, base, proxied, requests)
}

func TestPageLargePaste(t *testing.T) {
	base := startServer(t)
	ctx, proxied := newRecordingBrowser(t)
	requests := recordRequests(t, ctx)
	openPage(t, ctx, base)

	// About 5 MB of text written for this test, pasted at once.
	const fill = `(n => {
		const para = "“We expect the bridge to reopen by the end of March,” the transport minister, Ana Duarte, said on Tuesday. " +
			"Engineers have inspected the piers for the past two weeks; the last repairs took eighteen months.\n\n";
		const ta = document.getElementById("text");
		ta.value = "Published 3 February 2026\n\n" + para.repeat(Math.ceil(n / para.length));
		ta.dispatchEvent(new Event("input", {bubbles: true}));
		return ta.value.length;
	})(5e6)`
	size := evalPage[int](t, ctx, fill)
	require.GreaterOrEqual(t, size, 5_000_000)

	// While the worker annotates, the page answers: the evaluations below
	// run on its main thread, and see it busy with progress shown.
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.documentElement.dataset.busy === "true"`,
		chromedp.WithPollingTimeout(10*time.Second), chromedp.WithPollingInterval(20*time.Millisecond)))
	require.NoError(t, err, "the page never started annotating")
	answeredBusy := 0
	for range 5 {
		busy, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.dataset.busy === "true"`))
		require.NoError(t, err)
		if busy {
			answeredBusy++
		}
	}
	assert.Positive(t, answeredBusy, "evaluations the page answered while annotating")
	waitAnnotated(t, ctx, 150*time.Second)
	t.Logf("status: %s", statusText(ctx))
	got := evalPage[struct {
		Paragraphs int      `json:"paragraphs"`
		Quotes     int      `json:"quotes"`
		Speakers   []string `json:"speakers"`
	}](t, ctx, `({
		paragraphs: document.querySelectorAll("#article p").length,
		quotes: document.querySelectorAll("#article mark.q[id]").length,
		speakers: [...document.querySelectorAll("#speakers .speaker-name")].map(e => e.textContent),
	})`)
	assert.Greater(t, got.Paragraphs, 20000, "paragraphs shown")
	assert.Equal(t, got.Paragraphs-1, got.Quotes, "one quote per repeated paragraph")
	assert.Contains(t, got.Speakers, "Ana Duarte")
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	writeTestOut(t, "large-paste.png", shot)
	t.Logf("counts: %s", evalPage[string](t, ctx, `[...document.querySelectorAll("#speakers .count")].map(e => e.textContent).join(", ")`))

	// Esc stops the desk's work too: renaming the speaker of twenty
	// thousand quotes relabels them a slice at a time; Esc once the first
	// label has changed leaves the rest as they were, for good.
	relabelled := `document.querySelectorAll('#article mark.q[data-who="ZQ"]').length`
	stopped := evalPage[struct {
		Busy   bool   `json:"busy"`
		Status string `json:"status"`
	}](t, ctx, `(async () => {
		const b = document.querySelector('#speakers button[data-action="rename"]');
		document.getElementById("rename-" + b.dataset.speaker).value = "Zoe Quinn";
		b.click();
		const t0 = performance.now();
		while (`+relabelled+` === 0 && performance.now() - t0 < 60000) {
			await new Promise((r) => setTimeout(r, 1));
		}
		document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
		return { busy: document.documentElement.dataset.deskBusy === "true", status: document.getElementById("status-text").textContent };
	})()`)
	assert.False(t, stopped.Busy, "the desk still busy after Esc")
	assert.Contains(t, stopped.Status, "Cancelled")
	early := evalPage[int](t, ctx, relabelled)
	time.Sleep(time.Second)
	late := evalPage[int](t, ctx, relabelled)
	assert.Positive(t, early, "labels changed before Esc")
	assert.Equal(t, early, late, "labels changed after Esc")
	assert.Less(t, late, got.Quotes, "every label changed: Esc came too late to show anything")

	// Cancel stops a long run, and the page works on.
	evalPage[int](t, ctx, fill)
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.documentElement.dataset.busy === "true"`,
		chromedp.WithPollingTimeout(10*time.Second), chromedp.WithPollingInterval(20*time.Millisecond)))
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("cancel"))))
	status := evalPage[string](t, ctx, `document.documentElement.dataset.busy === undefined ? document.getElementById("status-text").textContent : "still busy"`)
	assert.Contains(t, status, "Cancelled")

	// Replacing megabytes through the editor is slow in any browser: clear
	// the field with the page's button first, as a person would.
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("clear"))))
	paste(t, ctx, `“Short and sweet,” said Kim Lee on Monday.`)
	waitAnnotated(t, ctx, 30*time.Second)
	view := evalPage[pageView](t, ctx, viewJS)
	if assert.Len(t, view.Quotes, 1) {
		assert.Equal(t, "Kim Lee", view.Quotes[0].Speaker)
	}
	assertOwnOrigin(t, base, proxied, requests)
}

// bridgeCall is the outcome of one call of the bridge in the page.
type bridgeCall struct {
	Name    string          `json:"name"`
	Message string          `json:"message"`
	Value   json.RawMessage `json:"value"`
}

func TestBridgeErrors(t *testing.T) {
	base := startServer(t)
	ctx := newBrowser(t)
	openPage(t, ctx, base)
	// Load the bridge on the page itself (the app uses it in its worker).
	evalPage[bool](t, ctx, `(async () => {
		await new Promise((ok, fail) => {
			const s = document.createElement("script");
			s.src = "wasm_exec.js"; s.onload = ok; s.onerror = () => fail(new Error("cannot load wasm_exec.js"));
			document.head.append(s);
		});
		const { ArticleAnnotator } = await import("./annotator.js");
		await ArticleAnnotator.load("annotator.wasm");
		return true;
	})()`)

	call := func(args string) bridgeCall {
		return evalPage[bridgeCall](t, ctx, `(() => {
			try {
				return {value: ArticleAnnotator.annotate(`+args+`)};
			} catch (e) {
				return {name: e instanceof Error ? e.name : typeof e, message: String(e.message)};
			}
		})()`)
	}
	tests := []struct {
		name, args, wantName, wantMessage string
	}{
		{"no text", ``, "TypeError", "ArticleAnnotator.annotate: text must be a string, got nothing"},
		{"number", `42`, "TypeError", "ArticleAnnotator.annotate: text must be a string, got number"},
		{"null", `null`, "TypeError", "ArticleAnnotator.annotate: text must be a string, got null"},
		{"options not an object", `"x", "2025-10-17"`, "TypeError", "options must be an object"},
		{"options an array", `"x", ["2025-10-17"]`, "TypeError", "got an array"},
		{"dateline a number", `"x", {dateline: 20251017}`, "TypeError", "options.dateline must be a string in YYYY-MM-DD form, got number"},
		{"dateline malformed", `"x", {dateline: "17/10/2025"}`, "RangeError", `dateline "17/10/2025" is not a date in YYYY-MM-DD form`},
		{"format unknown", `"x", {format: "html"}`, "RangeError", `options.format "html" is not "auto", "plain" or "markdown"`},
		{"format a boolean", `"x", {format: true}`, "TypeError", "options.format must be"},
		{"unknown option", `"x", {dateLine: "2025-10-17"}`, "TypeError", `unknown option "dateLine"`},
		{"too many arguments", `"x", {}, 3`, "TypeError", "got 3 arguments"},
		// These used to end the Go program ("Go program has already exited"
		// for every later call) or give "internal error: bad type flag".
		{"throwing getter", `"x", {get dateline() { throw 1; }}`, "TypeError", "reading options.dateline threw 1"},
		{"text a BigInt", `1n`, "TypeError", "text must be a string, got bigint"},
		{"dateline a BigInt", `"x", {dateline: 1n}`, "TypeError", "options.dateline must be a string, got bigint"},
		{"text too long", `"x".repeat(10000001)`, "RangeError", "the text is 10,000,001 characters long; the limit is 10,000,000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := call(tt.args)
			assert.Equal(t, tt.wantName, got.Name, "error type (value %s)", got.Value)
			assert.Contains(t, got.Message, tt.wantMessage)
		})
	}

	// After the errors the module still works, with offsets in UTF-16
	// code units (the emoji is two of them).
	good := evalPage[struct {
		Dateline string `json:"dateline"`
		Quotes   int    `json:"quotes"`
		Friday   bool   `json:"friday"`
		Version  string `json:"version"`
		HTML     bool   `json:"html"`
	}](t, ctx, `(() => {
		const text = "🙂 “It works,” said Ana Duarte on Friday.";
		const r = ArticleAnnotator.annotate(text, {dateline: "2025-10-17", format: "plain"});
		const fri = r.dates.find(d => d.value === "2025-10-17");
		const out = ArticleAnnotator.render(text, {dateline: "2025-10-17"});
		return {
			dateline: r.dateline,
			quotes: r.quotes.length,
			friday: !!fri && text.slice(fri.start, fri.end) === "Friday",
			version: ArticleAnnotator.version,
			html: typeof out.html === "string" && out.html.includes("<mark") && out.result.quotes.length === r.quotes.length,
		};
	})()`)
	assert.Equal(t, "2025-10-17", good.Dateline)
	assert.Equal(t, 1, good.Quotes)
	assert.True(t, good.Friday, "the date's UTF-16 offsets select “Friday”")
	assert.NotEmpty(t, good.Version)
	assert.True(t, good.HTML, "render gives HTML with marks and the same result")

	// The page refuses a text over the limit before the worker runs out of
	// memory on it, and says so.
	evalPage[bool](t, ctx, `(() => {
		const text = document.getElementById("text");
		text.value = "x".repeat(10000001);
		text.dispatchEvent(new InputEvent("input", {inputType: "insertFromPaste"}));
		return true;
	})()`)
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById("status").dataset.kind === "error"`,
		chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(t, err, "status %q", statusText(ctx))
	assert.Equal(t, "This text is 10,000,001 characters long; the annotator takes up to 10,000,000. Paste a shorter part.",
		statusText(ctx))
}
