package quote

// keyTable maps the hashed keys of clusters (keyHash) to entity indexes,
// as a map[uint64]int32 would: an open-addressed table with linear
// probing, emptied for the next article in constant time by starting a
// new generation (a Go map's clear costs its whole capacity, which the
// pooled map keeps from the biggest article it has held), and read
// without a call into the runtime, which costs most under WebAssembly.
// The zero value is an empty table.
type keyTable struct {
	slots []keySlot // a power of two long, at most 3/4 full
	shift uint8     // 64 - log2(len(slots))
	n     int       // entries of the current generation
	gen   uint32    // the current generation, from 1
}

// keySlot is one entry of a keyTable; a slot whose gen is not the table's
// is empty.
type keySlot struct {
	key uint64
	val int32
	gen uint32
}

// keyTableMin is the fewest slots of a table that holds anything.
const keyTableMin = 64

// slot returns where key's probe starts: the top bits of key times the
// golden ratio (Fibonacci hashing), which every bit of key moves.
func (t *keyTable) slot(key uint64) int { return int((key * 0x9e3779b97f4a7c15) >> t.shift) }

// get returns key's value and whether it has one.
func (t *keyTable) get(key uint64) (int32, bool) {
	if t.n == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for i := t.slot(key); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			return 0, false
		}
		if s.key == key {
			return s.val, true
		}
	}
}

// at returns key's value, or 0 when it has none (a map's v := m[key]).
func (t *keyTable) at(key uint64) int32 {
	v, _ := t.get(key)
	return v
}

// set gives key the value v.
func (t *keyTable) set(key uint64, v int32) {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := t.slot(key); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			s.key, s.val, s.gen = key, v, t.gen
			t.n++
			return
		}
		if s.key == key {
			s.val = v
			return
		}
	}
}

// grow doubles the table (or makes its first slots) and puts the entries
// of the current generation back.
func (t *keyTable) grow() {
	old, gen := t.slots, t.gen
	size := max(keyTableMin, 2*len(old))
	t.slots = make([]keySlot, size)
	t.shift = 64
	for s := size; s > 1; s >>= 1 {
		t.shift--
	}
	t.gen, t.n = 1, 0
	for i := range old {
		if s := &old[i]; s.gen == gen && gen != 0 {
			t.set(s.key, s.val)
		}
	}
}

// reset empties the table, keeping its slots.
func (t *keyTable) reset() {
	t.n = 0
	if t.gen++; t.gen == 0 {
		// The generation wrapped: slots written 2^32 articles ago would
		// read as current.
		clear(t.slots)
		t.gen = 1
	}
}

// capacity returns the number of slots the table keeps.
func (t *keyTable) capacity() int { return len(t.slots) }
