package gazetteer

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/wordlist"
)

// TestListsAreDataWithTheirSource holds every list to the data-file
// contract: a header naming the source and its licence, names sorted and
// unique, and the count the header states.
func TestListsAreDataWithTheirSource(t *testing.T) {
	lists, err := Lists()
	if err != nil {
		t.Fatal(err)
	}
	if len(lists) != int(NumTypes) {
		t.Fatalf("%d lists, want %d", len(lists), NumTypes)
	}
	for _, l := range lists {
		header := strings.Join(l.Header, "\n")
		if !strings.Contains(header, "source:") || !strings.ContainsAny(header, "(") {
			t.Errorf("%s: header %q names no source and licence", l.Type, header)
		}
		if len(l.Names) == 0 {
			t.Errorf("%s: empty", l.Type)
		}
		if !slices.IsSorted(l.Names) || len(slices.Compact(slices.Clone(l.Names))) != len(l.Names) {
			t.Errorf("%s: names not sorted and unique", l.Type)
		}
	}
}

func TestListsHoldWhatNewsNames(t *testing.T) {
	lists, err := Lists()
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		typ  Type
		name string
	}{
		{City, "Brussels"}, {City, "Seattle"}, {Country, "Kosovo"}, {Country, "United States"},
		{State, "California"}, {Company, "Boeing"}, {Company, "Airbus"}, {FirstName, "Jens"},
		{Surname, "Smith"}, {Nationality, "Norwegian"}, {Nationality, "Americans"},
	}
	for _, w := range want {
		if _, ok := slices.BinarySearch(lists[w.typ].Names, w.name); !ok {
			t.Errorf("%s lacks %q", w.typ, w.name)
		}
	}
}

// One list of first names serves the tagger (its names, as the FirstName
// list) and the quote extractor (their gender): every name of the list
// has a gender, and the names are those of Lists.
func TestFirstNamesCarryGender(t *testing.T) {
	lists, err := Lists()
	if err != nil {
		t.Fatal(err)
	}
	rows := wordlist.Rows(FirstNames())
	if len(rows) != len(lists[FirstName].Names) {
		t.Fatalf("%d gendered names, %d in the list", len(rows), len(lists[FirstName].Names))
	}
	gender := map[string]string{}
	for i, r := range rows {
		if len(r) != 2 || r[0] != lists[FirstName].Names[i] {
			t.Fatalf("row %d: %q", i, r)
		}
		switch r[1] {
		case "female", "male", "either":
		default:
			t.Errorf("%s: gender %q", r[0], r[1])
		}
		gender[r[0]] = r[1]
	}
	for name, want := range map[string]string{"Angela": "female", "Jens": "male", "Jordan": "either"} {
		if gender[name] != want {
			t.Errorf("%s: %q, want %q", name, gender[name], want)
		}
	}
	// A company is not a first name because a handful of babies bore it.
	if _, ok := gender["Chrysler"]; ok {
		t.Error("Chrysler is a first name")
	}
}
