// Package resultjson writes an [annotate.Result] in its public JSON format
// without reflection, and with it the editor's desk: the summary, the
// corrections and the JSON export (summary.go, corrections.go, export.go);
// it reads results and corrections back (decode*.go). The WebAssembly
// bridge uses it instead of encoding/json, which would add about 53 kB
// (brotli) to the page's download; the tests hold its output byte for byte
// to encoding/json's, and what it reads to json.Unmarshal's, so the two
// cannot drift apart.
package resultjson

import (
	"math/bits"
	"strconv"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/annotate/core"
)

// Append appends the JSON encoding of r to dst, as json.Marshal writes it,
// and returns the extended slice.
func Append(dst []byte, r annotate.Result) []byte { return appendResult(dst, r, true) }

// FieldNames lists the keys that [AppendFields] writes, in order.
var FieldNames = []string{"format", "dateline", "quotes", "speakers", "dates", "date_order", "warnings"}

// AppendFields appends the members of r's encoding other than "id", as
// [Append] writes them but without the braces ("format":…,"dateline":…,
// "quotes":…,"speakers":…,"dates":…,"date_order":…, and "warnings":…
// when there are any), so that a caller can add them to an object of its
// own.
func AppendFields(dst []byte, r annotate.Result) []byte { return appendFields(dst, r, true) }

// AppendWithoutTexts is [Append] with every span's "text" (of a quote, a
// cue, a mention and a date) written as null: the WebAssembly bridge's
// answer, whose texts web/annotator.js fills in from the JavaScript string
// (text.slice(start, end), what the offsets select), so that the article's
// quoted parts do not cross the boundary twice.
func AppendWithoutTexts(dst []byte, r annotate.Result) []byte { return appendResult(dst, r, false) }

// appendResult is [Append], the spans' texts written as null unless texts
// is set.
func appendResult(dst []byte, r annotate.Result, texts bool) []byte {
	dst = append(dst, '{')
	if r.ID != "" {
		dst = append(dst, `"id":`...)
		dst = appendString(dst, r.ID)
		dst = append(dst, ',')
	}
	dst = appendFields(dst, r, texts)
	return append(dst, '}')
}

// appendFields is AppendFields, the spans' texts written as null unless
// texts is set.
func appendFields(dst []byte, r annotate.Result, texts bool) []byte {
	dst = append(dst, `"format":`...)
	dst = appendString(dst, string(r.Format))
	dst = append(dst, `,"dateline":`...)
	dst = appendString(dst, r.Dateline)

	dst = append(dst, `,"quotes":`...)
	if r.Quotes == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i, q := range r.Quotes {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendQuote(dst, q, texts)
		}
		dst = append(dst, ']')
	}

	dst = append(dst, `,"speakers":`...)
	if r.Speakers == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i, s := range r.Speakers {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendSpeaker(dst, s, texts)
		}
		dst = append(dst, ']')
	}

	dst = append(dst, `,"dates":`...)
	if r.Dates == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i, d := range r.Dates {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendDate(dst, d, texts)
		}
		dst = append(dst, ']')
	}
	dst = append(dst, `,"date_order":`...)
	dst = appendString(dst, r.DateOrder)
	if len(r.Warnings) > 0 { // omitempty
		dst = append(dst, `,"warnings":`...)
		dst = append(dst, '[')
		for i, w := range r.Warnings {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendString(dst, w)
		}
		dst = append(dst, ']')
	}
	return dst
}

