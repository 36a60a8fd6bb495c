package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// visible returns s with every character that a terminal could act on
// shown as a visible stand-in instead, so that an article cannot move the
// cursor, retitle the window or write the clipboard (ESC, BEL, OSC, CSI):
//
//   - C0 controls (U+0000-U+001F) as their Control Pictures, U+2400-U+241F
//     (ESC as ␛, BEL as ␇, a tab as ␉, a line break as ␊), and DEL as ␡;
//   - C1 controls (U+0080-U+009F, CSI and OSC among them), the bidirectional
//     overrides and isolates (U+202A-U+202E, U+2066-U+2069) as \u escapes;
//   - each byte of invalid UTF-8 as \x escapes.
func visible(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0x7f || c >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < ' ':
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune('\u2421')
		case 0x80 <= r && r <= 0x9f, 0x202a <= r && r <= 0x202e, 0x2066 <= r && r <= 0x2069:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
