package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// contrastJS lists the visible text whose colour is below WCAG AA against
// its background (4.5:1, or 3:1 for large text), blending translucent
// layers; disabled controls are exempt, as WCAG allows.
const contrastJS = `(() => {
	const parse = (c) => {
		let m = /^rgba?\(([^)]+)\)$/.exec(c);
		if (m) {
			const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
			return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
		}
		m = /^color\(srgb ([^)]+)\)$/.exec(c);
		if (m) {
			const p = m[1].split(/[\s\/]+/).filter(Boolean).map(Number);
			return {r: p[0] * 255, g: p[1] * 255, b: p[2] * 255, a: p.length > 3 ? p[3] : 1};
		}
		return null;
	};
	const over = (top, bottom) => ({
		r: top.r * top.a + bottom.r * (1 - top.a),
		g: top.g * top.a + bottom.g * (1 - top.a),
		b: top.b * top.a + bottom.b * (1 - top.a),
		a: 1,
	});
	const lum = ({r, g, b}) => {
		const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
		return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
	};
	const background = (el) => {
		const layers = [];
		for (let e = el; e; e = e.parentElement) {
			const c = parse(getComputedStyle(e).backgroundColor);
			if (c && c.a > 0) {
				layers.push(c);
				if (c.a >= 1) break;
			}
		}
		let bg = matchMedia("(prefers-color-scheme: dark)").matches ? {r: 0, g: 0, b: 0, a: 1} : {r: 255, g: 255, b: 255, a: 1};
		for (const l of layers.reverse()) bg = over(l, bg);
		return bg;
	};
	const bad = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const seen = new Set();
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const el = n.parentElement;
		if (!el || seen.has(el) || !n.data.trim() || el.closest("[hidden], noscript, :disabled, .visually-hidden")) continue;
		seen.add(el);
		if (el.getClientRects().length === 0) continue;
		const style = getComputedStyle(el);
		const bg = background(el);
		const fg = over(parse(style.color), bg);
		const l1 = lum(fg), l2 = lum(bg);
		const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
		const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
		const large = size >= 24 || (bold && size >= 18.66);
		if (ratio < (large ? 3 : 4.5)) {
			bad.push(el.tagName.toLowerCase() + "." + el.className + " “" + n.data.trim().slice(0, 30) + "” " + ratio.toFixed(2));
		}
	}
	return bad;
})()`

// TestPageLooks checks what the eye checks, on the example article and on
// a Markdown one: text contrast in the light and dark themes, and a
// phone-width layout that does not scroll sideways. It saves screenshots
// of each to look at.
func TestPageLooks(t *testing.T) {
	articles := []struct {
		name string
		load func(t *testing.T, ctx context.Context)
	}{
		{"example", func(t *testing.T, ctx context.Context) {
			require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("example"))))
		}},
		{"markdown", func(t *testing.T, ctx context.Context) { paste(t, ctx, markdownArticle) }},
	}
	base := startServer(t)
	for _, article := range articles {
		t.Run(article.name, func(t *testing.T) {
			ctx := newBrowser(t)
			openPage(t, ctx, base)
			article.load(t, ctx)
			waitAnnotated(t, ctx, 30*time.Second)
			quotes := evalPage[int](t, ctx, `document.querySelectorAll("#article mark.q[id]").length`)
			assert.Positive(t, quotes, "the article has quotes")

			for _, scheme := range []string{"light", "dark"} {
				t.Run(scheme, func(t *testing.T) {
					_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
						Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
					})
					require.NoError(t, err)
					assert.Empty(t, evalPage[[]string](t, ctx, contrastJS), "text below WCAG AA contrast")
					// Show a quote's tooltip for the screenshot.
					evalPage[bool](t, ctx, `(() => { document.querySelector("#article mark.q[id]").focus(); return true; })()`)
					saveScreenshot(t, ctx, article.name+"-"+scheme)
				})
			}

			t.Run("phone", func(t *testing.T) {
				require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2))))
				for _, scheme := range []string{"light", "dark"} {
					_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
						Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
					})
					require.NoError(t, err)
					overflow := evalPage[int](t, ctx, `document.documentElement.scrollWidth - window.innerWidth`)
					assert.LessOrEqual(t, overflow, 0, "the page scrolls sideways at phone width (%s)", scheme)
					assert.Empty(t, evalPage[[]string](t, ctx, contrastJS), "text below WCAG AA contrast (%s)", scheme)
					// The article, scrolled to the top of the screen.
					evalPage[bool](t, ctx, `(() => { document.getElementById("article").scrollIntoView({block: "start", behavior: "instant"}); return true; })()`)
					shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
					require.NoError(t, err)
					writeTestOut(t, article.name+"-phone-"+scheme+".png", shot)
					// The sources table, which scrolls sideways inside itself.
					evalPage[bool](t, ctx, `(() => { document.getElementById("sources-h").scrollIntoView({block: "start", behavior: "instant"}); return true; })()`)
					shot, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
					require.NoError(t, err)
					writeTestOut(t, article.name+"-phone-sources-"+scheme+".png", shot)
				}
			})
		})
	}
}
