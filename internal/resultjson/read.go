package resultjson

import (
	"bytes"
	"errors"
	"math/bits"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
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
	return "invalid JSON at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
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
// U+FFFD. It checks and decodes in one pass, copying nothing when the
// string has no escape and no invalid byte.
func Unquote(raw []byte) (string, error) {
	s := scanner{data: raw}
	if !s.accept('"') {
		return "", s.fail("want a string")
	}
	var out []byte // nil until something differs from raw
	start := 1
	for s.pos < len(raw) {
		c := raw[s.pos]
		switch {
		case c >= ' ' && c != '"' && c != '\\' && c < utf8.RuneSelf:
			s.pos += 1 + plainRun(raw[s.pos+1:])
		case c == '"':
			if s.pos != len(raw)-1 {
				s.pos++
				return "", s.fail("more after the string")
			}
			if out == nil {
				return string(raw[1:s.pos]), nil
			}
			out = append(out, raw[start:s.pos]...)
			// out is this call's own and is never written again.
			return unsafe.String(unsafe.SliceData(out), len(out)), nil
		case c == '\\':
			if out == nil {
				out = make([]byte, 0, len(raw))
			}
			out = append(out, raw[start:s.pos]...)
			var err error
			if out, err = s.escape(out); err != nil {
				return "", err
			}
			start = s.pos
		case c < ' ':
			return "", s.fail("control character in a string")
		default:
			r, size := utf8.DecodeRune(raw[s.pos:])
			if r == utf8.RuneError && size == 1 {
				if out == nil {
					out = make([]byte, 0, len(raw)+2)
				}
				out = append(append(out, raw[start:s.pos]...), "\uFFFD"...)
				start = s.pos + 1
			}
			s.pos += size
		}
	}
	return "", s.fail("")
}

// UnquoteMember is [Unquote] for a string value that [Members] handed
// over, and so has checked: it decodes it without checking it again,
// reading the UTF-8 (one pass that passes ASCII eight bytes at a time) and
// the escapes (found with bytes.IndexByte) apart. A raw control character
// is not looked for (Members refuses it); a string with invalid UTF-8, and
// anything else that is no string, is read by Unquote instead, and refused
// with its error.
func UnquoteMember(raw []byte) (string, error) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' || !utf8.Valid(raw) {
		return Unquote(raw)
	}
	end := len(raw) - 1
	i := bytes.IndexByte(raw[1:end], '\\')
	if i < 0 {
		return string(raw[1:end]), nil
	}
	out := make([]byte, 0, end-1)
	s := scanner{data: raw[:end], pos: 1}
	for i >= 0 {
		out = append(out, raw[s.pos:s.pos+i]...)
		s.pos += i
		var err error
		if out, err = s.escape(out); err != nil {
			return Unquote(raw)
		}
		i = bytes.IndexByte(raw[s.pos:end], '\\')
	}
	out = append(out, raw[s.pos:end]...)
	// out is this call's own and is never written again.
	return unsafe.String(unsafe.SliceData(out), len(out)), nil
}

// escape decodes the escape at s.pos onto out and moves past it.
func (s *scanner) escape(out []byte) ([]byte, error) {
	if s.pos+1 >= len(s.data) {
		s.pos++
		return out, s.fail("")
	}
	e := s.data[s.pos+1]
	s.pos += 2
	switch e {
	case '"', '\\', '/':
		return append(out, e), nil
	case 'b':
		return append(out, '\b'), nil
	case 'f':
		return append(out, '\f'), nil
	case 'n':
		return append(out, '\n'), nil
	case 'r':
		return append(out, '\r'), nil
	case 't':
		return append(out, '\t'), nil
	case 'u':
		r, ok := s.hex4()
		if !ok {
			return out, s.fail("want four hex digits after \\u")
		}
		if utf16.IsSurrogate(r) {
			next := scanner{data: s.data, pos: s.pos}
			if next.accept('\\') && next.accept('u') {
				if r2, ok := next.hex4(); ok {
					if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
						s.pos = next.pos
						return utf8.AppendRune(out, pair), nil
					}
				}
			}
			r = utf8.RuneError
		}
		return utf8.AppendRune(out, r), nil
	}
	s.pos--
	return out, s.fail("unknown escape")
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
		return s.fail("nested deeper than " + strconv.Itoa(maxDepth))
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
		s.pos += stringRun(s.data[s.pos:])
		if s.pos >= len(s.data) {
			break
		}
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
		default: // c < ' ', the only other byte stringRun stops at
			return s.fail("control character in a string")
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

// hex4 reads four hex digits at s.pos, moving past them when they are.
func (s *scanner) hex4() (rune, bool) {
	if len(s.data)-s.pos < 4 {
		return 0, false
	}
	var r rune
	for _, c := range s.data[s.pos : s.pos+4] {
		var d byte
		switch {
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= c && c <= 'f':
			d = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	s.pos += 4
	return r, true
}

// plainRun returns the length of the prefix of b that a string can hold as
// it is: printable ASCII other than '"' and '\\'. It tests eight bytes at a
// time (the "has less than" and "has zero byte" tests of Anderson's Bit
// Twiddling Hacks, which may flag a byte after the first one that matters
// but never miss one, nor flag one before it: the lowest flag is exact),
// then byte by byte for the last seven.
func plainRun(b []byte) int {
	n := len(b)
	for ; len(b) >= 8; b = b[8:] {
		x := loadLE64(b)
		if flags := (stopBytes(x) | x) & highs; flags != 0 {
			return n - len(b) + bits.TrailingZeros64(flags)/8
		}
	}
	for i, c := range b {
		if c < ' ' || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			return n - len(b) + i
		}
	}
	return n
}

// stringRun returns the length of the prefix of b that skipString passes
// over in one step: any byte but '"', '\\' and the controls under ' '.
// Bytes from 0x80 are passed over: encoding/json's Valid accepts any
// bytes there, and Unquote replaces the invalid ones when it decodes.
func stringRun(b []byte) int {
	n := len(b)
	for ; len(b) >= 16; b = b[16:] { // two words a step: half the loop's own cost
		if stopBytes(loadLE64(b))&highs|stopBytes(loadLE64(b[8:]))&highs != 0 {
			break
		}
	}
	for ; len(b) >= 8; b = b[8:] {
		if flags := stopBytes(loadLE64(b)) & highs; flags != 0 {
			return n - len(b) + bits.TrailingZeros64(flags)/8
		}
	}
	for i, c := range b {
		if c < ' ' || c == '"' || c == '\\' {
			return n - len(b) + i
		}
	}
	return n
}

const ones, highs = 0x0101010101010101, 0x8080808080808080

// stopBytes sets the high bit of each byte of x under ' ', or equal to '"'
// or '\\' (and maybe of bytes above such a byte, never below the first
// one; other high bits are noise, to mask with highs). A byte of 0x80 or
// more is never flagged: its high bit is cleared by &^x, as that of
// x^('"'s) or x^('\\'s) would be, the two marks being ASCII.
func stopBytes(x uint64) uint64 {
	quote, slash := x^(ones*'"'), x^(ones*'\\')
	return ((x - ones*' ') | (quote - ones) | (slash - ones)) &^ x
}

// loadLE64 reads the first eight bytes of b as a little-endian uint64, as
// encoding/binary's LittleEndian.Uint64 does (the compiler turns the
// pattern into one load), without that package: it links reflect into
// the WebAssembly modules, about 0.01 MB of the embed's.
func loadLE64(b []byte) uint64 {
	_ = b[7] // one bounds check
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}
