package render

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// tableWriter prints one titled table per kind, fitted to opt.Width
// columns: cells are cut with an ellipsis, the fact's text keeping at least
// half the width, and columns a narrow terminal cannot hold are hidden with
// a note saying which. Only tables cut text.
type tableWriter struct {
	w   io.Writer
	opt Options
}

func (t *tableWriter) Write(d *facts.Document) error {
	if d.Spilled != nil {
		return ErrSpilled
	}
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
		if k == facts.KindEntities {
			if err := t.entityList(d.Entities); err != nil {
				return err
			}
		}
	}
	return nil
}

// entityList prints the document's entities once each, with their mention
// count and the forms the article writes them in, after the table of
// mentions: who and what the article is about, at a glance.
func (t *tableWriter) entityList(es []facts.Entity) error {
	rows := entities(es)
	if _, err := fmt.Fprintf(t.w, "Entities, once each (%d)\n", len(rows)); err != nil {
		return err
	}
	// The name is the column a reader scans; the forms go first when the
	// terminal is narrow, then the label.
	hidden, err := Grid(t.w, entityColumns, entityCells(rows), Fit{Width: t.opt.Width, Main: 1, Fixed: []int{0, 3}, Drop: []int{4, 2}})
	if err != nil {
		return err
	}
	if len(hidden) > 0 {
		if _, err := fmt.Fprintf(t.w, "(hidden to fit %d columns: %s)\n", t.opt.Width, strings.Join(hidden, ", ")); err != nil {
			return err
		}
	}
	_, err = io.WriteString(t.w, "\n")
	return err
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
	var drop []int
	for _, name := range narrowDrop(kind) {
		drop = append(drop, slices.Index(header, name))
	}
	hidden, err := Grid(t.w, header, cells, Fit{Width: t.opt.Width, Main: 2, Fixed: []int{0, 1}, Drop: drop})
	if err != nil || len(hidden) == 0 {
		return err
	}
	_, err = fmt.Fprintf(t.w, "(hidden to fit %d columns: %s; see --format csv)\n", t.opt.Width, strings.Join(hidden, ", "))
	return err
}

// narrowDrop names, per kind, the columns a narrow terminal hides first,
// most dispensable first: the sentence index (the offsets locate the fact
// anyway), then the kind's fields from the last. Quotes hide the speaker's
// mention first, since the speaker column already names who spoke.
func narrowDrop(kind string) []string {
	if kind == facts.KindQuotes {
		return []string{"speaker_text", "sent", "quote_kind", "cue"}
	}
	out := []string{"sent"}
	cols := facts.Columns[kind]
	for i := len(cols) - 1; i >= 1; i-- {
		out = append(out, cols[i])
	}
	return out
}

// Fit says how a table meets the terminal.
type Fit struct {
	// Width is the terminal's width in columns; 0 leaves the table as wide
	// as its cells.
	Width int
	// Main is the column a reader scans (a fact's text): it keeps at least
	// half the width while others are narrowed. -1 for none.
	Main int
	// Fixed columns are never cut (offsets cut short would mislead).
	Fixed []int
	// Drop lists columns, most dispensable first, hidden one at a time when
	// the others cannot be narrowed enough to fit.
	Drop []int
	// Wrap wraps cells over several lines (at spaces; a word longer than the
	// column, as a path can be, is broken) instead of cutting them with an
	// ellipsis (for a report whose every figure matters).
	Wrap bool
}

// minCell is the narrowest a column is cut to: room for a few characters
// and the ellipsis.
const minCell = 8

