package quote

import (
	"math/rand/v2"
	"testing"
)

// TestKeyTableAsMap runs the same operations on a keyTable and on a Go
// map, over several articles' worth of keys (growth, overwrites, resets,
// keys that share their top bits), and checks that they always agree.
func TestKeyTableAsMap(t *testing.T) {
	cases := []struct {
		name string
		keys func(r *rand.Rand) uint64
		ops  int
	}{
		{"random", func(r *rand.Rand) uint64 { return r.Uint64() }, 5000},
		{"few keys, many overwrites", func(r *rand.Rand) uint64 { return uint64(r.IntN(40)) }, 5000},
		{"one probe start", func(r *rand.Rand) uint64 { return uint64(r.IntN(300)) << 1 }, 3000},
		{"salted", func(r *rand.Rand) uint64 {
			return keyHash(keyPerson, string(rune('a'+r.IntN(26)))) ^ mostQuotedSalt*uint64(r.IntN(2))
		}, 2000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, 2))
			var tab keyTable
			for article := range 4 {
				tab.reset()
				m := map[uint64]int32{}
				for op := range c.ops {
					k := c.keys(r)
					if r.IntN(2) == 0 {
						v := int32(r.IntN(1000) - 1)
						tab.set(k, v)
						m[k] = v
					}
					got, ok := tab.get(k)
					want, wantOK := m[k]
					if got != want || ok != wantOK {
						t.Fatalf("article %d, op %d: get(%#x) = %d, %v; the map has %d, %v", article, op, k, got, ok, want, wantOK)
					}
					if tab.at(k) != want {
						t.Fatalf("article %d, op %d: at(%#x) = %d, want %d", article, op, k, tab.at(k), want)
					}
				}
				if tab.n != len(m) {
					t.Fatalf("article %d: %d entries, the map has %d", article, tab.n, len(m))
				}
				for k, v := range m {
					if got, ok := tab.get(k); !ok || got != v {
						t.Fatalf("article %d: get(%#x) = %d, %v after the run, want %d", article, k, got, ok, v)
					}
				}
			}
		})
	}
}

// TestKeyTableReset checks that a reset table holds nothing, also when its
// generation wraps around.
func TestKeyTableReset(t *testing.T) {
	for _, gen := range []uint32{0, 1, 1<<32 - 1} {
		var tab keyTable
		tab.set(7, 3)
		tab.gen = gen
		for i := range tab.slots {
			if tab.slots[i].key == 7 {
				tab.slots[i].gen = gen
			}
		}
		tab.n = 1
		tab.reset()
		if v, ok := tab.get(7); ok {
			t.Errorf("generation %d: get(7) = %d after reset, want nothing", gen, v)
		}
		tab.set(8, 4)
		if _, ok := tab.get(7); ok {
			t.Errorf("generation %d: key 7 came back after a set", gen)
		}
		if v, ok := tab.get(8); !ok || v != 4 {
			t.Errorf("generation %d: get(8) = %d, %v, want 4", gen, v, ok)
		}
	}
}
