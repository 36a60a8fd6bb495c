package e2e

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deskArticle is an article written for these tests: two speakers quoted
// twice each, an organisation, a quote with no closing mark that the
// engine gives, unsure, to a resident (to check), and a sentence that the
// engine does not see as a quote.
const deskArticle = `Harbour wall approved after long delay

PORT ELLEN, 14 May 2025 — The council approved the new harbour wall on Tuesday.

“We have waited long enough,” said Mayor Elena Ruiz.

“The engineers’ report left us no choice,” Ruiz said.

Tomas Byrne, who runs the ferry, was less sure. “Nobody asked the fishermen,” he said.

“It will cost more than they say,” said Byrne.

The ministry said in a statement: “The funding is in place.”

Local resident Ana Duarte called the work overdue and long promised by every council.

Some residents were unmoved. “It is not the first promise.

The beach will be closed for four years.`

// deskView is what the desk shows: the sources table's rows and the
// review list.
type deskView struct {
	Rows []struct {
		Name   string `json:"name"`
		Role   string `json:"role"`
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
		name: tr.querySelector("th").textContent.trim(), role: tr.children[1].textContent,
		quotes: tr.children[3].textContent, words: tr.children[4].textContent, share: tr.children[5].textContent,
		gender: (tr.querySelector('select[data-action="gender"]') || {}).value || "",
	})),
	foot: document.querySelector("#sources tfoot").textContent,
	headings: [...document.querySelectorAll("#speakers li.speaker[data-speaker] h4 .speaker-name")].map((e) => e.textContent),
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
		const s = document.querySelector(` + jsString(sel) + `);
		s.focus();
		s.value = ` + jsString(value) + `;
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
	require.Equal(t, []string{"Elena Ruiz", "Tomas Byrne", "The ministry", "Ana Duarte"}, v.Headings, "speakers, most quoted first")
	q, _ := rowOf(v, "Elena Ruiz")
	require.Equal(t, "2", q)
	assert.Equal(t, "Mayor", v.Rows[0].Role, "the role the engine found")
	assert.Contains(t, v.Foot, "unset: 4 sources", "gender is never guessed: unset by default")

	// The journalist records a gender in the sources table.
	v = act(t, ctx, "gender", choose(`#sources tr[data-speaker="s1"] select[data-action="gender"]`, "woman"))
	assert.Equal(t, "woman", v.Rows[0].Gender)
	assert.Contains(t, v.Foot, "woman: 1 source, ")

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
	assert.Equal(t, []string{"Tomás Byrne", "Elena Ruiz", "Ana Duarte"}, v.Headings)
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
	assert.Equal(t, []string{"Elena Ruiz", "Tomas Byrne", "The ministry", "Ana Duarte"}, v.Headings)
	assert.Equal(t, "0", v.Corrections)
	assert.Zero(t, evalPage[int](t, ctx, `document.querySelectorAll("#article mark[data-added]").length`))
}

// exported is what the export buttons gave: each download's file name and
// content, and what Copy put on the clipboard.
type exported struct {
	Files map[string]struct {
		Name    string `json:"name"`
		Type    string `json:"type"`
		Content string `json:"content"`
	} `json:"files"`
	HTML string `json:"html"`
	Text string `json:"text"`
}

// exportAllJS presses every export button in turn, catching the download
// (the blob and the file name) instead of saving it, and Copy, catching
// the clipboard's items.
const exportAllJS = `(async () => {
	const files = {};
	const create = URL.createObjectURL, click = HTMLAnchorElement.prototype.click;
	let blob = null;
	URL.createObjectURL = (b) => { blob = b; return create.call(URL, b); };
	let done = null;
	HTMLAnchorElement.prototype.click = function () { done({ name: this.download, blob }); };
	try {
		for (const b of document.querySelectorAll("button[data-export]")) {
			const got = await new Promise((ok) => { done = ok; b.click(); });
			files[b.dataset.export] = { name: got.name, type: got.blob.type, content: await got.blob.text() };
		}
	} finally {
		URL.createObjectURL = create;
		HTMLAnchorElement.prototype.click = click;
	}
	const copied = await new Promise((ok) => {
		navigator.clipboard.write = async (items) => ok(items);
		document.getElementById("copy-html").click();
	});
	const item = copied[0];
	return {
		files,
		html: await (await item.getType("text/html")).text(),
		text: await (await item.getType("text/plain")).text(),
	};
})()`

