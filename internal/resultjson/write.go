package resultjson

import (
	"math"
	"strconv"
)

// This file holds the writing helpers that the summary, the corrections
// and the JSON export share (summary.go, corrections.go, export.go): JSON
// numbers, string lists, and the indentation of the export.

// appendNumber writes f as encoding/json writes a float64: the shortest
// decimal that reads back as f, with an exponent below 1e-6 and from 1e21
// on. NaN and the infinities, which JSON cannot hold, are written as 0.
func appendNumber(dst []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(dst, '0')
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' { // 1e-07 → 1e-7, as encoding/json writes it
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

// appendStrings writes list as a JSON array of strings, null when nil.
func appendStrings(dst []byte, list []string) []byte {
	if list == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, s := range list {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendString(dst, s)
	}
	return append(dst, ']')
}

// appendList writes list as a JSON array, each element by elem, null when
// nil.
func appendList[T any](dst []byte, list []T, elem func([]byte, T) []byte) []byte {
	if list == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, v := range list {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = elem(dst, v)
	}
	return append(dst, ']')
}

// indent appends src, compact JSON as this package writes it, to dst as
// encoding/json's Encoder writes it with SetIndent("", "  ") and
// SetEscapeHTML(false): one member or element a line, two spaces a level,
// empty objects and arrays kept as {} and [], and the \u003c, \u003e and
// \u0026 escapes of appendString written back as <, > and &.
func indent(dst, src []byte) []byte {
	depth := 0
	newline := func() {
		dst = append(dst, '\n')
		for range depth {
			dst = append(dst, ' ', ' ')
		}
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"': // src is valid JSON: every string closes, every escape is whole
			dst = append(dst, '"')
			for i++; src[i] != '"'; i++ {
				if src[i] != '\\' {
					dst = append(dst, src[i])
					continue
				}
				if c, ok := htmlEscaped(src[i:]); ok {
					dst = append(dst, c)
					i += len(`\u003c`) - 1
					continue
				}
				dst = append(dst, src[i], src[i+1])
				i++
			}
			dst = append(dst, '"')
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// htmlEscaped returns the character of the \u003c, \u003e or \u0026 escape
// that esc starts with.
func htmlEscaped(esc []byte) (byte, bool) {
	if len(esc) < 6 || string(esc[:4]) != `\u00` {
		return 0, false
	}
	switch string(esc[4:6]) {
	case "3c":
		return '<', true
	case "3e":
		return '>', true
	case "26":
		return '&', true
	}
	return 0, false
}
