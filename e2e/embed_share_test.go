package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/server"
)

// The tests of what the embed shares with the annotator page (issue 12):
// the summary computed in Go in its panel, a speaker label on each quote
// that the eye sees and a screen reader hears, the quotes reached by the
// keyboard with the article as one Tab stop, the engine in a worker when
// the CSP allows one, refresh(), and no WCAG violation in light and dark.

// listenHighlighted makes window.__highlighted the promise of the detail
// of the next article-annotator:highlighted event.
const listenHighlighted = `window.__highlighted = new Promise((resolve) => document.addEventListener('article-annotator:highlighted',
	(e) => resolve(e.detail), { once: true })), null`

// highlighted is the part of the event's detail these tests read.
type highlighted struct {
	Where      string `json:"where"`
	Cached     bool   `json:"cached"`
	Quotes     int    `json:"quotes"`
	TextLength int    `json:"textLength"`
}

// openDemoOn opens the demo page and switches its highlights on with the
// toggle, returning the event's detail.
func openDemoOn(t *testing.T, ctx context.Context, url string) highlighted {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(url)))
	embedDefined(t, ctx)
	evalPage[any](t, ctx, listenHighlighted)
	clickWithin(t, ctx, toggleButton(demoPanel))
	require.Equal(t, "on", waitState(t, ctx, demoPanel, "on", "error"),
		evalPage[string](t, ctx, demoPanel+`.shadowRoot.querySelector('.status').textContent`))
	return evalPage[highlighted](t, ctx, `window.__highlighted`)
}

