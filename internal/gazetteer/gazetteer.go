package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
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

// FirstNameGender returns the gender column of a first name ("female",
// "male" or "either"), or "" for a name the list lacks. It searches the
// embedded file in place (its lines are sorted by name in byte order,
// TestFirstNamesSorted), so a process that reads a few names builds no
// table of 17,000.
func FirstNameGender(name string) string {
	data := firstNames[firstNamesBody():]
	for len(data) > 0 {
		// The line that holds the middle byte.
		mid := len(data) / 2
		start := strings.LastIndexByte(data[:mid], '\n') + 1
		end := strings.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		line := data[start:end]
		n, gender, _ := strings.Cut(line, "\t")
		switch {
		case name == n:
			return strings.TrimSpace(gender)
		case name < n:
			data = data[:start]
		default:
			data = data[min(end+1, len(data)):]
		}
	}
	return ""
}

// firstNamesBody is the offset of the first name line, after the header.
var firstNamesBody = sync.OnceValue(func() int {
	i := 0
	for strings.HasPrefix(firstNames[i:], "#") || strings.HasPrefix(firstNames[i:], "\n") {
		j := strings.IndexByte(firstNames[i:], '\n')
		if j < 0 {
			return len(firstNames)
		}
		i += j + 1
	}
	return i
})
