package eval

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// The newsfacts gold format (.jsonl) holds gold for the kinds that have no
// public standard. One document a line:
//
//	{"id": "...", "date": "2023-05-30", "text": "...",
//	 "numbers": [{"start": 10, "end": 19, "text": "700 troops", "value": 700,
//	              "qualifier": "exact", "unit": "", "counted": "troops"}],
//	 "nationalities": [{"start", "end", "text", "code": "HU"}],
//	 "dates": [{"start", "end", "text", "value": "2023-05-29", "type": "DATE"}],
//	 "quotes": [{"start", "end", "text", "speaker": "Jens Stoltenberg", "kind": "direct"}],
//	 "entities": [{"start", "end", "text", "label": "PERSON"}]}
//
// A document whose text may not be redistributed (TimeBank's news) names it
// instead of holding it: "text_from": {"file": "../../../shared/data/news-tbaq.jsonl",
// "id": "wsj_0781", "bytes": 3555, "sha256": "..."} takes the first "bytes"
// bytes of that record's text in a JSONL corpus, the path relative to the
// gold file, and checks them against the SHA-256, so the gold cannot drift
// from the text it annotates.
//
// Offsets are bytes of text and text[start:end] must equal the item's text;
// a file where it does not is rejected, naming the line. "date" (or null)
// is the reference date given to the pipeline. A kind's key present, even
// as an empty list, means that kind is annotated completely in the
// document, so predictions matching nothing are false alarms; an absent key
// means the kind is not scored there. An attribute absent from an item is
// not checked on it. A prediction matches a gold item of its kind when the
// spans overlap (one to one, greedy by largest overlap); attributes are
// scored as accuracy over matches:
//   - numbers: value (numeric equality), qualifier, unit, counted (the
//     head: last word of the phrase, lowercased);
//   - nationalities: code; dates: value, type;
//   - quotes: speaker (case-insensitive, without a leading "the"), kind,
//     also scored apart for direct and for reported (indirect or mixed)
//     speech; entities: label.
// Predicted ordinals are not scored: the gold does not annotate them.

// goldKinds are the kinds the gold format can carry, in scoring order, with
// the attributes checked on each.
var goldKinds = []struct {
	kind  string
	attrs []string
}{
	{facts.KindEntities, []string{"label"}},
	{facts.KindNumbers, []string{"value", "qualifier", "unit", "counted"}},
	{facts.KindNationalities, []string{"code"}},
	{facts.KindDates, []string{"value", "type"}},
	{facts.KindQuotes, []string{"speaker", "kind"}},
}

type goldLine struct {
	ID       string                     `json:"id"`
	Date     *string                    `json:"date"`
	Text     *string                    `json:"text"`
	TextFrom *TextFrom                  `json:"text_from"`
	rest     map[string]json.RawMessage // the kinds' lists
}

// TextFrom points at a gold document's text in a corpus outside the
// repository (the "text_from" of a gold line).
type TextFrom struct {
	File   string `json:"file"`
	ID     string `json:"id"`
	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// Resolve returns the text f points at, the corpus path relative to dir.
// corpora, when not nil, keeps each corpus read (path to id to text) for
// the next call.
func (f *TextFrom) Resolve(dir string, corpora map[string]map[string]string) (string, error) {
	path := filepath.Join(dir, filepath.FromSlash(f.File))
	texts, ok := corpora[path]
	if !ok {
		data, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("text_from: %w", err)
		}
		texts = map[string]string{}
		for line := range bytes.Lines(data) {
			var rec struct{ ID, Text string }
			if err := json.Unmarshal(line, &rec); err != nil {
				return "", fmt.Errorf("text_from: %s: %w", path, err)
			}
			texts[rec.ID] = rec.Text
		}
		if corpora != nil {
			corpora[path] = texts
		}
	}
	text, ok := texts[f.ID]
	if !ok {
		return "", fmt.Errorf("text_from: no record %q in %s", f.ID, path)
	}
	if f.Bytes < 0 || f.Bytes > len(text) {
		return "", fmt.Errorf("text_from: record %q has %d bytes, not %d", f.ID, len(text), f.Bytes)
	}
	text = text[:f.Bytes]
	if sum := sha256.Sum256([]byte(text)); hex.EncodeToString(sum[:]) != f.SHA256 {
		return "", fmt.Errorf("text_from: record %q: SHA-256 %x, want %s", f.ID, sum, f.SHA256)
	}
	return text, nil
}

