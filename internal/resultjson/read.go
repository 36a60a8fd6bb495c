package resultjson

import (
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// This file is the reading side: a lean scanner for one JSON object (a line
// of JSON Lines), which hands over each member's value as the raw bytes of
// the input so that a caller can copy it untouched, and decodes strings as
// encoding/json does. It accepts exactly what encoding/json's Valid accepts.

// maxDepth bounds the nesting of arrays and objects in a value.
const maxDepth = 1000

// SyntaxError is a malformed input, with the byte offset where it was seen.
type SyntaxError struct {
	Offset int    // byte offset into the input
	Msg    string // what is wrong there
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at byte %d: %s", e.Offset, e.Msg)
}

// Members calls fn for each member of the JSON object obj, in input order,
// with the member's key decoded and its value as the raw bytes of obj
// (valid JSON, without the whitespace around it). Whitespace around the
// object is allowed; anything else is a *SyntaxError. An error from fn stops
// the walk and is returned as it is.
func Members(obj []byte, fn func(key string, value []byte) error) error {
	s := scanner{data: obj}
	s.space()
	if !s.accept('{') {
		return s.fail("want an object")
	}
	s.space()
	if !s.accept('}') {
		for {
			s.space()
			start := s.pos
			if err := s.skipString(); err != nil {
				return err
			}
			key, err := Unquote(obj[start:s.pos])
			if err != nil {
				return err
			}
			s.space()
			if !s.accept(':') {
				return s.fail("want ':' after an object key")
			}
			s.space()
			start = s.pos
			if err := s.skipValue(0); err != nil {
				return err
			}
			if err := fn(key, obj[start:s.pos]); err != nil {
				return err
			}
			s.space()
			if s.accept('}') {
				break
			}
			if !s.accept(',') {
				return s.fail("want ',' or '}' in an object")
			}
		}
	}
	s.space()
	if s.pos < len(s.data) {
		return s.fail("more after the object")
	}
	return nil
}

// Unquote decodes raw, one JSON string with its quotes, as encoding/json
// does: each invalid UTF-8 byte and each lone UTF-16 surrogate becomes
// U+FFFD.
func Unquote(raw []byte) (string, error) {
	s := scanner{data: raw}
	if err := s.skipString(); err != nil {
		return "", err
	}
	if s.pos != len(raw) {
		return "", s.fail("more after the string")
	}
	body := raw[1 : len(raw)-1]
	clean := true
	for _, c := range body {
		if c == '\\' || c >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean || (!containsByte(body, '\\') && utf8.Valid(body)) {
		return string(body), nil
	}
	return unescape(body), nil
}

// unescape decodes the body of a string already checked by skipString.
func unescape(body []byte) string {
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		switch {
		case c == '\\':
			e := body[i+1]
			i += 2
			switch e {
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r := hex4(body[i:])
				i += 4
				if utf16.IsSurrogate(r) {
					r2 := rune(-1)
					if i+6 <= len(body) && body[i] == '\\' && body[i+1] == 'u' {
						r2 = hex4(body[i+2:])
					}
					if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
						r = pair
						i += 6
					} else {
						r = utf8.RuneError
					}
				}
				out = utf8.AppendRune(out, r)
			default: // '"', '\\', '/'
				out = append(out, e)
			}
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
		default:
			r, size := utf8.DecodeRune(body[i:])
			if r == utf8.RuneError && size == 1 {
				out = append(out, "\uFFFD"...)
			} else {
				out = append(out, body[i:i+size]...)
			}
			i += size
		}
	}
	return string(out)
}

// hex4 decodes four hex digits (already checked).
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case c <= '9':
			r |= rune(c - '0')
		case c >= 'a':
			r |= rune(c - 'a' + 10)
		default:
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}

func containsByte(b []byte, c byte) bool {
	for _, x := range b {
		if x == c {
			return true
		}
	}
	return false
}

// scanner walks JSON text, checking it as it goes.
type scanner struct {
	data []byte
	pos  int
}

var errEnd = errors.New("unexpected end of input")

