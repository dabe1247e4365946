package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// The kinds of change.
const (
	Added   = "added"
	Removed = "removed"
	Changed = "changed"
)

// Change is one difference. Kind is empty for a whole document added or
// removed, "document" for a change of a document's own fields (date, error),
// else the fact kind ("numbers"); Start, End and Text locate the fact.
type Change struct {
	Source string  `json:"source"`
	Change string  `json:"change"`
	Kind   string  `json:"kind,omitempty"`
	Start  *int    `json:"start,omitempty"`
	End    *int    `json:"end,omitempty"`
	Text   string  `json:"text,omitempty"`
	Fields []Field `json:"fields,omitempty"`
}

// Field is one changed field, with the old and new JSON values (null when
// absent).
type Field struct {
	Name string          `json:"name"`
	Old  json.RawMessage `json:"old"`
	New  json.RawMessage `json:"new"`
}

// Summary counts what Compare found.
type Summary struct {
	Documents, DocsChanged, DocsAdded, DocsRemoved int
	FactsAdded, FactsRemoved, FactsChanged         int
}

// Differs reports whether anything differed.
func (s Summary) Differs() bool {
	return s.DocsChanged+s.DocsAdded+s.DocsRemoved > 0
}

type document struct {
	source string
	fields map[string]json.RawMessage
}

// reader decodes documents from a JSONL stream or a json array.
type reader struct {
	name  string
	dec   *json.Decoder
	array bool
	start bool
	eof   bool
}

func newReader(name string, r io.Reader) *reader {
	dec := json.NewDecoder(r)
	dec.UseNumber()
	return &reader{name: name, dec: dec}
}

func (r *reader) next() (*document, error) {
	if r.eof {
		return nil, nil
	}
	if !r.start {
		r.start = true
		tok, err := r.dec.Token()
		if err == io.EOF {
			r.eof = true
			return nil, nil
		}
		if err != nil {
			return nil, r.errorf("%v", err)
		}
		if d, ok := tok.(json.Delim); ok && d == '[' {
			r.array = true
		} else if ok && d == '{' {
			// A JSONL stream: decode the first object from its opening brace.
			return r.object()
		} else {
			return nil, r.errorf("want JSON objects, got %v", tok)
		}
	}
	if r.array && !r.dec.More() {
		r.eof = true
		return nil, nil
	}
	if !r.array {
		tok, err := r.dec.Token()
		if err == io.EOF {
			r.eof = true
			return nil, nil
		}
		if err != nil {
			return nil, r.errorf("%v", err)
		}
		if d, ok := tok.(json.Delim); !ok || d != '{' {
			return nil, r.errorf("want a JSON object, got %v", tok)
		}
		return r.object()
	}
	var fields map[string]json.RawMessage
	if err := r.dec.Decode(&fields); err != nil {
		return nil, r.errorf("%v", err)
	}
	return r.document(fields)
}

// object reads the members of an object whose { was consumed.
func (r *reader) object() (*document, error) {
	fields := map[string]json.RawMessage{}
	for r.dec.More() {
		tok, err := r.dec.Token()
		if err != nil {
			return nil, r.errorf("%v", err)
		}
		key, ok := tok.(string)
		if !ok {
			return nil, r.errorf("want an object key, got %v", tok)
		}
		var v json.RawMessage
		if err := r.dec.Decode(&v); err != nil {
			return nil, r.errorf("%v", err)
		}
		fields[key] = v
	}
	if _, err := r.dec.Token(); err != nil {
		return nil, r.errorf("%v", err)
	}
	return r.document(fields)
}

func (r *reader) document(fields map[string]json.RawMessage) (*document, error) {
	var src string
	if err := json.Unmarshal(fields["source"], &src); err != nil {
		return nil, r.errorf(`document without a "source" string`)
	}
	return &document{source: src, fields: fields}, nil
}

func (r *reader) errorf(format string, args ...any) error {
	return fmt.Errorf("%s: byte %d: %s", r.name, r.dec.InputOffset(), fmt.Sprintf(format, args...))
}

