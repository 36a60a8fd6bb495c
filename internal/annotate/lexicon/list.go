package lexicon

import (
	"strconv"
	"strings"
	"unicode"
)

// Entry is one line of a list file: its word, the fields after it, and
// its line number (from 1) for messages.
type Entry struct {
	Word   string
	Fields []string
	Line   int
}

// Parse reads a list file: one entry a line, the word first and then any
// fields the list gives it (a gender, a class, a value), separated by
// white space. A line starting with "#" is a comment; the header of every
// list is one, saying what the list is and where its entries come from.
// Blank lines are skipped.
func Parse(data string) []Entry {
	var out []Entry
	n := 0
	for line := range strings.Lines(data) {
		n++
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		out = append(out, Entry{Word: f[0], Fields: f[1:], Line: n})
	}
	return out
}

// Problems lists what is wrong with the entries of one list file, named
// name in the messages: a word given twice (the second would silently
// change or lose what the first says), a word with an upper-case letter
// (the lists are written in lower case and looked up ignoring ASCII case,
// so a capital beyond ASCII never matches), and a word that can never
// match: longer than MaxWord, or rejected by canMatch (a word the stage's
// tokenizer never yields). It returns nil when the list is sound.
func Problems(name string, entries []Entry, canMatch func(word string) bool) []string {
	var out []string
	seen := map[string]int{}
	for _, e := range entries {
		at := name + ":" + strconv.Itoa(e.Line) + ": " + strconv.Quote(e.Word)
		if first, ok := seen[e.Word]; ok {
			out = append(out, at+" is listed twice (first on line "+strconv.Itoa(first)+")")
		} else {
			seen[e.Word] = e.Line
		}
		if strings.IndexFunc(e.Word, unicode.IsUpper) >= 0 {
			out = append(out, at+" has upper case: the list is lower case")
		}
		if len(e.Word) > MaxWord {
			out = append(out, at+" is longer than "+strconv.Itoa(MaxWord)+" bytes and can never match")
		} else if canMatch != nil && !canMatch(e.Word) {
			out = append(out, at+" can never match: the tokenizer never yields such a word")
		}
	}
	return out
}

// Set returns the table of the words of list file data, each with the
// value 1: a set to test words against (their fields are not read).
func Set(data string) *Table {
	t := new(Table)
	for _, e := range Parse(data) {
		t.Add(e.Word, 1)
	}
	return t
}