func (s *scanner) fail(msg string) error {
	if s.pos >= len(s.data) {
		return &SyntaxError{Offset: s.pos, Msg: errEnd.Error()}
	}
	return &SyntaxError{Offset: s.pos, Msg: msg}
}

func (s *scanner) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

func (s *scanner) accept(c byte) bool {
	if s.pos < len(s.data) && s.data[s.pos] == c {
		s.pos++
		return true
	}
	return false
}

// skipValue moves past one value, depth being the nesting around it.
func (s *scanner) skipValue(depth int) error {
	if s.pos >= len(s.data) {
		return s.fail("")
	}
	switch c := s.data[s.pos]; {
	case c == '"':
		return s.skipString()
	case c == '{' || c == '[':
		return s.skipContainer(depth + 1)
	case c == '-' || '0' <= c && c <= '9':
		return s.skipNumber()
	case c == 't':
		return s.skipLiteral("true")
	case c == 'f':
		return s.skipLiteral("false")
	case c == 'n':
		return s.skipLiteral("null")
	}
	return s.fail("want a value")
}

// skipContainer moves past an object or an array.
func (s *scanner) skipContainer(depth int) error {
	if depth > maxDepth {
		return s.fail(fmt.Sprintf("nested deeper than %d", maxDepth))
	}
	object := s.data[s.pos] == '{'
	closer := byte(']')
	if object {
		closer = '}'
	}
	s.pos++
	s.space()
	if s.accept(closer) {
		return nil
	}
	for {
		s.space()
		if object {
			if s.pos >= len(s.data) || s.data[s.pos] != '"' {
				return s.fail("want a string key")
			}
			if err := s.skipString(); err != nil {
				return err
			}
			s.space()
			if !s.accept(':') {
				return s.fail("want ':' after an object key")
			}
			s.space()
		}
		if err := s.skipValue(depth); err != nil {
			return err
		}
		s.space()
		if s.accept(closer) {
			return nil
		}
		if !s.accept(',') {
			return s.fail("want ',' or a closing bracket")
		}
	}
}

// skipString moves past a string, checking its escapes.
func (s *scanner) skipString() error {
	if !s.accept('"') {
		return s.fail("want a string")
	}
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch {
		case c == '"':
			s.pos++
			return nil
		case c == '\\':
			if s.pos+1 >= len(s.data) {
				s.pos++
				return s.fail("")
			}
			switch s.data[s.pos+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.pos += 2
			case 'u':
				for k := 2; k < 6; k++ {
					if s.pos+k >= len(s.data) || !isHex(s.data[s.pos+k]) {
						s.pos += k
						return s.fail("want four hex digits after \\u")
					}
				}
				s.pos += 6
			default:
				s.pos++
				return s.fail("unknown escape")
			}
		case c < ' ':
			return s.fail("control character in a string")
		default:
			s.pos++
		}
	}
	return s.fail("")
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// skipNumber moves past a number in JSON's grammar.
func (s *scanner) skipNumber() error {
	s.accept('-')
	switch {
	case s.accept('0'):
	case s.pos < len(s.data) && '1' <= s.data[s.pos] && s.data[s.pos] <= '9':
		s.digits()
	default:
		return s.fail("want a digit")
	}
	if s.accept('.') {
		if s.digits() == 0 {
			return s.fail("want a digit after '.'")
		}
	}
	if s.accept('e') || s.accept('E') {
		if !s.accept('+') {
			s.accept('-')
		}
		if s.digits() == 0 {
			return s.fail("want a digit in the exponent")
		}
	}
	return nil
}

func (s *scanner) digits() int {
	start := s.pos
	for s.pos < len(s.data) && '0' <= s.data[s.pos] && s.data[s.pos] <= '9' {
		s.pos++
	}
	return s.pos - start
}

func (s *scanner) skipLiteral(lit string) error {
	if len(s.data)-s.pos < len(lit) || string(s.data[s.pos:s.pos+len(lit)]) != lit {
		return s.fail("want " + lit)
	}
	s.pos += len(lit)
	return nil
}
