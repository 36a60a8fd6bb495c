//go:build !nomarkdown

package mdtext

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// The allowlist of link and image schemes.

// safeURL returns url, escaped for an attribute, when its scheme is safe:
// none (a relative address or a fragment), http, https, mailto or tel, and
// for images also data:image/ in PNG, GIF, JPEG or WebP. Browsers ignore
// tabs and newlines anywhere in a URL and control characters and spaces
// around it, so the check does too ("java\tscript:" is javascript:).
func safeURL(url []byte, image bool) (string, bool) {
	var clean []byte
	for _, c := range url {
		if c != '\t' && c != '\n' && c != '\r' {
			clean = append(clean, c)
		}
	}
	clean = bytes.TrimLeft(clean, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	if !utf8.Valid(clean) {
		return "", false
	}
	scheme := ""
	for i, c := range clean {
		if c == ':' {
			scheme = strings.ToLower(string(clean[:i]))
			break
		}
		if c == '/' || c == '?' || c == '#' {
			break
		}
	}
	switch scheme {
	case "", "http", "https", "mailto", "tel":
	case "data":
		lower := strings.ToLower(string(clean))
		ok := false
		for _, p := range []string{"data:image/png;", "data:image/gif;", "data:image/jpeg;", "data:image/webp;"} {
			ok = ok || strings.HasPrefix(lower, p)
		}
		if !image || !ok {
			return "", false
		}
	default:
		return "", false
	}
	return EscapeString(string(url)), true
}
