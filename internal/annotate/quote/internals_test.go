package quote

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLabels(t *testing.T) {
	tests := []struct {
		name   string
		prefix byte
		n      int
		pick   []int // indexes to check
		want   []string
	}{
		{"none", 'q', 0, nil, nil},
		{"first quotes", 'q', 3, []int{0, 1, 2}, []string{"q1", "q2", "q3"}},
		{"speakers across digit counts", 's', 120, []int{8, 9, 98, 99, 119}, []string{"s9", "s10", "s99", "s100", "s120"}},
		{"past the prebuilt table", 'q', maxTableLabel + 2, []int{maxTableLabel - 1, maxTableLabel, maxTableLabel + 1},
			[]string{"q999", "q1000", "q1001"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids := labels(tt.prefix, tt.n)
			require.Len(t, ids, tt.n)
			var got []string
			for _, i := range tt.pick {
				got = append(got, ids[i])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestNextMarkLead(t *testing.T) {
	texts := []string{
		"",
		"no marks in this sentence at all, none",
		`He said "yes" and left.`,
		"It’s a “test” with curly marks…",
		"abcdefg'hijklmnopqrstuvw`x",
		"café au lait, déjà vu, naïve: «bien» ‹oui›",
		"0123456\"89abcdef\"",
	}
	for _, text := range texts {
		for from := 0; from <= len(text); from++ {
			want := from
			for want < len(text) && !markLead[text[want]] {
				want++
			}
			assert.Equal(t, want, nextMarkLead(text, from, len(text)), "%q from %d", text, from)
		}
	}
}

func TestLookupWordAt(t *testing.T) {
	// Each word is looked up inside a longer text (the packed path) and
	// at the very end of one (the byte-by-byte path); both must agree with
	// lookupWord.
	words := []string{"said", "SAID", "Said", "the", "President", "representative", "president-elect",
		"U.S", "andrés", "Andrés", "told", "mr", "Mr", "xyzzy", "a", "i", "editor's", "Saidx", "sai"}
	for _, w := range words {
		want := lookupWord(w)
		for _, text := range []string{"« " + w + " »", "(" + w + ") and then some more words after it", w} {
			i := strings.Index(text, w)
			assert.Equal(t, want, lookupWordAt(text, i, i+len(w)), "%q in %q", w, text)
		}
	}
	assert.NotZero(t, lookupWord("said")&wcCueWord)
	assert.NotZero(t, lookupWord("Andrés")&wcFirstName)
	assert.Zero(t, lookupWord("xyzzy"))
}

func TestLabelMatchesLabels(t *testing.T) {
	for _, prefix := range []byte{'q', 's', 'x'} {
		ids := labels(prefix, maxTableLabel+3)
		for i, want := range ids {
			assert.Equal(t, want, label(prefix, i+1))
		}
	}
}

// TestIsSubordinator checks the conjunctions that open a fronted clause,
// in any case, and words that share their first letter or are one letter
// off.
func TestIsSubordinator(t *testing.T) {
	for w, want := range map[string]bool{
		"when": true, "While": true, "WHEREAS": true, "if": true, "As": true, "after": true, "although": true,
		"before": true, "Because": true, "though": true, "since": true, "once": true, "until": true, "Unless": true,
		"": false, "w": false, "where": false, "whe": false, "i": false, "a": false, "ask": false, "thought": false,
		"sinc": false, "one": false, "under": false, "is": false, "@s": false, "[f": false,
	} {
		assert.Equal(t, want, isSubordinator(w), "%q", w)
	}
}

// TestIsCourtesyTitle checks the courtesy titles in any case, with a
// period, beyond ASCII, and words near them that are none.
func TestIsCourtesyTitle(t *testing.T) {
	for w, want := range map[string]bool{
		"Mr": true, "Mr.": true, "MRS": true, "ms": true, "Monsieur": true, "Señor": true, "SEÑORA": true, "Frau.": true,
		"": false, ".": false, "Mister.": true, "Misters": false, "Monsieurs": false, "Senor": false, "Mr..": false, "Dr": false, "Señorita": false,
	} {
		assert.Equal(t, want, isCourtesyTitle(w), "%q", w)
	}
}

// classifyBySwitch is classify as it was written before its table: the
// reference TestClassify compares the table with, over every rune.
func classifyBySwitch(r rune) runeClass {
	switch {
	case r == '(' || r == '[' || r == '{' || r == '—' || r == '–' || r == '-' || r == '/':
		return classOpener
	case r < 0x80:
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
			return classSpace
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9':
			return classWord
		}
		return classPunct
	case unicode.IsSpace(r) || r == '\u200b':
		return classSpace
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return classWord
	}
	return classPunct
}

func TestClassify(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := classify(r), classifyBySwitch(r); got != want {
			t.Fatalf("classify(%U) = %d, want %d", r, got, want)
		}
	}
}

// TestIsUpper checks isUpper's answer for every rune, alone and before a
// word, against unicode.IsUpper.
func TestIsUpper(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r) // (a surrogate is written as U+FFFD, no capital either)
		if got, want := isUpper(s+"x"), unicode.IsUpper(r); got != want {
			t.Fatalf("isUpper(%q) = %v, want %v", s+"x", got, want)
		}
	}
	for _, s := range []string{"", "\xe2", "\xe2\x80", "\xe2\x81\xff", "\xe2\x82\xac"} {
		r, _ := utf8.DecodeRuneInString(s)
		assert.Equal(t, len(s) > 0 && unicode.IsUpper(r), isUpper(s), "%q", s)
	}
}
