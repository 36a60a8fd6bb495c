package core

import "math/bits"

// MaxScratch is the most elements a pooled buffer keeps; a huge article's
// buffers are left to the garbage collector.
const MaxScratch = 1 << 16

// The byte scanners read eight bytes at a time as one uint64 (SWAR): byte k
// of the text at i is byte k of the word from the low end.
const (
	SWAROnes  = 0x0101010101010101
	SWARHighs = 0x8080808080808080
)

// Load64 returns text[i:i+8] as a little-endian uint64 (one load).
func Load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// ASCIILetterRun returns the end of the run of ASCII letters from i (limit
// at most), reading eight bytes at a time where it can: the scan of the
// word pass (package words) and of the date stage's own reading (timex).
func ASCIILetterRun(text string, i, limit int) int {
	for i+8 <= limit {
		x := Load64(text, i)
		// Lowered and without high bits, a letter lies in 'a'..'z': y+0x1F
		// has its high bit set when y >= 'a', y+0x05 when y > 'z'; no
		// byte carries into the next. A byte beyond ASCII is no letter.
		y := (x | 0x20*SWAROnes) &^ SWARHighs
		letters := (y + (0x80-'a')*SWAROnes) &^ (y + (0x80-'z'-1)*SWAROnes) &^ x & SWARHighs
		if stop := ^letters & SWARHighs; stop != 0 {
			return i + bits.TrailingZeros64(stop)/8
		}
		i += 8
	}
	for i < limit && (text[i]|0x20)-'a' < 26 {
		i++
	}
	return i
}

// B2I is 1 for true and 0 for false (compiled without a branch).
func B2I(b bool) int {
	if b {
		return 1
	}
	return 0
}
