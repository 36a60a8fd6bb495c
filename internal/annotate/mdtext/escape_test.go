package mdtext

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEscapeString(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"special characters", `<a href="x">'&'</a>`, "&lt;a href=&#34;x&#34;&gt;&#39;&amp;&#39;&lt;/a&gt;"},
		{"white space kept", "a\tb\nc\rd\fe", "a\tb\nc\rd\fe"},
		{"NUL and invalid bytes", "a\x00b\xffc", "a\uFFFDb\uFFFDc"},
		{"terminal escapes made visible", "\x1b]52;c;aGk=\x07 \x1b[31m", "\u241b]52;c;aGk=\u2407 \u241b[31m"},
		{"DEL", "a\x7fb", "a\u2421b"},
		{"C1 controls", "a\u009b31m\u0085b", "a\uFFFD31m\uFFFDb"},
		{"other text untouched", "“Olá,” said Zoë — ok", "“Olá,” said Zoë — ok"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, EscapeString(tc.in))
		})
	}
}