// Grid prints rows under header as one bordered table, left-aligned, cells
// as given (no upper-casing of the header): the one table style of every
// newsfacts command. With fit.Width set, it chooses each column's width so
// the table fits, and tablewriter cuts (or wraps) the cells to them. It
// returns the names of the columns it had to hide. With fit.Wrap it may
// rewrite the cells of rows.
func Grid(w io.Writer, header []string, rows [][]string, fit Fit) ([]string, error) {
	widths, keep := fitWidths(header, rows, fit)
	var hidden []string
	if len(keep) < len(header) {
		for c := range header {
			if !slices.Contains(keep, c) {
				hidden = append(hidden, header[c])
			}
		}
		header = pick(header, keep)
		picked := make([][]string, len(rows))
		for i, r := range rows {
			picked[i] = pick(r, keep)
		}
		rows = picked
	}
	mode := tw.WrapTruncate
	if fit.Wrap {
		mode = tw.WrapNormal
	}
	opts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
	}
	if widths != nil {
		m := tw.NewMapper[int, int]()
		for i, c := range keep {
			if widths[c] > 0 {
				// tablewriter's column width counts the padding, one space
				// each side.
				m.Set(i, widths[c]+2)
			}
		}
		if fit.Wrap {
			for _, r := range rows {
				for i, c := range keep {
					if widths[c] > 0 {
						r[i] = breakLong(r[i], widths[c])
					}
				}
			}
		}
		opts = append(opts, tablewriter.WithRowAutoWrap(mode), tablewriter.WithHeaderAutoWrap(tw.WrapTruncate),
			tablewriter.WithColumnWidths(m))
	}
	tbl := tablewriter.NewTable(w, opts...)
	tbl.Header(header)
	if err := tbl.Bulk(rows); err != nil {
		return nil, err
	}
	return hidden, tbl.Render()
}

// breakLong breaks the words of s wider than width into lines of width:
// tablewriter's word wrapping cuts such a word short, and its breaking mode
// breaks every word of the cell.
func breakLong(s string, width int) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if twwidth.Width(w) <= width {
			continue
		}
		var b strings.Builder
		n := 0
		for _, r := range w {
			if rw := twwidth.Width(string(r)); n+rw > width {
				b.WriteByte('\n')
				n = 0
			}
			b.WriteRune(r)
			n += twwidth.Width(string(r))
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

func pick(r []string, keep []int) []string {
	out := make([]string, len(keep))
	for i, c := range keep {
		out[i] = r[c]
	}
	return out
}

// fitWidths chooses the content width of each column so that the table,
// with a border and one space of padding each side of every cell, fits
// fit.Width: the main column keeps at least half the width (all of it that
// the others leave), the other columns but fit.Fixed are narrowed widest
// first down to minCell, and if that is not enough the columns of fit.Drop are hidden one
// at a time. It returns nil widths when the table fits as it is (columns
// are then as wide as their widest cell), and the columns kept, in order.
// Widths count display cells (a CJK character is two), as the terminal
// does.
func fitWidths(header []string, rows [][]string, fit Fit) ([]int, []int) {
	all := make([]int, len(header))
	for c := range all {
		all[c] = c
	}
	if fit.Width <= 0 {
		return nil, all
	}
	natural := make([]int, len(header))
	for c := range header {
		natural[c] = twwidth.Width(header[c])
		for _, r := range rows {
			natural[c] = max(natural[c], twwidth.Width(r[c]))
		}
	}
	keep := all
	for d := 0; ; d++ {
		budget := fit.Width - 1 - 3*len(keep)
		widths, ok := narrow(natural, keep, fit.Main, fit.Fixed, budget, fit.Width/2)
		if ok || d >= len(fit.Drop) {
			if widths == nil && len(keep) == len(all) {
				return nil, all
			}
			return widths, keep
		}
		keep = slices.DeleteFunc(slices.Clone(keep), func(c int) bool { return c == fit.Drop[d] })
	}
}

// narrow fits the kept columns' natural widths into budget. It says whether
// they fit with the main column at half or more; when nothing needs cutting
// the widths are nil.
func narrow(natural, keep []int, main int, fixed []int, budget, half int) ([]int, bool) {
	sum := 0
	for _, c := range keep {
		sum += natural[c]
	}
	if sum <= budget {
		return nil, true
	}
	widths := make([]int, len(natural))
	for _, c := range keep {
		widths[c] = natural[c]
	}
	others := sum
	if main >= 0 && slices.Contains(keep, main) {
		others -= natural[main]
		widths[main] = min(natural[main], max(half, budget-others))
	}
	total := func() int {
		n := 0
		for _, c := range keep {
			n += widths[c]
		}
		return n
	}
	for total() > budget {
		widest := -1
		for _, c := range keep {
			if c != main && !slices.Contains(fixed, c) && widths[c] > minCell && (widest < 0 || widths[c] > widths[widest]) {
				widest = c
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
	}
	if total() <= budget {
		return widths, true
	}
	// Nothing left to hide: the main column takes what remains.
	if main >= 0 && slices.Contains(keep, main) {
		widths[main] = max(minCell, budget-(total()-widths[main]))
	}
	return widths, false
}

// oneLine folds the white space of s so that a fact spanning lines fits one
// table row.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func (t *tableWriter) Close() error { return nil }
