package units

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./gen

// The generated lexicon: one reading a line, tab-separated (see the header
// of each file). Both files come from gen; edit its inputs, not these.
var (
	//go:embed data/currencies.tsv
	currenciesData string
	//go:embed data/measures.tsv
	measuresData string
)

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

type lexicon struct {
	// exact maps a surface as written to its readings, with the readings
	// of its lower case among the Fold surfaces after its own; fold maps a
	// lower-case surface to its Fold readings.
	exact, fold map[string][]Unit
	// pre lists the surfaces written before a number, longest first, by
	// their first byte.
	pre      [256][]string
	maxWords int
	// names maps each canonical name to its first reading.
	names map[string]Unit
	// firsts holds the first words of the surfaces of several words, in
	// lower case.
	firsts map[string]bool
}

var load = sync.OnceValue(func() *lexicon {
	lx := &lexicon{exact: map[string][]Unit{}, fold: map[string][]Unit{}, names: map[string]Unit{}, firsts: map[string]bool{}}
	for _, data := range []string{currenciesData, measuresData} {
		for _, line := range strings.Split(data, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			lx.add(strings.Split(line, "\t"))
		}
	}
	for k, us := range lx.exact {
		if f := lx.fold[foldKey(k)]; len(f) > 0 {
			lx.exact[k] = appendNew(us, f)
		}
	}
	for i := range lx.pre {
		ss := lx.pre[i]
		sort.SliceStable(ss, func(a, b int) bool { return len(ss[a]) > len(ss[b]) })
	}
	return lx
})

func (lx *lexicon) add(f []string) {
	if len(f) != 6 {
		panic("units: bad line " + strings.Join(f, "\t"))
	}
	fac, err := strconv.ParseFloat(f[3], 64)
	if err != nil {
		panic("units: " + err.Error())
	}
	u := Unit{Name: f[1], Kind: f[2], Factor: fac}
	if _, ok := lx.names[u.Name]; !ok && fac == 1 {
		lx.names[u.Name] = u
	}
	switch f[4] {
	case "pre":
		u.Where = Pre
	case "both":
		u.Where = Both
	}
	switch f[5] {
	case "fold":
		u.Match = Fold
		lx.fold[foldKey(f[0])] = append(lx.fold[foldKey(f[0])], u)
	case "adjacent":
		u.Match = Adjacent
		lx.exact[f[0]] = append(lx.exact[f[0]], u)
	default:
		lx.exact[f[0]] = append(lx.exact[f[0]], u)
	}
	if u.Where != Post && u.Match != Fold {
		lx.pre[f[0][0]] = append(lx.pre[f[0][0]], f[0])
	}
	if ws := strings.Fields(f[0]); len(ws) > 1 {
		lx.maxWords = max(lx.maxWords, len(ws))
		lx.firsts[foldKey(ws[0])] = true
	}
}

// appendNew appends to a copy of us the readings of more it lacks.
func appendNew(us, more []Unit) []Unit {
	out := append([]Unit(nil), us...)
	for _, m := range more {
		dup := false
		for _, u := range out {
			dup = dup || u == m
		}
		if !dup {
			out = append(out, m)
		}
	}
	return out
}

// Lookup returns the readings of the surface s, the preferred first: those
// whose surface is written exactly so, then the case-folded names. "pounds"
// is money first and mass second; the caller chooses by context.
func Lookup(s string) []Unit {
	lx := load()
	if us, ok := lx.exact[s]; ok {
		return us
	}
	if len(s) > 64 {
		return lx.fold[foldKey(s)]
	}
	var buf [64]byte
	return lx.fold[string(lowerASCII(buf[:0], s))]
}

// LookupBytes is Lookup for a surface in a buffer, with no string made:
// the numbers extractor joins the words of a phrase in one.
func LookupBytes(b []byte) []Unit {
	lx := load()
	if us, ok := lx.exact[string(b)]; ok {
		return us
	}
	if len(b) > 64 {
		return lx.fold[foldKey(string(b))]
	}
	var buf [64]byte
	return lx.fold[string(lowerASCII(buf[:0], b))]
}

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
	lx := load()
	for _, p := range lx.pre[s[0]] {
		if !strings.HasPrefix(s, p) {
			continue
		}
		for _, u := range lx.exact[p] {
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
	for _, u := range load().exact[string(buf[:])] {
		if u.Kind == Currency && u.Match == Exact {
			return u, 4, true
		}
	}
	return Unit{}, 0, false
}

// MaxWords is the number of words in the longest surface ("millimetres of
// mercury": 3), the most a caller needs to look ahead.
func MaxWords() int { return load().maxWords }

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
	u, ok := load().names[name]
	return u, ok
}

// StartsPhrase reports whether the lower-case word w begins a surface of
// several words ("square" of "square feet"), so that a caller need not
// build the phrase to look it up.
func StartsPhrase(w string) bool { return load().firsts[w] }
