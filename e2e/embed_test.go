package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/server"
)

// The tests of web/embed.js: the demo newsroom page (web/embed-demo.html)
// with the real annotator, the same embed under a strict CSP
// (web/embed-csp-demo.html, <article-annotator>), and the DOM surgery on
// its own with a stub engine, case by case.

// demoPanel is the embed's panel on the demo page (the script tag makes it).
const demoPanel = `document.querySelector('article-annotator-panel')`

// demoBody is the article body the demo page marks with data-annotate.
const demoBody = `document.querySelector('.story-body')`

// strictCSP is stricter than the server's default: nothing at all beyond
// the page's own scripts (and WebAssembly), styles, images and fetches.
// No 'unsafe-inline', no worker-src, no data: URLs.
const strictCSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// toggleButton is the toggle in the shadow DOM of host, for a real click.
func toggleButton(host string) chromedp.JSPath {
	return chromedp.JSPath(host + `.shadowRoot.querySelector('button.toggle')`)
}

// clickWithin clicks the first element sel selects, failing after 10 s rather
// than waiting for a node that never comes. It first waits for the page to
// stop scrolling: a smooth scroll (j moving to a quote) still running would
// move the element from under the point the click is sent to, as a person
// would wait for it.
func clickWithin[S chromedp.Selectable](t testing.TB, ctx context.Context, sel S) {
	t.Helper()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, err := chromedp.Run(cctx, chromedp.Evaluate[bool](scrollSettled, chromedp.EvalAwaitPromise))
	require.NoError(t, err, "waiting for the page to stop scrolling")
	require.NoError(t, chromedp.Do(cctx, chromedp.Click(sel)), "clicking %v", sel)
}

// scrollSettled is a promise that resolves once the page's scroll position
// has stayed the same for five animation frames in a row.
const scrollSettled = `new Promise((resolve) => {
	let last = "", same = 0;
	const step = () => {
		const now = scrollX + "," + scrollY;
		same = now === last ? same + 1 : 0;
		last = now;
		if (same >= 5) resolve(true); else requestAnimationFrame(step);
	};
	requestAnimationFrame(step);
})`

// embedDefined waits until embed.js has loaded its modules and defined its
// elements (it imports them after the page's load event may have fired).
func embedDefined(t testing.TB, ctx context.Context) {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_, err := chromedp.Run(wctx, chromedp.Evaluate[bool](`customElements.whenDefined('article-annotator').then(() => true)`,
		chromedp.EvalAwaitPromise))
	require.NoError(t, err, "the embed did not define its elements")
}

// waitState waits until the state attribute of host is one of states, and
// returns it. It watches the attribute with a MutationObserver rather than
// chromedp.Poll, whose predicate is built with new Function and so would
// itself break a CSP without 'unsafe-eval'.
func waitState(t testing.TB, ctx context.Context, host string, states ...string) string {
	t.Helper()
	want, err := json.Marshal(states)
	require.NoError(t, err)
	js := `new Promise((resolve) => {
		const el = ` + host + `;
		const done = () => { const s = el.getAttribute('state'); if (` + string(want) + `.includes(s)) { resolve(s); return true; } return false; };
		if (done()) return;
		const mo = new MutationObserver(() => { if (done()) mo.disconnect(); });
		mo.observe(el, { attributes: true, attributeFilter: ['state'] });
	})`
	wctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	state, err := chromedp.Run(wctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	require.NoError(t, err, "waiting for %s to be %v", host, states)
	return state
}

// watchCSP records the Content-Security-Policy violations of every page the
// tab opens, from the first script on, in window.__cspViolations.
func watchCSP(t testing.TB, ctx context.Context) {
	t.Helper()
	_, err := chromedp.Run(ctx, func(ctx context.Context, _ *chromedp.Target) (struct{}, error) {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `window.__cspViolations = [];
				document.addEventListener('securitypolicyviolation', (e) =>
					window.__cspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')));`,
		})
		return struct{}{}, err
	})
	require.NoError(t, err)
}

// shownQuote is a quote as the reader sees it: the text of its highlights
// and the name of its speaker.
type shownQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
}

// shownDate is a highlighted date and its normalized value.
type shownDate struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// shown is what the highlights of the page say.
type shown struct {
	Quotes []shownQuote `json:"quotes"`
	Dates  []shownDate  `json:"dates"`
	// Nested lists the text of the dates highlighted inside a quote.
	Nested []string `json:"nested"`
	// Outside counts the highlights outside the article body.
	Outside int `json:"outside"`
	// Titles maps a date's text to its highlight's title (its tooltip).
	Titles map[string]string `json:"titles"`
}

