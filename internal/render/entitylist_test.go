package render

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/facts"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// namesakes is an article in which one person is named in full, then by
// surname, a place is written two ways (a dateline in capitals) and a club
// is named after the place: the list must give three entities, not four
// rows of mentions nor two "Zürich"s merged into one.
func namesakes() *facts.Document {
	d := facts.New("namesakes")
	d.Input = "ZURICH - Jens Stoltenberg met FC Zürich in Zürich. Stoltenberg left."
	ent := func(text string, start int, label, canonical string, id int) facts.Entity {
		return facts.Entity{Span: facts.Span{Text: text, Start: start, End: start + len(text)}, Label: label, Canonical: canonical, Entity: id}
	}
	d.Entities = []facts.Entity{
		ent("ZURICH", 0, "GPE", "Zürich", 1),
		ent("Jens Stoltenberg", 9, "PERSON", "Jens Stoltenberg", 2),
		ent("FC Zürich", 30, "ORG", "FC Zürich", 3),
		ent("Zürich", 44, "GPE", "Zürich", 1),
		ent("Stoltenberg", 53, "PERSON", "Jens Stoltenberg", 2),
	}
	return d
}

// TestTableEntityList checks the table view's list of entities, once each
// with their mention count, against golden files at a wide and a narrow
// width (the narrow one hides the forms, then the label). Refresh with
// go test ./internal/render -run TableEntityList -update, and review the diff.
func TestTableEntityList(t *testing.T) {
	for _, tc := range []struct {
		name  string
		width int
	}{
		{"entity-list-wide.table", 100},
		{"entity-list-narrow.table", 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := write(t, "table", Options{Kinds: []string{facts.KindEntities}, Width: tc.width}, namesakes())
			path := filepath.Join("testdata", tc.name)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("table differs from %s:\n%s", path, got)
			}
		})
	}
}

// Each entity is listed once with the number of its mentions; an article
// without entities prints no list.
func TestTableEntityListCounts(t *testing.T) {
	got := write(t, "table", Options{Kinds: []string{facts.KindEntities}, Width: 200}, namesakes())
	for _, want := range []string{"Entities (5)", "Entities, once each (3)",
		"│ 1      │ Zürich           │ GPE    │ 2        │ ZURICH, Zürich                │",
		"│ 2      │ Jens Stoltenberg │ PERSON │ 2        │ Jens Stoltenberg, Stoltenberg │",
		"│ 3      │ FC Zürich        │ ORG    │ 1        │ FC Zürich                     │"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	empty := facts.New("empty")
	if got := write(t, "table", Options{Kinds: []string{facts.KindEntities}}, empty); strings.Contains(got, "once each") {
		t.Errorf("a list for no entities:\n%s", got)
	}
}
