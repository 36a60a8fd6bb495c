package annotate

import (
	"strconv"
	"strings"
	"unicode"
)

// speakerInitials returns a label for each speaker, unique in the article:
// the initials of the first and last words of the name ("Dana Whitfield"
// DW), the first two letters of a one-word name ("Reuters" Re). A label
// already taken grows by the next letters of the last word ("Jane Park"
// JP, then "John Patel" JPa), and at last by a number. Lower-case name
// particles (de, van) are skipped. Speakers are labelled in order, so the
// first keeps the short label.
func speakerInitials(speakers []correctedSpeaker) []string {
	labels := make([]string, len(speakers))
	taken := map[string]bool{}
	for i, sp := range speakers {
		words := nameWords(speakerName(sp))
		if len(words) == 0 {
			words = [][]rune{[]rune(strings.ToUpper(sp.ID))}
		}
		first, last := words[0], words[len(words)-1]
		var label []rune
		rest := last[1:]
		if len(words) == 1 {
			label = []rune{unicode.ToUpper(first[0])}
		} else {
			label = []rune{unicode.ToUpper(first[0]), unicode.ToUpper(last[0])}
		}
		if len(words) == 1 && len(rest) > 0 {
			label, rest = append(label, unicode.ToLower(rest[0])), rest[1:]
		}
		for taken[string(label)] && len(rest) > 0 {
			label, rest = append(label, unicode.ToLower(rest[0])), rest[1:]
		}
		s := string(label)
		for n := 2; taken[s]; n++ {
			s = string(label) + strconv.Itoa(n)
		}
		taken[s] = true
		labels[i] = s
	}
	return labels
}

// nameWords are the words of a name, letters only, lower-case particles
// left out unless nothing else is left.
func nameWords(name string) [][]rune {
	// The letters of every word in one array, each word a part of it; the
	// words are split at white space as strings.Fields splits them.
	letters := make([]rune, 0, len(name))
	all := make([][]rune, 0, 4)
	var capital [][]rune
	start := 0
	end := func() {
		if len(letters) == start {
			return // a word with no letters
		}
		w := letters[start:len(letters):len(letters)]
		all = append(all, w)
		if !unicode.IsLower(w[0]) {
			capital = append(capital, w)
		}
		start = len(letters)
	}
	for _, r := range name {
		switch {
		case unicode.IsSpace(r):
			end()
		case unicode.IsLetter(r):
			letters = append(letters, r)
		}
	}
	end()
	if len(capital) > 0 {
		return capital
	}
	return all
}
