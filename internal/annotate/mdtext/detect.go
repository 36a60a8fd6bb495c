package mdtext

import "strings"

// IsMarkdown guesses whether text is Markdown rather than plain text. It
// scores general signals of Markdown line by line and says Markdown once they add
// up to markdownThreshold. Strong signals (an ATX heading, a fenced code
// block, a link or image, a link reference definition) score 2 each; weak
// ones (a block quote, a list item, a rule or setext underline, emphasis,
// a code span) score 1 and are capped per kind, since plain news carries a
// numbered list, a "---" or a word in asterisks now and then.
func IsMarkdown(text string) bool {
	text = strings.TrimPrefix(text, byteOrderMark) // not part of the first line
	var s mdScore
	for rest := text; rest != "" && s.total() < markdownThreshold; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		s.line(strings.TrimRight(line, " \t\r"))
	}
	return s.total() >= markdownThreshold
}

// byteOrderMark is U+FEFF, which some editors write at the start of a file.
const byteOrderMark = "\ufeff"

// markdownThreshold is the score at which text counts as Markdown: a
// strong signal and a weak one, or three weak ones of different kinds.
const markdownThreshold = 3

// mdScore counts the Markdown signals of a text.
type mdScore struct {
	strong                                int
	quote, list, rule, emphasis, codeSpan int
}

// total is the score: strong signals count 2, weak ones 1, each kind of
// weak signal up to its cap.
func (s *mdScore) total() int {
	return 2*s.strong + min(s.quote, 2) + min(s.list, 1) + min(s.rule, 1) + min(s.emphasis, 2) + min(s.codeSpan, 2)
}

// line scores one line.
func (s *mdScore) line(line string) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return // indented: code or a continuation line
	}
	switch {
	case atxHeading(t), strings.HasPrefix(t, "```"), strings.HasPrefix(t, "~~~"):
		s.strong++
	case strings.HasPrefix(t, "> ") || t == ">":
		s.quote++
	case listMarker(t):
		s.list++
	case len(t) >= 3 && (strings.Trim(t, "-") == "" || strings.Trim(t, "=") == "" || strings.Trim(t, "*") == ""):
		s.rule++
	}
	if n := strings.Count(t, "]("); n > 0 && strings.Contains(t, "[") && strings.Contains(t, ")") {
		s.strong += min(n, 2)
	} else if strings.HasPrefix(t, "[") && strings.Contains(t, "]: ") {
		s.strong++ // link reference definition
	}
	if strings.Count(t, "**") >= 2 || strings.Count(t, "__") >= 2 || singleEmphasis(t, '*') || singleEmphasis(t, '_') {
		s.emphasis++
	}
	// `code`, but not the ``quotes'' of old newswire copy.
	if n := strings.Count(t, "`"); n >= 2 && n%2 == 0 && !strings.Contains(t, "``") {
		s.codeSpan++
	}
}

// atxHeading reports whether line opens with 1 to 6 '#' and a space.
func atxHeading(line string) bool {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t')
}

// listMarker reports whether line opens with a bullet ("- ", "* ", "+ ")
// or an ordered marker ("1. ", "2) ").
func listMarker(line string) bool {
	if len(line) >= 2 && strings.IndexByte("-*+", line[0]) >= 0 && line[1] == ' ' {
		return true
	}
	n := 0
	for n < len(line) && n < 9 && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	return n > 0 && n+1 < len(line) && (line[n] == '.' || line[n] == ')') && line[n+1] == ' '
}

// singleEmphasis reports whether line has a word run in single markers, as
// in "*really*": an opening marker after a space (or at the start) and
// before a non-space, and a closing one after a non-space and before a
// space or punctuation.
func singleEmphasis(line string, marker byte) bool {
	open := -1
	// From marker to marker (strings.IndexByte skips the text between
	// them many bytes at a time: most lines have none).
	for i := strings.IndexByte(line, marker); i >= 0; i = nextByte(line, marker, i+1) {
		before := byte(' ')
		if i > 0 {
			before = line[i-1]
		}
		after := byte(' ')
		if i+1 < len(line) {
			after = line[i+1]
		}
		if open < 0 {
			if (before == ' ' || before == '(') && after != ' ' && after != marker {
				open = i
			}
			continue
		}
		if i > open+1 && before != ' ' && before != marker && !isWordByte(after) {
			return true
		}
	}
	return false
}

// nextByte is the index of the first c in s at or after from, or -1.
func nextByte(s string, c byte, from int) int {
	if j := strings.IndexByte(s[from:], c); j >= 0 {
		return from + j
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
