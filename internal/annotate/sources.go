package annotate

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// This file derives the sources table of one article from its Result: who
// is quoted, how often and at what length. The page's sources panel, the
// CLI's `annotate sources` and any batch job show these figures, so they are
// computed here once.

// Source is one row of an article's sources table: a speaker and what the
// article quotes of them.
type Source struct {
	// ID is the speaker's ID in Result.Speakers, or "" for the row that
	// counts the quotes attributed to no one.
	ID string `json:"id"`
	// Name and Kind are the speaker's (both "" on the unattributed row).
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Quotes is the number of quotes attributed to the speaker.
	Quotes int `json:"quotes"`
	// Words is the number of words inside those quotes (see [QuoteWords]).
	Words int `json:"words"`
	// Share is Words over the words of every quote of the article, from 0
	// to 1; 0 when the article quotes no word.
	Share float64 `json:"share"`
}

// Sources returns the sources table of res: one row per speaker, in the
// order of res.Speakers (speakers with no quote included, with zeros), and
// then, when some quote has no speaker, one row with ID "" for those. The
// shares of all rows add up to 1 when the article quotes any word.
func Sources(res Result) []Source {
	rows := make([]Source, len(res.Speakers), len(res.Speakers)+1)
	index := make(map[string]int, len(res.Speakers))
	for i, s := range res.Speakers {
		rows[i] = Source{ID: s.ID, Name: s.Name, Kind: s.Kind}
		index[s.ID] = i
	}
	unattributed := Source{}
	total := 0
	for _, q := range res.Quotes {
		row := &unattributed
		if q.Speaker != nil {
			if i, ok := index[*q.Speaker]; ok {
				row = &rows[i]
			}
		}
		w := QuoteWords(q.Text)
		row.Quotes++
		row.Words += w
		total += w
	}
	if unattributed.Quotes > 0 {
		rows = append(rows, unattributed)
	}
	if total > 0 {
		for i := range rows {
			rows[i].Share = float64(rows[i].Words) / float64(total)
		}
	}
	return rows
}

// QuoteWords counts the words of a quote's text. A word is a run of
// letters, digits and combining marks; an apostrophe (' or ’) or a hyphen
// between two letters or digits joins them ("don't", "O’Neil",
// "well-known" are one word each), and so does a period or comma between
// two digits ("3.5", "10,000"). Everything else separates words, so the
// quotation marks, punctuation and Markdown markup of the text are never
// counted.
func QuoteWords(text string) int {
	n := 0
	inWord := false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// An ASCII byte, the commonest, without decoding a rune; the
			// rest of a run of ASCII letters and digits in a tight loop.
			switch quoteByteClass[c] {
			case quoteByteWord:
				n += core.B2I(!inWord)
				inWord = true
				for i++; i < len(text) && quoteByteClass[text[i]] == quoteByteWord; i++ {
				}
				continue
			case quoteByteJoin:
				if inWord && joinsQuoteWord(rune(c), text, i, 1) {
					i++ // stays inside the word
					continue
				}
			}
			inWord = false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isQuoteWordRune(r):
			if !inWord {
				n++
				inWord = true
			}
		case inWord && joinsQuoteWord(r, text, i, size):
			// stays inside the word
		default:
			inWord = false
		}
		i += size
	}
	return n
}

// The classes of ASCII bytes for QuoteWords: a letter or digit, a mark
// that may join two words' characters (joinsQuoteWord), anything else.
const (
	quoteByteOther = iota
	quoteByteWord
	quoteByteJoin
)

var quoteByteClass = func() (t [256]uint8) { // 256: indexed by any byte
	for c := byte(0); c < utf8.RuneSelf; c++ {
		switch {
		case isQuoteWordRune(rune(c)):
			t[c] = quoteByteWord
		case c == '\'' || c == '-' || c == '.' || c == ',':
			t[c] = quoteByteJoin
		}
	}
	return t
}()

// isQuoteWordRune reports whether r is a letter, digit or combining mark.
func isQuoteWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if '\u2000' <= r && r <= '\u206f' {
		// General Punctuation (curly quotes, dashes, the ellipsis): no
		// letter, digit or mark, and the commonest runes beyond ASCII in
		// a quote; answered without the Unicode tables.
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// joinsQuoteWord reports whether r, at text[i:i+size] just after a word
// character, joins that word to the next character.
func joinsQuoteWord(r rune, text string, i, size int) bool {
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	switch r {
	case '\'', '’', '-':
		return isQuoteWordRune(next)
	case '.', ',':
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return isQuoteDigit(prev) && isQuoteDigit(next)
	}
	return false
}

func isQuoteDigit(r rune) bool { return '0' <= r && r <= '9' }