// TestEmbedShares checks, on the demo page, the panel built from the Go
// summary, the quotes' speaker labels, the keyboard, and refresh().
func TestEmbedShares(t *testing.T) {
	base := startServer(t)
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	})
	require.NoError(t, err)
	detail := openDemoOn(t, ctx, base+"/embed-demo.html")
	assert.Equal(t, "worker", detail.Where, "the default CSP allows the worker")

	t.Run("panel from the summary", func(t *testing.T) {
		type row struct {
			Name, Initials, Figures string
		}
		rows := evalPage[[]row](t, ctx, `[...`+demoPanel+`.shadowRoot.querySelectorAll('.speakers > li.speaker')].map((li) => ({
			Name: li.querySelector('.speaker-name').textContent, Initials: li.querySelector('.aa-who').textContent,
			Figures: li.querySelector('.count').textContent }))`)
		type fig struct {
			Name, Initials string
			Quotes, Words  int
			Share          float64
		}
		want := evalPage[[]fig](t, ctx, demoPanel+`.result.summary.speakers.map((s) => ({ Name: s.name, Initials: s.initials,
			Quotes: s.quotes, Words: s.words, Share: s.share }))`)
		require.Len(t, rows, len(want))
		assert.Equal(t, "Tom Brennan", want[0].Name, "most quoted first")
		for i, w := range want {
			assert.Equal(t, w.Name, rows[i].Name)
			assert.Equal(t, w.Initials, rows[i].Initials)
			assert.Positive(t, w.Words)
			assert.Regexp(t, `^\d+ quotes? · \d+ words · \d+% of quoted words$`, rows[i].Figures)
			assert.True(t, strings.HasPrefix(rows[i].Figures, strconv.Itoa(w.Quotes)+" quote"), rows[i].Figures)
			assert.Contains(t, rows[i].Figures, " · "+strconv.Itoa(w.Words)+" words · ")
		}
		dates := evalPage[[]string](t, ctx, `[...`+demoPanel+`.shadowRoot.querySelectorAll('.dates .date-head')].map((d) =>
			d.querySelector('.date-human').textContent + ' = ' + d.querySelector('.date-value').textContent)`)
		assert.Contains(t, dates, "Wed 11 Mar 2026 = 2026-03-11", "dates in readable form")
		assert.Contains(t, dates, "April 2024 = 2024-04")
	})

	t.Run("speaker labels", func(t *testing.T) {
		type label struct {
			Seen, Heard, End string
		}
		labels := evalPage[[]label](t, ctx, `[...`+demoBody+`.querySelectorAll('mark.aa-quote[tabindex]')].map((m) => {
			const id = m.dataset.aaQuote;
			const all = `+demoBody+`.querySelectorAll('mark.aa-quote[data-aa-quote="' + id + '"]');
			const who = m.previousElementSibling;
			const end = all[all.length - 1].nextElementSibling;
			return { Seen: who.querySelector('[aria-hidden]').textContent, Heard: who.querySelector('.aa-sr').textContent,
				End: end ? end.textContent : '' };
		})`)
		require.Len(t, labels, 8)
		assert.Contains(t, labels, label{"EV", "Quote by Elena Vasquez: ", " (end of quote)"})
		assert.Contains(t, labels, label{"TB", "Quote by Tom Brennan: ", " (end of quote)"})
		assert.Contains(t, labels, label{"PN", "Quote by Priya Natarajan: ", " (end of quote)"})
		shown := evalPage[map[string]any](t, ctx, `(() => {
			const who = `+demoBody+`.querySelector('.aa-who');
			const sr = who.querySelector('.aa-sr').getBoundingClientRect();
			return { visible: who.getBoundingClientRect().width > 8, srHidden: sr.width <= 1 && sr.height <= 1,
				border: getComputedStyle(who).borderTopStyle };
		})()`)
		assert.Equal(t, map[string]any{"visible": true, "srHidden": true, "border": "solid"}, shown)
	})

	t.Run("keyboard", func(t *testing.T) {
		want := evalPage[[]string](t, ctx, `[...`+demoBody+`.querySelectorAll('mark.aa-quote[tabindex]')].map((m) => m.dataset.aaQuote)`)
		assert.Equal(t, 0, evalPage[int](t, ctx, `[...`+demoBody+`.querySelectorAll('mark')].filter((m) => m.tabIndex >= 0).length`),
			"no quote is a Tab stop")
		// Tab from the toggle reaches the body, one stop.
		require.NoError(t, chromedp.Do(ctx, chromedp.Focus(toggleButton(demoPanel))))
		onBody := false
		for i := 0; i < 10 && !onBody; i++ {
			require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("\t")))
			onBody = evalPage[bool](t, ctx, `document.activeElement === `+demoBody)
		}
		require.True(t, onBody, "Tab never reached the article body")
		focused := func() string { return evalPage[string](t, ctx, `document.activeElement.dataset.aaQuote || ''`) }
		got := stepQuotes(t, ctx, len(want), focused)
		assert.Equal(t, want, got, "j and the down arrow reach every quote in order")
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("k")))
		assert.Equal(t, want[len(want)-2], focused(), "k goes back one quote")
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("\t")))
		assert.False(t, evalPage[bool](t, ctx, demoBody+`.contains(document.activeElement)`), "Tab leaves the article")
	})

	t.Run("refresh", func(t *testing.T) {
		// The page adds a paragraph (a live story): refresh() shows it.
		evalPage[any](t, ctx, `(() => {
			const p = document.createElement('p');
			p.textContent = '“We will publish the full figures on Friday,” said Elena Vasquez.';
			`+demoBody+`.append(p);
		})(), null`)
		evalPage[any](t, ctx, listenHighlighted)
		evalPage[any](t, ctx, demoPanel+`.refresh().then(() => null)`)
		d := evalPage[highlighted](t, ctx, `window.__highlighted`)
		assert.False(t, d.Cached, "the text changed: annotated again")
		assert.Equal(t, 9, d.Quotes)
		assert.Equal(t, 9, evalPage[int](t, ctx, ``+demoBody+`.querySelectorAll('.aa-who').length`), "one label per quote, none doubled")
		assert.Equal(t, 9, evalPage[int](t, ctx, demoPanel+`.shadowRoot.querySelectorAll('.quotes button.jump').length`))
		// Unchanged: the engine is not asked again.
		evalPage[any](t, ctx, listenHighlighted)
		evalPage[any](t, ctx, demoPanel+`.refresh().then(() => null)`)
		assert.True(t, evalPage[highlighted](t, ctx, `window.__highlighted`).Cached)
		// Off: the body as the page left it, with no attribute of the embed's.
		clickWithin(t, ctx, toggleButton(demoPanel))
		assert.Equal(t, "off", waitState(t, ctx, demoPanel, "off"))
		assert.Equal(t, 0, evalPage[int](t, ctx, demoBody+`.querySelectorAll('mark, .aa-who, .aa-sr').length`))
		assert.False(t, evalPage[bool](t, ctx, demoBody+`.hasAttribute('tabindex') || `+demoBody+`.hasAttribute('aria-keyshortcuts')`))
	})
	assert.Empty(t, evalPage[[]string](t, ctx, `window.__cspViolations`))
}

