package units

import (
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// The lexicon as load built it before the tables were generated: the data
// files parsed and maps filled line by line. Kept as the oracle of the
// differential tests below, which show the generated arrays answer every
// question as it did.
type oracle struct {
	exact, fold map[string][]Unit
	pre         [256][]string
	maxWords    int
	names       map[string]Unit
	firsts      map[string]bool
}

var loadOracle = sync.OnceValue(func() *oracle {
	lx := &oracle{exact: map[string][]Unit{}, fold: map[string][]Unit{}, names: map[string]Unit{}, firsts: map[string]bool{}}
	for _, f := range []string{"data/currencies.tsv", "data/measures.tsv"} {
		data, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
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

func (lx *oracle) add(f []string) {
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

func (lx *oracle) lookup(s string) []Unit {
	if us, ok := lx.exact[s]; ok {
		return us
	}
	return lx.fold[foldKey(s)]
}

func (lx *oracle) prefix(s string) (Unit, int, bool) {
	if s == "" {
		return Unit{}, 0, false
	}
	if u, n, ok := codeDollar(s); ok {
		return u, n, true
	}
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

// TestTablesEqualOracle compares the generated tables with the maps, in
// both directions: the same keys, each with the same readings in the same
// order, the same prefix lists, names, first words and longest phrase.
func TestTablesEqualOracle(t *testing.T) {
	lx := loadOracle()
	for _, tb := range []struct {
		name  string
		keys  []string
		first *[257]uint16
		pairs *[1024]uint64
		at    []uint16
		units []Unit
		m     map[string][]Unit
	}{
		{"exact", exactKeys[:], &exactFirst, &exactPairs, exactAt[:], exactUnits[:], lx.exact},
		{"fold", foldKeys[:], &foldFirst, &foldPairs, foldAt[:], foldUnits[:], lx.fold},
	} {
		if len(tb.keys) != len(tb.m) {
			t.Errorf("%s: %d keys, the oracle %d", tb.name, len(tb.keys), len(tb.m))
		}
		for i, k := range tb.keys {
			if got, want := tb.units[tb.at[i]:tb.at[i+1]], tb.m[k]; !reflect.DeepEqual(got, want) {
				t.Errorf("%s %q: %v, the oracle %v", tb.name, k, got, want)
			}
		}
		for k := range tb.m {
			if j, ok := find(tb.keys, tb.first, tb.pairs, k); !ok || tb.keys[j] != k {
				t.Errorf("%s %q: not found", tb.name, k)
			}
		}
	}
	for c := range lx.pre {
		if got := preSurfaces[preFirst[c]:preFirst[c+1]]; !reflect.DeepEqual(got, lx.pre[c]) && len(got)+len(lx.pre[c]) > 0 {
			t.Errorf("pre %q: %q, the oracle %q", rune(c), got, lx.pre[c])
		}
	}
	if len(nameKeys) != len(lx.names) || len(firstWords) != len(lx.firsts) || maxWords != lx.maxWords {
		t.Errorf("%d names, %d first words, %d words; the oracle %d, %d, %d", len(nameKeys), len(firstWords), maxWords, len(lx.names), len(lx.firsts), lx.maxWords)
	}
	for n, want := range lx.names {
		if got, ok := ByName(n); !ok || got != want {
			t.Errorf("ByName(%q) = %v, %v; the oracle %v", n, got, ok, want)
		}
	}
	for w := range lx.firsts {
		if !StartsPhrase(w) {
			t.Errorf("StartsPhrase(%q) = false; the oracle true", w)
		}
	}
}

// TestLookupEqualsOracle asks every surface, in its own case, upper case,
// title case and lower case, with and without a number after it, of the
// generated lexicon and of the oracle.
func TestLookupEqualsOracle(t *testing.T) {
	lx := loadOracle()
	var probes []string
	for _, m := range []map[string][]Unit{lx.exact, lx.fold} {
		for k := range m {
			probes = append(probes, k, strings.ToUpper(k), strings.ToLower(k), strings.ToUpper(k[:1])+k[1:], k+"5", k+" 5", k[:len(k)-1], k+"$5")
		}
	}
	probes = append(probes, "", "x", "\xff", "usd$5", "NZD$", strings.Repeat("kilometres", 8))
	for _, s := range probes {
		if got, want := Lookup(s), lx.lookup(s); !reflect.DeepEqual(got, want) {
			t.Errorf("Lookup(%q) = %v; the oracle %v", s, got, want)
		}
		if got, want := LookupBytes([]byte(s)), lx.lookup(s); !reflect.DeepEqual(got, want) {
			t.Errorf("LookupBytes(%q) = %v; the oracle %v", s, got, want)
		}
		gu, gn, gok := Prefix(s)
		wu, wn, wok := lx.prefix(s)
		if gu != wu || gn != wn || gok != wok {
			t.Errorf("Prefix(%q) = %v, %d, %v; the oracle %v, %d, %v", s, gu, gn, gok, wu, wn, wok)
		}
		if _, ok := lx.names[s]; !ok {
			if _, got := ByName(s); got {
				t.Errorf("ByName(%q) found; the oracle has no such name", s)
			}
		}
		if got := StartsPhrase(s); got != lx.firsts[s] {
			t.Errorf("StartsPhrase(%q) = %v; the oracle %v", s, got, lx.firsts[s])
		}
	}
}
