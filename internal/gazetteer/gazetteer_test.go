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

// TestFirstNamesSorted holds the file to the order FirstNameGender's
// search needs: names strictly increasing in byte order.
func TestFirstNamesSorted(t *testing.T) {
	rows := wordlist.Rows(FirstNames())
	for i := 1; i < len(rows); i++ {
		if rows[i-1][0] >= rows[i][0] {
			t.Fatalf("first-names.tsv: %q before %q", rows[i-1][0], rows[i][0])
		}
	}
}

// TestFirstNameGender compares the in-place search with the rows as
// wordlist reads them, for every name, and for words around and outside
// the list.
func TestFirstNameGender(t *testing.T) {
	rows := wordlist.Rows(FirstNames())
	if len(rows) < 10000 {
		t.Fatalf("only %d first names", len(rows))
	}
	want := map[string]string{}
	for _, r := range rows {
		want[r[0]] = r[1]
	}
	for _, r := range rows {
		if got := FirstNameGender(r[0]); got != r[1] {
			t.Errorf("FirstNameGender(%q) = %q, want %q", r[0], got, r[1])
		}
		for _, probe := range []string{r[0] + "a", r[0][:len(r[0])-1], strings.ToLower(r[0]), r[0] + "\t"} {
			if got := FirstNameGender(probe); got != want[probe] {
				t.Errorf("FirstNameGender(%q) = %q, want %q", probe, got, want[probe])
			}
		}
	}
	for _, probe := range []string{"", "#", "# first-names.tsv", "Aaaa", "zzzz", "\n", "Mary\nJohn"} {
		if got := FirstNameGender(probe); got != want[probe] {
			t.Errorf("FirstNameGender(%q) = %q, want %q", probe, got, want[probe])
		}
	}
}

func BenchmarkFirstNameGender(b *testing.B) {
	names := []string{"Hillary", "Donald", "Jordan", "Xylophone", "Zvecan"}
	for i := 0; i < b.N; i++ {
		FirstNameGender(names[i%len(names)])
	}
}
