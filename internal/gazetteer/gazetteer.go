package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:generate go run ./gen -shared ../../../shared/data -out data

// Type is what a list holds.
type Type uint8

// The list types, in the order of their bits in the tagger's features.
const (
	City Type = iota
	Country
	State
	Company
	FirstName
	Surname
	Nationality
	// NumTypes is the number of list types.
	NumTypes
)

// Files names the data file of each type.
var Files = [NumTypes]string{"cities.txt", "countries.txt", "states.txt", "companies.txt",
	"first-names.tsv", "surnames.txt", "nationalities.txt"}

func (t Type) String() string {
	if t >= NumTypes {
		return "?"
	}
	name, _, _ := strings.Cut(Files[t], ".")
	return name
}

//go:embed data/*.txt data/*.tsv
var files embed.FS

// firstNames is the one list of first names, each with its usual gender
// (female, male or either): the tagger's first-name feature reads its
// names, the quote extractor their gender.
//
//go:embed data/first-names.tsv
var firstNames string

// FirstNames returns the first-name list as its file holds it: a header of
// "# " lines, then name<TAB>gender lines (internal/wordlist reads them).
func FirstNames() string { return firstNames }

// List is one name list as its file holds it.
type List struct {
	Type   Type
	Header []string // the comment lines: source, licence, how it was built
	Names  []string
}

// Lists reads every list. Lines starting with "#" are the header; a name is
// the first tab-separated field of its line (first-names.tsv adds the
// gender).
func Lists() ([]List, error) {
	lists := make([]List, 0, NumTypes)
	for t := range NumTypes {
		data, err := files.ReadFile("data/" + Files[t])
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		l := List{Type: t}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			switch {
			case line == "":
			case strings.HasPrefix(line, "#"):
				l.Header = append(l.Header, strings.TrimSpace(line[1:]))
			default:
				name, _, _ := strings.Cut(line, "\t")
				l.Names = append(l.Names, name)
			}
		}
		lists = append(lists, l)
	}
	return lists, nil
}
