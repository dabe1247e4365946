package ner

import (
	"math/bits"
	"slices"
	"strings"
)

// clusterTable gives a word's cluster, learned from unlabeled news by
// ./clusters: a bit path from the root of a binary tree, so that words used
// alike ("Tuesday", "Friday") share a long prefix. It is keyed by the
// folded word's 32-bit key, like the lexicon.
type clusterTable struct {
	keys  []uint32 // sorted
	paths []uint32 // the path's bits after a leading 1: "0110" is 0b10110
}

func (c *clusterTable) get(k uint32) uint32 {
	if c == nil {
		return 0
	}
	if i, ok := slices.BinarySearch(c.keys, k); ok {
		return c.paths[i]
	}
	return 0
}

// clusterPrefixes are the prefix lengths the features read, as Ratinov and
// Roth (2009) read Brown clusters: coarse classes and fine ones.
var clusterPrefixes = [...]uint{4, 6, 10, 20}

// clusterPrefix returns the first n bits of path (with its leading 1), or the
// whole path when it is shorter.
func clusterPrefix(path uint32, n uint) uint32 {
	if path == 0 {
		return 0
	}
	l := uint(31 - bits.LeadingZeros32(path)) // bits after the leading 1
	if l <= n {
		return path
	}
	return path >> (l - n)
}

// ClusterEntry is one word of a cluster file: its bit path ("0110") and
// the word, folded as the tagger folds it.
type ClusterEntry struct {
	Path, Word string
}

// buildClusters keys the entries; paths longer than 30 bits are cut.
func buildClusters(entries []ClusterEntry) *clusterTable {
	m := map[uint32]uint32{}
	for _, e := range entries {
		p := uint32(1)
		for i, r := range strings.TrimSpace(e.Path) {
			if i >= 30 {
				break
			}
			p <<= 1
			if r == '1' {
				p |= 1
			}
		}
		lower, _, _, _ := wordValues(e.Word)
		m[lexKey(lower)] = p
	}
	c := &clusterTable{}
	for k := range m {
		c.keys = append(c.keys, k)
	}
	slices.Sort(c.keys)
	c.paths = make([]uint32, len(c.keys))
	for i, k := range c.keys {
		c.paths[i] = m[k]
	}
	return c
}
