package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// axeSource reads axe-core, which make installs into e2e/node_modules
// with npm ci from the pinned e2e/package-lock.json.
func axeSource(t testing.TB) string {
	t.Helper()
	p := filepath.Join(repoRoot(), "e2e", "node_modules", "axe-core", "axe.min.js")
	data, err := os.ReadFile(p)
	if err != nil {
		msg := "axe-core not installed: run `make e2e-tools` (npm ci in e2e/): " + err.Error()
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return string(data)
}

// axeViolations injects axe-core into the page and returns its WCAG 2.1
// A and AA violations, one line each with the elements concerned.
func axeViolations(t testing.TB, ctx context.Context, axe string) []string {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](axe)))
	return evalPage[[]string](t, ctx, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
		.then((r) => r.violations.map((v) => v.id + ": " + v.help + " — " + v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(", ")))`)
}

// TestPageAccessible runs axe-core on the page with an annotated and
// corrected article (the review list, a dismissed quote, the sources
// table) in the light and the dark scheme, and walks the page with the
// keyboard alone: Tab reaches the article as one stop, j and the arrows
// reach every quote in order, n the ones to check, and Tab goes on to the
// panel.
func TestPageAccessible(t *testing.T) {
	axe := axeSource(t)
	base := startServer(t)
	ctx := newBrowser(t)
	openPage(t, ctx, base)
	paste(t, ctx, deskArticle)
	waitAnnotated(t, ctx, 60*time.Second)
	waitDesk(t, ctx, "0")
	engineers := quoteID(t, ctx, "“The engineers")
	act(t, ctx, "dismiss", chromedp.Click(chromedp.CSS(`#speakers button[data-action="dismiss"][data-quote="`+engineers+`"]`)))
	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
			})
			require.NoError(t, err)
			assert.Empty(t, axeViolations(t, ctx, axe), "axe-core, WCAG 2.1 A and AA")
		})
	}

	t.Run("keyboard", func(t *testing.T) {
		// Tab from the first control of the page until the article has the focus.
		require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.ID("example"))))
		article := false
		stops := 0
		for ; stops < 40 && !article; stops++ {
			require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("\t")))
			article = evalPage[bool](t, ctx, `document.activeElement.id === "article"`)
		}
		require.True(t, article, "Tab never reached the article")
		want := evalPage[[]string](t, ctx, `[...document.querySelectorAll("#article mark.q[id]:not(.dismissed)")].map((m) => m.id)`)
		require.NotEmpty(t, want)
		focused := func() string { return evalPage[string](t, ctx, `document.activeElement.id`) }
		got := stepQuotes(t, ctx, len(want), focused)
		assert.Equal(t, want, got, "j and the down arrow reach every quote in order")
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("k")))
		assert.Equal(t, want[len(want)-2], focused(), "k goes back one quote")
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("n")))
		assert.True(t, evalPage[bool](t, ctx, `document.activeElement.classList.contains("to-check")`), "n goes to a quote to check")
		assert.Equal(t, evalPage[string](t, ctx, `document.activeElement.previousElementSibling.textContent`)[:9], "Quote by ",
			"a screen reader hears who said the quote before it")

		// The quotes are no Tab stops: Tab leaves the article for what follows.
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("\t")))
		assert.False(t, evalPage[bool](t, ctx, `!!document.activeElement.closest("#article")`), "Tab leaves the article")
		inPanel := false
		for i := 0; i < 10 && !inPanel; i++ {
			inPanel = evalPage[bool](t, ctx, `!!document.activeElement.closest("#panel")`)
			if !inPanel {
				require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("\t")))
			}
		}
		require.True(t, inPanel, "Tab goes on from the article to the panel")

		// From a quote in the panel to the article and back.
		require.NoError(t, chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`#speakers button.jump`))))
		target := evalPage[string](t, ctx, `document.activeElement.dataset.target`)
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("\r")))
		assert.Equal(t, target, focused(), "Enter on a panel quote focuses its highlight")
		require.True(t, evalPage[bool](t, ctx, `!document.getElementById("back").hidden`), "the back link shows after a jump")
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("back"))))
		assert.Equal(t, target, evalPage[string](t, ctx, `document.activeElement.dataset.target || ""`), "back to the panel's quote")
		heading := evalPage[string](t, ctx, `document.querySelector("#speakers li.speaker h4").tagName`)
		assert.True(t, strings.EqualFold(heading, "h4"), "speaker names are headings")
	})
}

// stepQuotes presses j and the down arrow in turn n times, as a reader
// steps through the quotes, and returns what focused reports after each.
func stepQuotes(t *testing.T, ctx context.Context, n int, focused func() string) []string {
	t.Helper()
	var got []string
	for i := range n {
		key := "j"
		if i%2 == 1 {
			key = kb.ArrowDown
		}
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(key)))
		got = append(got, focused())
	}
	return got
}
