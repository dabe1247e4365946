package check

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Formats lists the output formats of findings.
var Formats = []string{"table", "jsonl", "github"}

// Writer prints findings document by document.
type Writer interface {
	Write(fs []Finding) error
	Close() error
}

// NewWriter returns the Writer for format.
func NewWriter(format string, w io.Writer) (Writer, error) {
	switch format {
	case "table":
		return &tableWriter{tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}, nil
	case "jsonl":
		return &jsonlWriter{w: w}, nil
	case "github":
		return &githubWriter{w: w}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %v)", format, Formats)
}

// tableWriter prints one aligned row per finding, editor-style
// SOURCE:LINE:COLUMN first so terminals and editors can jump to it. Columns
// are aligned over blocks of tableBlock rows, so a long run still streams
// and holds at most one block in memory.
type tableWriter struct {
	tw     *tabwriter.Writer
	header bool
	rows   int
}

const tableBlock = 256

func (t *tableWriter) Write(fs []Finding) error {
	if len(fs) == 0 {
		return nil
	}
	if !t.header {
		t.header = true
		fmt.Fprintln(t.tw, "LOCATION\tSEVERITY\tRULE\tMESSAGE")
	}
	for _, f := range fs {
		fmt.Fprintf(t.tw, "%s:%d:%d\t%s\t%s\t%s\n", f.Source, f.Line, f.Column, f.Severity, f.Rule, f.Message)
		if t.rows++; t.rows%tableBlock == 0 {
			if err := t.tw.Flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

func (t *tableWriter) Close() error { return t.tw.Flush() }

// jsonlWriter prints one compact object per finding.
type jsonlWriter struct{ w io.Writer }

func (j *jsonlWriter) Write(fs []Finding) error {
	for _, f := range fs {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(f); err != nil {
			return err
		}
		if _, err := j.w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonlWriter) Close() error { return nil }

// githubWriter prints GitHub Actions workflow commands, which the runner
// turns into annotations on the file and line:
// ::warning file=a.txt,line=3,col=5,endLine=3,endColumn=9,title=...::message
type githubWriter struct{ w io.Writer }

var githubLevel = map[Severity]string{Info: "notice", Warning: "warning", Error: "error"}

func (g *githubWriter) Write(fs []Finding) error {
	for _, f := range fs {
		if f.File != "" {
			// A JSONL record: the annotation goes on the corpus file's line
			// (GitHub knows no position inside a JSON string), the record's
			// id in the title, the position in its text in the message.
			_, err := fmt.Fprintf(g.w, "::%s file=%s,line=%d,title=%s::%s\n",
				githubLevel[f.Severity], ghProperty(f.File), f.FileLine,
				ghProperty("newsfacts "+f.Rule+" in "+f.Source), ghData(fmt.Sprintf("%s (text %d:%d)", f.Message, f.Line, f.Column)))
			if err != nil {
				return err
			}
			continue
		}
		_, err := fmt.Fprintf(g.w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			githubLevel[f.Severity], ghProperty(f.Source), f.Line, f.Column, f.EndLine, f.EndColumn,
			ghProperty("newsfacts "+f.Rule), ghData(f.Message))
		if err != nil {
			return err
		}
	}
	return nil
}

func (g *githubWriter) Close() error { return nil }

// ghData escapes a workflow command's message, as @actions/core does.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a property value, which also may not hold : or ,.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
