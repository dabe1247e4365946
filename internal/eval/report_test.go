package eval

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// TestTableWidth: the eval table fits the terminal by wrapping cells, so
// no figure is cut; with no width it keeps one line per figure.
func TestTableWidth(t *testing.T) {
	rep := &Report{Datasets: []*Dataset{{Name: "../shared/data/conll2003/valid.txt", Format: "conll", Documents: 216,
		Figures: []*Figure{{Name: "numbers", Match: "overlap", TP: 173, FP: 4, FN: 3, Precision: 0.978, Recall: 0.983, F1: 0.98, Support: 176,
			Attributes: []Attribute{{"value", 176, 176, 1}, {"qualifier", 176, 176, 1}, {"unit", 174, 176, 0.989}, {"counted", 173, 176, 0.983}}}}}}}
	for _, width := range []int{80, 120} {
		t.Run(strconv.Itoa(width), func(t *testing.T) {
			var buf bytes.Buffer
			if err := rep.Table(&buf, false, width); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, line := range strings.Split(out, "\n") {
				if n := twwidth.Width(line); n > width {
					t.Errorf("line of %d columns: %s", n, line)
				}
			}
			flat := strings.Join(strings.Fields(strings.NewReplacer("│", " ").Replace(out)), " ")
			for _, want := range []string{"0.978", "0.983", "counted 0.983 (173/176)"} {
				if !strings.Contains(flat, want) && !strings.Contains(strings.ReplaceAll(out, " ", ""), strings.ReplaceAll(want, " ", "")) {
					t.Errorf("%q lost:\n%s", want, out)
				}
			}
			var first strings.Builder // the dataset column, lines joined
			for _, line := range strings.Split(out, "\n") {
				if cells := strings.Split(line, "│"); len(cells) > 2 {
					first.WriteString(strings.TrimSpace(cells[1]))
				}
			}
			if !strings.Contains(first.String(), "../shared/data/conll2003/valid.txt") {
				t.Errorf("dataset path cut: %q", first.String())
			}
			if strings.Contains(out, "…") {
				t.Errorf("a cell was cut, not wrapped:\n%s", out)
			}
		})
	}
	var buf bytes.Buffer
	if err := rep.Table(&buf, false, 0); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 5 {
		t.Errorf("no width: %d lines, want 5 (one row):\n%s", n, buf.String())
	}
}
