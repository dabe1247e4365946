package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// CoNLL-2003 NER columns: "token POS chunk NER", one token a line, a blank
// line between sentences, "-DOCSTART-" between documents. Tags are IOB1
// (I- starts a chunk unless it continues one of the same type; B- only
// between two adjacent chunks of one type) or IOB2 (every chunk starts
// with B-); chunks are read as conlleval reads them, which handles both.
//
// The text of a document is its tokens joined by single spaces, sentences
// separated by a blank line ("\n\n"), so every CoNLL sentence is a
// paragraph of its own and the segmenter cannot merge two of them.

// conllLabels maps our entity labels onto CoNLL's four types. NORP
// (nationalities, religions) and any other named kind are MISC, as CoNLL
// annotates "West Indian" or "Christian".
func conllLabel(label string) string {
	switch label {
	case "PERSON":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC", "FAC":
		return "LOC"
	}
	return "MISC"
}

// conllDoc is one CoNLL document with each token's byte span in the
// rebuilt text.
type conllDoc struct {
	text       string
	start, end []int
	chunks     []Item // gold chunks, spans snapped to tokens
}

// parseCoNLL splits a CoNLL file into documents.
func parseCoNLL(path string, data []byte) ([]*conllDoc, error) {
	var docs []*conllDoc
	var b strings.Builder
	cur := &conllDoc{}
	var tags []string
	sentStart := true // the next token opens a sentence
	flush := func() {
		if len(cur.start) > 0 {
			cur.text = b.String()
			cur.chunks = iobChunks(cur, tags)
			docs = append(docs, cur)
		}
		cur, tags = &conllDoc{}, nil
		b.Reset()
		sentStart = true
	}
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			sentStart = true
			continue
		case fields[0] == "-DOCSTART-":
			flush()
			continue
		case len(fields) < 2:
			return nil, fmt.Errorf("%s:%d: want token and NER tag columns, got %q", path, n+1, line)
		}
		tag := fields[len(fields)-1]
		if tag != "O" && (len(tag) < 3 || tag[1] != '-' || !strings.ContainsRune("BIES", rune(tag[0]))) {
			return nil, fmt.Errorf("%s:%d: bad NER tag %q", path, n+1, tag)
		}
		if b.Len() > 0 {
			if sentStart {
				b.WriteString("\n\n")
				// Sentence boundary: a chunk never continues across it.
				tags = append(tags, "")
				cur.start = append(cur.start, -1)
				cur.end = append(cur.end, -1)
			} else {
				b.WriteByte(' ')
			}
		}
		sentStart = false
		cur.start = append(cur.start, b.Len())
		b.WriteString(fields[0])
		cur.end = append(cur.end, b.Len())
		tags = append(tags, tag)
	}
	flush()
	// Drop the boundary markers, now that chunks are read.
	for _, d := range docs {
		var s, e []int
		for i := range d.start {
			if d.start[i] >= 0 {
				s, e = append(s, d.start[i]), append(e, d.end[i])
			}
		}
		d.start, d.end = s, e
	}
	return docs, nil
}

// iobChunks reads chunks as conlleval does: a chunk starts at B-, S-, or an
// I-/E- whose type differs from the previous tag's or follows O; it ends
// before O, B-, S-, or a change of type, and after E- or S-. An empty tag
// marks a sentence boundary.
func iobChunks(d *conllDoc, tags []string) []Item {
	var out []Item
	open, openType := -1, ""
	closeAt := func(last int) {
		if open >= 0 {
			out = append(out, Item{Start: d.start[open], End: d.end[last], Label: openType})
		}
		open, openType = -1, ""
	}
	prev := -1
	for i, tag := range tags {
		if tag == "" || tag == "O" {
			closeAt(prev)
			prev = i
			continue
		}
		prefix, typ := tag[0], tag[2:]
		if open >= 0 && (prefix == 'B' || prefix == 'S' || typ != openType) {
			closeAt(prev)
		}
		if open < 0 {
			open, openType = i, typ
		}
		if prefix == 'E' || prefix == 'S' {
			closeAt(i)
		}
		prev = i
	}
	closeAt(prev)
	return out
}

func loadCoNLL(path string, data []byte) ([]*document, error) {
	cds, err := parseCoNLL(path, data)
	if err != nil {
		return nil, err
	}
	out := make([]*document, 0, len(cds))
	for i, cd := range cds {
		for j := range cd.chunks {
			cd.chunks[j].Text = cd.text[cd.chunks[j].Start:cd.chunks[j].End]
		}
		source := fmt.Sprintf("%s#%d", path, i+1)
		out = append(out, &document{
			source: source,
			text:   cd.text,
			kinds:  []string{facts.KindEntities},
			score: func(s *scorer, pred *facts.Document) {
				scoreCoNLL(s, source, cd, pred.Entities)
			},
		})
	}
	return out, nil
}

// conllFigures are the rows of a CoNLL evaluation: all four types (the
// conlleval headline), the three that newsfacts labels, then each type.
var conllFigures = []struct {
	name   string
	labels []string
}{
	{"entities", []string{"PER", "LOC", "ORG", "MISC"}},
	{"entities.PER+LOC+ORG", []string{"PER", "LOC", "ORG"}},
	{"entities.PER", []string{"PER"}},
	{"entities.LOC", []string{"LOC"}},
	{"entities.ORG", []string{"ORG"}},
	{"entities.MISC", []string{"MISC"}},
}

func scoreCoNLL(s *scorer, source string, cd *conllDoc, ents []facts.Entity) {
	pred := snapEntities(cd.text, cd.start, cd.end, ents, conllLabel)
	for i, cf := range conllFigures {
		label := strings.Join(cf.labels, "+")
		if i == 0 {
			label = ""
		}
		f := s.figure(Figure{Name: cf.name, Kind: facts.KindEntities, Label: label, Match: Exact, errors: i == 0})
		s.add(f, source, cd.text, withLabels(cd.chunks, cf.labels), withLabels(pred, cf.labels))
	}
}

// snapEntities maps predicted entities onto token spans: a prediction
// covers every token it overlaps, so "U.S" inside the token "U.S." still
// counts as that token. Two predictions on the same tokens count once.
func snapEntities(text string, start, end []int, ents []facts.Entity, label func(string) string) []Item {
	var out []Item
	type key struct {
		start, end int
		label      string
	}
	seen := map[key]bool{}
	for _, e := range ents {
		first := sort.Search(len(end), func(i int) bool { return end[i] > e.Start })
		last := sort.Search(len(start), func(i int) bool { return start[i] >= e.End }) - 1
		if first >= len(start) || last < first {
			continue
		}
		it := Item{Start: start[first], End: end[last], Label: label(e.Label)}
		k := key{it.Start, it.End, it.Label}
		if seen[k] {
			continue
		}
		seen[k] = true
		it.Text = text[it.Start:it.End]
		out = append(out, it)
	}
	return out
}

func withLabels(items []Item, labels []string) []Item {
	var out []Item
	for _, it := range items {
		for _, l := range labels {
			if it.Label == l {
				out = append(out, it)
				break
			}
		}
	}
	return out
}