// readShown gathers the highlights: each quote's marks joined (a quote is
// split at links and nested highlights), its speaker's name from the
// element's result.
const readShown = `(() => {
	const body = ` + demoBody + `;
	const res = ` + demoPanel + `.result;
	const names = new Map(res.speakers.map((s) => [s.id, s.name]));
	const quotes = new Map();
	for (const m of body.querySelectorAll('mark.aa-quote')) {
		const id = m.dataset.aaQuote;
		const q = quotes.get(id) || { text: '', speaker: names.get(m.dataset.aaSpeaker) || '' };
		q.text += m.textContent;
		quotes.set(id, q);
	}
	return {
		quotes: [...quotes.values()],
		dates: [...body.querySelectorAll('mark.aa-date')].map((m) => ({ text: m.textContent, value: m.dataset.aaValue })),
		nested: [...body.querySelectorAll('mark.aa-quote mark.aa-date')].map((m) => m.textContent),
		outside: [...document.querySelectorAll('mark.aa-hl')].filter((m) => !body.contains(m)).length,
		titles: Object.fromEntries([...body.querySelectorAll('mark.aa-date')].map((m) => [m.textContent, m.title])),
	};
})()`

// TestEmbedDemo opens the newsroom demo page, switches the highlights on
// and off with the toggle, and checks what a reader gets: the quotes with
// their speakers, the dates with their values, a link that still works,
// and the body restored byte for byte.
func TestEmbedDemo(t *testing.T) {
	base := startServer(t)
	ctx, proxied := newRecordingBrowser(t) // every request, the worker's too
	watchCSP(t, ctx)
	// Jumps from the panel scroll at once, so that clicks land where aimed.
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/embed-demo.html")))
	embedDefined(t, ctx)

	// Before: remember the body, and give the link inside a quote a handler.
	before := evalPage[string](t, ctx, `(() => {
		window.__link = document.getElementById('study-link');
		window.__clicks = 0;
		window.__link.addEventListener('click', (e) => { e.preventDefault(); window.__clicks++; });
		window.__elements = [...`+demoBody+`.querySelectorAll('*')];
		return `+demoBody+`.innerHTML;
	})()`)
	assert.Equal(t, "off", evalPage[string](t, ctx, demoPanel+`.getAttribute('state')`))
	assert.NotContains(t, requestedFiles(pageRequests(proxied)), "annotator-embed.wasm", "the module loads only on the toggle")

	clickWithin(t, ctx, toggleButton(demoPanel))
	require.Equal(t, "on", waitState(t, ctx, demoPanel, "on", "error"),
		evalPage[string](t, ctx, demoPanel+`.shadowRoot.querySelector('.status').textContent`))
	assert.Equal(t, "true", evalPage[string](t, ctx, demoPanel+`.shadowRoot.querySelector('button.toggle').getAttribute('aria-pressed')`))
	clickWithin(t, ctx, chromedp.JSPath(demoPanel+`.shadowRoot.querySelector('summary')`))
	saveScreenshot(t, ctx, "embed-demo")

	got := evalPage[shown](t, ctx, readShown)
	t.Run("quotes", func(t *testing.T) {
		for _, want := range []shownQuote{
			{"“This is the most important vote this council has taken in a generation,”", "Elena Vasquez"},
			{"“We are asking taxpayers to pay for a wall we will put up twice in ten years,”", "Tom Brennan"},
			{"“There are cheaper ways to keep the water out.”", "Tom Brennan"},
			{"“Read the engineers’ report and you will see why we cannot wait another season,”", "Elena Vasquez"},
			{"“We lost everything in 2024,”", "Priya Natarajan"},
			{"“I rebuilt once. I do not think I could do it twice.”", "Priya Natarajan"},
			{"“I want this district to be safe,”", "Tom Brennan"},
			{"“I just want us to pay for it honestly.”", "Tom Brennan"},
		} {
			assert.Contains(t, got.Quotes, want)
		}
		assert.Len(t, got.Quotes, 8)
	})
	t.Run("dates", func(t *testing.T) {
		for _, want := range []shownDate{
			{"Wednesday", "2026-03-11"}, // the dateline comes from the page: 2026-03-12, a Thursday
			{"March 3", "2026-03-03"},
			{"April 2024", "2024-04"},
			{"September", "2026-09"},
		} {
			assert.Contains(t, got.Dates, want)
		}
		assert.Contains(t, got.Nested, "2024", "a date inside a quote nests in its highlight")
		// The tooltip reads as the panel does, the TIMEX value after it.
		assert.Equal(t, "Date · Wed 11 Mar 2026 (2026-03-11)", got.Titles["Wednesday"])
	})
	t.Run("only the body", func(t *testing.T) {
		// The headline, byline, caption, correction and related links are
		// page furniture; the caption even holds a quote.
		assert.Equal(t, 0, got.Outside)
	})
	t.Run("link", func(t *testing.T) {
		link := evalPage[map[string]any](t, ctx, `(() => {
			const a = document.getElementById('study-link');
			return { same: a === window.__link, href: a.getAttribute('href'), text: a.textContent,
				inQuote: !!a.querySelector('mark.aa-quote') };
		})()`)
		assert.Equal(t, map[string]any{"same": true, "href": "#flood-study", "text": "engineers’ report", "inQuote": true}, link)
		clickWithin(t, ctx, chromedp.ID("study-link"))
		assert.Equal(t, 1, evalPage[int](t, ctx, `window.__clicks`), "the page's own click handler runs")
	})
	t.Run("panel", func(t *testing.T) {
		panel := evalPage[[]string](t, ctx, `[...`+demoPanel+`.shadowRoot.querySelectorAll('.speakers > li')].map((li) =>
			li.querySelector('.speaker-name').textContent + ': ' + li.querySelectorAll('.quotes li').length)`)
		assert.ElementsMatch(t, []string{"Elena Vasquez: 2", "Tom Brennan: 4", "Priya Natarajan: 2"}, panel)
		// A quote in the panel jumps to its highlight.
		clickWithin(t, ctx, chromedp.JSPath(demoPanel+`.shadowRoot.querySelector('.quotes button')`))
		assert.True(t, evalPage[bool](t, ctx, `document.activeElement.matches('mark.aa-quote')`))
	})

	// Off: the body is as it was, byte for byte, with the same nodes.
	clickWithin(t, ctx, toggleButton(demoPanel))
	assert.Equal(t, "off", waitState(t, ctx, demoPanel, "off"))
	assert.Equal(t, before, evalPage[string](t, ctx, demoBody+`.innerHTML`))
	assert.True(t, evalPage[bool](t, ctx, `(() => { const now = [...`+demoBody+`.querySelectorAll('*')];
		return now.length === window.__elements.length && now.every((el, i) => el === window.__elements[i]); })()`),
		"the page's elements are the same nodes")

	// On and off again: the module is not fetched a second time.
	clickWithin(t, ctx, toggleButton(demoPanel))
	require.Equal(t, "on", waitState(t, ctx, demoPanel, "on", "error"))
	clickWithin(t, ctx, toggleButton(demoPanel))
	assert.Equal(t, "off", waitState(t, ctx, demoPanel, "off"))
	assert.Equal(t, before, evalPage[string](t, ctx, demoBody+`.innerHTML`))

	files := requestedFiles(pageRequests(proxied))
	assert.Equal(t, 1, occurrences(files, "annotator-embed.wasm"), "the embed's own module, fetched once per page")
	assert.Zero(t, occurrences(files, "annotator.wasm"), "not the page's module")
	assert.Equal(t, 1, occurrences(files, "worker.js"), "the engine runs in a worker")
	assert.Equal(t, 1, occurrences(files, "wasm_exec.js"), "loaded once, by the worker")
	u, ok := sameOrigin(base, pageRequests(proxied))
	assert.True(t, ok, "request to another origin: %s", u)
	assert.Empty(t, evalPage[[]string](t, ctx, `window.__cspViolations`))
}