// TestEmbedWorkerRefused opens the demo under a CSP that refuses workers:
// the embed annotates on the main thread, and the one violation reported is
// the worker's.
func TestEmbedWorkerRefused(t *testing.T) {
	h := server.New(webFS(t))
	h.CSP = strictCSP + "; worker-src 'none'"
	base := startServerWith(t, h)
	ctx := newBrowser(t)
	watchCSP(t, ctx)
	detail := openDemoOn(t, ctx, base+"/embed-demo.html")
	assert.Equal(t, "main", detail.Where)
	assert.Equal(t, 8, detail.Quotes)
	violations := evalPage[[]string](t, ctx, `window.__cspViolations`)
	require.NotEmpty(t, violations)
	for _, v := range violations {
		assert.True(t, strings.HasPrefix(v, "worker-src blocked "), v)
	}
}

// TestEmbedAccessible runs axe-core on both embed demos, highlights on and
// the panel open, in the light and the dark scheme (the demo newsroom has
// both; the embed's default colours are the same in each).
func TestEmbedAccessible(t *testing.T) {
	axe := axeSource(t)
	base := startServer(t)
	for _, scheme := range []string{"light", "dark"} {
		for _, demo := range []struct{ page, host string }{
			{"embed-demo.html", demoPanel},
			{"embed-csp-demo.html", `document.querySelector('article-annotator')`},
		} {
			t.Run(scheme+"/"+demo.page, func(t *testing.T) {
				ctx := newBrowser(t)
				_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
					Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
				})
				require.NoError(t, err)
				require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/"+demo.page)))
				embedDefined(t, ctx)
				clickWithin(t, ctx, toggleButton(demo.host))
				require.Equal(t, "on", waitState(t, ctx, demo.host, "on", "error"))
				clickWithin(t, ctx, chromedp.JSPath(demo.host+`.shadowRoot.querySelector('summary')`))
				saveScreenshot(t, ctx, strings.TrimSuffix(demo.page, ".html")+"-"+scheme)
				assert.Empty(t, axeViolations(t, ctx, axe), "axe-core, WCAG 2.1 A and AA")
				assert.Empty(t, evalPage[[]string](t, ctx, lowContrast), "highlight colours under 3:1 against the page (WCAG 1.4.11)")
			})
		}
	}
}

// lowContrast lists the embed's default highlight colours (each speaker
// colour's underline, the unattributed quotes', the dates' outline) whose
// contrast with the page's background is under 3:1, the minimum for
// graphical objects (WCAG 2.1, 1.4.11), which axe-core does not check. It
// measures probe marks in the article, removed again.
const lowContrast = `(() => {
	const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
	const lum = (c) => {
		const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
	const bg = getComputedStyle(document.body).backgroundColor;
	const where = document.querySelector('[data-annotate], article-annotator');
	const low = [];
	const probe = (cls, color, prop) => {
		const m = document.createElement('mark');
		m.className = cls;
		if (color !== null) m.setAttribute('data-aa-color', color);
		where.append(m);
		const c = getComputedStyle(m)[prop];
		m.remove();
		const r = ratio(c, bg);
		if (r < 3) low.push(cls + ' ' + color + ': ' + c + ' on ' + bg + ' is ' + r.toFixed(2) + ':1');
	};
	for (let i = 0; i <= 12; i++) probe('aa-hl aa-quote', String(i), 'textDecorationColor');
	probe('aa-hl aa-date', null, 'outlineColor');
	return low;
})()`