// Compare reads the outputs old and new and calls emit with each change,
// document by document. Documents of the same source are paired in order.
func Compare(oldName string, old io.Reader, newName string, new io.Reader, emit func(Change) error) (Summary, error) {
	var sum Summary
	ro, rn := newReader(oldName, old), newReader(newName, new)
	// pending documents of one side not yet paired, by source, in order.
	pendOld, pendNew := newQueue(), newQueue()
	pair := func(a, b *document) error {
		sum.Documents++
		changes := compareDocs(a, b)
		if len(changes) > 0 {
			sum.DocsChanged++
		}
		for _, c := range changes {
			switch c.Change {
			case Added:
				sum.FactsAdded++
			case Removed:
				sum.FactsRemoved++
			case Changed:
				if c.Kind != "document" {
					sum.FactsChanged++
				}
			}
			if err := emit(c); err != nil {
				return err
			}
		}
		return nil
	}
	for !ro.eof || !rn.eof {
		o, err := ro.next()
		if err != nil {
			return sum, err
		}
		if o != nil {
			if n := pendNew.take(o.source); n != nil {
				if err := pair(o, n); err != nil {
					return sum, err
				}
			} else {
				pendOld.put(o)
			}
		}
		n, err := rn.next()
		if err != nil {
			return sum, err
		}
		if n != nil {
			if o := pendOld.take(n.source); o != nil {
				if err := pair(o, n); err != nil {
					return sum, err
				}
			} else {
				pendNew.put(n)
			}
		}
	}
	for _, d := range pendOld.rest() {
		sum.DocsRemoved++
		if err := emit(Change{Source: d.source, Change: Removed}); err != nil {
			return sum, err
		}
	}
	for _, d := range pendNew.rest() {
		sum.DocsAdded++
		if err := emit(Change{Source: d.source, Change: Added}); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// queue holds unpaired documents by source, remembering arrival order.
type queue struct {
	bySource map[string][]*document
	order    []*document
	taken    map[*document]bool
}

func newQueue() *queue {
	return &queue{bySource: map[string][]*document{}, taken: map[*document]bool{}}
}

func (q *queue) put(d *document) {
	q.bySource[d.source] = append(q.bySource[d.source], d)
	q.order = append(q.order, d)
}

func (q *queue) take(source string) *document {
	ds := q.bySource[source]
	if len(ds) == 0 {
		return nil
	}
	d := ds[0]
	if len(ds) == 1 {
		delete(q.bySource, source)
	} else {
		q.bySource[source] = ds[1:]
	}
	q.taken[d] = true
	// Keep order from growing when the two sides are aligned.
	for len(q.order) > 0 && q.taken[q.order[0]] {
		delete(q.taken, q.order[0])
		q.order = q.order[1:]
	}
	return d
}

func (q *queue) rest() []*document {
	var out []*document
	for _, d := range q.order {
		if !q.taken[d] {
			out = append(out, d)
		}
	}
	return out
}

// fact is one item of a fact list, keyed by its offsets.
type fact struct {
	start, end int
	text       string
	fields     map[string]json.RawMessage
}

// compareDocs lists the changes between two versions of one document:
// its own scalar fields first, then each fact kind in key order.
func compareDocs(a, b *document) []Change {
	var out []Change
	var docFields []Field
	kinds := map[string]bool{}
	for _, k := range unionKeys(a.fields, b.fields) {
		if k == "source" {
			continue
		}
		va, vb := a.fields[k], b.fields[k]
		if isFactList(va) || isFactList(vb) {
			kinds[k] = true
			continue
		}
		if !jsonEqual(va, vb) {
			docFields = append(docFields, Field{Name: k, Old: orNull(va), New: orNull(vb)})
		}
	}
	if len(docFields) > 0 {
		out = append(out, Change{Source: a.source, Change: Changed, Kind: "document", Fields: docFields})
	}
	var names []string
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		out = append(out, compareFacts(a.source, k, facts(a.fields[k]), facts(b.fields[k]))...)
	}
	return out
}

// compareFacts pairs facts of one kind by (start, end), in offset order.
func compareFacts(source, kind string, a, b []fact) []Change {
	var out []Change
	i, j := 0, 0
	less := func(x, y fact) bool {
		if x.start != y.start {
			return x.start < y.start
		}
		return x.end < y.end
	}
	mk := func(change string, f fact, fields []Field) Change {
		s, e := f.start, f.end
		return Change{Source: source, Change: change, Kind: kind, Start: &s, End: &e, Text: f.text, Fields: fields}
	}
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && less(a[i], b[j]):
			out = append(out, mk(Removed, a[i], nil))
			i++
		case i >= len(a) || less(b[j], a[i]):
			out = append(out, mk(Added, b[j], nil))
			j++
		default:
			var fields []Field
			for _, k := range unionKeys(a[i].fields, b[j].fields) {
				if va, vb := a[i].fields[k], b[j].fields[k]; !jsonEqual(va, vb) {
					fields = append(fields, Field{Name: k, Old: orNull(va), New: orNull(vb)})
				}
			}
			if len(fields) > 0 {
				out = append(out, mk(Changed, b[j], fields))
			}
			i++
			j++
		}
	}
	return out
}