// TestEmbedStrictCSP opens the <article-annotator> demo under a CSP with no
// 'unsafe-inline', no 'unsafe-eval' and no worker-src: the highlights and
// the shadow-DOM panel work and are styled, and no violation is reported.
// Without 'wasm-unsafe-eval' the toggle reports why, and the page lives on.
func TestEmbedStrictCSP(t *testing.T) {
	t.Run("strict", func(t *testing.T) {
		h := server.New(webFS(t))
		h.CSP = strictCSP
		base := startServerWith(t, h)
		ctx := newBrowser(t)
		watchCSP(t, ctx)
		const host = `document.querySelector('article-annotator')`
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/embed-csp-demo.html")))
		embedDefined(t, ctx)
		before := evalPage[string](t, ctx, host+`.innerHTML`)

		clickWithin(t, ctx, toggleButton(host))
		require.Equal(t, "on", waitState(t, ctx, host, "on", "error"),
			evalPage[string](t, ctx, host+`.shadowRoot.querySelector('.status').textContent`))
		saveScreenshot(t, ctx, "embed-csp")

		styled := evalPage[map[string]any](t, ctx, `(() => {
			const date = document.querySelector('article-annotator mark.aa-date');
			const toggle = `+host+`.shadowRoot.querySelector('button.toggle');
			return {
				date: date ? date.textContent : '',
				dateOutline: date ? getComputedStyle(date).outlineStyle : '',
				legendShown: getComputedStyle(`+host+`.shadowRoot.querySelector('.legend')).display !== 'none',
				toggleRadius: getComputedStyle(toggle).borderTopLeftRadius,
			};
		})()`)
		assert.Equal(t, map[string]any{
			"date":         "Tuesday",
			"dateOutline":  "dashed", // the document's adopted stylesheet applies
			"legendShown":  true,     // the shadow root's adopted stylesheet applies
			"toggleRadius": "999px",
		}, styled)
		assert.Positive(t, evalPage[int](t, ctx, `document.querySelectorAll('article-annotator mark.aa-quote').length`), "quotes highlighted")
		// The element is the article's one Tab stop; j reaches its first quote,
		// and the toggle in its shadow DOM keeps its own keys.
		require.NoError(t, chromedp.Do(ctx, chromedp.Focus(toggleButton(host))))
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("j")))
		assert.False(t, evalPage[bool](t, ctx, `document.activeElement.matches('mark')`), "j on the toggle is not a move")
		evalPage[any](t, ctx, host+`.focus(), null`)
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("j")))
		assert.Equal(t, evalPage[string](t, ctx, `document.querySelector('article-annotator mark.aa-quote').dataset.aaQuote`),
			evalPage[string](t, ctx, `document.activeElement.dataset.aaQuote || ''`))

		clickWithin(t, ctx, toggleButton(host))
		assert.Equal(t, "off", waitState(t, ctx, host, "off"))
		assert.Equal(t, before, evalPage[string](t, ctx, host+`.innerHTML`))
		assert.Empty(t, evalPage[[]string](t, ctx, `window.__cspViolations`))
	})

	t.Run("assets on another origin", func(t *testing.T) {
		// A newsroom serves the embed from its asset host: the page's CSP
		// names that origin in script-src and connect-src, and the asset
		// host allows the module's fetch with CORS.
		assets := server.New(webFS(t))
		assetBase := startServerWith(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Access-Control-Allow-Origin", "*")
			assets.ServeHTTP(w, r)
		}))
		csp := "default-src 'none'; script-src 'self' " + assetBase + " 'wasm-unsafe-eval'; connect-src " + assetBase +
			"; style-src 'self'; img-src 'self'"
		demo, err := os.ReadFile("../web/embed-demo.html")
		require.NoError(t, err)
		tag := `src="embed.js" data-wasm="annotator-embed.wasm"`
		require.Contains(t, string(demo), tag)
		demo = []byte(strings.Replace(string(demo), tag, `src="`+assetBase+`/embed.js" data-wasm="`+assetBase+`/annotator-embed.wasm"`, 1))
		site := server.New(webFS(t))
		site.CSP = csp
		mux := http.NewServeMux()
		mux.Handle("/", site)
		mux.HandleFunc("/article.html", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Security-Policy", csp)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(demo)
		})
		base := startServerWith(t, mux)

		ctx := newBrowser(t)
		watchCSP(t, ctx)
		requests := recordRequests(t, ctx)
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/article.html")))
		embedDefined(t, ctx)
		clickWithin(t, ctx, toggleButton(demoPanel))
		require.Equal(t, "on", waitState(t, ctx, demoPanel, "on", "error"),
			evalPage[string](t, ctx, demoPanel+`.shadowRoot.querySelector('.status').textContent`))
		assert.Positive(t, evalPage[int](t, ctx, `document.querySelectorAll('.story-body mark.aa-hl').length`))
		var fromAssets []string
		for _, u := range requests.URLs() {
			if strings.HasPrefix(u, assetBase+"/") {
				fromAssets = append(fromAssets, strings.TrimPrefix(u, assetBase+"/"))
			} else {
				assert.True(t, strings.HasPrefix(u, base+"/"), "request to a third origin: %s", u)
			}
		}
		assert.Subset(t, fromAssets, []string{"embed.js", "js/embed-element.js", "wasm_exec.js", "annotator.js", "annotator-embed.wasm"})
		for _, f := range fromAssets {
			assert.True(t, f == "annotator-embed.wasm" || strings.HasSuffix(f, ".js"), "asset %s", f)
		}
		assert.Empty(t, evalPage[[]string](t, ctx, `window.__cspViolations`))
	})

	t.Run("without wasm-unsafe-eval", func(t *testing.T) {
		h := server.New(webFS(t))
		h.CSP = strings.Replace(strictCSP, " 'wasm-unsafe-eval'", "", 1)
		base := startServerWith(t, h)
		ctx := newBrowser(t)
		const host = `document.querySelector('article-annotator')`
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/embed-csp-demo.html")))
		embedDefined(t, ctx)
		before := evalPage[string](t, ctx, host+`.innerHTML`)
		clickWithin(t, ctx, toggleButton(host))
		assert.Equal(t, "error", waitState(t, ctx, host, "on", "error"))
		assert.Contains(t, evalPage[string](t, ctx, host+`.shadowRoot.querySelector('.status').textContent`), "'wasm-unsafe-eval'")
		assert.Equal(t, "false", evalPage[string](t, ctx, string(toggleButton(host))+`.getAttribute('aria-pressed')`))
		assert.Equal(t, before, evalPage[string](t, ctx, host+`.innerHTML`), "the article is left alone")
	})
}