// TestDeskExports records a gender and dismisses a quote, then downloads
// every export and copies the article, and checks what each holds.
func TestDeskExports(t *testing.T) {
	base := startServer(t)
	ctx := newBrowser(t)
	openPage(t, ctx, base)
	paste(t, ctx, deskArticle)
	waitAnnotated(t, ctx, 60*time.Second)
	waitDesk(t, ctx, "0")
	act(t, ctx, "gender", choose(`#sources tr[data-speaker="s1"] select[data-action="gender"]`, "woman"))
	engineers := quoteID(t, ctx, "“The engineers")
	act(t, ctx, "dismiss", chromedp.Click(chromedp.CSS(`#speakers button[data-action="dismiss"][data-quote="`+engineers+`"]`)))

	got := evalPage[exported](t, ctx, exportAllJS)
	const stem = "harbour-wall-approved-after-long-delay"

	j := got.Files["json"]
	assert.Equal(t, stem+".json", j.Name, "named from the headline")
	var record struct {
		Version     string    `json:"annotator_version"`
		ExportedAt  time.Time `json:"exported_at"`
		Unit        string    `json:"unit"`
		Dateline    string    `json:"dateline"`
		Text        string    `json:"text"`
		Corrections struct {
			Quotes   map[string]struct{ Dismissed bool } `json:"quotes"`
			Speakers map[string]struct{ Gender string }  `json:"speakers"`
		} `json:"corrections"`
		Summary struct {
			Speakers []struct {
				Name   string `json:"name"`
				Gender string `json:"gender"`
				Quotes int    `json:"quotes"`
			} `json:"speakers"`
		} `json:"summary"`
	}
	require.NoError(t, json.Unmarshal([]byte(j.Content), &record), "the JSON export: %.300s", j.Content)
	assert.Equal(t, deskArticle, record.Text, "the article text")
	assert.Equal(t, "utf-16", record.Unit, "the offsets' unit")
	assert.NotEmpty(t, record.Version)
	assert.WithinDuration(t, time.Now(), record.ExportedAt, 5*time.Minute, "the time of the export")
	assert.Equal(t, "2025-05-14", record.Dateline)
	assert.True(t, record.Corrections.Quotes[engineers].Dismissed, "the corrections applied")
	assert.Equal(t, "woman", record.Corrections.Speakers["s1"].Gender)
	if assert.Len(t, record.Summary.Speakers, 4) {
		assert.Equal(t, "Tomas Byrne", record.Summary.Speakers[0].Name, "most quoted first, now that Elena Ruiz lost a quote")
		ruiz := record.Summary.Speakers[1]
		assert.Equal(t, "Elena Ruiz", ruiz.Name)
		assert.Equal(t, "woman", ruiz.Gender)
		assert.Equal(t, 1, ruiz.Quotes, "the dismissed quote no longer counts")
	}

	quotes := got.Files["csv-quotes"]
	assert.Equal(t, stem+"-quotes.csv", quotes.Name)
	assert.Contains(t, quotes.Type, "text/csv")
	rows, err := csv.NewReader(strings.NewReader(quotes.Content)).ReadAll()
	require.NoError(t, err, "the CSV of quotes: %s", quotes.Content)
	require.NotEmpty(t, rows)
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	for _, name := range []string{"speaker", "role", "kind", "category", "gender", "quote", "words", "paragraph", "cue", "attribution", "confidence", "flags"} {
		assert.Contains(t, col, name, "column %s of the CSV of quotes", name)
	}
	byQuote := map[string][]string{}
	for _, r := range rows[1:] {
		byQuote[r[col["quote"]]] = r
	}
	wait := byQuote["“We have waited long enough,”"]
	if assert.NotNil(t, wait, "the quote's row: %v", rows) {
		assert.Equal(t, "Elena Ruiz", wait[col["speaker"]])
		assert.Equal(t, "woman", wait[col["gender"]], "gender as recorded")
		assert.Equal(t, "5", wait[col["words"]])
	}

	sources := got.Files["csv-sources"]
	assert.Equal(t, stem+"-sources.csv", sources.Name)
	srows, err := csv.NewReader(strings.NewReader(sources.Content)).ReadAll()
	require.NoError(t, err)
	if assert.GreaterOrEqual(t, len(srows), 5, "a header and a row per speaker: %v", srows) {
		assert.Contains(t, srows[2], "Elena Ruiz")
		assert.Contains(t, srows[2], "woman")
	}

	report := got.Files["html-report"]
	assert.Equal(t, stem+"-report.html", report.Name)
	assert.Contains(t, strings.ToLower(report.Content[:min(200, len(report.Content))]), "<!doctype html")
	assert.Contains(t, report.Content, "Elena Ruiz")

	// Copy: a fragment that keeps its look in a CMS (inline styles, a
	// speaker label per quote, no tabindex, no ids) and readable text.
	assert.Contains(t, got.HTML, `<mark style="`)
	assert.Contains(t, got.HTML, "Elena Ruiz")
	assert.NotContains(t, got.HTML, "tabindex")
	assert.NotContains(t, got.HTML, ` id="`)
	assert.NotContains(t, got.HTML, ` class="`)
	assert.Contains(t, got.Text, "“We have waited long enough,”")
	assert.NotContains(t, got.Text, "<")
}
