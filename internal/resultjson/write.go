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

// appendInt writes n in decimal, as strconv.AppendInt does. The
// non-negative numbers under 1e8 (offsets, counts) are written two digits
// a step, without a call: those under 10,000 (the offsets of most
// articles) by one append, the others in place after one capacity check.
func appendInt(dst []byte, n int) []byte {
	switch {
	case n < 0 || n >= 1e8:
		return strconv.AppendInt(dst, int64(n), 10)
	case n < 10:
		return append(dst, byte('0'+n))
	case n < 100:
		return append(dst, pairs[2*n], pairs[2*n+1])
	case n < 10000:
		q, r := n/100, n%100
		if q < 10 {
			return append(dst, byte('0'+q), pairs[2*r], pairs[2*r+1])
		}
		return append(dst, pairs[2*q], pairs[2*q+1], pairs[2*r], pairs[2*r+1])
	}
	width := 5
	for m := n; m >= 100000; m /= 10 {
		width++
	}
	at := len(dst)
	dst = append(dst, 0, 0, 0, 0, 0, 0, 0, 0) // room for the widest, stored in place
	b := dst[at : at+width]
	for i := width; n > 0; n /= 100 {
		r := n % 100
		if i == 1 { // the odd digit first
			b[0] = byte('0' + r)
			break
		}
		i -= 2
		b[i+1], b[i] = pairs[2*r+1], pairs[2*r]
	}
	return dst[:at+width]
}

// pairs holds the two digits of 00 to 99, in order.
const pairs = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" +
	"30313233343536373839" + "40414243444546474849" + "50515253545556575859" +
	"60616263646566676869" + "70717273747576777879" + "80818283848586878889" +
	"90919293949596979899"

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