// isFactList reports whether v is a list of objects (a fact kind); an empty
// list counts, so a kind that empties out is compared as one.
func isFactList(v json.RawMessage) bool {
	t := bytes.TrimSpace(v)
	return len(t) > 0 && t[0] == '['
}

// facts decodes a fact list, sorted by offsets (stable for equal offsets).
func facts(v json.RawMessage) []fact {
	var items []map[string]json.RawMessage
	if len(v) == 0 || json.Unmarshal(v, &items) != nil {
		return nil
	}
	out := make([]fact, 0, len(items))
	for _, it := range items {
		var f fact
		_ = json.Unmarshal(it["start"], &f.start)
		_ = json.Unmarshal(it["end"], &f.end)
		_ = json.Unmarshal(it["text"], &f.text)
		f.fields = it
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end < out[j].end
	})
	return out
}

func unionKeys(a, b map[string]json.RawMessage) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range []map[string]json.RawMessage{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

// jsonEqual compares two JSON values by meaning, not spelling: key order and
// spaces do not matter.
func jsonEqual(a, b json.RawMessage) bool {
	if bytes.Equal(a, b) {
		return true
	}
	var va, vb any
	da, db := json.NewDecoder(bytes.NewReader(a)), json.NewDecoder(bytes.NewReader(b))
	da.UseNumber()
	db.UseNumber()
	if len(a) == 0 || len(b) == 0 || da.Decode(&va) != nil || db.Decode(&vb) != nil {
		return false
	}
	ca, _ := json.Marshal(va)
	cb, _ := json.Marshal(vb)
	return bytes.Equal(ca, cb)
}

func orNull(v json.RawMessage) json.RawMessage {
	if len(v) == 0 {
		return json.RawMessage("null")
	}
	return v
}

// Text prints a change for people, one line each:
//
//	~ a.txt numbers 10:20 "300 troops": value 300 -> 30
func Text(c Change) string {
	var b strings.Builder
	sign := map[string]string{Added: "+", Removed: "-", Changed: "~"}[c.Change]
	switch {
	case c.Kind == "":
		fmt.Fprintf(&b, "%s %s (document %s)", sign, c.Source, c.Change)
	case c.Start == nil:
		fmt.Fprintf(&b, "%s %s %s", sign, c.Source, c.Kind)
	default:
		fmt.Fprintf(&b, "%s %s %s %d:%d %q", sign, c.Source, c.Kind, *c.Start, *c.End, c.Text)
	}
	for i, f := range c.Fields {
		sep := ", "
		if i == 0 {
			sep = ": "
		}
		fmt.Fprintf(&b, "%s%s %s -> %s", sep, f.Name, compact(f.Old), compact(f.New))
	}
	return b.String()
}

func compact(v json.RawMessage) string {
	var buf bytes.Buffer
	if json.Compact(&buf, v) != nil {
		return string(v)
	}
	return buf.String()
}

// Line is the summary line.
func (s Summary) Line() string {
	docs := "documents"
	if s.Documents == 1 {
		docs = "document"
	}
	return fmt.Sprintf("%d %s compared: %d changed, %d added, %d removed; facts: %d added, %d removed, %d changed",
		s.Documents, docs, s.DocsChanged, s.DocsAdded, s.DocsRemoved, s.FactsAdded, s.FactsRemoved, s.FactsChanged)
}
