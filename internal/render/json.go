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

// body writes one value: a document streamed a list element at a time, an
// error object whole. prefix starts every line after the first.
func (j *jsonWriter) body(v any, prefix string, indent bool) error {
	if d, ok := v.(*facts.Document); ok {
		return streamDocument(j.w, d, prefix, indent)
	}
	in := ""
	if indent {
		in = "  "
	}
	b, err := Marshal(v, in)
	if err != nil {
		return err
	}
	if prefix != "" {
		b = bytes.ReplaceAll(b, []byte("\n"), []byte("\n"+prefix))
	}
	_, err = j.w.Write(b)
	return err
}

func (j *jsonWriter) write(d any) error {
	if !j.indent {
		if err := j.body(d, "", false); err != nil {
			return err
		}
		_, err := io.WriteString(j.w, "\n")
		return err
	}
	prefix, head := "", ""
	if j.opt.Multi {
		prefix, head = "  ", "  "
		if j.n == 0 {
			head = "[\n" + head
		} else {
			head = ",\n" + head
		}
	}
	j.n++
	if _, err := io.WriteString(j.w, head); err != nil {
		return err
	}
	if err := j.body(d, prefix, true); err != nil {
		return err
	}
	if j.opt.Multi {
		return nil
	}
	_, err := io.WriteString(j.w, "\n")
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
