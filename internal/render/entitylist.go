package render

import (
	"slices"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// entityRow is one entity with every mention of it: the entities of a
// document grouped by their entity id, as the table and HTML views list
// them once each.
type entityRow struct {
	ID          int // the entity id; 0 for mentions without one
	Name, Label string
	Mentions    int
	Forms       string
}

// entities groups mentions by entity id, in order of first mention, named
// by the first mention's canonical name, with the distinct forms the
// article uses ("Zürich, ZURICH"). A mention without an id (facts read from
// an older output) is grouped by its canonical name and label.
func entities(es []facts.Entity) []entityRow {
	var out []entityRow
	forms := map[int][]string{}
	type key struct {
		id          int
		name, label string
	}
	idx := map[key]int{}
	for _, e := range es {
		k := key{id: e.Entity}
		if e.Entity == 0 {
			k = key{name: e.Canonical, label: e.Label}
		}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, entityRow{ID: e.Entity, Name: e.Canonical, Label: e.Label})
		}
		out[i].Mentions++
		if !slices.Contains(forms[i], e.Text) {
			forms[i] = append(forms[i], e.Text)
		}
	}
	for i := range out {
		out[i].Forms = strings.Join(forms[i], ", ")
	}
	return out
}

// entityColumns head the table view's list of entities, one row each.
var entityColumns = []string{"entity", "name", "label", "mentions", "as written"}

// entityCells are the rows of that list; an entity without an id shows "-".
func entityCells(rows []entityRow) [][]string {
	cells := make([][]string, len(rows))
	for i, r := range rows {
		id := "-"
		if r.ID != 0 {
			id = strconv.Itoa(r.ID)
		}
		cells[i] = []string{id, oneLine(r.Name), r.Label, strconv.Itoa(r.Mentions), oneLine(r.Forms)}
	}
	return cells
}
