package gazetteer

import (
	"slices"
	"strings"
	"testing"
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
