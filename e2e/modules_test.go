package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestModulesReplace loads the three builds one after the other into
// ArticleAnnotator on the page, as the page's worker replaces its first
// module by the one with Markdown: what each build reads and has, and that
// a replaced module leaves the next one working.
func TestModulesReplace(t *testing.T) {
	base := startServer(t)
	ctx := newBrowser(t)
	openPage(t, ctx, base)
	type build struct {
		ReadsMarkdown bool   `json:"readsMarkdown"`
		Detected      string `json:"detected"`
		Markdown      string `json:"markdown"` // the format annotate gave, or the error
		Render        string `json:"render"`   // "ok" or the error
		Quotes        int    `json:"quotes"`
	}
	got := evalPage[map[string]build](t, ctx, `(async () => {
		await new Promise((ok, fail) => {
			const s = document.createElement("script");
			s.src = "wasm_exec.js"; s.onload = ok; s.onerror = () => fail(new Error("cannot load wasm_exec.js"));
			document.head.append(s);
		});
		const { ArticleAnnotator: A } = await import("./annotator.js");
		const md = "# Harbour wall\n\n“It will hold,” said [Ana Duarte](https://example.org/ana) on *Friday*.";
		const probe = () => {
			const out = { readsMarkdown: A.readsMarkdown, detected: A.detectFormat(md) };
			try { out.markdown = A.annotate(md, { format: "markdown" }).format; } catch (e) { out.markdown = e.name + ": " + e.message; }
			try { A.render("x"); out.render = "ok"; } catch (e) { out.render = e.message; }
			out.quotes = A.annotate("“Yes,” said Ana Duarte.", { format: "plain" }).quotes.length;
			return out;
		};
		await A.load("annotator-plain.wasm");
		const plain = probe();
		await A.replace("annotator-embed.wasm");
		const embed = probe();
		await A.replace("annotator.wasm");
		const whole = probe();
		return { plain, embed, whole };
	})()`)

	plain, embed, whole := got["plain"], got["embed"], got["whole"]
	assert.False(t, plain.ReadsMarkdown)
	assert.Equal(t, "markdown", plain.Detected, "every build detects Markdown")
	assert.Contains(t, plain.Markdown, "RangeError: ArticleAnnotator.annotate: annotate: this build reads no Markdown")
	assert.Equal(t, "ok", plain.Render, "the page's first module renders")
	assert.Equal(t, 1, plain.Quotes)

	assert.False(t, embed.ReadsMarkdown)
	assert.Equal(t, "markdown", embed.Detected)
	assert.Equal(t, "ArticleAnnotator.render: this module is built without it (the embed's build, "+
		"annotator-embed.wasm, has annotate only); load annotator.wasm", embed.Render)
	assert.Equal(t, 1, embed.Quotes, "annotate works after the replace")

	assert.True(t, whole.ReadsMarkdown)
	assert.Equal(t, "markdown", whole.Markdown)
	assert.Equal(t, "ok", whole.Render)
	assert.Equal(t, 1, whole.Quotes)
}
