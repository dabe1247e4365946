package byteset

// Set holds the first bytes, and first two bytes, of a map's keys: a
// word that does not start as a key does is no key, which spares the map
// lookup for most tokens.
//
// Its fields are exported so that a generator can lay a set out as Go data
// (package nationalities' tables, read with no work at start); build one
// with Of.
type Set struct {
	One [256]bool
	Two [256 * 256 / 64]uint64 // bit s[0]<<8|s[1]
}

// Of returns the set of the first bytes of the keys of m.
func Of[V any](m map[string]V) *Set {
	var b Set
	for k := range m {
		if k != "" {
			b.One[k[0]] = true
		}
		if len(k) >= 2 {
			b.add2(k)
		}
	}
	return &b
}

func (b *Set) add2(k string) {
	n := int(k[0])<<8 | int(k[1])
	b.Two[n/64] |= 1 << (n % 64)
}

// May reports whether s can be a key of the map.
func (b *Set) May(s string) bool {
	switch len(s) {
	case 0:
		return true
	case 1:
		return b.One[s[0]]
	}
	n := int(s[0])<<8 | int(s[1])
	return b.Two[n/64]&(1<<(n%64)) != 0
}

// Union adds the keys of c to b.
func (b *Set) Union(c *Set) {
	for i := range b.One {
		b.One[i] = b.One[i] || c.One[i]
	}
	for i := range b.Two {
		b.Two[i] |= c.Two[i]
	}
}
