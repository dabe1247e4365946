package render

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// jsonWriter prints one indented object (json, one input), an indented
// array (json, several inputs) or one compact object per line (jsonl).
type jsonWriter struct {
	w      io.Writer
	opt    Options
	indent bool
	n      int
}

func newJSON(w io.Writer, opt Options, indent bool) *jsonWriter {
	return &jsonWriter{w: w, opt: opt, indent: indent}
}

// Marshal encodes v as compact JSON without HTML escaping: article text
// keeps its <, > and &.
func Marshal(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

func (j *jsonWriter) Write(d *facts.Document) error { return j.write(d) }

// WriteError prints {"source", "error"} in the failed input's place, so a
// json array stays aligned with the inputs and jsonl loses no line.
func (j *jsonWriter) WriteError(source, message string) error {
	return j.write(struct {
		Source string `json:"source"`
		Error  string `json:"error"`
	}{source, message})
}

func (j *jsonWriter) write(d any) error {
	if !j.indent {
		b, err := Marshal(d, "")
		if err != nil {
			return err
		}
		_, err = j.w.Write(append(b, '\n'))
		return err
	}
	b, err := Marshal(d, "  ")
	if err != nil {
		return err
	}
	if j.opt.Multi {
		sep := ",\n"
		if j.n == 0 {
			sep = "[\n"
		}
		b = append([]byte(sep), bytes.ReplaceAll(append([]byte("  "), b...), []byte("\n"), []byte("\n  "))...)
	} else {
		b = append(b, '\n')
	}
	j.n++
	_, err = j.w.Write(b)
	return err
}

func (j *jsonWriter) Close() error {
	if !j.indent || !j.opt.Multi {
		return nil
	}
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}
