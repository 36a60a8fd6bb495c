package e2e

import (
	"context"
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

func TestDeskSmoke(t *testing.T) {
	base := startServer(t)
	ctx := newBrowser(t)
	openPage(t, ctx, base)
	paste(t, ctx, deskArticle)
	waitAnnotated(t, ctx, 60*time.Second)
	v := waitDesk(t, ctx, "0")
	t.Logf("%+v", v)
	t.Logf("screenshot: %s", saveScreenshot(t, ctx, "desk-smoke"))
	assert.NotEmpty(t, v.Rows)
}
