package e2e

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// longArticleJS is an expression that puts about n characters of text
// written for these tests in the article field, as a paste does (the
// input event a paste fires): the same two paragraphs over and over, a
// quote by Ana Duarte and one by Tomas Byrne in each.
func longArticleJS(n int) string {
	return `(() => {
		const para = "“We expect the bridge to reopen by the end of March,” the transport minister, Ana Duarte, said on Tuesday. " +
			"Engineers have inspected the piers for the past two weeks, Tomas Byrne said. “It took eighteen months,” he added.\n\n";
		const ta = document.getElementById("text");
		ta.value = "Published 3 February 2026\n\n" + para.repeat(Math.ceil(` + strconv.Itoa(n) + ` / para.length));
		ta.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
		return ta.value.length;
	})()`
}

// pageState is what a person sees of the page after a cancel.
type pageState struct {
	Status   string   `json:"status"`
	Article  string   `json:"article"`
	Quotes   int      `json:"quotes"`
	Rows     []string `json:"rows"`
	Summary  string   `json:"summary"`
	Exports  bool     `json:"exports"` // the export buttons can be pressed
	Busy     bool     `json:"busy"`    // a run, or the desk's work
	Cancel   bool     `json:"cancel"`  // the Cancel button shows
	Progress bool     `json:"progress"`
}

const pageStateJS = `(() => {
	const d = document.documentElement.dataset;
	const art = document.getElementById("article");
	return {
		status: document.getElementById("status-text").textContent,
		article: art.firstElementChild ? art.firstElementChild.textContent : "",
		quotes: art.querySelectorAll("mark.q[id]").length,
		rows: [...document.querySelectorAll("#sources tbody tr th")].map((th) => th.textContent.trim()),
		summary: document.getElementById("summary").textContent,
		exports: !document.querySelector("button[data-export]").disabled,
		busy: d.busy === "true" || d.deskBusy === "true",
		cancel: !document.getElementById("cancel").hidden,
		progress: !document.getElementById("progress").hidden,
	};
})()`

// waitFor polls cond (a JavaScript expression) every 10 ms.
func waitFor(t testing.TB, ctx context.Context, cond string, timeout time.Duration, what string) {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(10*time.Millisecond)))
	require.NoError(t, err, "%s: status %q", what, statusText(ctx))
}

