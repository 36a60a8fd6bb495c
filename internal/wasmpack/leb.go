package wasmpack

import "errors"

// LEB128, the variable-length integers of the WebAssembly binary format
// (WebAssembly Core Specification, 5.2.2 "Integers").

// errTruncated is the error of a module that ends inside a value.
var errTruncated = errors.New("wasmpack: the module ends in the middle of a value")

// errTooLong is the error of an integer with more bytes than its type allows.
var errTooLong = errors.New("wasmpack: an integer is longer than 32 bits")

// readU32 reads an unsigned 32-bit LEB128 integer at b[p:] and returns it
// with the position after it.
func readU32(b []byte, p int) (uint32, int, error) {
	var v uint32
	for i := 0; i < 5; i++ {
		if p >= len(b) {
			return 0, p, errTruncated
		}
		c := b[p]
		p++
		if i == 4 && c > 0x0f {
			return 0, p, errTooLong
		}
		v |= uint32(c&0x7f) << (7 * i)
		if c&0x80 == 0 {
			return v, p, nil
		}
	}
	return 0, p, errTooLong
}

// readS32 reads a signed 32-bit LEB128 integer at b[p:] and returns it with
// the position after it.
func readS32(b []byte, p int) (int32, int, error) {
	var v int64
	shift := 0
	for i := 0; i < 5; i++ {
		if p >= len(b) {
			return 0, p, errTruncated
		}
		c := b[p]
		p++
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if c&0x40 != 0 {
				v -= 1 << shift // sign-extend
			}
			if v < -1<<31 || v > 1<<31-1 {
				return 0, p, errTooLong
			}
			return int32(v), p, nil
		}
	}
	return 0, p, errTooLong
}

// appendU32 appends v as an unsigned LEB128 integer.
func appendU32(b []byte, v uint32) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// appendS32 appends v as a signed LEB128 integer.
func appendS32(b []byte, v int32) []byte {
	x := int64(v)
	for {
		c := byte(x & 0x7f)
		x >>= 7
		if (x == 0 && c&0x40 == 0) || (x == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
