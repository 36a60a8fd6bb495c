package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTableLookup(t *testing.T) {
	var tab Table
	tab.Add("said", 1)
	tab.Add("said", 4) // merged
	tab.Add("according", 2)
	tab.Add("o'brien", 8)
	assert.Equal(t, 3, tab.Len())
	for _, tc := range []struct {
		word string
		want uint64
	}{
		{"said", 5}, {"SAID", 5}, {"Said", 5}, {"according", 2}, {"O'Brien", 8},
		{"sai", 0}, {"saidx", 0}, {"", 0}, {strings.Repeat("a", 16), 0}, {"sáid", 0},
	} {
		assert.Equal(t, tc.want, tab.Lookup(tc.word), tc.word)
		// Inside a longer text, at its end and with room to read past it.
		for _, text := range []string{tc.word, "x " + tc.word + " and the rest of a sentence"} {
			i := strings.Index(text, tc.word)
			assert.Equal(t, tc.want, tab.LookupAt(text, i, i+len(tc.word)), "%q in %q", tc.word, text)
		}
	}
}

func TestLookupLettersAt(t *testing.T) {
	var tab Table
	tab.Add("monday", 7)
	tab.Add("may", 9)
	text := "On Monday in MAY, and on mondays, the rest follows here for room"
	for _, tc := range []struct {
		word string
		want uint64
	}{{"Monday", 7}, {"MAY", 9}, {"mondays", 0}, {"On", 0}} {
		i := strings.Index(text, tc.word)
		assert.Equal(t, tc.want, tab.LookupLettersAt(text, i, i+len(tc.word)), tc.word)
		assert.Equal(t, tc.want, tab.LookupLettersAt(tc.word, 0, len(tc.word)), tc.word)
	}
}

func TestAddPanicsOnWordsThatDoNotFit(t *testing.T) {
	var tab Table
	assert.Panics(t, func() { tab.Add("", 1) })
	assert.Panics(t, func() { tab.Add(strings.Repeat("a", MaxWord+1), 1) })
	assert.Panics(t, func() { tab.Add("zero", 0) })
}

func TestParse(t *testing.T) {
	data := "# A list.\n# Source: made up.\n\nsaid past\n  told  past hearer \nadded\n"
	assert.Equal(t, []Entry{
		{Word: "said", Fields: []string{"past"}, Line: 4},
		{Word: "told", Fields: []string{"past", "hearer"}, Line: 5},
		{Word: "added", Fields: []string{}, Line: 6},
	}, Parse(data))
}

func TestProblems(t *testing.T) {
	letters := func(w string) bool { return !strings.Contains(w, " ") }
	entries := Parse("said\nSaid\nsaid\nÉmile\n" + strings.Repeat("x", 16) + "\n")
	entries = append(entries, Entry{Word: "in a", Line: 7})
	got := Problems("cues.txt", entries, letters)
	assert.Equal(t, []string{
		`cues.txt:2: "Said" has upper case: the list is lower case`,
		`cues.txt:3: "said" is listed twice (first on line 1)`,
		`cues.txt:4: "Émile" has upper case: the list is lower case`,
		`cues.txt:5: "xxxxxxxxxxxxxxxx" is longer than 15 bytes and can never match`,
		`cues.txt:7: "in a" can never match: the tokenizer never yields such a word`,
	}, got)
	assert.Nil(t, Problems("ok.txt", Parse("said\ntold\n"), letters))
}
