package punkt

import (
	_ "embed"
	"strings"
	"sync"
)

// english is sentences.v1's English Punkt model with prose's supervised
// abbreviations, as gen/ writes it: a text header (source, licence, format)
// ending in a blank line, then two tables, the words and the collocations.
// Each table is
//
//	n       uint32
//	offsets (n+1) uint32, the keys' bounds in the blob
//	flags   n bytes
//	blob    the keys, sorted bytewise, concatenated
//
// all little-endian, read in place.
//
//go:embed data/english.bin
var english string

// Flag bits of a word. The orthographic context bits are sentences.v1's
// own values (ortho.go), kept as they are in the model.
const (
	flagAbbrev  = 1 << 0 // AbbrevTypes: the word before a period is an abbreviation
	orthoBegUc  = 1 << 1 // seen capitalised at the start of a sentence
	orthoMidUc  = 1 << 2 // ... capitalised inside one
	orthoUnkUc  = 1 << 3 // ... capitalised where it could not tell
	orthoBegLc  = 1 << 4 // seen in lower case at the start
	orthoMidLc  = 1 << 5 // ... inside
	orthoUnkLc  = 1 << 6 // ... where it could not tell
	flagStarter = 1 << 7 // SentStarters: a frequent sentence starter

	orthoUc = orthoBegUc | orthoMidUc | orthoUnkUc
	orthoLc = orthoBegLc | orthoMidLc | orthoUnkLc
)

// table is a sorted key table read in place from the model's bytes.
type table struct {
	n       int
	offsets string // (n+1) little-endian uint32
	flags   string
	blob    string
}

func readTable(b string) (table, string) {
	n := u32(b, 0)
	t := table{n: n}
	b = b[4:]
	t.offsets, b = b[:4*(n+1)], b[4*(n+1):]
	t.flags, b = b[:n], b[n:]
	size := t.offset(n)
	t.blob, b = b[:size], b[size:]
	return t, b
}

func (t *table) offset(i int) int { return u32(t.offsets, 4*i) }

// u32 reads the little-endian uint32 at s[i:].
func u32(s string, i int) int {
	_ = s[i+3]
	return int(s[i]) | int(s[i+1])<<8 | int(s[i+2])<<16 | int(s[i+3])<<24
}

func (t *table) key(i int) string { return t.blob[t.offset(i):t.offset(i+1)] }

// find returns the flags of key a+sep+b (sep is dropped when 0), or 0 when
// the table does not hold it. The key is compared in its pieces so that a
// collocation look-up builds no string.
func (t *table) find(a string, sep byte, b string) byte {
	lo, hi := 0, t.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compare3(t.key(m), a, sep, b) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < t.n && compare3(t.key(lo), a, sep, b) == 0 {
		return t.flags[lo]
	}
	return 0
}

// compare3 compares k with the concatenation a+sep+b bytewise, as
// strings.Compare would.
func compare3(k, a string, sep byte, b string) int {
	if len(k) < len(a) {
		if c := strings.Compare(k, a[:len(k)]); c != 0 {
			return c
		}
		return -1
	}
	if c := strings.Compare(k[:len(a)], a); c != 0 {
		return c
	}
	k = k[len(a):]
	if sep != 0 {
		if len(k) == 0 {
			return -1
		}
		if k[0] != sep {
			if k[0] < sep {
				return -1
			}
			return 1
		}
		k = k[1:]
	}
	return strings.Compare(k, b)
}

type model struct {
	words, collocations table
}

// load finds the two tables in the embedded bytes once.
var load = sync.OnceValue(readModel)

// readModel finds the two tables in the embedded bytes: a few slicings, no
// decoding.
func readModel() *model {
	i := strings.Index(english, "\n\n")
	if i < 0 {
		panic("punkt: data/english.bin has no header")
	}
	b := english[i+2:]
	m := &model{}
	m.words, b = readTable(b)
	m.collocations, b = readTable(b)
	if len(b) != 0 {
		panic("punkt: data/english.bin has trailing bytes")
	}
	return m
}

func (m *model) flags(typ string) byte { return m.words.find(typ, 0, "") }

// collocation reports whether "typ,next" is one of the model's
// collocations.
func (m *model) collocation(typ, next string) bool {
	return m.collocations.find(typ, ',', next) != 0
}
