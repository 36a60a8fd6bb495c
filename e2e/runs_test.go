package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countRunsJS, run before the page's own scripts, counts the workers the
// page starts (a cancel starts another) and the texts it sends them to
// annotate; __inFlight is the ID of the text sent and not yet answered.
const countRunsJS = `(() => {
	window.__workers = 0;
	window.__renders = [];
	const W = window.Worker;
	window.Worker = class extends W {
		constructor(...args) {
			super(...args);
			window.__workers++;
			this.addEventListener("message", (e) => { if (e.data && e.data.id === window.__inFlight) window.__inFlight = 0; });
		}
		postMessage(msg, ...rest) {
			if (msg && msg.type === "render") { window.__renders.push(msg.text.length); window.__inFlight = msg.id; }
			return super.postMessage(msg, ...rest);
		}
	};
})()`

// runs is what the page sent its workers.
type runs struct {
	Workers int   `json:"workers"`
	Renders []int `json:"renders"` // the length of each text sent
	Shown   int   `json:"shown"`   // quotes shown in the article
}

const runsJS = `({ workers: window.__workers, renders: window.__renders,
	shown: document.querySelectorAll("#article mark.q[id]").length })`

// editJS sets the article field to text as a person's edit does: typed
// (a character) or pasted.
func editJS(text string, pasted bool) string {
	kind := `"insertText"`
	if pasted {
		kind = `"insertFromPaste"`
	}
	return `(() => { const ta = document.getElementById("text"); ta.value = ` + text + `;
		ta.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: ` + kind + ` })); return true; })()`
}

// TestPageRunRules checks what the page does with an edit while a run is
// in flight, as a person makes them: a character typed and taken back
// leaves the run alone (no second run); edits to a text of ordinary
// length wait for the run (nothing cancelled, no second run beside it),
// and only the newest is annotated next; an
// edit to a long text stops its run at once (a new worker) and annotates
// the new text. Each ends with the newest text shown.
func TestPageRunRules(t *testing.T) {
	base := startServer(t)
	ctx := newBrowser(t)
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: countRunsJS})
	require.NoError(t, err)
	openPage(t, ctx, base)
	// An article of ordinary length, just under what the page counts as
	// long (200,000 characters): its run takes a moment.
	evalPage[bool](t, ctx, `(window.__para = "“We expect the bridge to reopen by the end of March,” the transport minister, Ana Duarte, said on Tuesday.\n\n",
		window.__article = window.__para.repeat(Math.floor(199000 / window.__para.length)), true)`)

	t.Run("a character typed and taken back", func(t *testing.T) {
		ok := evalPage[bool](t, ctx, `new Promise((ok) => {
			`+editJS(`window.__article`, true)+`;
			setTimeout(() => { // the page has sent the text
				const inFlight = window.__inFlight > 0;
				`+editJS(`window.__article + "x"`, false)+`;
				`+editJS(`window.__article`, false)+`;
				ok(inFlight);
			}, 0);
		})`)
		require.True(t, ok, "the run was not in flight")
		waitAnnotated(t, ctx, 60*time.Second)
		time.Sleep(time.Second) // the debounce of the typed character, had it stayed
		got := evalPage[runs](t, ctx, runsJS)
		assert.Len(t, got.Renders, 1, "one run for the text, however it was edited meanwhile: %v", got.Renders)
		assert.Equal(t, 1, got.Workers)
		assert.Equal(t, evalPage[int](t, ctx, `window.__article.split("\n\n").filter(Boolean).length`), got.Shown)
	})

	t.Run("edits wait, and the newest wins", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.__renders = []`)))
		ok := evalPage[bool](t, ctx, `new Promise((ok) => {
			`+editJS(`window.__article + "Run 2."`, true)+`;
			setTimeout(() => { // the page has sent the text
				const inFlight = window.__inFlight > 0;
				`+editJS(`window.__article + "Run 3."`, true)+`;
				`+editJS(`"“Short and sweet,” said Kim Lee on Monday. “Really,” she added."`, true)+`;
				ok(inFlight);
			}, 0);
		})`)
		require.True(t, ok, "the run was not in flight")
		waitAnnotated(t, ctx, 60*time.Second)
		got := evalPage[runs](t, ctx, runsJS)
		n := evalPage[int](t, ctx, `window.__article.length`)
		assert.Equal(t, []int{n + len("Run 2."), len([]rune("“Short and sweet,” said Kim Lee on Monday. “Really,” she added."))}, got.Renders,
			"the run in flight, then the newest edit only")
		assert.Equal(t, 1, got.Workers, "nothing cancelled")
		assert.Equal(t, 2, got.Shown)
		assert.Equal(t, []string{"Kim Lee"}, evalPage[pageView](t, ctx, viewJS).Speakers)
	})

	t.Run("an edit to a long text stops its run", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.__renders = []`)))
		ok := evalPage[bool](t, ctx, `new Promise((ok) => {
			`+editJS(`window.__para.repeat(Math.ceil(2e6 / window.__para.length))`, true)+`;
			setTimeout(() => ok(window.__inFlight > 0), 0);
		})`)
		require.True(t, ok)
		time.Sleep(300 * time.Millisecond)
		require.Positive(t, evalPage[int](t, ctx, `window.__inFlight`), "the long run ended already")
		evalPage[bool](t, ctx, editJS(`"“Short and sweet,” said Kim Lee on Monday."`, true))
		waitAnnotated(t, ctx, 60*time.Second)
		got := evalPage[runs](t, ctx, runsJS)
		require.Len(t, got.Renders, 2)
		assert.Equal(t, 2, got.Workers, "the long run's worker was replaced")
		assert.Equal(t, 1, got.Shown)
		assert.NotContains(t, statusText(ctx), "Cancelled", "an edit stops the run quietly")
	})
}