// stubSpec is what the stub engine finds: each phrase is looked up in the
// text the embed gives it.
type stubSpec struct {
	Quotes   [][2]string `json:"quotes"`   // phrase, speaker name
	Mentions [][2]string `json:"mentions"` // phrase, speaker name
	Dates    [][2]string `json:"dates"`    // phrase, value
}

// installStub defines a loaded ArticleAnnotator whose annotate finds the
// phrases of window.__spec in the text, and records each call.
const installStub = `(() => {
	window.__calls = [];
	const find = (text, phrase) => {
		const start = text.indexOf(phrase);
		if (start < 0) throw new Error('stub: no ' + JSON.stringify(phrase) + ' in ' + JSON.stringify(text));
		return { start, end: start + phrase.length, text: phrase };
	};
	globalThis.ArticleAnnotator = {
		loaded: true,
		version: 'stub',
		annotate(text, options) {
			window.__calls.push({ text, options });
			const spec = window.__spec;
			const speakers = new Map();
			const speaker = (name) => {
				if (!speakers.has(name)) speakers.set(name, { id: 's' + (speakers.size + 1), name, kind: 'person', mentions: [] });
				return speakers.get(name);
			};
			const quotes = (spec.quotes || []).map(([phrase, name], i) => ({ id: 'q' + (i + 1), ...find(text, phrase),
				speaker: speaker(name).id, cue: null, paragraph: 0, unclosed: false }));
			for (const [phrase, name] of spec.mentions || []) speaker(name).mentions.push(find(text, phrase));
			const dates = (spec.dates || []).map(([phrase, value]) => ({ ...find(text, phrase), type: 'DATE', value }));
			// The summary as the bridge computes it (internal/annotate.Summarize), for what the embed reads of it.
			const list = [...speakers.values()];
			const summary = {
				speakers: list.map((s, i) => ({ id: s.id, name: s.name, role: '', kind: 'person', palette: i % 12,
					initials: s.name.split(' ').map((w) => w[0]).join(''), aliases: [],
					quotes: quotes.filter((q) => q.speaker === s.id).length, words: 0, share: 0,
					quote_ids: quotes.filter((q) => q.speaker === s.id).map((q) => q.id) })),
				unattributed: { quotes: 0, words: 0, share: 0, quote_ids: [] },
				quotes: quotes.map((q) => ({ id: q.id, speaker: q.speaker, dismissed: false })),
				timeline: dates.map((d, index) => ({ index, text: d.text, type: d.type, value: d.value, readable: d.value })),
				durations: [], sets: [],
				date_groups: { timeline: { groups: [], more: 0 }, periods: { groups: [], more: 0 } },
			};
			dates.forEach((d, index) => {
				const groups = summary.date_groups.timeline.groups;
				let g = groups.find((g) => g.value === d.value);
				if (!g) groups.push(g = { type: d.type, value: d.value, mod: '', readable: d.value, items: [], more: 0 });
				g.items.push({ index, text: d.text });
			});
			return { format: 'plain', dateline: (options && options.dateline) || '', quotes, speakers: list, dates, summary };
		},
	};
})()`

