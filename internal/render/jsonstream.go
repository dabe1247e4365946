package render

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// streamDocument writes d as Marshal(d, "") would (compact), or, with
// indent, as Marshal(d, "  ") with prefix before every line but the first,
// byte for byte, but one list element at a time: a large document's output
// is never held whole in one buffer (issue 18: one 1.5 MB input made
// gigabytes of JSON, all of it in memory before the first byte was
// written). The lists are the top-level slice fields of facts.Document,
// found by reflection so a field added to the contract streams too.
func streamDocument(w io.Writer, d *facts.Document, prefix string, indent bool) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// encode writes v as its own JSON text, at nesting depth depth.
	encode := func(v any, depth int) error {
		if raw, ok := v.(json.RawMessage); ok {
			// A spilled fact, compact JSON from an encoder like enc:
			// written as it is, or indented as enc indents a compact text.
			return writeRaw(w, &buf, raw, indent, prefix+strings.Repeat("  ", depth))
		}
		buf.Reset()
		if indent {
			enc.SetIndent(prefix+strings.Repeat("  ", depth), "  ")
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	nl := func(depth int) string {
		if !indent {
			return ""
		}
		return "\n" + prefix + strings.Repeat("  ", depth)
	}
	colon := ":"
	if indent {
		colon = ": "
	}
	v := reflect.ValueOf(d).Elem()
	t := v.Type()
	first := true
	if _, err := io.WriteString(w, "{"); err != nil {
		return err
	}
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fv := v.Field(i)
		if strings.Contains(opts, "omitempty") && fv.IsZero() {
			continue
		}
		sep := ","
		if first {
			sep = ""
		}
		first = false
		key, _ := json.Marshal(name)
		if _, err := io.WriteString(w, sep+nl(1)+string(key)+colon); err != nil {
			return err
		}
		if d.Spilled != nil && slices.Contains(facts.Kinds, name) {
			l, kind := d.Spilled, name
			each := func(fn func(any) error) error { return l.Each(kind, fn) }
			if raw, ok := l.(rawLists); ok {
				// The facts as spilled, compact JSON from the encoder's
				// own settings: printed as they are, or indented as the
				// encoder indents.
				each = func(fn func(any) error) error {
					return raw.EachJSON(kind, func(b []byte) error { return fn(json.RawMessage(b)) })
				}
			}
			if err := writeList(w, nl, encode, l.Len(kind), each); err != nil {
				return err
			}
			continue
		}
		if fv.Kind() != reflect.Slice || fv.IsNil() || fv.Len() == 0 {
			if err := encode(fv.Interface(), 1); err != nil {
				return err
			}
			continue
		}
		if err := writeList(w, nl, encode, fv.Len(), func(fn func(any) error) error {
			for j := range fv.Len() {
				if err := fn(fv.Index(j).Interface()); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return err
		}
	}
	end := "}"
	if !first {
		end = nl(0) + "}"
	}
	_, err := io.WriteString(w, end)
	return err
}

// writeList writes a list of n elements that each yields in order, as
// encoding/json would: [] when empty, else one element per line (indented)
// or comma-separated (compact).
func writeList(w io.Writer, nl func(int) string, encode func(any, int) error, n int, each func(func(any) error) error) error {
	if n == 0 {
		_, err := io.WriteString(w, "[]")
		return err
	}
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	j := 0
	err := each(func(v any) error {
		sep := ","
		if j == 0 {
			sep = ""
		}
		j++
		if _, err := io.WriteString(w, sep+nl(2)); err != nil {
			return err
		}
		return encode(v, 2)
	})
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, nl(1)+"]")
	return err
}

// rawLists is facts.Lists that can give each fact as the compact JSON that
// an encoder without HTML escaping writes for it (window.Spill).
type rawLists interface {
	EachJSON(kind string, fn func(b []byte) error) error
}

// writeRaw writes b, compact JSON, as an encoder with indent (prefix, two
// spaces) or without would write the value it encodes.
func writeRaw(w io.Writer, buf *bytes.Buffer, b []byte, indent bool, prefix string) error {
	if !indent {
		_, err := w.Write(b)
		return err
	}
	buf.Reset()
	if err := json.Indent(buf, b, prefix, "  "); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
