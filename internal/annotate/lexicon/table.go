package lexicon

import "github.com/newsroom/annotator/internal/annotate/core"

// MaxWord is the length in bytes of the longest word a [Table] holds (the
// length is packed into the key's last byte).
const MaxWord = 15

// Key is a word of up to MaxWord bytes, ASCII capitals lowered, packed
// little-endian into two uint64 (bytes 0-7 of the word in Lo, bytes 8-14
// in Hi), with its length in the top byte of Hi, so that no key is zero.
// It is a struct, not an array: the compiler keeps a struct of two words
// in registers, where it keeps an array of two in memory (every key
// built, compared and hashed went through the stack).
type Key struct{ Lo, Hi uint64 }

// Pack packs w, lowering A-Z only (as the lists are written). w must hold
// 1 to MaxWord bytes.
func Pack(w string) Key {
	var k0, k1 uint64
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if i < 8 {
			k0 |= uint64(c) << (8 * i)
		} else {
			k1 |= uint64(c) << (8 * (i - 8))
		}
	}
	return Key{Lo: k0, Hi: k1 | uint64(len(w))<<56}
}

// Table is an open-addressing hash table from words, compared ignoring
// ASCII case, to a uint64 of what the lists say of them (0: nothing), with
// a one-hash Bloom filter in front so that most words of a text are
// rejected before any packing. A multiplicative hash and linear probing
// make it faster than a map for the one lookup a stage makes per word. The
// zero Table is empty; it is filled once with Add and then only read.
type Table struct {
	keys   [tableSize]Key
	vals   [tableSize]uint64
	filter [filterBits / 64]uint64
	n      int
}

const (
	tableBits  = 13 // 8192 slots: the engine's shared table holds about 1,800 words (package words), and room to grow
	tableSize  = 1 << tableBits
	filterBits = 1 << 15
)

func slot(k Key) int {
	return int(((k.Lo ^ k.Hi*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15) >> (64 - tableBits))
}

// filterHash hashes w ignoring ASCII case, from its length and its first,
// middle and last bytes, into [0, filterBits).
func filterHash(w string) uint32 {
	a, b, z := uint32(w[0]|0x20), uint32(w[len(w)/2]|0x20), uint32(w[len(w)-1]|0x20)
	h := (a*131+b)*131 + z
	h = h*31 + uint32(len(w))
	h ^= h >> 7
	return h * 2654435761 >> 17 % filterBits
}

// Add merges v (by OR) into the value of word w. A word that does not fit
// the table, a zero value or a full table is a programmer error and panics.
func (t *Table) Add(w string, v uint64) {
	if len(w) == 0 || len(w) > MaxWord {
		panic("lexicon: word does not fit the table: " + w)
	}
	if v == 0 {
		panic("lexicon: zero value for " + w)
	}
	h := filterHash(w)
	t.filter[h/64] |= 1 << (h % 64)
	k := Pack(w)
	i := slot(k)
	for t.keys[i] != (Key{}) && t.keys[i] != k {
		i = (i + 1) & (tableSize - 1)
	}
	if t.keys[i] == (Key{}) {
		if t.n++; t.n > tableSize/2 {
			panic("lexicon: too many words for the table")
		}
	}
	t.keys[i] = k
	t.vals[i] |= v
}

// Len returns the number of words in the table.
func (t *Table) Len() int { return t.n }

// Lookup returns the value of w, compared ignoring ASCII case, or 0.
func (t *Table) Lookup(w string) uint64 {
	n := len(w)
	if n == 0 || n > MaxWord {
		return 0
	}
	if h := filterHash(w); t.filter[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	return t.find(Pack(w))
}

// LookupAt is Lookup(text[i:j]) for a tokenizer: it packs the word eight
// bytes at a time when text has room to read them.
func (t *Table) LookupAt(text string, i, j int) uint64 {
	n := j - i
	if n <= 0 || n > MaxWord {
		return 0
	}
	w := text[i:j]
	if h := filterHash(w); t.filter[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	if i+16 > len(text) {
		return t.find(Pack(w))
	}
	x0, x1 := core.Load64(text, i), core.Load64(text, i+8)
	// Keep the n bytes of the word (shifts of 64 or more give 0).
	x0 &= ^uint64(0) >> uint(max(64-8*n, 0))
	x1 &= ^uint64(0) >> uint(128-8*n)
	if (x0|x1)&core.SWARHighs != 0 {
		return t.find(Pack(w)) // a byte beyond ASCII
	}
	// Lower A-Z: for an ASCII byte c, c+0x3F has its high bit set when
	// c >= 'A', and c+0x25 when c > 'Z'.
	x0 |= (x0 + 0x3F*core.SWAROnes) &^ (x0 + 0x25*core.SWAROnes) & core.SWARHighs >> 2
	x1 |= (x1 + 0x3F*core.SWAROnes) &^ (x1 + 0x25*core.SWAROnes) & core.SWARHighs >> 2
	return t.find(Key{Lo: x0, Hi: x1 | uint64(n)<<56})
}

// LookupLettersAt is LookupAt for a word text[i:j] known to be all ASCII
// letters: it lowers the word by setting 0x20 in every byte and goes
// straight to the hash table, without the filter (a branch on every word
// that the predictor often misses costs more than a probe when most words
// looked up are common ones).
func (t *Table) LookupLettersAt(text string, i, j int) uint64 {
	n := j - i
	if n > MaxWord || n <= 0 || i+16 > len(text) {
		return t.Lookup(text[i:j])
	}
	m0 := ^uint64(0) >> uint(max(64-8*n, 0))
	m1 := ^uint64(0) >> uint(128-8*n)
	x0 := (core.Load64(text, i) | 0x20*core.SWAROnes) & m0
	x1 := (core.Load64(text, i+8) | 0x20*core.SWAROnes) & m1
	return t.find(Key{Lo: x0, Hi: x1 | uint64(n)<<56})
}

// LookupKey returns the value of the word packed into k (as Pack packs
// it), for a tokenizer that packs words itself as it reads them.
func (t *Table) LookupKey(k Key) uint64 { return t.find(k) }

// find returns the value of key k, or 0. A slot is empty when its Hi is
// zero: every key holds its length there.
func (t *Table) find(k Key) uint64 {
	for i := slot(k); t.keys[i].Hi != 0; i = (i + 1) & (tableSize - 1) {
		if (t.keys[i].Lo^k.Lo)|(t.keys[i].Hi^k.Hi) == 0 {
			return t.vals[i]
		}
	}
	return 0
}