// serializeMarks writes the children of an element as tags without
// attributes, and each highlight as [q|…] (quote), [s|…] (speaker) or
// [d|…] (date), so that a case reads at a glance; a quote's speaker label
// is {initials} and the screen reader's "(end of quote)" after it {/}.
const serializeMarks = `(function ser(node) {
	let out = '';
	for (const c of node.childNodes) {
		if (c.nodeType === 3) out += c.data;
		else if (c.nodeType === 1 && c.classList.contains('aa-who')) out += '{' + c.firstChild.textContent + '}';
		else if (c.nodeType === 1 && c.classList.contains('aa-sr')) out += '{/}';
		else if (c.nodeType === 1 && c.localName === 'mark' && c.classList.contains('aa-hl')) {
			const k = c.classList.contains('aa-quote') ? 'q' : c.classList.contains('aa-mention') ? 's' : 'd';
			out += '[' + k + '|' + ser(c) + ']';
		} else if (c.nodeType === 1) out += '<' + c.localName + '>' + ser(c) + '</' + c.localName + '>';
	}
	return out;
})`

// TestEmbedHighlightDOM checks the DOM work of the embed with a stub engine:
// the text it reads from the markup (blocks, white space, skipped page
// furniture, the dateline), the marks it makes (nested, split at element
// boundaries), and the exact restoration of the markup.
func TestEmbedHighlightDOM(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/testdata/", http.StripPrefix("/testdata/", server.New(os.DirFS("testdata"))))
	mux.Handle("/", server.New(webFS(t)))
	base := startServerWith(t, mux)
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/testdata/embed-stub.html")))
	embedDefined(t, ctx)
	evalPage[any](t, ctx, `customElements.whenDefined('article-annotator').then(() => null)`)
	evalPage[any](t, ctx, installStub+`, null`)

	for _, tc := range []struct {
		name     string
		html     string
		spec     stubSpec
		text     string // what the engine is given
		dateline string // the dateline option it is given
		attr     string // the element's dateline attribute, if any
		want     string // the body with its highlights
	}{
		{
			name: "date nested in a quote",
			html: `<p>“We met on Monday at noon,” said Ana Ruiz.</p>`,
			spec: stubSpec{
				Quotes:   [][2]string{{"“We met on Monday at noon,”", "Ana Ruiz"}},
				Mentions: [][2]string{{"Ana Ruiz", "Ana Ruiz"}},
				Dates:    [][2]string{{"Monday", "2026-03-09"}},
			},
			text: `“We met on Monday at noon,” said Ana Ruiz.`,
			want: `<p>{AR}[q|“We met on [d|Monday] at noon,”]{/} said [s|Ana Ruiz].</p>`,
		},
		{
			name: "quote across a link",
			html: `<p>“Read <a href="#r">the report</a> first,” she said.</p>`,
			spec: stubSpec{Quotes: [][2]string{{"“Read the report first,”", "Ana Ruiz"}}},
			text: `“Read the report first,” she said.`,
			want: `<p>{AR}[q|“Read ]<a>[q|the report]</a>[q| first,”]{/} she said.</p>`,
		},
		{
			name: "formatting inside a date and a quote",
			html: `<p>On <em>Jan.</em> 5 she said “<strong>no</strong>.”</p>`,
			spec: stubSpec{
				Quotes: [][2]string{{"“no.”", "Ana Ruiz"}},
				Dates:  [][2]string{{"Jan. 5", "2026-01-05"}},
			},
			text: `On Jan. 5 she said “no.”`,
			want: `<p>On <em>[d|Jan.]</em>[d| 5] she said {AR}[q|“]<strong>[q|no]</strong>[q|.”]{/}</p>`,
		},
		{
			name: "quote over two paragraphs",
			html: `<p>“The first part.</p>` + "\n  " + `<p>“The second part,” he said.</p>`,
			spec: stubSpec{Quotes: [][2]string{{"“The first part.\n\n“The second part,”", "Bo Li"}}},
			text: "“The first part.\n\n“The second part,” he said.",
			want: "<p>{BL}[q|“The first part.]</p>\n  <p>[q|“The second part,”]{/} he said.</p>",
		},
		{
			name: "white space collapsed, offsets past an emoji",
			html: "<p>\n  An 👍 emoji,\n   then “a   quote,” said\n  Bo Li.  </p>",
			spec: stubSpec{
				Quotes:   [][2]string{{"“a quote,”", "Bo Li"}},
				Mentions: [][2]string{{"Bo Li", "Bo Li"}},
			},
			text: "An 👍 emoji, then “a quote,” said Bo Li. ",
			want: "<p>\n  An 👍 emoji,\n   then {BL}[q|“a   quote,”]{/} said\n  [s|Bo Li].  </p>",
		},
		{
			name: "overlapping ranges",
			html: `<p>abc def ghi</p>`,
			spec: stubSpec{
				Quotes: [][2]string{{"abc def", "Ana Ruiz"}},
				Dates:  [][2]string{{"def ghi", "2026"}},
			},
			text: `abc def ghi`,
			want: `<p>{AR}[q|abc [d|def]]{/}[d| ghi]</p>`,
		},
		{
			name: "page furniture skipped, dateline from the header",
			html: `<header><h1>“A headline quote”</h1><time datetime="2026-03-12T09:00:00-05:00">Thursday</time></header>` +
				`<figure><img alt="x" src="../embed-demo-photo.svg"><figcaption>“A caption quote,” photo.</figcaption></figure>` +
				`<p>Body<script>var x = 1;</script> text on Friday.</p><aside>Aside</aside><p>Next<br>line</p>`,
			spec:     stubSpec{Dates: [][2]string{{"Friday", "2026-03-13"}}},
			text:     "Body text on Friday.\n\nNext\nline",
			dateline: "2026-03-12",
			want: `<header><h1>“A headline quote”</h1><time>Thursday</time></header>` +
				`<figure><img></img><figcaption>“A caption quote,” photo.</figcaption></figure>` +
				`<p>Body<script>var x = 1;</script> text on [d|Friday].</p><aside>Aside</aside><p>Next<br></br>line</p>`,
		},
		{
			// A date that does not exist is passed over for the next source.
			name: "malformed dates fall through",
			html: `<header><time datetime="2025-13-45T10:00:00Z">Soon</time><time datetime="2026-03-12">Thursday</time></header>` +
				`<p>Text on Friday.</p>`,
			attr:     "2025-02-30",
			spec:     stubSpec{Dates: [][2]string{{"Friday", "2026-03-13"}}},
			text:     "Text on Friday.",
			dateline: "2026-03-12",
			want:     `<header><time>Soon</time><time>Thursday</time></header><p>Text on [d|Friday].</p>`,
		},
		{
			name:     "no valid date: the engine detects one",
			html:     `<header><time datetime="2025-02-29">Then</time></header><p>Text on Friday.</p>`,
			attr:     "2025-13-01",
			spec:     stubSpec{Dates: [][2]string{{"Friday", "XXXX-WXX-5"}}},
			text:     "Text on Friday.",
			dateline: "",
			want:     `<header><time>Then</time></header><p>Text on [d|Friday].</p>`,
		},
		{
			name: "ranges ending and starting in a paragraph break",
			html: `<p>One.</p><p>Two.</p>`,
			spec: stubSpec{
				Quotes: [][2]string{{"One.\n\n", "Ana Ruiz"}},
				Dates:  [][2]string{{"\n\nTwo.", "2026"}},
			},
			text: "One.\n\nTwo.",
			want: `<p>{AR}[q|One.]{/}</p><p>[d|Two.]</p>`,
		},
		{
			name: "empty range ignored",
			html: `<p>Nothing to see.</p>`,
			spec: stubSpec{Quotes: [][2]string{{"", "Ana Ruiz"}}},
			text: "Nothing to see.",
			want: `<p>Nothing to see.</p>`,
		},
		{
			name: "no-break space kept",
			html: "<p>Ana\u00a0Ruiz said “yes.”</p>",
			spec: stubSpec{
				Quotes:   [][2]string{{"“yes.”", "Ana Ruiz"}},
				Mentions: [][2]string{{"Ana\u00a0Ruiz", "Ana Ruiz"}},
			},
			text: "Ana\u00a0Ruiz said “yes.”",
			want: "<p>[s|Ana\u00a0Ruiz] said {AR}[q|“yes.”]{/}</p>",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec, err := json.Marshal(tc.spec)
			require.NoError(t, err)
			content, err := json.Marshal(tc.html)
			require.NoError(t, err)
			// The fixture is set with innerHTML by the test, never by the embed.
			before := evalPage[string](t, ctx, `(() => {
				window.__spec = `+string(spec)+`;
				window.__calls = [];
				document.querySelector('#cases').replaceChildren();
				const el = document.createElement('article-annotator');
				if (`+jsString(tc.attr)+`) el.setAttribute('dateline', `+jsString(tc.attr)+`);
				el.innerHTML = `+string(content)+`;
				document.querySelector('#cases').append(el);
				window.__elements = [...el.querySelectorAll('*')];
				return el.innerHTML;
			})()`)
			const host = `document.querySelector('#cases article-annotator')`
			evalPage[any](t, ctx, host+`.toggle(), null`)
			require.Equal(t, "on", waitState(t, ctx, host, "on", "error"),
				evalPage[string](t, ctx, host+`.shadowRoot.querySelector('.status').textContent`))

			call := evalPage[struct {
				Text    string            `json:"text"`
				Options map[string]string `json:"options"`
			}](t, ctx, `window.__calls[0]`)
			assert.Equal(t, tc.text, call.Text)
			wantOpts := map[string]string{"format": "plain"}
			if tc.dateline != "" {
				wantOpts["dateline"] = tc.dateline
			}
			assert.Equal(t, wantOpts, call.Options)
			assert.Equal(t, tc.want, evalPage[string](t, ctx, serializeMarks+`(`+host+`)`))

			evalPage[any](t, ctx, host+`.toggle(), null`)
			assert.Equal(t, "off", waitState(t, ctx, host, "off"))
			assert.Equal(t, before, evalPage[string](t, ctx, host+`.innerHTML`))
			assert.True(t, evalPage[bool](t, ctx, `(() => { const now = [...`+host+`.querySelectorAll('*')];
				return now.length === window.__elements.length && now.every((el, i) => el === window.__elements[i]); })()`),
				"the fixture's elements are the same nodes")
		})
	}
	assert.Empty(t, evalPage[[]string](t, ctx, `window.__cspViolations`))
}

