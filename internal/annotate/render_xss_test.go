package annotate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// xssPayloads are known ways to smuggle script into HTML.
var xssPayloads = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`<img src="x" onerror="alert(1)">`,
	`<svg onload=alert(1)>`,
	`<svg><script>alert(1)</script></svg>`,
	`<iframe src="javascript:alert(1)"></iframe>`,
	`<iframe srcdoc="<script>alert(1)</script>">`,
	`<a href="javascript:alert(1)">x</a>`,
	`"><script>alert(1)</script>`,
	`' onmouseover='alert(1)`,
	`" onmouseover="alert(1)`,
	`&lt;script&gt;alert(1)&lt;/script&gt;`,
	`&#60;script&#62;alert(1)&#60;/script&#62;`,
	`&#x3C;img src=x onerror=alert(1)&#x3E;`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
	`<style>@import 'http://evil.example/x.css';</style>`,
	`<body onload=alert(1)>`,
	`<object data="javascript:alert(1)">`,
	`<embed src="data:text/html,<script>alert(1)</script>">`,
	`<form action="javascript:alert(1)"><button>x</button></form>`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
	`<base href="javascript:alert(1)//">`,
	`<!--<img src="--><img src=x onerror=alert(1)//">`,
	`<template><script>alert(1)</script></template>`,
	"[a](javascript:alert(1))",
	"[a](JAVASCRIPT:alert(1))",
	"[a](  javascript:alert(1))",
	"[a](<java\tscript:alert(1)>)",
	"[a](java&#09;script:alert(1))",
	"[a](&#106;avascript:alert(1))",
	"[a](javascript&#58;alert(1))",
	"[a](javascript&colon;alert(1))",
	"[a](vbscript:msgbox(1))",
	"[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
	"[a](file:///etc/passwd)",
	"[a](\x01javascript:alert(1))",
	`[a](https://example.org "x\" onmouseover=\"alert(1)")`,
	`![a](javascript:alert(1))`,
	`![a" onerror="alert(1)](x.png)`,
	`![a](x.png "\" onerror=\"alert(1)")`,
	"<javascript:alert(1)>",
	"[a][r]\n\n[r]: javascript:alert(1)",
	"```\n</code></pre><script>alert(1)</script>\n```",
	"`</code><script>alert(1)</script>`",
	"<div>\n<script>alert(1)</script>\n</div>",
	"<script>\nalert(1)\n</script>",
	"<textarea></textarea><script>alert(1)</script>",
}

// safeSchemes are the link schemes the tests accept; anything else in an
// href or src is active content.
func safeAttrURL(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	for _, c := range "\t\n\r" {
		v = strings.ReplaceAll(v, string(c), "")
	}
	i := strings.IndexAny(v, ":/?#")
	if i < 0 || v[i] != ':' {
		return true // relative
	}
	switch v[:i] {
	case "http", "https", "mailto", "tel":
		return true
	case "data":
		return strings.HasPrefix(v, "data:image/png;") || strings.HasPrefix(v, "data:image/gif;") ||
			strings.HasPrefix(v, "data:image/jpeg;") || strings.HasPrefix(v, "data:image/webp;")
	}
	return false
}

// activeElements can run script, load content or change the page.
var activeElements = map[string]bool{"script": true, "iframe": true, "object": true, "embed": true, "svg": true, "math": true,
	"frame": true, "frameset": true, "base": true, "form": true, "link": true, "template": true, "textarea": true, "button": true, "input": true}

// activeContent lists what in a parsed document could run script or load
// a resource: active elements, event handler and other dangerous
// attributes, unsafe URLs. <style> and <meta> are checked separately (the
// page has one of each).
func activeContent(doc *html.Node) []string {
	var found []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if activeElements[n.Data] {
			found = append(found, "<"+n.Data+">")
		}
		if n.Data == "meta" {
			for _, a := range n.Attr {
				if a.Key == "http-equiv" && strings.EqualFold(a.Val, "refresh") {
					found = append(found, "meta refresh")
				}
			}
		}
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			switch {
			case strings.HasPrefix(key, "on"), key == "srcdoc", key == "formaction", key == "style", key == "action", key == "background":
				found = append(found, fmt.Sprintf("%s %s=%q", n.Data, key, a.Val))
			case key == "href" || key == "src" || key == "xlink:href" || key == "data" || key == "poster":
				if !safeAttrURL(a.Val) {
					found = append(found, fmt.Sprintf("%s %s=%q", n.Data, key, a.Val))
				}
			}
		}
	}
	return found
}

// fragmentActiveContent parses a fragment as the body of a page would and
// lists its active content, <style> included.
func fragmentActiveContent(t *testing.T, fragment string) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><html><head></head><body>" + fragment + "</body></html>"))
	require.NoError(t, err)
	found := activeContent(doc)
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && (n.Data == "style" || n.Data == "meta") {
			found = append(found, "<"+n.Data+">")
		}
	}
	return found
}

// TestRenderXSS feeds each payload, as plain text and as Markdown, bare and
// inside highlights whose IDs, names and values carry payloads too, and
// asserts the HTML has no active content and nests.
func TestRenderXSS(t *testing.T) {
	for _, p := range xssPayloads {
		for _, format := range []Format{FormatPlain, FormatMarkdown} {
			text := "“Say " + p + " now,” said Eve on Friday.\n\n" + p + "\n\nEnd " + p
			sp := `s1" onclick="alert(1)`
			res := Result{
				Format:   format,
				Quotes:   []Quote{{ID: `q1"><script>alert(1)</script>`, Span: Span{Start: 0, End: len(text) / 2}, Speaker: &sp, Cue: &Mention{Span: spanOf(text, "said")}}},
				Speakers: []Speaker{{ID: sp, Name: p, Mentions: []Mention{{Span: spanOf(text, "Eve")}}}},
				Dates:    []Date{{Span: Span{Start: len(text) / 3, End: len(text)}, Type: p, Value: p, Mod: p}},
			}
			for _, r := range []Result{{Format: format}, res} {
				out := RenderHTML(text, r)
				assert.Empty(t, fragmentActiveContent(t, out), "%s %q", format, p)
				assert.NoError(t, checkWellFormed(out), "%s %q", format, p)
			}
			page := RenderPage(text, res, p)
			doc, err := html.Parse(strings.NewReader(page))
			require.NoError(t, err)
			assert.Empty(t, activeContent(doc), "page %s %q", format, p)
		}
	}
}

// TestRenderShowsHTMLAsText checks that markup in an article is shown, as
// the reader typed it, not dropped.
func TestRenderShowsHTMLAsText(t *testing.T) {
	tests := []struct {
		format   Format
		text     string
		wantText string
	}{
		{FormatPlain, `He wrote <img src=x onerror=alert(1)> twice.`, "He wrote <img src=x onerror=alert(1)> twice.\n"},
		{FormatMarkdown, `He wrote <img src=x onerror=alert(1)> twice.`, "He wrote <img src=x onerror=alert(1)> twice.\n"},
		{FormatMarkdown, "<script>alert(1)</script>", "<script>alert(1)</script>\n"},
		{FormatMarkdown, "A &lt;b&gt; tag", "A <b> tag\n"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.wantText, textContent(RenderHTML(tt.text, Result{Format: tt.format})), "%s %q", tt.format, tt.text)
	}
}
