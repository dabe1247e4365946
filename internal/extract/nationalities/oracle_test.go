package nationalities

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/extract/byteset"
	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/wordlist"
)

// The data files the generated tables come from, for the tests.
var (
	nationalitiesTSV = readData("nationalities.tsv")
	placesTSV        = readData("places.tsv")
	nameWordsTXT     = readData("namewords.txt")
)

func readData(name string) string {
	b, err := os.ReadFile(filepath.Join("data", name))
	if err != nil {
		panic(err)
	}
	return string(b)
}

// oracle is the gazetteer as LoadTables built it before the tables were
// generated: maps filled from the data files at first use. It is kept as
// the oracle of the differential test below.
type oracle struct {
	demonyms, single         map[string][]demonym
	places                   map[string][]place
	nameWords, lastWords     map[string]bool
	demonymFirst, placeFirst *byteset.Set
}

func loadOracle() *oracle {
	t := &oracle{demonyms: map[string][]demonym{}, single: map[string][]demonym{},
		places: map[string][]place{}, nameWords: map[string]bool{}, lastWords: map[string]bool{}}
	for _, c := range wordlist.Rows(nationalitiesTSV) {
		d := demonym{form: c[0], words: strings.Fields(c[0]), kind: c[1], code: c[2], country: c[3], group: c[4], note: c[5]}
		t.demonyms[d.words[0]] = append(t.demonyms[d.words[0]], d)
		if len(d.words) == 1 {
			t.single[d.form] = append(t.single[d.form], d)
		}
	}
	for k, ds := range t.demonyms {
		words.SortLongestFirst(ds, func(d demonym) int { return len(d.words) })
		t.demonyms[k] = ds
	}
	for _, c := range wordlist.Rows(placesTSV) {
		p := place{name: c[0], words: strings.Fields(c[0]), code: c[1], typ: c[2]}
		t.places[p.words[0]] = append(t.places[p.words[0]], p)
	}
	for k, ps := range t.places {
		words.SortLongestFirst(ps, func(p place) int { return len(p.words) })
		t.places[k] = ps
	}
	t.demonymFirst, t.placeFirst = byteset.Of(t.demonyms), byteset.Of(t.places)
	for _, r := range wordlist.Rows(nameWordsTXT) {
		if len(r) > 1 && r[1] == "last" {
			t.lastWords[r[0]] = true
		} else {
			t.nameWords[r[0]] = true
		}
	}
	return t
}

// TestTablesEqualOracle asks the generated tables and the oracle the same
// questions for every key, every word of every row and its case variants:
// the same rows in the same order, the same name words, the same
// first-byte prefilter.
func TestTablesEqualOracle(t *testing.T) {
	o := loadOracle()
	if len(demonymKeys) != len(o.demonyms) || len(singleKeys) != len(o.single) || len(placeKeys) != len(o.places) ||
		len(nameWords) != len(o.nameWords) || len(lastWords) != len(o.lastWords) {
		t.Fatalf("table sizes differ from the oracle's")
	}
	probes := []string{"", "x", "\xff", "The", "THE"}
	for _, ds := range o.demonyms {
		for _, d := range ds {
			probes = append(probes, d.words...)
		}
	}
	for _, ps := range o.places {
		for _, p := range ps {
			probes = append(probes, p.words...)
		}
	}
	for w := range o.nameWords {
		probes = append(probes, w)
	}
	for w := range o.lastWords {
		probes = append(probes, w)
	}
	for _, w := range append([]string(nil), probes...) {
		probes = append(probes, strings.ToUpper(w), strings.ToLower(w), w+"s", w[:len(w)/2])
	}
	for _, w := range probes {
		if got, want := demonymsOf(w), o.demonyms[w]; !reflect.DeepEqual(got, want) {
			t.Errorf("demonymsOf(%q) = %v; the oracle %v", w, got, want)
		}
		if got, want := singleOf(w), o.single[w]; !reflect.DeepEqual(got, want) {
			t.Errorf("singleOf(%q) = %v; the oracle %v", w, got, want)
		}
		if got, want := placesOf(w), o.places[w]; !reflect.DeepEqual(got, want) {
			t.Errorf("placesOf(%q) = %v; the oracle %v", w, got, want)
		}
		if got, want := search(nameWords[:], w) >= 0, o.nameWords[w]; got != want {
			t.Errorf("name word %q: %v; the oracle %v", w, got, want)
		}
		if got, want := search(lastWords[:], w) >= 0, o.lastWords[w]; got != want {
			t.Errorf("last word %q: %v; the oracle %v", w, got, want)
		}
		if demonymFirst.May(w) != o.demonymFirst.May(w) || placeFirst.May(w) != o.placeFirst.May(w) {
			t.Errorf("prefilter of %q differs from the oracle's", w)
		}
	}
	for c := range 256 * 256 {
		w := string([]byte{byte(c >> 8), byte(c)})
		if demonymFirst.May(w) != o.demonymFirst.May(w) || placeFirst.May(w) != o.placeFirst.May(w) {
			t.Errorf("prefilter of %q differs from the oracle's", w)
		}
	}
}

// TestTablesUpToDate reruns the generator into a temporary folder, so that
// an edit of the data files without `go generate` fails.
func TestTablesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator: not in -short")
	}
	dir := t.TempDir()
	if out, err := exec.Command("go", "run", "./data/gen/tables", "-out", dir).CombinedOutput(); err != nil {
		t.Fatalf("go run ./data/gen/tables: %v\n%s", err, out)
	}
	for _, f := range []string{"tables_demonyms_gen.go", "tables_places_gen.go"} {
		got, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s is not what data/gen/tables makes: run go generate ./internal/extract/nationalities", f)
		}
	}
}
