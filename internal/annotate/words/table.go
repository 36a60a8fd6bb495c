package words

import "github.com/newsroom/annotator/internal/annotate/lexicon"

// table is the one word table of the engine: the quote stage's lists in
// the low half of a word's value, the date lexicon in the high half, so
// that one look-up of a word answers both stages. It is filled once at
// start-up (each stage's package adds its lists as it is initialized,
// before any text is read) and then only read.
var table lexicon.Table

// Half is one stage's half of the shared table.
type Half struct{ shift uint8 }

// The halves of the shared table.
var (
	Quote = Half{0}  // the quote stage's lists (package quote)
	Date  = Half{32} // the date lexicon (package timex)
)

// Add merges v (by OR) into h's value of word w; see [lexicon.Table.Add].
// It is called only while the stages' packages are initialized.
func (h Half) Add(w string, v uint32) { table.Add(w, uint64(v)<<h.shift) }

// Lookup returns h's value of w, compared ignoring ASCII case, or 0.
func (h Half) Lookup(w string) uint32 { return uint32(table.Lookup(w) >> h.shift) }

// LookupAt is Lookup(text[i:j]), packed eight bytes at a time.
func (h Half) LookupAt(text string, i, j int) uint32 {
	return uint32(table.LookupAt(text, i, j) >> h.shift)
}

// LookupLettersAt is LookupAt for a word known to be ASCII letters only.
func (h Half) LookupLettersAt(text string, i, j int) uint32 {
	return uint32(table.LookupLettersAt(text, i, j) >> h.shift)
}
