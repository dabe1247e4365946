package ner

import "slices"

// hashIndex finds a key's position in a table that the model file holds as
// it is used: keys grouped by bucket (the top bits of the key times a
// Fibonacci constant), sorted within a bucket, and off[b] the first key of
// bucket b. A lookup reads two neighbouring offsets and scans about one key,
// as fast as the open-addressing table it replaces, but the file can hold it
// as it is: nothing is built or decoded when a process starts. The values
// of the table (weight rows, type bits) are stored in the same order, so the
// position is also the value's index.
type hashIndex[K uint32 | uint64] struct {
	shift uint     // bucket = (key * hashMul) >> shift
	off   []uint32 // len buckets+1; bucket b holds keys[off[b]:off[b+1]]
	keys  []K
}

const hashMul = 0x9E3779B97F4A7C15

func (x *hashIndex[K]) bucket(k K) uint64 { return (uint64(k) * hashMul) >> x.shift }

// find returns the position of k, or -1. valid has checked the offsets of
// a table read from a file.
func (x *hashIndex[K]) find(k K) int32 {
	b := x.bucket(k)
	for i := x.off[b]; i < x.off[b+1]; i++ {
		if x.keys[i] == k {
			return int32(i)
		}
	}
	return -1
}

// bucketBits is the number of bucket bits for n keys: at least n/2
// buckets, so that a bucket holds one or two keys.
func bucketBits(n int) uint {
	b := uint(0)
	for 1<<b < (n+1)/2 {
		b++
	}
	return b
}

// buildIndex orders distinct keys by bucket, then by key, and returns the
// index and perm: the position in keys of each key in index order, to
// permute the values alike. The order depends only on the set of keys, so
// the model file is reproducible.
func buildIndex[K uint32 | uint64](keys []K) (hashIndex[K], []int) {
	nb := bucketBits(len(keys))
	x := hashIndex[K]{shift: 64 - nb, off: make([]uint32, 1<<nb+1)}
	perm := make([]int, len(keys))
	for i := range perm {
		perm[i] = i
	}
	slices.SortFunc(perm, func(a, b int) int {
		ba, bb := x.bucket(keys[a]), x.bucket(keys[b])
		if ba != bb {
			return cmpSign(ba, bb)
		}
		return cmpSign(keys[a], keys[b])
	})
	x.keys = make([]K, len(keys))
	for i, p := range perm {
		x.keys[i] = keys[p]
		x.off[x.bucket(keys[p])+1]++
	}
	for b := 1; b < len(x.off); b++ {
		x.off[b] += x.off[b-1]
	}
	return x, perm
}

func cmpSign[T uint32 | uint64](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// valid reports whether the offsets of an index read from a file are those
// of nb bucket bits over its keys, rising from 0 to len(keys), so that find
// stays in bounds.
func (x *hashIndex[K]) valid(nb uint) bool {
	if nb > 31 || len(x.off) != 1<<nb+1 || x.off[0] != 0 || int(x.off[len(x.off)-1]) != len(x.keys) {
		return false
	}
	for b := 1; b < len(x.off); b++ {
		if x.off[b] < x.off[b-1] {
			return false
		}
	}
	return true
}