// TestPageCancel cancels at each stage of annotating a long article, as a
// person does (the Cancel button, or Esc), and checks that the page is
// left consistent each time: the article annotated before while the new
// one is still in the worker, whose desk keeps working; an empty page
// with a message once the new article is being put on the page, the
// desk's first look at its marks included; and, during a correction, the
// lists as they were, brought up to date by the next correction.
func TestPageCancel(t *testing.T) {
	base := startServer(t)
	ctx := newBrowser(t)
	openPage(t, ctx, base)
	paste(t, ctx, deskArticle)
	waitAnnotated(t, ctx, 60*time.Second)
	before := evalPage[pageState](t, ctx, pageStateJS)
	require.Contains(t, before.Rows[0], "Elena Ruiz")

	t.Run("in the worker", func(t *testing.T) {
		evalPage[int](t, ctx, longArticleJS(2<<20))
		waitFor(t, ctx, `!document.getElementById("cancel").hidden`, 20*time.Second, "Cancel never showed")
		require.Equal(t, "true", evalPage[string](t, ctx, `document.documentElement.dataset.busy || ""`), "the run ended before Cancel")
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("cancel"))))
		got := evalPage[pageState](t, ctx, pageStateJS)
		assert.Contains(t, got.Status, "Cancelled. The article annotated before is still shown.")
		assert.False(t, got.Busy || got.Cancel || got.Progress, "still at work after Cancel: %+v", got)
		assert.Equal(t, before.Article, got.Article, "the article shown before")
		assert.Equal(t, before.Rows, got.Rows, "its sources table")
		assert.True(t, got.Exports)

		// Its desk works on: the worker started after the cancel is given
		// the article again.
		engineers := quoteID(t, ctx, "“The engineers")
		v := act(t, ctx, "dismiss after a cancel", chromedp.Click(chromedp.CSS(`#speakers button[data-action="dismiss"][data-quote="`+engineers+`"]`)))
		q, _ := rowOf(v, "Elena Ruiz")
		assert.Equal(t, "1", q, "the dismissed quote no longer counts")
		assert.Contains(t, statusText(ctx), "Dismissed the quote")
		exp := evalPage[exported](t, ctx, exportAllJS)
		assert.Contains(t, exp.Files["json"].Content, "The council approved the new harbour wall", "the export is of the article shown")
		v = act(t, ctx, "restore", chromedp.Click(chromedp.CSS(`#speakers button[data-action="restore"]`)))
		assert.Empty(t, v.Dismissed)
	})

	// emptied checks the page a cancel left empty.
	emptied := func(t *testing.T) {
		got := evalPage[pageState](t, ctx, pageStateJS)
		assert.Contains(t, got.Status, "Cancelled: the article is not shown")
		assert.Contains(t, got.Article, "Cancelled before the article was shown in full")
		assert.Empty(t, got.Rows, "a sources table of no article")
		assert.Equal(t, "Nothing annotated.", got.Summary)
		assert.False(t, got.Exports, "exports of no article")
		assert.False(t, got.Busy || got.Cancel || got.Progress, "still at work after Cancel: %+v", got)
		// The long article leaves a slice at a time.
		waitFor(t, ctx, `document.querySelectorAll("#article mark").length === 0`, 20*time.Second, "the article never left")
		time.Sleep(500 * time.Millisecond)
		assert.Equal(t, got.Article, evalPage[pageState](t, ctx, pageStateJS).Article, "the message stays")
	}

	t.Run("while the article is shown", func(t *testing.T) {
		evalPage[int](t, ctx, longArticleJS(2<<20))
		waitFor(t, ctx, `/^Showing the article/.test(document.getElementById("status-text").textContent)`, 120*time.Second, "the article was never shown in pieces")
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("cancel"))))
		emptied(t)
		t.Logf("screenshot: %s", saveScreenshot(t, ctx, "cancelled"))
	})

	t.Run("during the desk's first look", func(t *testing.T) {
		evalPage[int](t, ctx, longArticleJS(2<<20)) // the same text, pasted again
		waitFor(t, ctx, `(() => { const d = document.documentElement.dataset; return d.deskBusy === "true" && d.busy === undefined; })()`,
			120*time.Second, "the desk never took its first look")
		// Esc with a tooltip open closes the tooltip only; the next Esc
		// cancels.
		first := evalPage[struct {
			Tip  bool `json:"tip"`
			Busy bool `json:"busy"`
		}](t, ctx, `(() => {
			document.querySelector("#article mark.q").dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
			const tip = !document.getElementById("tip").hidden;
			document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
			return { tip: tip && document.getElementById("tip").hidden, busy: document.documentElement.dataset.deskBusy === "true" };
		})()`)
		assert.True(t, first.Tip, "the tooltip did not show, or Esc left it open")
		assert.True(t, first.Busy, "Esc that closed a tooltip cancelled too")
		evalPage[bool](t, ctx, `document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }))`)
		emptied(t)
	})

	t.Run("and the page works on", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.ID("clear"))))
		paste(t, ctx, deskArticle)
		waitAnnotated(t, ctx, 60*time.Second)
		got := evalPage[pageState](t, ctx, pageStateJS)
		assert.Equal(t, before.Rows, got.Rows)
		assert.True(t, got.Exports)
		assert.Equal(t, before.Article, got.Article)
		assert.True(t, evalPage[bool](t, ctx, `(() => { const a = document.getElementById("article");
			return !a.classList.contains("huge") && !a.querySelector(".part") && a.querySelectorAll(":scope > p").length > 5; })()`),
			"a short article after a long one is shown as short ones are")
	})
}