// TestEmbedOptions checks the script tag's data-selector (a body in two
// parts around an advertisement) and data-auto, and an
// <article-annotator auto> with its own dateline, on one page.
func TestEmbedOptions(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/testdata/", http.StripPrefix("/testdata/", server.New(os.DirFS("testdata"))))
	mux.Handle("/", server.New(webFS(t)))
	base := startServerWith(t, mux)
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	requests := recordRequests(t, ctx)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/testdata/embed-options.html")))
	embedDefined(t, ctx)
	const element = `document.querySelector('article-annotator')`
	require.Equal(t, "on", waitState(t, ctx, demoPanel, "on", "error"))
	require.Equal(t, "on", waitState(t, ctx, element, "on", "error"))

	type quote struct {
		Part    int    `json:"part"` // index of the .part, or -1
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
	}
	got := evalPage[struct {
		PanelBeforePart bool     `json:"panelBeforePart"`
		Quotes          []quote  `json:"quotes"`
		InAd            int      `json:"inAd"`
		Dates           []string `json:"dates"`
		ElementQuotes   []quote  `json:"elementQuotes"`
		ElementDates    []string `json:"elementDates"`
	}](t, ctx, `(() => {
		const parts = [...document.querySelectorAll('.part')];
		const quotes = (host, scope) => {
			const names = new Map(host.result.speakers.map((s) => [s.id, s.name]));
			return host.result.quotes.map((q) => {
				const m = scope.querySelector('mark[data-aa-quote="' + q.id + '"]');
				return { part: parts.findIndex((p) => p.contains(m)), text: q.text, speaker: names.get(q.speaker) || '' };
			});
		};
		return {
			panelBeforePart: `+demoPanel+`.nextElementSibling === parts[0],
			quotes: quotes(`+demoPanel+`, document.querySelector('article')),
			inAd: document.querySelectorAll('.ad mark').length,
			dates: [...document.querySelectorAll('.part mark.aa-date')].map((m) => m.textContent + ' ' + m.dataset.aaValue),
			elementQuotes: quotes(`+element+`, `+element+`),
			elementDates: [...`+element+`.querySelectorAll('mark.aa-date')].map((m) => m.dataset.aaValue.slice(0, 7)),
		};
	})()`)
	assert.True(t, got.PanelBeforePart, "the panel goes before the first part")
	assert.Equal(t, []quote{
		{0, "“We will open the bridge to cars in May,”", "Lena Park"},
		{1, "“The bike lane needs another coat of paint,”", "Lena Park"},
	}, got.Quotes)
	assert.Equal(t, 0, got.InAd, "the advertisement between the parts is not read")
	assert.Contains(t, got.Dates, "May 2026-05", "the dateline comes from article:published_time")
	assert.Equal(t, []quote{{-1, "“Nobody told us the road closed on Monday,”", "Omar Reyes"}}, got.ElementQuotes)
	assert.Equal(t, []string{"2025-11"}, got.ElementDates, "the element's dateline attribute wins")
	assert.Equal(t, 1, occurrences(requestedFiles(requests.URLs()), "annotator.wasm"), "two annotators, one module (the page names the page's module)")
	assert.Empty(t, evalPage[[]string](t, ctx, `window.__cspViolations`))
}