func appendQuote(dst []byte, q annotate.Quote, texts bool) []byte {
	dst = append(dst, '{')
	dst = append(dst, `"id":`...)
	dst = appendString(dst, q.ID)
	dst = appendSpan(dst, q.Span)
	dst = append(dst, `,"text":`...)
	dst = appendText(dst, q.Text, texts)
	dst = append(dst, `,"speaker":`...)
	if q.Speaker == nil {
		dst = append(dst, "null"...)
	} else {
		dst = appendString(dst, *q.Speaker)
	}
	dst = append(dst, `,"cue":`...)
	if q.Cue == nil {
		dst = append(dst, "null"...)
	} else {
		dst = appendMention(dst, *q.Cue, texts)
	}
	dst = append(dst, `,"paragraph":`...)
	dst = appendInt(dst, q.Paragraph)
	dst = append(dst, `,"unclosed":`...)
	dst = strconv.AppendBool(dst, q.Unclosed)
	dst = append(dst, `,"attribution":`...)
	dst = appendString(dst, q.Attribution)
	dst = append(dst, `,"confidence":`...)
	dst = appendFloat(dst, q.Confidence)
	return append(dst, '}')
}

func appendSpeaker(dst []byte, s annotate.Speaker, texts bool) []byte {
	dst = append(dst, '{')
	dst = append(dst, `"id":`...)
	dst = appendString(dst, s.ID)
	dst = append(dst, `,"name":`...)
	dst = appendString(dst, s.Name)
	dst = append(dst, `,"kind":`...)
	dst = appendString(dst, s.Kind)
	if s.Role != "" {
		dst = append(dst, `,"role":`...)
		dst = appendString(dst, s.Role)
	}
	dst = append(dst, `,"mentions":`...)
	if s.Mentions == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i, m := range s.Mentions {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendMention(dst, m, texts)
		}
		dst = append(dst, ']')
	}
	dst = append(dst, `,"quotes":`...)
	dst = appendInt(dst, s.Quotes)
	dst = append(dst, `,"words":`...)
	dst = appendInt(dst, s.Words)
	return append(dst, '}')
}

func appendDate(dst []byte, d annotate.Date, texts bool) []byte {
	dst = append(dst, '{')
	dst = appendSpanFirst(dst, d.Span)
	dst = append(dst, `,"text":`...)
	dst = appendText(dst, d.Text, texts)
	dst = append(dst, `,"type":`...)
	dst = appendString(dst, d.Type)
	dst = append(dst, `,"value":`...)
	dst = appendString(dst, d.Value)
	if d.Mod != "" {
		dst = append(dst, `,"mod":`...)
		dst = appendString(dst, d.Mod)
	}
	return append(dst, '}')
}

func appendMention(dst []byte, m annotate.Mention, texts bool) []byte {
	dst = append(dst, '{')
	dst = appendSpanFirst(dst, m.Span)
	dst = append(dst, `,"text":`...)
	dst = appendText(dst, m.Text, texts)
	return append(dst, '}')
}

// appendText appends the JSON string of a span's text, or null when texts
// is not set.
func appendText(dst []byte, s string, texts bool) []byte {
	if !texts {
		return append(dst, "null"...)
	}
	return appendString(dst, s)
}

// appendSpan appends ,"start":N,"end":M (a span after other fields).
func appendSpan(dst []byte, s annotate.Span) []byte {
	dst = append(dst, `,"start":`...)
	dst = appendInt(dst, s.Start)
	dst = append(dst, `,"end":`...)
	return appendInt(dst, s.End)
}

// appendSpanFirst appends "start":N,"end":M (a span as the first fields).
func appendSpanFirst(dst []byte, s annotate.Span) []byte {
	dst = append(dst, `"start":`...)
	dst = appendInt(dst, s.Start)
	dst = append(dst, `,"end":`...)
	return appendInt(dst, s.End)
}

// appendKey appends "key": preceded by a comma unless it is the first field.
// The writers of results and summaries write their keys as literals
// instead (`,"text":`), one append each: under WebAssembly that writes the
// seed's result about a quarter faster than appendKey's four appends.
func appendKey(dst []byte, key string, first bool) []byte {
	if !first {
		dst = append(dst, ',')
	}
	dst = append(dst, '"')
	dst = append(dst, key...)
	return append(dst, '"', ':')
}

const hex = "0123456789abcdef"

// AppendString appends s as a JSON string, escaped as [Append] escapes the
// strings of a result.
func AppendString(dst []byte, s string) []byte { return appendString(dst, s) }

