package entities

import (
	"fmt"
	"testing"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// m is a mention for the carry tests: a label, a text and its sentence.
type m struct {
	label, text string
	sentence    int
}

// runWindows canonicalises each window's mentions in turn through one
// Carry of cap keys and returns the canonical names and ids of all.
func runWindows(t *testing.T, cap int, windows [][]m) (names []string, ids []int) {
	t.Helper()
	cy := NewCarry(cap)
	start := 0
	for _, w := range windows {
		es := make([]facts.Entity, len(w))
		for i, x := range w {
			es[i] = facts.Entity{Span: facts.Span{Text: x.text, Start: start, End: start + len(x.text), Sentence: x.sentence}, Label: x.label}
			start += 100
		}
		canonicalise(es, nil, cy)
		if len(cy.names) > cy.max || len(cy.ids) > cy.max {
			t.Fatalf("carry over its bound %d: %d names, %d ids", cy.max, len(cy.names), len(cy.ids))
		}
		for _, e := range es {
			names = append(names, e.Canonical)
			ids = append(ids, e.Entity)
		}
	}
	return names, ids
}

// TestCarry: one row per rule of the state carried across windows.
func TestCarry(t *testing.T) {
	for _, c := range []struct {
		name    string
		cap     int
		windows [][]m
		want    []string
		ids     []int
	}{
		{"surname after a full name in an earlier window", 0,
			[][]m{{{"PERSON", "Jens Stoltenberg", 0}}, {{"PERSON", "Stoltenberg", 1}}},
			[]string{"Jens Stoltenberg", "Jens Stoltenberg"}, []int{1, 1}},
		{"one entity in two windows keeps its id", 0,
			[][]m{{{"GPE", "Kenya", 0}, {"GPE", "Nairobi", 0}}, {{"GPE", "Nairobi", 1}, {"GPE", "Kenya", 2}}},
			[]string{"Kenya", "Nairobi", "Nairobi", "Kenya"}, []int{1, 2, 2, 1}},
		{"a fuller name in its own window is nearer than the carried one", 0,
			[][]m{{{"PERSON", "John Smith", 0}}, {{"PERSON", "Tom Smith", 1}, {"PERSON", "Smith", 2}}},
			[]string{"John Smith", "Tom Smith", "Tom Smith"}, []int{1, 2, 2}},
		{"the carried name comes before one after the mention", 0,
			[][]m{{{"PERSON", "John Smith", 0}}, {{"PERSON", "Smith", 1}, {"PERSON", "Tom Smith", 2}}},
			[]string{"John Smith", "John Smith", "Tom Smith"}, []int{1, 1, 2}},
		{"an ambiguous last fuller name is carried as ambiguous", 0,
			[][]m{{{"PERSON", "Tom Smith", 0}, {"PERSON", "John Smith", 0}}, {{"PERSON", "Smith", 1}, {"PERSON", "John Smith", 2}}},
			[]string{"Tom Smith", "John Smith", "Smith", "John Smith"}, []int{1, 2, 3, 2}},
		{"the label is part of the carried key", 0,
			[][]m{{{"ORG", "Fairfax County Police", 0}}, {{"GPE", "Fairfax County", 1}}},
			[]string{"Fairfax County Police", "Fairfax County"}, []int{1, 2}},
		{"past the cap the oldest name is dropped", 2,
			[][]m{{{"PERSON", "John Smith", 0}}, {{"PERSON", "Mary Jones", 1}}, {{"PERSON", "Smith", 2}, {"PERSON", "Jones", 3}}},
			[]string{"John Smith", "Mary Jones", "Smith", "Mary Jones"}, []int{1, 2, 3, 2}},
		{"an entity dropped and named again gets a new id", 1,
			[][]m{{{"GPE", "Kenya", 0}}, {{"GPE", "Tanzania", 1}}, {{"GPE", "Kenya", 2}}},
			[]string{"Kenya", "Tanzania", "Kenya"}, []int{1, 2, 3}},
	} {
		t.Run(c.name, func(t *testing.T) {
			names, ids := runWindows(t, c.cap, c.windows)
			if fmt.Sprint(names) != fmt.Sprint(c.want) || fmt.Sprint(ids) != fmt.Sprint(c.ids) {
				t.Errorf("got %q %v, want %q %v", names, ids, c.want, c.ids)
			}
		})
	}
}

// TestCarryBounded: a document of many more distinct names than the cap
// leaves the carry at its cap, however many windows it has.
func TestCarryBounded(t *testing.T) {
	const windows, per = 30, 500
	var ws [][]m
	for w := range windows {
		var x []m
		for i := range per {
			n := w*per + i
			x = append(x, m{"PERSON", fmt.Sprintf("Given%d Surname%d", n, n), i})
		}
		ws = append(ws, x)
	}
	_, ids := runWindows(t, 0, ws) // runWindows fails past the cap
	if ids[len(ids)-1] != windows*per {
		t.Errorf("last id %d, want %d: distinct names, distinct ids", ids[len(ids)-1], windows*per)
	}
}
