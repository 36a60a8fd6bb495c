package wasmpack

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seg is a segment of a test module: offset and bytes.
type seg struct {
	off  int32
	data string
}

// module writes a WebAssembly module with a type section (kept as it is),
// an optional data count section and a data section of segs.
func module(withCount bool, segs ...seg) []byte {
	b := append([]byte(nil), magic...)
	b = append(b, 1, 4, 1, 0x60, 0, 0) // type section: one func type () -> ()
	if withCount {
		b = append(b, dataCountSection, 1, byte(len(segs)))
	}
	var data []byte
	data = appendU32(data, uint32(len(segs)))
	for _, s := range segs {
		data = append(data, 0, 0x41)
		data = appendS32(data, s.off)
		data = append(data, 0x0b)
		data = appendU32(data, uint32(len(s.data)))
		data = append(data, s.data...)
	}
	b = append(b, dataSection)
	b = appendU32(b, uint32(len(data)))
	return append(b, data...)
}

// image is the memory a module's data section writes: address -> byte
// (zeros left out, as memory starts zeroed).
func image(t *testing.T, m []byte) map[int64]byte {
	t.Helper()
	out := map[int64]byte{}
	for p := len(magic); p < len(m); {
		size, body, err := readU32(m, p+1)
		require.NoError(t, err)
		if m[p] == dataSection {
			segs, err := readData(m[body : body+int(size)])
			require.NoError(t, err)
			for _, s := range segs {
				for i, c := range s.data {
					if c != 0 {
						out[s.offset+int64(i)] = c
					}
				}
			}
		}
		p = body + int(size)
	}
	return out
}

// segments reads back the segments of a module's data section.
func segments(t *testing.T, m []byte) []seg {
	t.Helper()
	var out []seg
	for p := len(magic); p < len(m); {
		size, body, err := readU32(m, p+1)
		require.NoError(t, err)
		if m[p] == dataSection {
			segs, err := readData(m[body : body+int(size)])
			require.NoError(t, err)
			for _, s := range segs {
				out = append(out, seg{int32(s.offset), string(s.data)})
			}
		}
		p = body + int(size)
	}
	return out
}

func TestPack(t *testing.T) {
	tests := []struct {
		name  string
		in    []seg
		gap   int
		want  []seg
		zeros int
	}{
		{"nothing to join", []seg{{100, "ab"}}, 8, []seg{{100, "ab"}}, 0},
		{"adjacent", []seg{{100, "ab"}, {102, "cd"}}, 0, []seg{{100, "abcd"}}, 0},
		{"a gap at the limit is filled", []seg{{100, "ab"}, {105, "cd"}}, 3, []seg{{100, "ab\x00\x00\x00cd"}}, 3},
		{"a gap past the limit stays", []seg{{100, "ab"}, {106, "cd"}}, 3, []seg{{100, "ab"}, {106, "cd"}}, 0},
		{"runs of segments", []seg{{0, "a"}, {2, "b"}, {50, "c"}, {51, "d"}}, 1,
			[]seg{{0, "a\x00b"}, {50, "cd"}}, 1},
		{"sorted by address first", []seg{{200, "z"}, {100, "ab"}, {103, "c"}}, 4,
			[]seg{{100, "ab\x00c"}, {200, "z"}}, 1},
		{"empty segments dropped", []seg{{10, "a"}, {11, ""}, {12, "b"}}, 0, []seg{{10, "a"}, {12, "b"}}, 0},
		{"large offsets (multi-byte LEB128)", []seg{{1 << 20, "x"}, {1<<20 + 2, "y"}}, 1, []seg{{1 << 20, "x\x00y"}}, 1},
		{"no segments", nil, 64, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := module(false, tt.in...)
			out, st, err := Pack(in, tt.gap)
			require.NoError(t, err)
			assert.Equal(t, tt.want, segments(t, out))
			assert.Equal(t, image(t, in), image(t, out), "the same memory")
			assert.Equal(t, Stats{Segments: len(tt.in), Packed: len(tt.want), Zeros: tt.zeros}, st)
			assert.Equal(t, in[:len(magic)+6], out[:len(magic)+6], "the type section copied")
		})
	}
}

func TestPackDataCount(t *testing.T) {
	out, _, err := Pack(module(true, seg{0, "a"}, seg{1, "b"}, seg{2, "c"}), 0)
	require.NoError(t, err)
	i := bytes.IndexByte(out[len(magic)+6:], dataCountSection) + len(magic) + 6
	assert.Equal(t, []byte{dataCountSection, 1, 1}, out[i:i+3], "the data count is the new number of segments")
}

func TestPackRefuses(t *testing.T) {
	good := module(false, seg{0, "ab"})
	passive := append(append([]byte(nil), magic...), dataSection, 4, 1, 1, 1, 'x')
	globalOffset := append(append([]byte(nil), magic...), dataSection, 6, 1, 0, 0x23, 0, 0x0b, 0)
	overlap := module(false, seg{0, "abc"}, seg{2, "d"})
	tests := []struct {
		name string
		in   []byte
		gap  int
		want string
	}{
		{"not WebAssembly", []byte("\x7fELF\x02\x01\x01\x00"), 8, "not a WebAssembly module"},
		{"a negative gap", good, -1, "must not be negative"},
		{"a section past the end", good[:len(good)-1], 8, "runs past the end"},
		{"a passive segment", passive, 8, "not an active segment of memory 0"},
		{"an offset from a global", globalOffset, 8, "not an i32.const"},
		{"overlapping segments", overlap, 8, "overlap at address 2"},
		{"a truncated length", append(append([]byte(nil), magic...), dataSection, 0x80), 8, "ends in the middle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := Pack(tt.in, tt.gap)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Nil(t, out)
		})
	}
}

func TestLEB128(t *testing.T) {
	for _, v := range []int32{0, 1, 63, 64, -1, -64, -65, 127, 128, 1 << 20, 1<<31 - 1, -1 << 31} {
		got, p, err := readS32(appendS32(nil, v), 0)
		require.NoError(t, err)
		assert.Equal(t, v, got)
		assert.Equal(t, len(appendS32(nil, v)), p)
	}
	for _, v := range []uint32{0, 1, 127, 128, 1 << 21, 1<<32 - 1} {
		got, _, err := readU32(appendU32(nil, v), 0)
		require.NoError(t, err)
		assert.Equal(t, v, got)
	}
	_, _, err := readU32([]byte{0xff, 0xff, 0xff, 0xff, 0x7f}, 0)
	assert.ErrorIs(t, err, errTooLong)
}

// FuzzPack checks that Pack never panics, and that a module it rewrites
// writes the same memory.
func FuzzPack(f *testing.F) {
	f.Add(module(false, seg{0, "ab"}, seg{20, "c"}, seg{5, "d"}), 8)
	f.Add(module(true, seg{1 << 16, "x"}), 0)
	f.Fuzz(func(t *testing.T, in []byte, gap int) {
		out, _, err := Pack(in, gap%100)
		if err != nil {
			return
		}
		assert.Equal(t, image(t, in), image(t, out))
		again, _, err := Pack(out, gap%100)
		require.NoError(t, err)
		assert.Equal(t, out, again, "packing twice changes nothing more")
	})
}
