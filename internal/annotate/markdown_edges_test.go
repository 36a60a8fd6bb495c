//go:build !nomarkdown

package annotate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate/mdtext"
)

// A byte-order mark in front of a Markdown article is not part of its first
// line: the article is still detected as Markdown, read the same as
// without the mark, and every offset counts the mark's three bytes.
func TestMarkdownWithByteOrderMark(t *testing.T) {
	const md = "# Title\n\n**Ana Ruiz** said: \"I am done.\"\n"
	const bom = "\ufeff"
	want, err := Annotate(md, Options{Dateline: "2025-10-17"})
	require.NoError(t, err)
	require.Equal(t, FormatMarkdown, want.Format)
	require.Len(t, want.Quotes, 1)
	require.NotEmpty(t, want.Quotes[0].Speaker, "the speaker of the quote without the mark")

	got, err := Annotate(bom+md, Options{Dateline: "2025-10-17"})
	require.NoError(t, err)
	assert.Equal(t, FormatMarkdown, got.Format)
	require.Len(t, got.Quotes, 1)
	assert.Equal(t, want.Quotes[0].Start+len(bom), got.Quotes[0].Start)
	assert.Equal(t, want.Quotes[0].Text, got.Quotes[0].Text)
	assert.Equal(t, want.Quotes[0].Speaker, got.Quotes[0].Speaker)
	require.Len(t, got.Speakers, len(want.Speakers))
	assert.Equal(t, want.Speakers[0].Name, got.Speakers[0].Name)

	html := RenderHTML(bom+md, got)
	assert.Contains(t, html, "<h1>Title</h1>")
}

// Markdown whose block quotes or lists nest deeper than mdtext.MaxNesting on
// a line is read as plain text, with a warning, before goldmark sees it
// (its work on such a line grows with the square of the depth); the
// rendering agrees. Depth MaxNesting is still Markdown.
func TestMarkdownNestedTooDeep(t *testing.T) {
	deep := func(marker string, depth int) string {
		return "# Notes\n\nSee [the report](https://example.org/report).\n\n" + strings.Repeat(marker, depth) + "“We will not rush this,” said Ana Ruiz.\n"
	}
	for _, marker := range []string{"> ", "- ", "1. ", ">"} {
		ok := deep(marker, mdtext.MaxNesting)
		res, err := Annotate(ok, Options{Format: FormatMarkdown})
		require.NoError(t, err)
		assert.Equal(t, FormatMarkdown, res.Format, "%q at the bound", marker)
		assert.Empty(t, res.Warnings)

		for _, opts := range []Options{{Format: FormatMarkdown}, {}} {
			text := deep(marker, mdtext.MaxNesting+1)
			res, err := Annotate(text, opts)
			require.NoError(t, err)
			assert.Equal(t, FormatPlain, res.Format, "%q past the bound, format %q", marker, opts.Format)
			require.Len(t, res.Warnings, 1)
			assert.Contains(t, res.Warnings[0], "read as plain text")
			require.Len(t, res.Quotes, 1, "%q past the bound, format %q", marker, opts.Format)
			assert.Equal(t, "“We will not rush this,”", res.Quotes[0].Text)
			assert.True(t, strings.HasPrefix(RenderHTML(text, res), "<p>"), "rendered as plain paragraphs")
		}
	}
}

func TestNesting(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want int
	}{
		{"plain text\n", 0},
		{"> a\n> > b\n", 2},
		{"- > 1. x\n", 3},
		{"-x\n1.5 million\n", 0},
		{"  >  >\t> x", 3},
		{strings.Repeat("> ", 1000) + "x", mdtext.MaxNesting + 1},
	} {
		assert.Equal(t, tt.want, mdtext.Nesting(tt.src), "%.20q", tt.src)
	}
}
