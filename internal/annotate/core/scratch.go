package core

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

// B2I is 1 for true and 0 for false (compiled without a branch).
func B2I(b bool) int {
	if b {
		return 1
	}
	return 0
}
