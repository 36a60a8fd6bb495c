package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain “text” é", "plain “text” é"},
		{"a\x1b[2Jb", "a␛[2Jb"},
		{"\x1b]52;c;aGk=\x07", "␛]52;c;aGk=␇"},
		{"nul\x00 del\x7f", "nul␀ del␡"},
		{"csi\u009b1m osc\u009d", `csi\u009b1m osc\u009d`},
		{"bidi\u202eevil\u2066", `bidi\u202eevil\u2066`},
		{"raw \x9b byte", `raw \x9b byte`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, visible(tt.in), "%q", tt.in)
	}
}

// TestTextFormatShowsNoControlCharacters runs -format text on an article
// full of terminal escapes: none reaches the output.
func TestTextFormatShowsNoControlCharacters(t *testing.T) {
	article := "“We will \x1b]52;c;aGVsbG8=\x07rebuild the pier\x1b[2J,” said Ines \x1b[31mMoreau\u009b on Friday\x07.\n"
	status, stdout, stderr := runCLI(t, article, "-format", "text", "-dateline", "2025-10-17")
	require.Equal(t, 0, status, stderr)
	assert.Contains(t, stdout, "rebuild the pier␛[2J")
	for _, c := range []string{"\x1b", "\x07", "\u009b"} {
		assert.NotContains(t, stdout, c)
	}
	for _, line := range strings.Split(stdout, "\n") {
		for _, r := range line {
			assert.False(t, r < ' ' && r != '\t', "control %U in %q", r, line)
		}
	}
}
