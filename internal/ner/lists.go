package ner

import (
	"maps"
	"slices"
)

// NameList is one public list of names for the list features, each name
// given as its tokens, as the tokenizer splits it ("St", ".", "Louis").
// Type is the list's index (internal/gazetteer's Type); up to
// maxListTypes lists.
type NameList struct {
	Type  int
	Names [][]string
}

const maxListTypes = 7

// listPrefix marks an entry that is the start of a longer name. Types and
// prefix fit a byte, which keeps the model file, and its load, small.
const listPrefix uint8 = 1 << 7

// nameLists holds the public lists (cities, countries, companies, first
// names, ...), keyed by the 32-bit fold of the hash of a name's folded
// words. Unlike the training gazetteer these names are not from CoNLL, so
// the tagger learns how far to trust them from the names of CoNLL it finds
// in them, and can use them on the names of today's news it never saw.
// Sorted slices rather than a map: decoding 70,000 entries into a map
// would take longer than a short run spends searching the slices.
type nameLists struct {
	keys []uint32 // sorted
	bits []uint8  // bit t: in list t; listPrefix: a longer name starts so
}

func listKey(h uint64) uint32 { return uint32(h ^ h>>32) }

func (l *nameLists) get(k uint32) (uint8, bool) {
	if i, ok := slices.BinarySearch(l.keys, k); ok {
		return l.bits[i], true
	}
	return 0, false
}

// buildLists hashes the lists. Names longer than gazMaxLen words are
// dropped: the matcher never looks that far.
func buildLists(lists []NameList) *nameLists {
	entries := map[uint32]uint8{}
	for _, l := range lists {
		if l.Type < 0 || l.Type >= maxListTypes {
			continue
		}
		for _, words := range l.Names {
			if len(words) == 0 || len(words) > gazMaxLen {
				continue
			}
			h := uint64(gazSeed)
			for i, w := range words {
				lower, _, _, _ := wordValues(w)
				h = gazHash(h, lower)
				if i < len(words)-1 {
					entries[listKey(h)] |= listPrefix
				}
			}
			entries[listKey(h)] |= 1 << l.Type
		}
	}
	nl := &nameLists{keys: slices.Sorted(maps.Keys(entries))}
	nl.bits = make([]uint8, len(nl.keys))
	for i, k := range nl.keys {
		nl.bits[i] = entries[k]
	}
	return nl
}

// Positions of a token in the longest list match covering it.
const (
	posNone uint32 = iota
	posSingle
	posBegin
	posInside
	posEnd
)

// matchAllLists matches the lists in every sentence, before any is
// tagged: the aggregation features of a token read the matches of the
// word's mentions in later sentences too.
func (f *features) matchAllLists(l *nameLists, sents []Span) {
	clear(f.list)
	clear(f.long)
	for _, s := range sents {
		f.matchLists(l, s)
	}
}

// matchLists sets, for each token of sentence s, list[i]: the types of
// every list name covering it, and long[i]: the types of the longest name
// starting at the leftmost match, with the token's position in it
// (posSingle...) above bit listPosShift. As with the
// training gazetteer, a name must start and end on a word not in lower
// case: "brown" is not the surname Brown, nor "reading" the town.
func (f *features) matchLists(l *nameLists, s Span) {
	for i := s.First; i < s.Last; i++ {
		f.list[i], f.long[i] = 0, 0
	}
	if l == nil || len(l.keys) == 0 {
		return
	}
	covered := s.First // tokens before it belong to an earlier longest match
	for i := s.First; i < s.Last; i++ {
		if c := f.caps[i]; c == capLower || c == capPunct {
			continue
		}
		h := uint64(gazSeed)
		bestEnd, bestBits := -1, uint8(0)
		for j := i; j < s.Last && j-i < gazMaxLen; j++ {
			h = gazHash(h, f.lower[j])
			bits, ok := l.get(listKey(h))
			if !ok {
				break
			}
			types := bits &^ listPrefix
			if types == 0 || f.caps[j] == capLower {
				continue
			}
			for k := i; k <= j; k++ {
				f.list[k] |= uint16(types)
			}
			bestEnd, bestBits = j, types
		}
		if bestEnd < 0 || i < covered {
			continue
		}
		for k := i; k <= bestEnd; k++ {
			pos := posInside
			switch {
			case i == bestEnd:
				pos = posSingle
			case k == i:
				pos = posBegin
			case k == bestEnd:
				pos = posEnd
			}
			f.long[k] = uint32(bestBits) | pos<<listPosShift
		}
		covered = bestEnd + 1
	}
}

// listPosShift places the position above the type bits in long.
const listPosShift = 16

// ListTypes returns the public lists that hold the name written by words
// (its tokens, "St", ".", "Louis"), one bit per list type (internal/
// gazetteer's Type order), matched case-folded as the features match; 0 for
// none. The entities extractor reads it to tell a maker from its product.
func (m *Model) ListTypes(words []string) uint8 {
	if m == nil || m.lists == nil || len(words) == 0 || len(words) > gazMaxLen {
		return 0
	}
	h := uint64(gazSeed)
	for _, w := range words {
		lower, _, _, _ := wordValues(w)
		h = gazHash(h, lower)
	}
	bits, _ := m.lists.get(listKey(h))
	return bits &^ listPrefix
}

// CommonWord reports whether English writes w in lower case (the lexicon
// of the model): "New" and "General" are words before they are names.
func (m *Model) CommonWord(w string) bool {
	if m == nil || m.lex == nil {
		return false
	}
	lower, _, _, _ := wordValues(w)
	return m.lex.get(lexKey(lower))&lexLower != 0
}
