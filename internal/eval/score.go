package eval

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// Item is one annotated or predicted fact: a byte span of the document text,
// a label (used by exact matching: conlleval counts a chunk only when span
// and type agree) and the attributes compared on a match, as normalised
// strings.
type Item struct {
	Start, End int
	Text       string
	Label      string
	Attrs      map[string]string

	// speaker holds, where a format scores speakers by position, the gold
	// Source fragments or the predicted speaker's mention.
	speaker [][2]int
}

// Match modes.
const (
	// Exact counts a prediction only when span and label equal a gold item.
	Exact = "exact"
	// Overlap pairs predictions and gold items whose spans overlap, one to
	// one, greedy by largest overlap; labels are not compared (a wrong label
	// shows in the label attribute instead).
	Overlap = "overlap"
	// Strict pairs items with identical spans, ignoring labels (TempEval-3
	// strict extent match).
	Strict = "strict"
	// Head pairs items of the same label whose heads are the same word. The
	// head of an English name is its last word ("Chrysler" in "Chrysler
	// LLC" is not, "Motors" in "General Motors" is), so two spans share a
	// head when they end together: "automaker Chrysler" and "Chrysler"
	// match, "Chrysler" and "Chrysler LLC" do not. It forgives the extent
	// conventions of a corpus (titles, leading words) but not a wrong type
	// or a name cut short.
	Head = "head"
)

// Figure is one row of results: how one set of predictions scored against
// one set of gold items in one dataset.
type Figure struct {
	// Name is what --min refers to: KIND, KIND.LABEL or KIND.MEASURE.
	Name  string `json:"name"`
	Kind  string `json:"kind"`
	Label string `json:"label,omitempty"`
	// Match is exact, strict or overlap.
	Match string `json:"match"`
	// Credit, when set, names the attribute that must also be right for a
	// pair to count (TempEval-3 value F1).
	Credit     string      `json:"credit,omitempty"`
	TP         int         `json:"tp"`
	FP         int         `json:"fp"`
	FN         int         `json:"fn"`
	Precision  float64     `json:"precision"`
	Recall     float64     `json:"recall"`
	F1         float64     `json:"f1"`
	Support    int         `json:"support"`
	Attributes []Attribute `json:"attributes,omitempty"`

	// errors is set on the one figure per kind whose misses and false
	// alarms --errors lists, so each mistake is listed once.
	errors bool
	attrs  []string
	// same, when set, decides whether a matched pair's attribute agrees;
	// nil compares the normalised strings.
	same func(attr string, g, p Item) bool
}

// Attribute is the accuracy of one attribute over matched pairs whose gold
// item carries it.
type Attribute struct {
	Name     string  `json:"name"`
	Correct  int     `json:"correct"`
	Total    int     `json:"total"`
	Accuracy float64 `json:"accuracy"`
}