func loadGold(path string, data []byte) ([]*document, error) {
	var out []*document
	corpora := map[string]map[string]string{}
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", path, n+1)
		d, err := parseGoldLine(where, filepath.Dir(path), line, corpora)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

func parseGoldLine(where, dir string, line []byte, corpora map[string]map[string]string) (*document, error) {
	var gl goldLine
	if err := json.Unmarshal(line, &gl); err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	if err := json.Unmarshal(line, &gl.rest); err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	var text string
	switch {
	case gl.Text != nil && gl.TextFrom == nil:
		text = *gl.Text
	case gl.TextFrom != nil && gl.Text == nil:
		var err error
		if text, err = gl.TextFrom.Resolve(dir, corpora); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
	default:
		return nil, fmt.Errorf("%s: want one of \"text\" and \"text_from\"", where)
	}
	d := &document{source: where, text: text}
	if gl.ID != "" {
		d.source = gl.ID
	}
	if gl.Date != nil {
		t, err := time.Parse(time.DateOnly, *gl.Date)
		if err != nil {
			return nil, fmt.Errorf("%s: date %q: want YYYY-MM-DD", where, *gl.Date)
		}
		d.ref = &t
	}
	gold := map[string][]Item{}
	for _, gk := range goldKinds {
		raw, ok := gl.rest[gk.kind]
		if !ok {
			continue
		}
		var items []map[string]any
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", where, gk.kind, err)
		}
		d.kinds = append(d.kinds, gk.kind)
		gold[gk.kind] = []Item{}
		for i, m := range items {
			it, err := goldItem(text, gk.kind, m)
			if err != nil {
				return nil, fmt.Errorf("%s: %s[%d]: %w", where, gk.kind, i, err)
			}
			gold[gk.kind] = append(gold[gk.kind], it)
		}
	}
	if len(d.kinds) == 0 {
		return nil, fmt.Errorf("%s: no annotated kind (want one of numbers, nationalities, dates, quotes, entities)", where)
	}
	source := d.source
	d.score = func(s *scorer, pred *facts.Document) {
		for _, gk := range goldKinds {
			g, ok := gold[gk.kind]
			if !ok {
				continue
			}
			p := predItems(gk.kind, pred)
			f := s.figure(Figure{Name: gk.kind, Kind: gk.kind, Match: Overlap, errors: true, attrs: gk.attrs})
			s.add(f, source, text, g, p)
			if gk.kind == facts.KindQuotes {
				// Direct and reported speech have their own targets; a
				// mixed quote is reported speech with a quoted fragment.
				for _, label := range []string{"direct", "indirect"} {
					f := s.figure(Figure{Name: gk.kind + "." + label, Kind: gk.kind, Label: label, Match: Overlap, attrs: gk.attrs})
					s.add(f, source, text, quoteKind(g, label), quoteKind(p, label))
				}
			}
		}
	}
	return d, nil
}

// goldItem checks one gold item against the text and normalises its
// attributes.
func goldItem(text, kind string, m map[string]any) (Item, error) {
	start, ok1 := m["start"].(float64)
	end, ok2 := m["end"].(float64)
	span, ok3 := m["text"].(string)
	if !ok1 || !ok2 || !ok3 {
		return Item{}, fmt.Errorf("want numeric start, end and string text")
	}
	s, e := int(start), int(end)
	if s < 0 || e < s || e > len(text) || float64(s) != start || float64(e) != end {
		return Item{}, fmt.Errorf("bad offsets %v-%v (text is %d bytes)", start, end, len(text))
	}
	if text[s:e] != span {
		return Item{}, fmt.Errorf("text[%d:%d] is %q, not %q", s, e, text[s:e], span)
	}
	it := Item{Start: s, End: e, Text: span, Attrs: map[string]string{}}
	for _, gk := range goldKinds {
		if gk.kind != kind {
			continue
		}
		for _, a := range gk.attrs {
			v, ok := m[a]
			if !ok || v == nil {
				continue
			}
			var str string
			switch x := v.(type) {
			case float64:
				str = facts.FormatNumber(x)
			case string:
				str = x
			case bool:
				str = strconv.FormatBool(x)
			default:
				return Item{}, fmt.Errorf("attribute %s: want a string or number", a)
			}
			it.Attrs[a] = normAttr(kind, a, str)
		}
	}
	return it, nil
}

// normAttr puts an attribute value in the form both sides are compared in.
func normAttr(kind, attr, v string) string {
	switch {
	case kind == facts.KindNumbers && attr == "value":
		if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
			return facts.FormatNumber(f)
		}
	case kind == facts.KindNumbers && attr == "counted":
		// The head noun is what matters: "troops" for "more troops" or
		// "NATO-led troops".
		w := strings.Fields(strings.ToLower(v))
		if len(w) == 0 {
			return ""
		}
		return w[len(w)-1]
	case kind == facts.KindQuotes && attr == "speaker":
		v = strings.ToLower(strings.Join(strings.Fields(v), " "))
		return strings.TrimPrefix(v, "the ")
	}
	return v
}

// predItems turns the predicted facts of a kind into items with the
// attributes the gold format checks.
func predItems(kind string, d *facts.Document) []Item {
	var out []Item
	add := func(sp facts.Span, attrs ...string) {
		it := Item{Start: sp.Start, End: sp.End, Text: sp.Text, Attrs: map[string]string{}}
		for i := 0; i+1 < len(attrs); i += 2 {
			it.Attrs[attrs[i]] = normAttr(kind, attrs[i], attrs[i+1])
		}
		out = append(out, it)
	}
	switch kind {
	case facts.KindEntities:
		for _, e := range d.Entities {
			add(e.Span, "label", e.Label)
		}
	case facts.KindNumbers:
		for _, n := range d.Numbers {
			// The gold does not annotate ordinals ("the third day"): they
			// rank rather than count (docs/annotation-guidelines.md).
			if n.Ordinal {
				continue
			}
			add(n.Span, "value", facts.FormatNumber(n.Value), "qualifier", n.Qualifier, "unit", n.Unit, "counted", n.Counted)
		}
	case facts.KindNationalities:
		for _, n := range d.Nationalities {
			add(n.Span, "code", n.Code)
		}
	case facts.KindDates:
		for _, t := range d.Dates {
			add(t.Span, "value", t.Value, "type", t.Type)
		}
	case facts.KindQuotes:
		for _, q := range d.Quotes {
			add(q.Span, "speaker", q.Speaker, "kind", q.Kind)
		}
	}
	return out
}

// quoteKind keeps the quotes of one kind; "indirect" includes mixed quotes.
func quoteKind(items []Item, kind string) []Item {
	var out []Item
	for _, it := range items {
		k := it.Attrs["kind"]
		if k == kind || (kind == "indirect" && k == "mixed") {
			out = append(out, it)
		}
	}
	return out
}
