package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHTMLPage checks -format html: one standalone page, Markdown detected
// or forced, markup in the article shown as text.
func TestHTMLPage(t *testing.T) {
	md := "# Harbour wall <approved>\n\nThe council met on **Tuesday**; see [the plan](https://example.org/plan).\n"
	path := filepath.Join(t.TempDir(), "article.md")
	require.NoError(t, os.WriteFile(path, []byte(md), 0o644))

	status, stdout, stderr := runCLI(t, "", "-format", "html", "-dateline", "2025-10-17", path)
	require.Equal(t, 0, status, stderr)
	assert.True(t, strings.HasPrefix(stdout, "<!DOCTYPE html>"))
	assert.Contains(t, stdout, "<title>Harbour wall &lt;approved&gt;</title>")
	assert.Contains(t, stdout, "<h1>Harbour wall <code class=\"raw-html\">&lt;approved&gt;</code></h1>")
	assert.Contains(t, stdout, `<a href="https://example.org/plan" rel="noopener noreferrer nofollow">the plan</a>`)
	assert.NotContains(t, stdout, "<script")

	status, stdout, stderr = runCLI(t, md, "-format", "html", "-plain")
	require.Equal(t, 0, status, stderr)
	assert.Contains(t, stdout, "<p># Harbour wall &lt;approved&gt;</p>")

	status, stdout, stderr = runCLI(t, "A *b* c", "-format", "html", "-markdown")
	require.Equal(t, 0, status, stderr)
	assert.Contains(t, stdout, "<p>A <em>b</em> c</p>")
}