// Problem is one mistake: a miss (gold item not found), a false alarm
// (prediction matching no gold item) or a wrong attribute on a match.
type Problem struct {
	Dataset string `json:"dataset"`
	Source  string `json:"source"`
	Figure  string `json:"figure"`
	// Type is miss, false_alarm or wrong.
	Type    string `json:"type"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Label   string `json:"label,omitempty"`
	Context string `json:"context"`
	// Attr, Gold and Predicted are set for a wrong attribute; Predicted
	// also names the predicted span of a wrong match.
	Attr      string `json:"attr,omitempty"`
	Gold      string `json:"gold,omitempty"`
	Predicted string `json:"predicted,omitempty"`
}

// pair is a matched gold and predicted item, by index.
type pair struct{ g, p int }

// match pairs gold and predicted items by mode. Every index appears in at
// most one pair.
func match(mode string, gold, pred []Item) []pair {
	var cands []pair
	for g := range gold {
		for p := range pred {
			switch mode {
			case Exact:
				if gold[g].Start == pred[p].Start && gold[g].End == pred[p].End && gold[g].Label == pred[p].Label {
					cands = append(cands, pair{g, p})
				}
			case Strict:
				if gold[g].Start == pred[p].Start && gold[g].End == pred[p].End {
					cands = append(cands, pair{g, p})
				}
			case Head:
				if gold[g].End == pred[p].End && gold[g].Label == pred[p].Label {
					cands = append(cands, pair{g, p})
				}
			default:
				if overlap(gold[g], pred[p]) > 0 {
					cands = append(cands, pair{g, p})
				}
			}
		}
	}
	// Largest overlap first; ties by position, so the result does not depend
	// on the order the extractor appended in.
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		oa, ob := overlap(gold[a.g], pred[a.p]), overlap(gold[b.g], pred[b.p])
		if oa != ob {
			return oa > ob
		}
		if gold[a.g].Start != gold[b.g].Start {
			return gold[a.g].Start < gold[b.g].Start
		}
		if pred[a.p].Start != pred[b.p].Start {
			return pred[a.p].Start < pred[b.p].Start
		}
		return pred[a.p].End < pred[b.p].End
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out []pair
	for _, c := range cands {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].g < out[j].g })
	return out
}

func overlap(a, b Item) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// scorer accumulates the figures of one dataset.
type scorer struct {
	dataset  string
	figures  []*Figure
	byName   map[string]*Figure
	problems []Problem
	keep     bool // collect problems for --errors
	// confusions are the confusion tables, by name, in declaration order.
	confusions []*Confusion
}

func newScorer(dataset string, keep bool) *scorer {
	return &scorer{dataset: dataset, byName: map[string]*Figure{}, keep: keep}
}

// figure returns the named figure, declaring it on first use so rows keep
// the order formats declare them in.
func (s *scorer) figure(f Figure) *Figure {
	if old, ok := s.byName[f.Name]; ok {
		return old
	}
	nf := f
	s.figures = append(s.figures, &nf)
	s.byName[f.Name] = &nf
	return &nf
}

// add scores one document's predictions against its gold items for figure
// f, comparing attrs on matched pairs.
func (s *scorer) add(f *Figure, source, text string, gold, pred []Item) {
	pairs := match(f.Match, gold, pred)
	matchedG, matchedP := map[int]bool{}, map[int]bool{}
	tp := 0
	for _, pr := range pairs {
		matchedG[pr.g], matchedP[pr.p] = true, true
		g, p := gold[pr.g], pred[pr.p]
		if f.Credit == "" || g.Attrs[f.Credit] == p.Attrs[f.Credit] {
			tp++
		}
		for _, a := range f.attrs {
			gv, ok := g.Attrs[a]
			if !ok {
				continue
			}
			at := f.attribute(a)
			at.Total++
			agree := gv == p.Attrs[a]
			if f.same != nil {
				agree = f.same(a, g, p)
			}
			if agree {
				at.Correct++
			} else if s.keep && f.errors {
				pb := s.problem(f, source, text, "wrong", g)
				pb.Attr, pb.Gold, pb.Predicted = a, gv, p.Attrs[a]
				if p.Start != g.Start || p.End != g.End {
					pb.Predicted += " (on " + strconv.Quote(p.Text) + ")"
				}
				s.problems = append(s.problems, pb)
			}
		}
	}
	f.TP += tp
	f.FP += len(pred) - tp
	f.FN += len(gold) - tp
	f.Support += len(gold)
	if !s.keep || !f.errors {
		return
	}
	for i, g := range gold {
		if !matchedG[i] {
			s.problems = append(s.problems, s.problem(f, source, text, "miss", g))
		}
	}
	for i, p := range pred {
		if !matchedP[i] {
			s.problems = append(s.problems, s.problem(f, source, text, "false_alarm", p))
		}
	}
}

func (s *scorer) problem(f *Figure, source, text, typ string, it Item) Problem {
	return Problem{Dataset: s.dataset, Source: source, Figure: f.Name, Type: typ,
		Start: it.Start, End: it.End, Text: it.Text, Label: it.Label, Context: context(text, it.Start, it.End)}
}

// attribute returns the tally of attribute a, declaring it in f.attrs order.
func (f *Figure) attribute(a string) *Attribute {
	for i := range f.Attributes {
		if f.Attributes[i].Name == a {
			return &f.Attributes[i]
		}
	}
	f.Attributes = append(f.Attributes, Attribute{Name: a})
	return &f.Attributes[len(f.Attributes)-1]
}

// finish computes the ratios. Precision with no predictions and recall with
// no gold items are 0, as in conlleval.
func (f *Figure) finish() {
	f.Precision = ratio(f.TP, f.TP+f.FP)
	f.Recall = ratio(f.TP, f.TP+f.FN)
	if f.Precision+f.Recall > 0 {
		f.F1 = round(2 * f.Precision * f.Recall / (f.Precision + f.Recall))
	}
	// Every attribute the figure checks gets a row, 0/0 when nothing
	// matched, so --min can name it before an extractor finds anything.
	for _, a := range f.attrs {
		f.attribute(a)
	}
	for i := range f.Attributes {
		a := &f.Attributes[i]
		a.Accuracy = ratio(a.Correct, a.Total)
	}
	// Attributes in declaration order, whatever order the data met them in.
	order := map[string]int{}
	for i, a := range f.attrs {
		order[a] = i
	}
	sort.SliceStable(f.Attributes, func(i, j int) bool {
		return order[f.Attributes[i].Name] < order[f.Attributes[j].Name]
	})
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return round(float64(a) / float64(b))
}

// round keeps four decimals, so JSON output is short and stable.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// context returns the span with about 40 bytes either side, on one line,
// the span itself in [brackets].
func context(text string, start, end int) string {
	const width = 40
	from, to := max(0, start-width), min(len(text), end+width)
	// Keep whole UTF-8 characters.
	for from > 0 && from < len(text) && text[from]&0xC0 == 0x80 {
		from--
	}
	for to < len(text) && text[to]&0xC0 == 0x80 {
		to++
	}
	s := text[from:start] + "[" + text[start:end] + "]" + text[end:to]
	return strings.Join(strings.Fields(s), " ")
}
