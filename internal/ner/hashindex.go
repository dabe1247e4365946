package ner

import "slices"

// The model's two hash tables are open-addressing tables with linear
// probing, at most half full, that the model file holds as they are used:
// a process starts tagging without building or decoding them. Most lookups
// are of feature keys the model lacks, which an empty slot answers in one
// read.

// featTable finds a feature key's weight row. Each slot holds the key in
// its high half and the row in its low half, so that a lookup reads one
// cache line; key 0 marks an empty slot.
type featTable struct {
	slots []uint64
	shift uint // slot = (key * 0x9E3779B1) >> shift, a 32-bit product
}

// find returns the row of key k, or -1. The table always has an empty
// slot (valid checks a file's), so the probe ends.
func (t *featTable) find(k uint32) int32 {
	mask := uint32(len(t.slots) - 1)
	for i := (k * 0x9E3779B1) >> t.shift; ; i = (i + 1) & mask {
		s := t.slots[i&mask]
		switch uint32(s >> 32) {
		case k:
			return int32(uint32(s))
		case 0:
			return -1
		}
	}
}

// tableBits is the number of slot bits for n keys: at least 2n slots,
// and 2 at least.
func tableBits(n int) uint {
	b := uint(1)
	for 1<<b < 2*n {
		b++
	}
	return b
}

// newFeatTable places the keys, row r for sorted[r], in order, so that the
// table, and the model file, depend only on the keys.
func newFeatTable(sorted []uint32) featTable {
	b := tableBits(len(sorted))
	t := featTable{slots: make([]uint64, 1<<b), shift: 32 - b}
	mask := uint32(len(t.slots) - 1)
	for r, k := range sorted {
		i := (k * 0x9E3779B1) >> t.shift
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint64(k)<<32 | uint64(r)
	}
	return t
}

// valid reports whether the table, read from a file, has the size of its
// shift, an empty slot, and rows below rows: find stays in bounds and ends.
func (t *featTable) valid(rows int) bool {
	if t.shift > 31 || len(t.slots) != 1<<(32-t.shift) {
		return false
	}
	empty := false
	for _, s := range t.slots {
		empty = empty || s>>32 == 0
		if s>>32 != 0 && int(uint32(s)) >= rows {
			return false
		}
	}
	return empty
}

// gazTable maps 64-bit name hashes to a byte, the value at the key's slot;
// key 0 marks an empty slot.
type gazTable struct {
	n     int // keys
	keys  []uint64
	vals  []uint8
	shift uint // slot = (key * 0x9E3779B97F4A7C15) >> shift
}

// get returns the value of key h.
func (t *gazTable) get(h uint64) (uint8, bool) {
	mask := uint64(len(t.keys) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & mask {
		switch t.keys[i&mask] {
		case h:
			return t.vals[i&mask], true
		case 0:
			return 0, false
		}
	}
}

// newGazTable places the keys in increasing order, so that the table
// depends only on the entries. A key of 0 cannot be told from an empty
// slot and is left out (a name hash of 0 is a one in 2^64 chance).
func newGazTable(entries map[uint64]uint8) gazTable {
	sorted := make([]uint64, 0, len(entries))
	for h := range entries {
		if h != 0 {
			sorted = append(sorted, h)
		}
	}
	slices.Sort(sorted)
	b := tableBits(len(sorted))
	t := gazTable{n: len(sorted), keys: make([]uint64, 1<<b), vals: make([]uint8, 1<<b), shift: 64 - b}
	mask := uint64(len(t.keys) - 1)
	for _, h := range sorted {
		i := (h * 0x9E3779B97F4A7C15) >> t.shift
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.vals[i] = h, entries[h]
	}
	return t
}

// valid reports whether the table, read from a file, has the size of its
// shift and an empty slot, so that get ends.
func (t *gazTable) valid() bool {
	if t.shift > 63 || t.shift < 32 || len(t.keys) != 1<<(64-t.shift) || len(t.vals) != len(t.keys) {
		return false
	}
	n := 0
	for _, k := range t.keys {
		if k != 0 {
			n++
		}
	}
	return n == t.n && n < len(t.keys)
}
