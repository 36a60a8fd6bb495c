package mdtext

import (
	"strings"
	"unicode/utf8"
)

// AttrWriter builds an escaped attribute list (each attribute with its
// leading space).
type AttrWriter struct{ b strings.Builder }

// Reset empties the list.
func (a *AttrWriter) Reset() { a.b.Reset() }

// Add writes the attribute name="value", the value escaped.
func (a *AttrWriter) Add(name, value string) {
	a.b.WriteByte(' ')
	a.b.WriteString(name)
	a.b.WriteString(`="`)
	WriteEscaped(&a.b, value)
	a.b.WriteByte('"')
}

// Open starts an attribute whose value is written by text and ended by
// Close.
func (a *AttrWriter) Open(name string) {
	a.b.WriteByte(' ')
	a.b.WriteString(name)
	a.b.WriteString(`="`)
}

// Text writes parts of an attribute value, escaped.
func (a *AttrWriter) Text(parts ...string) {
	for _, p := range parts {
		WriteEscaped(&a.b, p)
	}
}

// Close ends an attribute started by Open.
func (a *AttrWriter) Close() { a.b.WriteByte('"') }

// String returns the attribute list.
func (a *AttrWriter) String() string { return a.b.String() }

// EscapeString returns s escaped for HTML text or a quoted attribute value.
func EscapeString(s string) string {
	var b strings.Builder
	WriteEscaped(&b, s)
	return b.String()
}

// WriteEscaped writes s escaped for HTML text or a quoted attribute value:
// the five special characters become references, NUL and each byte of
// invalid UTF-8 become U+FFFD, and the other control characters that are
// not white space (C0 but tab, LF, CR and form feed; DEL; C1) become
// visible: C0 and DEL as their Control Pictures (ESC as U+241B), C1 as
// U+FFFD. HTML forbids them in text, and the HTML may be shown on a
// terminal (annotate -format html), which must get no control character
// from an article (issue 10).
func WriteEscaped(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var rep string
		size := 1
		switch {
		case c == '&':
			rep = "&amp;"
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c == '"':
			rep = "&#34;"
		case c == '\'':
			rep = "&#39;"
		case c == 0:
			rep = "\uFFFD"
		case c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			rep = string(rune(0x2400 + int(c))) // U+2401-U+241F
		case c == 0x7f:
			rep = "\u2421"
		case c < utf8.RuneSelf:
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			if r == utf8.RuneError && n == 1 || r >= 0x80 && r <= 0x9f {
				rep = "\uFFFD"
			}
		}
		if rep != "" {
			b.WriteString(s[last:i])
			b.WriteString(rep)
			last = i + size
		}
		i += size
	}
	b.WriteString(s[last:])
}
