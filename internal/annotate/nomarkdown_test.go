//go:build nomarkdown

package annotate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoMarkdownBuild checks the build of the embed's module (the
// nomarkdown tag; make test-native runs it): format "markdown" is refused
// with an error that says why, "auto" reads a Markdown text as plain, and
// rendering shows it as plain paragraphs, never empty.
func TestNoMarkdownBuild(t *testing.T) {
	const md = "# Title\n\n**Ana Ruiz** said: \"I am done.\"\n"
	_, err := Annotate(md, Options{Format: FormatMarkdown})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "nomarkdown")

	res, err := Annotate(md, Options{})
	require.NoError(t, err)
	assert.Equal(t, FormatPlain, res.Format)
	assert.False(t, ReadsMarkdown)
	assert.True(t, LooksLikeMarkdown(md), "detection stays, so a caller can hand the text to a build with Markdown")
	assert.NotEmpty(t, res.Quotes)

	html := RenderHTML(md, Result{Format: FormatMarkdown})
	assert.True(t, strings.HasPrefix(html, "<p>"), html)
	assert.Contains(t, html, "# Title")
}
