package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/internal/render"
)

// Table prints the report as one summary table: a row per dataset and
// figure with precision, recall, F1, the gold count (support), the
// predicted count and the attribute accuracies. With problems, every
// mistake follows, one a line. The table fits width columns (0: as wide
// as its cells): cells wrap rather than being cut, since every figure
// counts, and a narrow terminal hides the format, docs and match columns
// first, then gold and pred.
func (r *Report) Table(w io.Writer, problems bool, width int) error {
	header := []string{"dataset", "format", "docs", "figure", "match", "P", "R", "F1", "gold", "pred", "attributes"}
	var rows [][]string
	for _, ds := range r.Datasets {
		for _, f := range ds.Figures {
			match := f.Match
			if f.Credit != "" {
				match += "+" + f.Credit
			}
			rows = append(rows, []string{ds.Name, ds.Format, strconv.Itoa(ds.Documents), f.Name, match,
				num(f.Precision), num(f.Recall), num(f.F1), strconv.Itoa(f.Support), strconv.Itoa(f.TP + f.FP), attrCell(f.Attributes)})
		}
		if len(ds.Figures) == 0 {
			rows = append(rows, []string{ds.Name, ds.Format, strconv.Itoa(ds.Documents), "-", "", "", "", "", "", "", ""})
		}
	}
	hidden, err := render.Grid(w, header, rows, render.Fit{Width: width, Main: -1, Drop: []int{1, 2, 4, 8, 9}, Wrap: true})
	if err != nil {
		return err
	}
	if len(hidden) > 0 {
		if _, err := fmt.Fprintf(w, "(hidden to fit %d columns: %s; see --format json)\n", width, strings.Join(hidden, ", ")); err != nil {
			return err
		}
	}
	for _, ds := range r.Datasets {
		for _, c := range ds.Confusions {
			if err := c.table(w, ds.Name); err != nil {
				return err
			}
		}
	}
	if !problems {
		return nil
	}
	for _, ds := range r.Datasets {
		if len(ds.Problems) == 0 {
			continue
		}
		if _, err := fmt.Fprintf(w, "\n# %s (%s): %d problems\n", ds.Name, ds.Format, len(ds.Problems)); err != nil {
			return err
		}
		for _, p := range ds.Problems {
			if _, err := fmt.Fprintln(w, p.line()); err != nil {
				return err
			}
		}
	}
	return nil
}

// line prints a problem as "source:start-end figure type ...: context".
func (p Problem) line() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d-%d %s %s", p.Source, p.Start, p.End, p.Figure, p.Type)
	if p.Label != "" {
		fmt.Fprintf(&b, " %s", p.Label)
	}
	fmt.Fprintf(&b, " %q", p.Text)
	if p.Type == "wrong" {
		fmt.Fprintf(&b, " %s: gold %q, predicted %s", p.Attr, p.Gold, quoteOrEmpty(p.Predicted))
	}
	fmt.Fprintf(&b, "  | %s", p.Context)
	return b.String()
}

func quoteOrEmpty(s string) string {
	if s == "" {
		return `""`
	}
	if strings.Contains(s, " (on ") {
		return s
	}
	return strconv.Quote(s)
}

// JSON prints the report as one indented object; problems are kept only
// when asked for.
func (r *Report) JSON(w io.Writer, problems bool) error {
	out := r
	if !problems {
		cp := *r
		cp.Datasets = make([]*Dataset, len(r.Datasets))
		for i, ds := range r.Datasets {
			d := *ds
			d.Problems = nil
			cp.Datasets[i] = &d
		}
		out = &cp
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func num(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

// attrCell prints accuracies as "value 0.812 (13/16), type - (0/0)".
func attrCell(as []Attribute) string {
	parts := make([]string, 0, len(as))
	for _, a := range as {
		acc := num(a.Accuracy)
		if a.Total == 0 {
			acc = "-" // nothing matched to compare
		}
		parts = append(parts, fmt.Sprintf("%s %s (%d/%d)", a.Name, acc, a.Correct, a.Total))
	}
	return strings.Join(parts, ", ")
}

// Check returns the threshold failures: every figure named name (in any
// dataset) whose F1 is below min, or whose accuracy is, for an attribute
// named "KIND.ATTR" ("numbers.counted"); an attribute never compared
// (0/0) has accuracy 0 and fails. found is false when nothing has that name.
func (r *Report) Check(name string, min float64) (failures []string, found bool) {
	for _, ds := range r.Datasets {
		for _, f := range ds.Figures {
			if f.Name == name {
				found = true
				if f.F1 < min {
					failures = append(failures, fmt.Sprintf("%s (%s): %s F1 %s < %s", ds.Name, ds.Format, name, num(f.F1), num(min)))
				}
			}
			for _, a := range f.Attributes {
				if f.Name+"."+a.Name == name {
					found = true
					if a.Accuracy < min {
						failures = append(failures, fmt.Sprintf("%s (%s): %s accuracy %s < %s", ds.Name, ds.Format, name, num(a.Accuracy), num(min)))
					}
				}
			}
		}
	}
	return failures, found
}