// TestDeskCancel cancels a correction to a long article, as a person does
// who pressed the wrong button: Esc while the desk works. The lists stay
// as they were and the status says so; the correction is kept, and the
// next one brings the lists and every highlight up to date.
func TestDeskCancel(t *testing.T) {
	base := startServer(t)
	ctx := newBrowser(t)
	openPage(t, ctx, base)
	evalPage[int](t, ctx, longArticleJS(1<<20))
	waitAnnotated(t, ctx, 120*time.Second)
	v := waitDesk(t, ctx, "0")
	require.Equal(t, []string{"Ana Duarte", "Tomas Byrne"}, v.Headings)
	ana := evalPage[string](t, ctx, `document.querySelector("#speakers li.speaker[data-speaker]").dataset.speaker`)
	quotes := evalPage[int](t, ctx, `document.querySelectorAll('#article mark.q[id][data-speaker-now=`+jsString(ana)+`]').length`)
	require.Greater(t, quotes, 1000)

	// Rename Ana Duarte, then Esc at once: the worker is still at the
	// summary.
	stopped := evalPage[pageState](t, ctx, `new Promise((ok) => {
		document.querySelector('#speakers li[data-speaker=`+jsString(ana)+`] details summary').click();
		document.getElementById("rename-`+ana+`").value = "Zoe Quinn";
		document.querySelector('#speakers button[data-action="rename"][data-speaker=`+jsString(ana)+`]').click();
		setTimeout(() => {
			document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
			ok(`+pageStateJS+`);
		}, 0);
	})`)
	assert.Contains(t, stopped.Status, "Cancelled: the highlights and the lists may not show the last change")
	assert.False(t, stopped.Busy || stopped.Cancel, "still at work after Esc: %+v", stopped)
	time.Sleep(time.Second) // what the worker answers now is dropped
	after := evalPage[deskView](t, ctx, deskViewJS)
	assert.Equal(t, v.Headings, after.Headings, "the lists as they were")
	assert.Equal(t, v.Rows, after.Rows)
	assert.Zero(t, evalPage[int](t, ctx, `document.querySelectorAll('#article mark[data-speaker-name="Zoe Quinn"]').length`), "highlights relabelled after Esc")
	assert.Contains(t, statusText(ctx), "Cancelled", "the status stands")

	// The next correction shows both.
	tomas := evalPage[string](t, ctx, `document.querySelectorAll("#speakers li.speaker[data-speaker]")[1].dataset.speaker`)
	v = act(t, ctx, "gender", choose(`#sources tr[data-speaker=`+jsString(tomas)+`] select[data-action="gender"]`, "man"))
	assert.Equal(t, []string{"Zoe Quinn", "Tomas Byrne"}, v.Headings, "the cancelled rename was kept")
	assert.Equal(t, "man", v.Rows[1].Gender)
	assert.Equal(t, quotes, evalPage[int](t, ctx, `document.querySelectorAll('#article mark.q[id][data-speaker-name="Zoe Quinn"]').length`),
		"every quote of hers relabelled")
	assert.Equal(t, "2", v.Corrections)

	// "Quotes of" one speaker marks that speaker's highlights a slice at a
	// time; a person changing their mind half way ends with the last
	// choice's alone.
	lit := func(sp string) string {
		return `document.querySelectorAll('#article mark.only[data-speaker-now=` + jsString(sp) + `]').length`
	}
	require.NoError(t, chromedp.Do(ctx, choose("#only", tomas)))
	require.NoError(t, chromedp.Do(ctx, choose("#only", ana)))
	require.NoError(t, chromedp.Do(ctx, choose("#only", tomas)))
	all := evalPage[int](t, ctx, `document.querySelectorAll('#article mark[data-speaker-now=`+jsString(tomas)+`]').length`)
	require.Greater(t, all, 1000)
	waitFor(t, ctx, lit(tomas)+` === `+strconv.Itoa(all), 20*time.Second, "Tomas Byrne's highlights never all showed")
	time.Sleep(300 * time.Millisecond)
	assert.Zero(t, evalPage[int](t, ctx, lit(ana)), "Zoe Quinn's highlights still marked")
	assert.Equal(t, all, evalPage[int](t, ctx, lit(tomas)))
	require.NoError(t, chromedp.Do(ctx, choose("#only", "")))
	waitFor(t, ctx, `document.querySelectorAll('#article mark.only').length === 0`, 20*time.Second, "highlights still marked for one speaker")
	assert.False(t, evalPage[bool](t, ctx, `document.getElementById("article").classList.contains("filtered")`))
}
