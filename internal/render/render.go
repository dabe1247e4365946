package render

import (
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// ErrSpilled is what table and html return for a document whose facts were
// spilled (facts.Document.Spilled): they lay out a whole document at once
// (column widths, the highlighted article), so they take its facts in
// memory, and the newsfacts command does not spill for them.
var ErrSpilled = errors.New("table and html need the document's facts in memory, not spilled")

// Formats lists the output formats by name.
var Formats = []string{"table", "json", "jsonl", "csv", "tsv", "html"}

// Options shape the output.
type Options struct {
	// Kinds to print, in facts.Kinds order; nil means all.
	Kinds []string
	// Multi is set when the run has several inputs: json then prints an array.
	Multi bool
	// Fields chooses and orders the columns of csv and tsv (source, kind,
	// sentence, start, end, text and the printed kinds' fields); nil is all.
	Fields []string
	// Width is the table width in columns (see Width); 0 is DefaultWidth.
	Width int
}

// Writer prints documents one at a time, so a corpus streams.
type Writer interface {
	Write(d *facts.Document) error
	// Close finishes the output (the closing bracket of a JSON array).
	Close() error
}

// ErrorWriter is a Writer that keeps a failed input's place in its output:
// json and jsonl print {"source", "error"} there, html lists it.
type ErrorWriter interface {
	WriteError(source, message string) error
}

// New returns the Writer for format.
func New(format string, w io.Writer, opt Options) (Writer, error) {
	if opt.Kinds == nil {
		opt.Kinds = facts.Kinds
	}
	if opt.Width <= 0 {
		opt.Width = DefaultWidth
	}
	switch format {
	case "json":
		return newJSON(w, opt, true), nil
	case "jsonl":
		return newJSON(w, opt, false), nil
	case "csv", "tsv":
		sep := ','
		if format == "tsv" {
			sep = '\t'
		}
		c, err := newCSV(w, opt, sep)
		if err != nil {
			return nil, err // not a nil *csvWriter in a non-nil Writer
		}
		return c, nil
	case "table":
		return &tableWriter{w: w, opt: opt}, nil
	case "html":
		return &htmlWriter{w: w, opt: opt}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %v)", format, Formats)
}

// kinds returns the kinds to print in facts.Kinds order.
func (o Options) kinds() []string {
	var out []string
	for _, k := range facts.Kinds {
		if slices.Contains(o.Kinds, k) {
			out = append(out, k)
		}
	}
	return out
}
