package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deskArticle is an article written for these tests: two speakers quoted
// twice each, an organisation, and a sentence that the engine does not see
// as a quote.
const deskArticle = `Harbour wall approved after long delay

PORT ELLEN, 14 May 2025 — The council approved the new harbour wall on Tuesday.

“We have waited long enough,” said Mayor Elena Ruiz.

“The engineers’ report left us no choice,” Ruiz said.

Tomas Byrne, who runs the ferry, was less sure. “Nobody asked the fishermen,” he said.

“It will cost more than they say,” said Byrne.

The ministry said in a statement: “The funding is in place.”

Local resident Ana Duarte called the work overdue and long promised by every council.

The beach will be closed for four years.`

// deskView is what the desk shows: the sources table's rows and the
// review list.
type deskView struct {
	Rows []struct {
		Name   string `json:"name"`
		Quotes string `json:"quotes"`
		Words  string `json:"words"`
		Share  string `json:"share"`
		Gender string `json:"gender"`
	} `json:"rows"`
	Foot        string   `json:"foot"`
	Headings    []string `json:"headings"`
	Dismissed   []string `json:"dismissed"`
	Corrections string   `json:"corrections"`
}

const deskViewJS = `(() => ({
	rows: [...document.querySelectorAll("#sources tbody tr")].map((tr) => ({
		name: tr.querySelector("th").textContent.trim(),
		quotes: tr.children[3].textContent, words: tr.children[4].textContent, share: tr.children[5].textContent,
		gender: (tr.querySelector('select[data-action="gender"]') || {}).value || "",
	})),
	foot: document.querySelector("#sources tfoot").textContent,
	headings: [...document.querySelectorAll("#speakers h4 .speaker-name")].map((e) => e.textContent),
	dismissed: [...document.querySelectorAll("#speakers li.dismissed button.jump")].map((e) => e.textContent),
	corrections: document.documentElement.dataset.corrections || "",
}))()`

