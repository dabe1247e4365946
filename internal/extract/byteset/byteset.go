package byteset

// Set holds the first bytes, and first two bytes, of a map's keys: a
// word that does not start as a key does is no key, which spares the map
// lookup for most tokens.
type Set struct {
	one [256]bool
	two [256 * 256 / 64]uint64 // bit s[0]<<8|s[1]
}

// Of returns the set of the first bytes of the keys of m.
func Of[V any](m map[string]V) *Set {
	var b Set
	for k := range m {
		if k != "" {
			b.one[k[0]] = true
		}
		if len(k) >= 2 {
			b.add2(k)
		}
	}
	return &b
}

func (b *Set) add2(k string) {
	n := int(k[0])<<8 | int(k[1])
	b.two[n/64] |= 1 << (n % 64)
}

// May reports whether s can be a key of the map.
func (b *Set) May(s string) bool {
	switch len(s) {
	case 0:
		return true
	case 1:
		return b.one[s[0]]
	}
	n := int(s[0])<<8 | int(s[1])
	return b.two[n/64]&(1<<(n%64)) != 0
}

// Union adds the keys of c to b.
func (b *Set) Union(c *Set) {
	for i := range b.one {
		b.one[i] = b.one[i] || c.one[i]
	}
	for i := range b.two {
		b.two[i] |= c.two[i]
	}
}
