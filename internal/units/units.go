package units

import (
	"slices"
	"sort"
	"strings"
	"unsafe"
)

//go:generate go run ./gen

// Where says on which side of the number a unit is written.
type Where uint8

// The sides: "$5" (Pre), "5 km" (Post), "EUR 5" and "5 EUR" (Both).
const (
	Post Where = iota
	Pre
	Both
)

// Match says how a surface must be written to match.
type Match uint8

// Exact surfaces match as written ("MW" is not "mW"), Fold ones in any case
// ("Miles"), Adjacent ones as written and only against the number ("TRY5",
// since "TRY" is an English word in a headline).
const (
	Exact Match = iota
	Fold
	Adjacent
)

// Currency is the Kind of money.
const Currency = "currency"

// Unit is one reading of a surface form.
type Unit struct {
	// Name is the canonical name: the symbol of a measure ("km", "°C",
	// "mph") or the ISO 4217 code of a currency ("USD").
	Name string
	// Kind is the quantity measured: length, mass, time, currency...
	Kind string
	// Factor converts the number to Name: 0.01 for "cents", 1 otherwise.
	Factor float64
	Where  Where
	Match  Match
}

// The lexicon is generated Go data (lexicon_*_gen.go, written by gen
// from the data files): sorted keys with their readings laid out as
// arrays, so that a process reads them in place, with no file parsed and
// no map built at start. The exact keys are the surfaces as written, each
// with the readings of its lower case among the Fold surfaces after its
// own; the fold keys are the lower-case Fold surfaces.

// find returns the index of the key s in keys, searched by binary search
// among the keys of its first byte (first gives where they start). Most
// words asked are no unit: pairs, the first two bytes of the keys, rules
// them out before the search.
func find(keys []string, first *[257]uint16, pairs *[1024]uint64, s string) (int, bool) {
	if !may(pairs, s) {
		return 0, false
	}
	lo, hi := int(first[s[0]]), int(first[int(s[0])+1])
	i, ok := slices.BinarySearch(keys[lo:hi], s)
	return lo + i, ok
}

// may reports whether the first two bytes of s (its first and 0 when it
// has one) are those of a key; false for the empty string, no key.
func may(pairs *[1024]uint64, s string) bool {
	if s == "" {
		return false
	}
	n := int(s[0]) << 8
	if len(s) > 1 {
		n |= int(s[1])
	}
	return pairs[n>>6]&(1<<(n&63)) != 0
}

// exact returns the readings of the surface s as written, and whether it
// has any.
func exact(s string) ([]Unit, bool) {
	i, ok := find(exactKeys[:], &exactFirst, &exactPairs, s)
	if !ok {
		return nil, false
	}
	a, b := exactAt[i], exactAt[i+1]
	return exactUnits[a:b:b], true
}

// fold returns the Fold readings of the lower-case surface s.
func fold(s string) []Unit {
	i, ok := find(foldKeys[:], &foldFirst, &foldPairs, s)
	if !ok {
		return nil
	}
	a, b := foldAt[i], foldAt[i+1]
	return foldUnits[a:b:b]
}

// Lookup returns the readings of the surface s, the preferred first: those
// whose surface is written exactly so, then the case-folded names. "pounds"
// is money first and mass second; the caller chooses by context.
func Lookup(s string) []Unit {
	if us, ok := exact(s); ok {
		return us
	}
	if len(s) > 64 {
		return fold(foldKey(s))
	}
	var buf [64]byte
	return fold(bytesString(lowerASCII(buf[:0], s)))
}

// LookupBytes is Lookup for a surface in a buffer, with no string made:
// the numbers extractor joins the words of a phrase in one.
func LookupBytes(b []byte) []Unit {
	if us, ok := exact(bytesString(b)); ok {
		return us
	}
	if len(b) > 64 {
		return fold(foldKey(string(b)))
	}
	var buf [64]byte
	return fold(bytesString(lowerASCII(buf[:0], b)))
}

// bytesString views b as a string without a copy, for a search that keeps
// no reference to it.
func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// foldKey is the key of a surface matched in any case: its ASCII letters
// lowered (the surfaces matched so are English words).
func foldKey(s string) string { return string(lowerASCII(nil, s)) }

// lowerASCII appends s to dst with ASCII capitals lowered; other bytes are
// kept, so a non-ASCII capital matches only as written ("Ω").
func lowerASCII[S string | []byte](dst []byte, s S) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// Prefix returns the longest currency sign or code that s starts with and
// that is written before a number ("US$12.5" -> USD and 3), and false when
// there is none. Codes that are English words ("ALL") need the number right
// after them.
func Prefix(s string) (Unit, int, bool) {
	if s == "" {
		return Unit{}, 0, false
	}
	if u, n, ok := codeDollar(s); ok {
		return u, n, true
	}
	for i := preFirst[s[0]]; i < preFirst[int(s[0])+1]; i++ {
		p := preSurfaces[i]
		if !strings.HasPrefix(s, p) {
			continue
		}
		e := preExact[i]
		for _, u := range exactUnits[exactAt[e]:exactAt[e+1]] {
			if u.Where == Post || u.Match == Fold {
				continue
			}
			if u.Match == Adjacent && (len(s) == len(p) || s[len(p)] < '0' || s[len(p)] > '9') {
				continue
			}
			return u, len(p), true
		}
	}
	return Unit{}, 0, false
}

// codeDollar reads an ISO code written with a dollar sign, in any case:
// "NZD$15", "usd$ 15", "AUD$".
func codeDollar(s string) (Unit, int, bool) {
	if len(s) < 4 || s[3] != '$' {
		return Unit{}, 0, false
	}
	var buf [3]byte
	for i := range 3 {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[i] = c
	}
	us, _ := exact(string(buf[:]))
	for _, u := range us {
		if u.Kind == Currency && u.Match == Exact {
			return u, 4, true
		}
	}
	return Unit{}, 0, false
}

// MaxWords is the number of words in the longest surface ("millimetres of
// mercury": 3), the most a caller needs to look ahead.
func MaxWords() int { return maxWords }

// Canonical returns the canonical name of a unit given by any of its
// surfaces or by its name, so that units can be compared by name ("km" and
// "kilometre" are one unit). It returns s itself when it knows no reading.
func Canonical(s string) string {
	if us := Lookup(s); len(us) > 0 {
		return us[0].Name
	}
	return s
}

// ByName returns the unit whose canonical name is name ("t", "km", "USD"),
// whatever surfaces it is written with.
func ByName(name string) (Unit, bool) {
	i := sort.SearchStrings(nameKeys[:], name)
	if i < len(nameKeys) && nameKeys[i] == name {
		return nameUnits[i], true
	}
	return Unit{}, false
}

// StartsPhrase reports whether the lower-case word w begins a surface of
// several words ("square" of "square feet"), so that a caller need not
// build the phrase to look it up.
func StartsPhrase(w string) bool {
	if !may(&firstPairs, w) {
		return false
	}
	i := sort.SearchStrings(firstWords[:], w)
	return i < len(firstWords) && firstWords[i] == w
}