// appendString appends s as a JSON string escaped as encoding/json does:
// HTML-sensitive characters, U+2028 and U+2029 as \u escapes, and each
// invalid UTF-8 byte as \ufffd. DEL and the C1 controls (U+0080-U+009F)
// are \u escapes too, unlike encoding/json, so that JSON shown on a
// terminal carries no control character from the article (issue 10).
func appendString(dst []byte, s string) []byte {
	i := safeRun(s)
	if i == len(s) { // most strings: nothing to escape
		dst = append(dst, '"')
		dst = append(dst, s...)
		return append(dst, '"')
	}
	dst = append(dst, '"')
	start := 0
	for ; i < len(s); i += safeRun(s[i:]) {
		if b := s[i]; b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '"', '\\':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r >= 0x80 && r <= 0x9f { // C1 controls: a terminal may act on them (CSI, OSC)
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '0', '0', hex[r>>4], hex[r&0xf])
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendFloat writes f as encoding/json does for a number in [1e-6, 1e21)
// or 0: the shortest decimal that reads back as f. A confidence is in
// [0, 1]; anything else (NaN, infinities, exponents) is written as 0 so the
// line stays valid JSON.
func appendFloat(dst []byte, f float64) []byte {
	if !(f == 0 || f >= 1e-6 && f < 1e21) {
		return append(dst, '0')
	}
	if k := int(f*100 + 0.5); f <= 1 && float64(k)/100 == f && hundredths {
		return appendHundredths(dst, k)
	}
	return strconv.AppendFloat(dst, f, 'f', -1, 64)
}

// safeRun returns the length of the prefix of s that appendString copies
// as it is: printable ASCII other than '"', '\\', '<', '>', '&' and DEL. It
// tests eight bytes at a time as plainRun does, stopping exactly at the
// first byte to escape (the lowest flag is exact), the last bytes of s in
// one more test of eight overlapping the bytes passed (or of its first
// and last four, when s is shorter), byte by byte only under four.
func safeRun(s string) int {
	n := len(s)
	for i := 0; i+8 <= n; i += 8 {
		if f := escapeFlags(core.Load64(s, i)); f != 0 {
			return i + bits.TrailingZeros64(f)/8
		}
	}
	switch {
	case n%8 == 0:
		return n
	case n > 8:
		if f := escapeFlags(core.Load64(s, n-8)); f != 0 {
			return n - 8 + bits.TrailingZeros64(f)/8
		}
		return n
	case n >= 4:
		// Bytes 0-3 in the low half, n-4 to n-1 in the high half: were a
		// byte of the low half flagged, it would be the first.
		if f := escapeFlags(loadString32(s) | loadString32(s[n-4:])<<32); f != 0 {
			k := bits.TrailingZeros64(f) / 8
			if k >= 4 {
				k += n - 8
			}
			return k
		}
		return n
	}
	i := 0
	for i < n && safeByte[s[i]] {
		i++
	}
	return i
}

// escapeFlags sets the high bit of each byte of x that appendString
// escapes, under ' ', over 0x7e, or one of '"', '\\', '<', '>' and '&' (and
// maybe of bytes above such a byte, never below the first one). '<' and
// '>' differ in one bit, as do '"' and '&': setting it tests two marks at
// once. Each x^c, c ASCII, has the high bits of x, which &^x clears.
func escapeFlags(x uint64) uint64 {
	angle, quoteAmp := (x|ones*2)^(ones*'>'), (x|ones*4)^(ones*'&')
	slash, del := x^(ones*'\\'), x^(ones*0x7f)
	return (((x-ones*' ')|(angle-ones)|(quoteAmp-ones)|(slash-ones)|(del-ones))&^x | x) & highs
}

// loadString32 reads the first four bytes of s as a little-endian number.
func loadString32(s string) uint64 {
	_ = s[3] // one bounds check
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// safeByte tells the bytes safeRun passes: printable ASCII other than '"',
// '\\', '<', '>', '&' and DEL.
var safeByte = func() (t [256]bool) {
	for c := ' '; c < 0x7f; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()
