package mdtext

// MaxNesting is the deepest nesting of block quotes and list items, at
// the start of one line, that is read as Markdown. goldmark's work on a
// line grows with the square of its depth ("> > > … x": 64 KB of it took
// 4 s, a line of "- - - …" 0.7 s per 16 KB), while no article nests
// quotes or lists more than a few deep; past this bound the caller reads
// the text as plain text and says so (package annotate: Result.Warnings).
const MaxNesting = 32

// Nesting returns the largest number of container markers (">", a bullet
// "-", "*" or "+" and then a space, or "1." / "1)" and then a space) that
// open one line of src, counting no further than MaxNesting+1. It reads
// each byte at most once.
func Nesting(src string) int {
	deepest := 0
	for i := 0; i < len(src); {
		depth := 0
		for i < len(src) && depth <= MaxNesting {
			for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
				i++
			}
			n := containerMarker(src[i:])
			if n == 0 {
				break
			}
			depth++
			i += n
		}
		deepest = max(deepest, depth)
		for i < len(src) && src[i] != '\n' {
			i++
		}
		i++
	}
	return deepest
}

// containerMarker is the length of the block-quote or list-item marker that
// s starts with, or 0.
func containerMarker(s string) int {
	if s == "" {
		return 0
	}
	switch c := s[0]; {
	case c == '>':
		return 1
	case c == '-' || c == '*' || c == '+':
		if len(s) > 1 && (s[1] == ' ' || s[1] == '\t') {
			return 2
		}
	case c >= '0' && c <= '9':
		j := 0
		for j < len(s) && j < 9 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j+1 < len(s) && (s[j] == '.' || s[j] == ')') && (s[j+1] == ' ' || s[j+1] == '\t') {
			return j + 2
		}
	}
	return 0
}