// requestedFiles returns the last path element of each URL.
func requestedFiles(urls []string) []string {
	var files []string
	for _, u := range urls {
		u, _, _ = strings.Cut(u, "?")
		files = append(files, u[strings.LastIndex(u, "/")+1:])
	}
	return files
}

// occurrences returns how many times s occurs in list.
func occurrences(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

// toggleTiming is the detail of the embed's article-annotator:highlighted
// event: the parts of the time from the toggle to the highlights.
type toggleTiming struct {
	MS         float64 `json:"ms"`
	LoadMS     float64 `json:"loadMs"`
	AnnotateMS float64 `json:"annotateMs"`
	DOMMS      float64 `json:"domMs"`
	TextLength int     `json:"textLength"`
}

// BenchmarkEmbedToggle measures the time from a click on the demo page's
// toggle to the highlights in place, as the embed reports it, in ms per
// toggle: the first toggle of a page (load, which includes fetching,
// compiling and starting the module; annotate, the engine; dom, reading
// the body, highlighting and the panel) and a later one (module loaded,
// result cached: the DOM work alone). "x40" is the demo body repeated 40
// times (62,000 characters, 320 paragraphs); chars is the length read.
// longest-task is the longest task of the page's main thread during the
// first toggle (0 when none reached the browser's 50 ms threshold): the
// engine runs in the embed's worker, except in "x40-main", whose CSP
// refuses workers (the engine on the main thread, as before the worker).
func BenchmarkEmbedToggle(b *testing.B) {
	for _, bc := range []struct {
		name   string
		copies int
		csp    string
	}{{"demo", 1, ""}, {"x40", 40, ""}, {"x40-main", 40, strings.Replace(server.DefaultCSP, "worker-src 'self'", "worker-src 'none'", 1)}} {
		b.Run(bc.name, func(b *testing.B) {
			h := server.New(webFS(b))
			if bc.csp != "" {
				h.CSP = bc.csp
			}
			base := startServerWith(b, h)
			ctx := newBrowser(b)
			const listen = `window.__timing = new Promise((resolve) => document.addEventListener('article-annotator:highlighted',
				(e) => resolve(e.detail), { once: true })), null`
			var first, later toggleTiming
			chars := 0
			longest := 0.0
			for range b.N {
				require.NoError(b, chromedp.Do(ctx, chromedp.Navigate(base+"/embed-demo.html")))
				embedDefined(b, ctx)
				evalPage[any](b, ctx, `(() => { const body = `+demoBody+`; const ps = [...body.children];
					for (let i = 1; i < `+strconv.Itoa(bc.copies)+`; i++) body.append(...ps.map((p) => p.cloneNode(true))); })(), null`)
				evalPage[any](b, ctx, listen)
				evalPage[any](b, ctx, `(() => { window.__longest = 0; new PerformanceObserver((list) => {
					for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' }); })(), null`)
				clickWithin(b, ctx, toggleButton(demoPanel))
				t := evalPage[toggleTiming](b, ctx, `window.__timing`)
				longest += evalPage[float64](b, ctx, `new Promise((resolve) => setTimeout(() => resolve(window.__longest), 100))`)
				first.MS += t.MS
				first.LoadMS += t.LoadMS
				first.AnnotateMS += t.AnnotateMS
				first.DOMMS += t.DOMMS
				chars = t.TextLength
				clickWithin(b, ctx, toggleButton(demoPanel))
				waitState(b, ctx, demoPanel, "off")
				evalPage[any](b, ctx, listen)
				clickWithin(b, ctx, toggleButton(demoPanel))
				later.MS += evalPage[toggleTiming](b, ctx, `window.__timing`).MS
			}
			n := float64(b.N)
			b.ReportMetric(first.MS/n, "ms/first-toggle")
			b.ReportMetric(first.LoadMS/n, "ms/load")
			b.ReportMetric(first.AnnotateMS/n, "ms/annotate")
			b.ReportMetric(first.DOMMS/n, "ms/dom")
			b.ReportMetric(later.MS/n, "ms/later-toggle")
			b.ReportMetric(longest/n, "ms/longest-task")
			b.ReportMetric(float64(chars), "chars")
		})
	}
}
