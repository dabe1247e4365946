package eval

import (
	"encoding/xml"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"
	"github.com/newsfacts/newsfacts/internal/units"
)

// MEANTIME (NewsReader CAT XML): tokens with sentence numbers, then
// markables anchored to token ids. The text is rebuilt from the tokens as
// for CoNLL: tokens joined by single spaces, sentences separated by a blank
// line ("\n\n"). A blank line, not a newline, because sentence 0 is the
// article's title and sentence 1 its date line, which must stay sentences
// of their own; each MEANTIME sentence becomes a paragraph.
//
// Only the first sentences of each article are annotated (title, date line
// and four or five more): predictions after the last sentence with any
// markable are not scored.
//
// Scored:
//   - entities: ENTITY_MENTIONs with syntactic_type NAM, labelled with the
//     ent_type of the ENTITY they REFER_TO; PER, ORG and LOC are scored
//     (PRO, FIN and MIX have no counterpart among our labels), exact spans
//     snapped to tokens as for CoNLL;
//   - numbers: VALUE (PERCENT, MONEY, QUANTITY), overlap match, with the
//     type our unit implies (percent, a currency code, or anything else);
//   - dates: TIMEX3 with their type and value, TempEval-3 measures, the
//     CREATION_TIME value as reference date.

type mtDoc struct {
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Mentions []mtMarkable `xml:"ENTITY_MENTION"`
		Values   []mtMarkable `xml:"VALUE"`
		Timexes  []mtMarkable `xml:"TIMEX3"`
		Events   []mtMarkable `xml:"EVENT_MENTION"`
		Entities []struct {
			ID   string `xml:"m_id,attr"`
			Type string `xml:"ent_type,attr"`
		} `xml:"ENTITY"`
	} `xml:"Markables"`
	Relations struct {
		RefersTo []struct {
			Sources []struct {
				ID string `xml:"m_id,attr"`
			} `xml:"source"`
			Target struct {
				ID string `xml:"m_id,attr"`
			} `xml:"target"`
		} `xml:"REFERS_TO"`
	} `xml:"Relations"`
}

type mtMarkable struct {
	ID       string `xml:"m_id,attr"`
	SynType  string `xml:"syntactic_type,attr"`
	Type     string `xml:"type,attr"`
	Value    string `xml:"value,attr"`
	Function string `xml:"functionInDocument,attr"`
	Anchors  []struct {
		ID string `xml:"t_id,attr"`
	} `xml:"token_anchor"`
}

type meantimeDoc struct {
	text       string
	start, end []int
	ref        *time.Time
	// annotated is the end of the annotated part of the text.
	annotated int
	entities  []Item
	values    []Item
	timexes   []Item
}

// mtLabels are the entity types scored; the others have no counterpart.
var mtLabels = []string{"PER", "ORG", "LOC"}

func parseMEANTIME(path string, data []byte) (*meantimeDoc, error) {
	x := &mtDoc{}
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(x); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(x.Tokens) == 0 {
		return nil, fmt.Errorf("%s: no tokens", path)
	}
	d := &meantimeDoc{}
	pos := d.layTokens(x)
	d.readEntities(x, pos)
	d.readValues(x, pos)
	d.readTimexes(x, pos)
	d.markAnnotated(x, pos)
	for _, items := range [][]Item{d.entities, d.values, d.timexes} {
		sort.SliceStable(items, func(i, j int) bool { return items[i].Start < items[j].Start })
	}
	return d, nil
}

