package annotate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestRenderPage checks the standalone page: one document, no script or
// external resource, the article, and a panel listing speakers, quotes and
// dates.
func TestRenderPage(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "render", "harbour.md"))
	require.NoError(t, err)
	spec, err := os.ReadFile(filepath.Join("testdata", "render", "harbour.spans"))
	require.NoError(t, err)
	res, err := parseSpans(string(text), string(spec), FormatMarkdown)
	require.NoError(t, err)
	res.Dateline = "2025-10-17"
	page := RenderPage(string(text), res, `Harbour <plan> "draft"`)

	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>\n"))
	assert.Contains(t, page, "<title>Harbour &lt;plan&gt; &#34;draft&#34;</title>")
	assert.Contains(t, page, `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
	assert.Contains(t, page, "@media (prefers-color-scheme: dark)")
	body := page[strings.Index(page, "<body>")+len("<body>") : strings.Index(page, "</body>")]
	require.NoError(t, checkWellFormed(body))
	assert.Contains(t, body, `<a href="#q2"><mark class="q spk-1">“The engineers&#39; report left us no choice.”</mark></a> <span class="who">— Amara Okafor</span>`)
	// the sources table is the summary's: badge, figures, aliases as shown
	assert.Contains(t, body, `<mark class="sp spk-1">Amara Okafor</mark> <abbr class="initials" title="the label of Amara Okafor’s quotes">AO</abbr> <span class="count">2 quotes, 23 words (43%), person</span><br><span class="aliases">also “Ms Okafor”</span>`)
	assert.Contains(t, body, `<p class="totals">3 sources · 4 quotes · 53 quoted words</p>`)
	// dates in time order: March before Tuesday before Friday before November; durations last
	order := []string{"<code>2025-03</code>", "<code>2025-10-14</code>", "<code>2025-10-17</code>", "<code>2025-11-03</code>", "<code>P2Y</code>", "<code>P40Y</code>"}
	last := -1
	for _, o := range order {
		i := strings.Index(body, o)
		assert.Greater(t, i, last, o)
		last = i
	}
	// each date in the list reads as a date, links to its highlight and
	// shows its value; durations are apart
	assert.Contains(t, body, `<tr><td>Tue 14 Oct 2025</td><td><a href="#d1">Tuesday</a></td><td><code>2025-10-14</code></td></tr>`)
	assert.Contains(t, body, "<section><h2>Durations</h2>")
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Empty(t, activeContent(doc))
	ids := map[string]bool{}
	var targets []string
	for n := range doc.Descendants() {
		for _, a := range n.Attr {
			if a.Key == "id" {
				ids[a.Val] = true
			}
			if a.Key == "href" && strings.HasPrefix(a.Val, "#") {
				targets = append(targets, a.Val[1:])
			}
		}
	}
	assert.Len(t, targets, len(res.Quotes)+len(res.Dates), "links to highlights")
	for _, id := range targets {
		assert.True(t, ids[id], "link to #%s, which is no element", id)
	}
	for n := range doc.Descendants() {
		for _, a := range n.Attr {
			if a.Key == "href" || a.Key == "src" {
				assert.False(t, strings.Contains(a.Val, "//") && !strings.HasPrefix(a.Val, "https://example.org"), "external resource %s=%q", a.Key, a.Val)
			}
		}
		if n.Type == html.ElementNode && n.Data == "link" {
			t.Errorf("page links a resource: %v", n.Attr)
		}
	}
	assert.Contains(t, RenderPage("", Result{}, " "), "<title>Annotated article</title>")
}

// TestRenderPageAliases checks that the speakers' aliases in the
// standalone page read as the article shows them: without Markdown syntax,
// line breaks as spaces, the name itself and pronouns left out.
func TestRenderPageAliases(t *testing.T) {
	tests := []struct {
		name     string
		format   Format
		text     string
		mentions []string // searched in order; the first is the speaker's name
		want     string   // the aliases line, "" for none
	}{{
		name: "mention crossing a link", format: FormatMarkdown,
		text:     "“We need it,” said Mayor [Jane Ortiz](https://example.org/o). Jane Ortiz left.",
		mentions: []string{"Mayor [Jane Ortiz", "Jane Ortiz"},
		want:     `also “Mayor Jane Ortiz”`,
	}, {
		name: "mention crossing emphasis and an escape", format: FormatMarkdown,
		text:     "Jane Ortiz spoke. “Yes,” said Ms *Jane* O\\'Neil-Ortiz.",
		mentions: []string{"Jane Ortiz", "Ms *Jane* O\\'Neil-Ortiz"},
		want:     `also “Ms Jane O&#39;Neil-Ortiz”`,
	}, {
		name: "line break in plain text", format: FormatPlain,
		text:     "Jane Ortiz spoke for the board of Mayor\nOrtiz.",
		mentions: []string{"Jane Ortiz", "Mayor\nOrtiz"},
		want:     `also “Mayor Ortiz”`,
	}, {
		name: "name and pronouns are no aliases", format: FormatPlain,
		text:     "Jane Ortiz said she would. Jane Ortiz, He said.",
		mentions: []string{"Jane Ortiz", "she", "Jane Ortiz", "He"},
		want:     "",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s1 := "s1" // a quote of no text: the sources table lists speakers with quotes
			res := Result{Format: tt.format, Speakers: []Speaker{{ID: "s1", Name: "Jane Ortiz"}}, Quotes: []Quote{{ID: "q1", Speaker: &s1}}}
			from := 0
			for _, m := range tt.mentions {
				i := strings.Index(tt.text[from:], m)
				require.GreaterOrEqual(t, i, 0, "mention %q", m)
				s := Span{Start: from + i, End: from + i + len(m)}
				res.Speakers[0].Mentions = append(res.Speakers[0].Mentions, Mention{Span: s, Text: s.Of(tt.text)})
				from = s.End
			}
			page := RenderPage(tt.text, res, "")
			_, line, found := strings.Cut(page, `<span class="aliases">`)
			line, _, _ = strings.Cut(line, "</span>")
			if tt.want == "" {
				assert.False(t, found, "aliases shown: %s", line)
				return
			}
			assert.Equal(t, tt.want, line)
			assert.Equal(t, tt.mentions[1], res.Speakers[0].Mentions[1].Text, "the result's mention text is the source")
		})
	}
}
