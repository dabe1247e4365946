package render

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// csvWriter prints one row per fact: source, kind, sentence, start, end,
// text, then the union of every printed kind's main fields, empty where a
// kind has no such field. One header, so a corpus is one tidy table.
type csvWriter struct {
	w       *csv.Writer
	opt     Options
	columns []string
	header  bool
}

func newCSV(w io.Writer, opt Options, sep rune) *csvWriter {
	c := &csvWriter{w: csv.NewWriter(w), opt: opt}
	c.w.Comma = sep
	for _, k := range opt.kinds() {
		for _, col := range facts.Columns[k] {
			if !slices.Contains(c.columns, col) {
				c.columns = append(c.columns, col)
			}
		}
	}
	return c
}

func (c *csvWriter) Write(d *facts.Document) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(append([]string{"source", "kind", "sentence", "start", "end", "text"}, c.columns...)); err != nil {
			return err
		}
	}
	for _, k := range c.opt.kinds() {
		for _, f := range d.Facts(k) {
			row := []string{d.Source, k, strconv.Itoa(f.Span.Sentence), strconv.Itoa(f.Span.Start),
				strconv.Itoa(f.Span.End), f.Span.Text}
			extra := make([]string, len(c.columns))
			for _, fl := range f.Fields {
				extra[slices.Index(c.columns, fl.Name)] = fl.Value
			}
			if err := c.w.Write(append(row, extra...)); err != nil {
				return err
			}
		}
	}
	c.w.Flush()
	return c.w.Error()
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	return c.w.Error()
}
