package wasmpack

import (
	"bytes"
	"cmp"
	"errors"
	"slices"
	"strconv"
)

// DefaultMaxGap is the longest run of zeros, in bytes, that [Pack] writes
// into a segment to join it with the next. Measured on the embed's module
// (brotli -q 11): 16 bytes gives 0.710 MB, 32 gives 0.659 MB, 64 gives
// 0.658 MB, 256 gives 0.658 MB again (fewer segments, more zeros); most gaps
// Go leaves are 18 or 19 bytes long.
const DefaultMaxGap = 64

// Section ids (WebAssembly Core Specification, 5.5.2 "Sections").
const (
	dataSection      = 11
	dataCountSection = 12
)

// magic is the start of every WebAssembly binary: "\0asm" and version 1.
var magic = []byte{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}

// Stats says what [Pack] did.
type Stats struct {
	Segments int // data segments before
	Packed   int // data segments after
	Zeros    int // zero bytes written into the joined segments
}

// segment is an active data segment of memory 0: its bytes go to memory at
// offset.
type segment struct {
	offset int64
	data   []byte
}

// end is the address after the segment's last byte.
func (s segment) end() int64 { return s.offset + int64(len(s.data)) }

// Pack returns module with the segments of its data section joined where
// the zeros between two of them are at most maxGap bytes (see the package
// documentation), and what it did. The result holds the same memory image;
// every other section is copied unchanged. A module it cannot read is an
// error, and nothing is returned.
func Pack(module []byte, maxGap int) ([]byte, Stats, error) {
	var st Stats
	if maxGap < 0 {
		return nil, st, errors.New("wasmpack: the largest gap must not be negative")
	}
	if !bytes.HasPrefix(module, magic) {
		return nil, st, errors.New("wasmpack: not a WebAssembly module (version 1)")
	}
	type section struct {
		id      byte
		content []byte
	}
	var sections []section
	for p := len(magic); p < len(module); {
		id := module[p]
		size, body, err := readU32(module, p+1)
		if err != nil {
			return nil, st, err
		}
		if uint64(body)+uint64(size) > uint64(len(module)) {
			return nil, st, errors.New("wasmpack: section " + strconv.Itoa(int(id)) + " runs past the end of the module")
		}
		sections = append(sections, section{id, module[body : body+int(size)]})
		p = body + int(size)
	}
	for i, s := range sections {
		if s.id != dataSection {
			continue
		}
		segs, err := readData(s.content)
		if err != nil {
			return nil, st, err
		}
		merged, zeros, err := merge(segs, int64(maxGap))
		if err != nil {
			return nil, st, err
		}
		st = Stats{Segments: len(segs), Packed: len(merged), Zeros: zeros}
		sections[i].content = writeData(merged)
		for j := range sections {
			if sections[j].id == dataCountSection {
				sections[j].content = appendU32(nil, uint32(len(merged)))
			}
		}
	}
	out := make([]byte, 0, len(module)+len(module)/4)
	out = append(out, magic...)
	for _, s := range sections {
		out = append(out, s.id)
		out = appendU32(out, uint32(len(s.content)))
		out = append(out, s.content...)
	}
	return out, st, nil
}

// readData reads the segments of a data section, in their order.
func readData(b []byte) ([]segment, error) {
	n, p, err := readU32(b, 0)
	if err != nil {
		return nil, err
	}
	segs := make([]segment, 0, min(int(n), len(b)))
	for i := 0; i < int(n); i++ {
		bad := func(why string) ([]segment, error) {
			return nil, errors.New("wasmpack: data segment " + strconv.Itoa(i) + ": " + why)
		}
		var kind uint32
		if kind, p, err = readU32(b, p); err != nil {
			return nil, err
		}
		if kind != 0 {
			return bad("not an active segment of memory 0 (kind " + strconv.FormatUint(uint64(kind), 10) + ")")
		}
		if p >= len(b) || b[p] != 0x41 { // i32.const
			return bad("its offset is not an i32.const")
		}
		var off int32
		if off, p, err = readS32(b, p+1); err != nil {
			return nil, err
		}
		if p >= len(b) || b[p] != 0x0b { // end
			return bad("its offset expression has more than an i32.const")
		}
		var size uint32
		if size, p, err = readU32(b, p+1); err != nil {
			return nil, err
		}
		if uint64(p)+uint64(size) > uint64(len(b)) {
			return nil, errTruncated
		}
		// The offset is an address: i32.const writes it as a signed number.
		segs = append(segs, segment{offset: int64(uint32(off)), data: b[p : p+int(size)]})
		p += int(size)
	}
	if p != len(b) {
		return nil, errors.New("wasmpack: the data section has bytes after its last segment")
	}
	return segs, nil
}

// merge sorts segs by address and joins each with the next when at most
// maxGap bytes lie between them; it returns the segments and the number of
// zeros written. Overlapping segments are an error: their order decides
// which bytes memory holds, and sorting would change it.
func merge(segs []segment, maxGap int64) ([]segment, int, error) {
	segs = slices.Clone(segs)
	slices.SortStableFunc(segs, func(a, b segment) int { return cmp.Compare(a.offset, b.offset) })
	var out []segment
	zeros := 0
	for _, s := range segs {
		if len(s.data) == 0 {
			continue // writes nothing
		}
		if len(out) == 0 {
			out = append(out, s)
			continue
		}
		last := &out[len(out)-1]
		gap := s.offset - last.end()
		if gap < 0 {
			return nil, 0, errors.New("wasmpack: data segments overlap at address " + strconv.FormatInt(s.offset, 10))
		}
		if gap > maxGap {
			out = append(out, s)
			continue
		}
		joined := make([]byte, 0, len(last.data)+int(gap)+len(s.data))
		joined = append(joined, last.data...)
		joined = append(joined, make([]byte, gap)...)
		last.data = append(joined, s.data...)
		zeros += int(gap)
	}
	return out, zeros, nil
}

// writeData is the content of a data section holding segs.
func writeData(segs []segment) []byte {
	n := 5
	for _, s := range segs {
		n += 16 + len(s.data)
	}
	b := make([]byte, 0, n)
	b = appendU32(b, uint32(len(segs)))
	for _, s := range segs {
		b = append(b, 0, 0x41)
		b = appendS32(b, int32(uint32(s.offset)))
		b = append(b, 0x0b)
		b = appendU32(b, uint32(len(s.data)))
		b = append(b, s.data...)
	}
	return b
}