// layTokens rebuilds the text from the tokens, each MEANTIME sentence a
// paragraph of its own (see above); it returns each token id's index.
func (d *meantimeDoc) layTokens(x *mtDoc) map[string]int {
	var b strings.Builder
	pos := map[string]int{} // token id -> index
	for i, t := range x.Tokens {
		if i > 0 {
			if t.Sentence != x.Tokens[i-1].Sentence {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		d.start = append(d.start, b.Len())
		b.WriteString(strings.TrimSpace(t.Text))
		d.end = append(d.end, b.Len())
		pos[t.ID] = i
	}
	d.text = b.String()
	return pos
}

// span is the text from a markable's first anchored token to its last;
// anchors naming no token are skipped, and a markable with none has no span.
func (d *meantimeDoc) span(pos map[string]int, m mtMarkable) (Item, bool) {
	first, last := -1, -1
	for _, a := range m.Anchors {
		i, ok := pos[a.ID]
		if !ok {
			continue
		}
		if first < 0 || i < first {
			first = i
		}
		last = max(last, i)
	}
	if first < 0 {
		return Item{}, false
	}
	it := Item{Start: d.start[first], End: d.end[last]}
	it.Text = d.text[it.Start:it.End]
	return it, true
}

// readEntities keeps the named mentions (NAM) of the scored types; a
// mention takes the type of the entity it refers to.
func (d *meantimeDoc) readEntities(x *mtDoc, pos map[string]int) {
	entType := map[string]string{}
	for _, e := range x.Markables.Entities {
		entType[e.ID] = e.Type
	}
	mentionType := map[string]string{}
	for _, r := range x.Relations.RefersTo {
		for _, s := range r.Sources {
			if t, ok := entType[r.Target.ID]; ok {
				mentionType[s.ID] = t
			}
		}
	}
	for _, m := range x.Markables.Mentions {
		label := mentionType[m.ID]
		if m.SynType != "NAM" || !slices.Contains(mtLabels, label) {
			continue
		}
		if it, ok := d.span(pos, m); ok {
			it.Label = label
			d.entities = append(d.entities, it)
		}
	}
}

// readValues keeps the VALUE markables with a span, typed for scoring.
func (d *meantimeDoc) readValues(x *mtDoc, pos map[string]int) {
	for _, m := range x.Markables.Values {
		if it, ok := d.span(pos, m); ok {
			it.Label = m.Type
			it.Attrs = map[string]string{"type": m.Type}
			d.values = append(d.values, it)
		}
	}
}

// readTimexes keeps the timexes with a span, and takes the reference date
// from the creation time or, where a file marks none, from the date line.
func (d *meantimeDoc) readTimexes(x *mtDoc, pos map[string]int) {
	var fallback *time.Time
	for _, m := range x.Markables.Timexes {
		if m.Function == "CREATION_TIME" && d.ref == nil {
			if ref, ok := parseRef(m.Value); ok {
				d.ref = &ref
			}
		}
		// Timexes with no tokens (a year implied by "50 years") have no span.
		it, ok := d.span(pos, m)
		if !ok {
			continue
		}
		// A few files do not mark the creation time; sentence 1 is always
		// Wikinews's date line, so its timex is the article's date.
		if fallback == nil && sentenceOf(d, x, it.Start) == 1 {
			if ref, ok := parseRef(m.Value); ok {
				fallback = &ref
			}
		}
		it.Label = m.Type
		it.Attrs = map[string]string{"value": m.Value, "type": m.Type}
		d.timexes = append(d.timexes, it)
	}
	if d.ref == nil {
		d.ref = fallback
	}
}

// markAnnotated sets the end of the annotated part. MEANTIME annotates only
// the first sentences of each article (the title, the date line and the
// first four or five sentences); the annotated part ends with the last
// sentence holding any markable.
func (d *meantimeDoc) markAnnotated(x *mtDoc, pos map[string]int) {
	last := 0
	for _, group := range [][]mtMarkable{x.Markables.Mentions, x.Markables.Values, x.Markables.Timexes, x.Markables.Events} {
		for _, m := range group {
			for _, a := range m.Anchors {
				if i, ok := pos[a.ID]; ok {
					last = max(last, x.Tokens[i].Sentence)
				}
			}
		}
	}
	d.annotated = len(d.text)
	for i, t := range x.Tokens {
		if t.Sentence > last {
			d.annotated = d.end[i-1]
			break
		}
	}
}

// sentenceOf returns the MEANTIME sentence number of the token starting at
// byte offset start.
func sentenceOf(d *meantimeDoc, x *mtDoc, start int) int {
	i := sort.SearchInts(d.start, start)
	if i < len(x.Tokens) {
		return x.Tokens[i].Sentence
	}
	return -1
}

func loadMEANTIME(path string, data []byte, types []string) ([]*document, error) {
	md, err := parseMEANTIME(path, data)
	if err != nil {
		return nil, err
	}
	return []*document{{
		source: path,
		text:   md.text,
		ref:    md.ref,
		kinds:  []string{facts.KindEntities, facts.KindNumbers, facts.KindDates},
		score: func(s *scorer, pred *facts.Document) {
			scoreMEANTIME(s, path, md, types, pred)
		},
	}}, nil
}

var currencyCode = regexp.MustCompile(`^[A-Z]{3}$`)

// valueType is the MEANTIME VALUE type a predicted number's unit implies.
func valueType(unit string) string {
	switch {
	case unit == "percent":
		return "PERCENT"
	case currencyCode.MatchString(unit):
		return "MONEY"
	}
	return "QUANTITY"
}

func scoreMEANTIME(s *scorer, source string, md *meantimeDoc, types []string, pred *facts.Document) {
	// The pipeline reads the whole article, for context; only predictions
	// in the annotated part are scored.
	in := func(sp facts.Span) bool { return sp.Start < md.annotated }
	pred = &facts.Document{
		Entities: keep(pred.Entities, func(e facts.Entity) bool { return in(e.Span) }),
		Numbers:  keep(pred.Numbers, func(n facts.Number) bool { return in(n.Span) && !timeUnit(n.Unit) }),
		Dates:    keep(pred.Dates, func(d facts.Date) bool { return in(d.Span) }),
	}
	ents := snapEntities(md.text, md.start, md.end, pred.Entities, conllLabel)
	for i, labels := range [][]string{mtLabels, {"PER"}, {"ORG"}, {"LOC"}} {
		name, label := "entities", ""
		if i > 0 {
			name, label = "entities."+labels[0], labels[0]
		}
		f := s.figure(Figure{Name: name, Kind: facts.KindEntities, Label: label, Match: Exact, errors: i == 0})
		s.add(f, source, md.text, withLabels(md.entities, labels), withLabels(ents, labels))
	}
	for i, labels := range [][]string{mtLabels, {"PER"}, {"ORG"}, {"LOC"}} {
		name, label := "entities.head", ""
		if i > 0 {
			name, label = "entities.head."+labels[0], labels[0]
		}
		f := s.figure(Figure{Name: name, Kind: facts.KindEntities, Label: label, Match: Head})
		s.add(f, source, md.text, withLabels(md.entities, labels), withLabels(ents, labels))
	}
	s.confusion("entities", []string{"PER", "ORG", "LOC", "MISC"}).add(md.entities, ents)
	var nums []Item
	for _, n := range pred.Numbers {
		nums = append(nums, Item{Start: n.Start, End: n.End, Text: n.Text,
			Attrs: map[string]string{"type": valueType(n.Unit), "value": strconv.FormatFloat(n.Value, 'f', -1, 64)}})
	}
	f := s.figure(Figure{Name: "numbers", Kind: facts.KindNumbers, Match: Overlap, errors: true, attrs: []string{"type"}})
	s.add(f, source, md.text, md.values, nums)
	scoreTimex(s, source, md.text, types, md.timexes, pred)
}

// timeUnit reports whether a number is a duration or an age ("18 months",
// "a 52-year-old"): MEANTIME marks those as TIMEX3, not VALUE, so they are
// not scored as numbers there.
func timeUnit(unit string) bool {
	u, ok := units.ByName(strings.TrimPrefix(unit, "age_"))
	return ok && u.Kind == "time"
}

func keep[T any](xs []T, ok func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}
