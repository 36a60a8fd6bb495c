//go:build js && wasm

package main

import (
	"strconv"
	"strings"
)

// sprintf is the part of fmt.Sprintf the bridge's messages use: %s, %v, %d
// and %q of strings, ints and errors (and %% for a percent sign). It keeps
// package fmt, and with it reflect and os, out of the module: about 0.1 MB
// brotli, more than a tenth of the embed's (see the Makefile, "size").
// Anything else is written as fmt would mark a bad verb, %!v(?).
func sprintf(format string, args ...any) string {
	var b strings.Builder
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		verb := format[i]
		if verb == '%' {
			b.WriteByte('%')
			continue
		}
		if next == len(args) {
			b.WriteString("%!" + string(verb) + "(MISSING)")
			continue
		}
		b.WriteString(formatArg(verb, args[next]))
		next++
	}
	return b.String()
}

// formatArg writes one argument as verb wants it.
func formatArg(verb byte, arg any) string {
	var s string
	switch v := arg.(type) {
	case string:
		s = v
	case int:
		if verb == 'd' || verb == 'v' {
			return strconv.Itoa(v)
		}
		s = strconv.Itoa(v)
	case error:
		s = v.Error()
	default:
		return "%!" + string(verb) + "(?)"
	}
	if verb == 'q' {
		return strconv.Quote(s)
	}
	return s
}
