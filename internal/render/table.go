package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// tableWriter prints one titled table per kind. Cells are cut with an
// ellipsis so that a table fits opt.Width columns; only tables cut text.
type tableWriter struct {
	w   io.Writer
	opt Options
}

func (t *tableWriter) Write(d *facts.Document) error {
	date := "none"
	if d.Date != nil {
		date = *d.Date + " (" + d.DateSource + ")"
	}
	if _, err := fmt.Fprintf(t.w, "# %s  (reference date: %s)\n\n", d.Source, date); err != nil {
		return err
	}
	for _, k := range t.opt.kinds() {
		rows := d.Facts(k)
		if _, err := fmt.Fprintf(t.w, "%s (%d)\n", strings.ToUpper(k[:1])+k[1:], len(rows)); err != nil {
			return err
		}
		if len(rows) == 0 {
			if _, err := io.WriteString(t.w, "  none\n\n"); err != nil {
				return err
			}
			continue
		}
		if err := t.table(k, rows); err != nil {
			return err
		}
		if _, err := io.WriteString(t.w, "\n"); err != nil {
			return err
		}
	}
	return nil
}

func (t *tableWriter) table(kind string, rows []facts.Fact) error {
	header := append([]string{"sent", "offsets", "text"}, facts.Columns[kind]...)
	cells := make([][]string, len(rows))
	for i, f := range rows {
		r := []string{strconv.Itoa(f.Span.Sentence), fmt.Sprintf("%d-%d", f.Span.Start, f.Span.End), oneLine(f.Span.Text)}
		for _, fl := range f.Fields {
			r = append(r, oneLine(fl.Value))
		}
		cells[i] = r
	}
	fit(header, cells, t.opt.Width)
	return Grid(t.w, header, cells)
}

// Grid prints rows under header as one bordered table, left-aligned, cells
// as given (no wrapping, no upper-casing of the header): the one table
// style of every newsfacts command.
func Grid(w io.Writer, header []string, rows [][]string) error {
	tbl := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
	)
	tbl.Header(header)
	if err := tbl.Bulk(rows); err != nil {
		return err
	}
	return tbl.Render()
}

// fit cuts the widest columns until the table, with its borders, fits width.
func fit(header []string, cells [][]string, width int) {
	widths := make([]int, len(header))
	for c := range header {
		widths[c] = utf8.RuneCountInString(header[c])
		for _, r := range cells {
			widths[c] = max(widths[c], utf8.RuneCountInString(r[c]))
		}
	}
	// Each column costs its text, one space each side and one border.
	total := func() int {
		n := 1
		for _, w := range widths {
			n += w + 3
		}
		return n
	}
	// The fact's own text (column 2) is what a reader scans: the other
	// columns are cut further than it at each step, and nothing below 8.
	floors := [][2]int{{32, 16}, {28, 12}, {20, 10}, {8, 8}} // {text, others}
	for _, fl := range floors {
		for total() > width {
			widest := -1
			for c := range widths {
				min := fl[1]
				if c == 2 {
					min = fl[0]
				}
				if widths[c] > min && (widest < 0 || widths[c] > widths[widest]) {
					widest = c
				}
			}
			if widest < 0 {
				break
			}
			widths[widest]--
		}
	}
	for _, r := range cells {
		for c := range r {
			r[c] = cut(r[c], widths[c])
		}
	}
}

// cut shortens s to n runes, ending in an ellipsis when it was cut.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return string(rs[:n-1]) + "…"
}

// oneLine folds the white space of s so that a fact spanning lines fits one
// table row.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func (t *tableWriter) Close() error { return nil }
