package eval

import (
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/newsfacts/newsfacts/internal/render"
)

// None is the row and column of a confusion table for no item: a gold
// item nothing overlaps (a miss) or a prediction that overlaps no gold
// item (a false alarm).
const None = "-"

// Confusion counts, over the pairs of gold and predicted items whose spans
// overlap (one to one, as Overlap matches them), how often each gold label
// was predicted as each label: the diagonal is the right types, the rest
// shows which types are taken for which (an organisation read as a place).
type Confusion struct {
	Name string `json:"name"`
	// Labels are the row and column labels in order, None last.
	Labels []string `json:"labels"`
	// Counts[gold][pred] over Labels.
	Counts [][]int `json:"counts"`
}

// confusion returns the named table, declaring it with its labels on first
// use.
func (s *scorer) confusion(name string, labels []string) *Confusion {
	for _, c := range s.confusions {
		if c.Name == name {
			return c
		}
	}
	c := &Confusion{Name: name, Labels: append(slices.Clone(labels), None)}
	c.Counts = make([][]int, len(c.Labels))
	for i := range c.Counts {
		c.Counts[i] = make([]int, len(c.Labels))
	}
	s.confusions = append(s.confusions, c)
	return c
}

// add tallies one document. Labels outside the table count as None.
func (c *Confusion) add(gold, pred []Item) {
	idx := func(l string) int {
		if i := slices.Index(c.Labels, l); i >= 0 {
			return i
		}
		return len(c.Labels) - 1
	}
	none := len(c.Labels) - 1
	pairs := match(Overlap, gold, pred)
	usedG, usedP := map[int]bool{}, map[int]bool{}
	for _, p := range pairs {
		usedG[p.g], usedP[p.p] = true, true
		c.Counts[idx(gold[p.g].Label)][idx(pred[p.p].Label)]++
	}
	for i, g := range gold {
		if !usedG[i] {
			c.Counts[idx(g.Label)][none]++
		}
	}
	for i, p := range pred {
		if !usedP[i] {
			c.Counts[none][idx(p.Label)]++
		}
	}
}

// table prints the confusion as a grid: gold labels down, predicted across.
func (c *Confusion) table(w io.Writer, dataset string) error {
	if _, err := fmt.Fprintf(w, "\n# %s: %s, gold (rows) against predicted (columns), spans overlapping\n", dataset, c.Name); err != nil {
		return err
	}
	header := append([]string{"gold \\ pred"}, c.Labels...)
	var rows [][]string
	for i, l := range c.Labels {
		row := []string{l}
		for _, n := range c.Counts[i] {
			row = append(row, strconv.Itoa(n))
		}
		rows = append(rows, row)
	}
	// A confusion table is small and every count matters: it wraps, never
	// cuts.
	_, err := render.Grid(w, header, rows, render.Fit{Main: -1, Wrap: true})
	return err
}
