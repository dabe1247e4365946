package render

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// baseColumns open every CSV and TSV row.
var baseColumns = []string{"source", "kind", "sentence", "start", "end", "text"}

// csvWriter prints one row per fact: source, kind, sentence, start, end,
// text, then the union of every printed kind's main fields, empty where a
// kind has no such field. One header, so a corpus is one tidy table.
// Options.Fields chooses and orders the columns instead.
type csvWriter struct {
	row     func([]string) error
	flush   func() error
	opt     Options
	columns []string // the kinds' fields, after baseColumns
	out     []int    // the printed columns, as indexes into baseColumns+columns
	header  bool
}

func newCSV(w io.Writer, opt Options, sep rune) (*csvWriter, error) {
	c := &csvWriter{opt: opt}
	if sep == '\t' {
		t := &tsvWriter{w: w}
		c.row, c.flush = t.Write, func() error { return nil }
	} else {
		cw := csv.NewWriter(w)
		c.row = cw.Write
		c.flush = func() error { cw.Flush(); return cw.Error() }
	}
	for _, k := range opt.kinds() {
		for _, col := range facts.Columns[k] {
			if !slices.Contains(c.columns, col) {
				c.columns = append(c.columns, col)
			}
		}
	}
	all := append(slices.Clone(baseColumns), c.columns...)
	if opt.Fields == nil {
		for i := range all {
			c.out = append(c.out, i)
		}
		return c, nil
	}
	for _, f := range opt.Fields {
		i := slices.Index(all, strings.ToLower(strings.TrimSpace(f)))
		if i < 0 {
			return nil, fmt.Errorf("unknown field %q (want some of %v)", f, all)
		}
		c.out = append(c.out, i)
	}
	return c, nil
}

func (c *csvWriter) write(all []string) error {
	row := make([]string, len(c.out))
	for i, j := range c.out {
		row[i] = all[j]
	}
	return c.row(row)
}

func (c *csvWriter) Write(d *facts.Document) error {
	if !c.header {
		c.header = true
		if err := c.write(append(slices.Clone(baseColumns), c.columns...)); err != nil {
			return err
		}
	}
	for _, k := range c.opt.kinds() {
		if d.Spilled != nil {
			// One fact at a time, through a document of one fact, so the
			// rows are Facts' own.
			err := d.Spilled.Each(k, func(v any) error {
				one, err := single(k, v)
				if err != nil {
					return err
				}
				return c.rows(d.Source, k, one.Facts(k))
			})
			if err != nil {
				return err
			}
			continue
		}
		if err := c.rows(d.Source, k, d.Facts(k)); err != nil {
			return err
		}
	}
	return c.flush()
}

// rows writes the rows of facts of kind k of source.
func (c *csvWriter) rows(source, k string, fs []facts.Fact) error {
	for _, f := range fs {
		row := []string{source, k, strconv.Itoa(f.Span.Sentence), strconv.Itoa(f.Span.Start),
			strconv.Itoa(f.Span.End), f.Span.Text}
		extra := make([]string, len(c.columns))
		for _, fl := range f.Fields {
			extra[slices.Index(c.columns, fl.Name)] = fl.Value
		}
		if err := c.write(append(row, extra...)); err != nil {
			return err
		}
	}
	return nil
}

// single is a document holding v, one fact of kind k, alone.
func single(k string, v any) (*facts.Document, error) {
	d := &facts.Document{}
	ok := false
	switch k {
	case facts.KindSentences:
		var x facts.Sentence
		x, ok = v.(facts.Sentence)
		d.Sentences = []facts.Sentence{x}
	case facts.KindEntities:
		var x facts.Entity
		x, ok = v.(facts.Entity)
		d.Entities = []facts.Entity{x}
	case facts.KindNumbers:
		var x facts.Number
		x, ok = v.(facts.Number)
		d.Numbers = []facts.Number{x}
	case facts.KindNationalities:
		var x facts.Nationality
		x, ok = v.(facts.Nationality)
		d.Nationalities = []facts.Nationality{x}
	case facts.KindDates:
		var x facts.Date
		x, ok = v.(facts.Date)
		d.Dates = []facts.Date{x}
	case facts.KindQuotes:
		var x facts.Quote
		x, ok = v.(facts.Quote)
		d.Quotes = []facts.Quote{x}
	}
	if !ok {
		return nil, fmt.Errorf("render: a %T among the %s", v, k)
	}
	return d, nil
}

func (c *csvWriter) Close() error { return c.flush() }

// tsvWriter prints tab-separated rows the way TSV tools (PostgreSQL's COPY,
// Python's csv with escapechar, miller, the IANA text/tab-separated-values
// convention as practised) read them: no quoting; a tab, newline, carriage
// return or backslash inside a field is written as \t, \n, \r or \\.
type tsvWriter struct{ w io.Writer }

var tsvEscape = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

func (t *tsvWriter) Write(fields []string) error {
	var b strings.Builder
	for i, f := range fields {
		if i > 0 {
			b.WriteByte('\t')
		}
		tsvEscape.WriteString(&b, f)
	}
	b.WriteByte('\n')
	_, err := io.WriteString(t.w, b.String())
	return err
}
