//go:build !nomarkdown

package mdtext

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// Text with Markdown escapes and character references decoded, unit by
// unit, each unit knowing its source range.

// plainText returns the text of the inline children of n (an image's alt).
func plainText(src []byte, n ast.Node) string {
	var b strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				if c.Segment.Start >= 0 && c.Segment.Stop <= len(src) && c.Segment.Start <= c.Segment.Stop {
					b.WriteString(decodeMarkdownText(c.Segment.Value(src)))
				}
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte('\n')
				}
			case *ast.String:
				b.Write(c.Value)
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// decodeMarkdownText resolves the backslash escapes and character
// references of Markdown text.
func decodeMarkdownText(v []byte) string {
	var b strings.Builder
	decodeUnits(v, 0, len(v), func(a, c int, out string) {
		if out == "" {
			b.Write(v[a:c])
		} else {
			b.WriteString(out)
		}
	})
	return b.String()
}

// decodeUnits splits src[start:stop], Markdown text, into runs shown as
// they are (out == "") and units that stand for something else: a
// character reference, a NUL. The backslash of an escape (\* for *) falls
// between two runs. It follows goldmark's html.defaultWriter.Write exactly,
// so the text matches goldmark's rendering.
func decodeUnits(src []byte, start, stop int, emit func(a, b int, out string)) {
	run := start
	flush := func(i int) {
		if run < i {
			emit(run, i, "")
		}
	}
	for i := start; i < stop; {
		c := src[i]
		switch {
		case c == '\\' && i+1 < stop && util.IsPunct(src[i+1]):
			// The backslash is dropped and the character it escapes
			// starts the next run, so a span can start or end on it.
			flush(i)
			run = i + 1
			i += 2
			continue
		case c == 0:
			flush(i)
			emit(i, i+1, "\uFFFD")
			i++
			run = i
			continue
		case c == '&':
			if end, r := characterReference(src, i, stop); end > 0 {
				flush(i)
				emit(i, end, r)
				i = end
				run = i
				continue
			}
		}
		i++
	}
	flush(stop)
}

// characterReference reads an HTML character reference at src[i] ('&'),
// returning its end and its characters, or 0 when there is none.
func characterReference(src []byte, i, stop int) (int, string) {
	next := i + 1
	if next < stop && src[next] == '#' {
		if next+1 >= stop {
			return 0, ""
		}
		nc := src[next+1]
		base, digits, maxLen := 10, next+1, 8
		if nc == 'x' || nc == 'X' {
			base, digits, maxLen = 16, next+2, 7
		} else if nc < '0' || nc > '9' {
			return 0, ""
		}
		j := digits
		for j < stop && (base == 16 && util.IsHexDecimal(src[j]) || base == 10 && util.IsNumeric(src[j])) {
			j++
		}
		if j == digits || j >= stop || src[j] != ';' || j-digits >= maxLen {
			return 0, ""
		}
		v, _ := strconv.ParseUint(string(src[digits:j]), base, 32)
		return j + 1, string(util.ToValidRune(rune(v)))
	}
	j := next
	for j < stop && util.IsAlphaNumeric(src[j]) {
		j++
	}
	if j == next || j >= stop || src[j] != ';' {
		return 0, ""
	}
	if e, ok := util.LookUpHTML5EntityByName(string(src[next:j])); ok {
		return j + 1, string(e.Characters)
	}
	return 0, ""
}