// waitDesk waits until the desk shows a summary with n corrections.
func waitDesk(t testing.TB, ctx context.Context, n string) deskView {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.documentElement.dataset.corrections === `+jsString(n),
		chromedp.WithPollingTimeout(20*time.Second), chromedp.WithPollingInterval(50*time.Millisecond)))
	require.NoError(t, err, "the desk did not show %s corrections: status %q", n, statusText(ctx))
	return evalPage[deskView](t, ctx, deskViewJS)
}

// shown returns the count of summaries the desk has shown so far.
func deskShown(t testing.TB, ctx context.Context) int {
	return evalPage[int](t, ctx, `Number(document.documentElement.dataset.deskShown || 0)`)
}

// act runs a user action and waits until the desk shows the summary that
// follows it; it returns what the desk shows then.
func act(t testing.TB, ctx context.Context, what string, action chromedp.Action[chromedp.Void]) deskView {
	t.Helper()
	before := deskShown(t, ctx)
	require.NoError(t, chromedp.Do(ctx, action), what)
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`Number(document.documentElement.dataset.deskShown || 0) > `+strconv.Itoa(before),
		chromedp.WithPollingTimeout(20*time.Second), chromedp.WithPollingInterval(50*time.Millisecond)))
	require.NoError(t, err, "%s: the desk did not update; status %q", what, statusText(ctx))
	return evalPage[deskView](t, ctx, deskViewJS)
}

// choose picks value in the menu sel, as a person does: the menu gets the
// focus, its value changes and it fires change.
func choose(sel, value string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](`(() => {
		const s = document.querySelector(`+jsString(sel)+`);
		s.focus();
		s.value = `+jsString(value)+`;
		s.dispatchEvent(new Event("change", {bubbles: true}));
	})()`)
}

// quoteID is the ID of the quote whose text starts with opening.
func quoteID(t testing.TB, ctx context.Context, opening string) string {
	t.Helper()
	id := evalPage[string](t, ctx, `(() => { const m = [...document.querySelectorAll("#article mark.q[id]")].find((m) => m.textContent.startsWith(`+jsString(opening)+`)); return m ? m.id : ""; })()`)
	require.NotEmpty(t, id, "no quote starts %q", opening)
	return id
}

func rowOf(v deskView, name string) (quotes, words string) {
	for _, r := range v.Rows {
		if strings.HasSuffix(r.Name, name) {
			return r.Quotes, r.Words
		}
	}
	return "", ""
}

// TestDeskReview corrects the engine as an editor does: records a
// gender, gives a quote to a new speaker, merges two speakers, renames
// one, dismisses a quote and adds one from a selection; then reloads and
// finds every correction, and clears them.
func TestDeskReview(t *testing.T) {
	base := startServer(t)
	ctx := newBrowser(t)
	openPage(t, ctx, base)
	paste(t, ctx, deskArticle)
	waitAnnotated(t, ctx, 60*time.Second)
	v := waitDesk(t, ctx, "0")
	require.Equal(t, []string{"Elena Ruiz", "Tomas Byrne", "The ministry"}, v.Headings, "speakers, most quoted first")
	q, _ := rowOf(v, "Elena Ruiz")
	require.Equal(t, "2", q)
	assert.Contains(t, v.Foot, "unset: 3 sources", "gender is never guessed: unset by default")

	// The journalist records a gender in the sources table.
	v = act(t, ctx, "gender", choose(`#sources tr[data-speaker="s1"] select[data-action="gender"]`, "woman"))
	assert.Equal(t, "woman", v.Rows[0].Gender)
	assert.Contains(t, v.Foot, "woman: 1 source, 43% of words")

	// A quote goes to a new speaker.
	funding := quoteID(t, ctx, "“The funding")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#speakers button[data-action="speaker-menu"][data-quote="`+funding+`"]`))))
	require.NoError(t, chromedp.Do(ctx, choose(`#speakers select[data-action="reassign"][data-quote="`+funding+`"]`, "\u0000new")))
	require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(`#speakers input.new-speaker`), "Priya Natarajan")))
	v = act(t, ctx, "new speaker", chromedp.Click(chromedp.CSS(`#speakers button[data-action="new-speaker"]`)))
	assert.Contains(t, v.Headings, "Priya Natarajan")
	assert.NotContains(t, v.Headings, "The ministry", "a speaker left with no quote is dropped")

	// Two speakers who are one: Priya Natarajan is merged into Tomas Byrne
	// (for the test), who is then renamed.
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#speakers li[data-speaker="u1"] details summary`))))
	require.NoError(t, chromedp.Do(ctx, choose(`#merge-u1`, "s2")))
	v = act(t, ctx, "merge", chromedp.Click(chromedp.CSS(`#speakers button[data-action="merge"][data-speaker="u1"]`)))
	q, _ = rowOf(v, "Tomas Byrne")
	assert.Equal(t, "3", q, "the merged speaker's quote counts for Tomas Byrne")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#speakers li[data-speaker="s2"] details summary`))))
	require.NoError(t, chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS(`#rename-s2`), "Tomás Byrne")))
	v = act(t, ctx, "rename", chromedp.Click(chromedp.CSS(`#speakers button[data-action="rename"][data-speaker="s2"]`)))
	assert.Equal(t, []string{"Tomás Byrne", "Elena Ruiz"}, v.Headings)
	assert.Equal(t, "Tomás Byrne", evalPage[string](t, ctx, `document.getElementById(`+jsString(funding)+`).dataset.speakerName`),
		"the article's highlight follows the correction")

	// A false quote is dismissed.
	engineers := quoteID(t, ctx, "“The engineers")
	v = act(t, ctx, "dismiss", chromedp.Click(chromedp.CSS(`#speakers button[data-action="dismiss"][data-quote="`+engineers+`"]`)))
	q, _ = rowOf(v, "Elena Ruiz")
	assert.Equal(t, "1", q)
	require.Len(t, v.Dismissed, 1)
	assert.Contains(t, v.Dismissed[0], "The engineers")

	// A missed quote is added by selecting its words.
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`(() => {
		const art = document.getElementById("article");
		const walker = document.createTreeWalker(art, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const i = n.data.indexOf("the work overdue");
			if (i >= 0) {
				const r = document.createRange();
				r.setStart(n, i);
				r.setEnd(n, i + "the work overdue".length);
				getSelection().removeAllRanges();
				getSelection().addRange(r);
				return;
			}
		}
		throw new Error("text not found");
	})()`)))
	v = act(t, ctx, "add quote", chromedp.Click(chromedp.ID("add-quote")))
	assert.Equal(t, "the work overdue", evalPage[string](t, ctx, `document.getElementById("a1").textContent`))
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#speakers button[data-action="speaker-menu"][data-quote="a1"]`))))
	v = act(t, ctx, "added quote's speaker", choose(`#speakers select[data-action="reassign"][data-quote="a1"]`, "s1"))
	q, w := rowOf(v, "Elena Ruiz")
	assert.Equal(t, []string{"2", "8"}, []string{q, w}, "the added quote and its 3 words count for Elena Ruiz")
	t.Logf("screenshot: %s", saveScreenshot(t, ctx, "desk-review"))
	before := v

	// A reload keeps the article and every correction.
	require.NoError(t, chromedp.Do(ctx, chromedp.Reload()))
	waitAnnotated(t, ctx, 60*time.Second)
	after := waitDesk(t, ctx, before.Corrections)
	assert.Equal(t, before, after, "the corrections survive a reload")
	assert.Contains(t, statusText(ctx), "Restored your corrections")
	assert.Equal(t, "the work overdue", evalPage[string](t, ctx, `document.getElementById("a1").textContent`))

	// Restore the dismissed quote, then clear everything.
	v = act(t, ctx, "restore", chromedp.Click(chromedp.CSS(`#speakers button[data-action="restore"]`)))
	assert.Empty(t, v.Dismissed)
	v = act(t, ctx, "clear", chromedp.Click(chromedp.ID("clear-corrections")))
	assert.Equal(t, []string{"Elena Ruiz", "Tomas Byrne", "The ministry"}, v.Headings)
	assert.Equal(t, "0", v.Corrections)
	assert.Zero(t, evalPage[int](t, ctx, `document.querySelectorAll("#article mark[data-added]").length`))
}
