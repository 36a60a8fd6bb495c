//go:build !nomarkdown

package mdtext

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSafeURL checks the link allowlist.
func TestSafeURL(t *testing.T) {
	tests := []struct {
		url   string
		image bool
		want  bool
	}{
		{"https://example.org/a?b=c&d", false, true},
		{"http://example.org", false, true},
		{"mailto:desk@example.org", false, true},
		{"tel:+441234", false, true},
		{"/relative/path", false, true},
		{"#fragment", false, true},
		{"page.html?x=javascript:1", false, true},
		{"javascript:alert(1)", false, false},
		{"JavaScript:alert(1)", false, false},
		{" \x01javascript:alert(1)", false, false},
		{"java\tscript:alert(1)", false, false},
		{"java\nscript:alert(1)", false, false},
		{"vbscript:x", false, false},
		{"file:///etc/passwd", false, false},
		{"data:text/html,<script>", false, false},
		{"data:image/png;base64,AAAA", true, true},
		{"data:image/png;base64,AAAA", false, false},
		{"data:image/svg+xml;base64,AAAA", true, false},
		{"ftp://example.org", false, false},
		{"\xff:x", false, false},
	}
	for _, tt := range tests {
		_, got := safeURL([]byte(tt.url), tt.image)
		assert.Equal(t, tt.want, got, "%q image=%v", tt.url, tt.image)
	}
	href, ok := safeURL([]byte(`https://example.org/?q="x"&a=<b>`), false)
	assert.True(t, ok)
	assert.Equal(t, "https://example.org/?q=&#34;x&#34;&amp;a=&lt;b&gt;", href)
}
