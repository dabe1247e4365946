package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	span := func(s, e int) Item { return Item{Start: s, End: e} }
	lab := func(s, e int, l string) Item { return Item{Start: s, End: e, Label: l} }
	tests := []struct {
		name       string
		mode       string
		gold, pred []Item
		want       []pair
	}{
		{"exact span and label match", Exact,
			[]Item{lab(0, 8, "LOC")}, []Item{lab(0, 8, "LOC")}, []pair{{0, 0}}},
		{"exact: overlapping span is no match", Exact,
			[]Item{lab(0, 13, "LOC")}, []Item{lab(0, 8, "LOC")}, nil},
		{"exact: same span, other label is no match", Exact,
			[]Item{lab(0, 8, "LOC")}, []Item{lab(0, 8, "ORG")}, nil},
		{"strict ignores labels", Strict,
			[]Item{lab(0, 8, "DATE")}, []Item{lab(0, 8, "")}, []pair{{0, 0}}},
		{"head: a title before the name still shares its head", Head,
			// "the United States" / "United States"
			[]Item{lab(0, 17, "LOC")}, []Item{lab(4, 17, "LOC")}, []pair{{0, 0}}},
		{"head: a name cut short has another head", Head,
			// "Chrysler LLC" / "Chrysler"
			[]Item{lab(0, 12, "ORG")}, []Item{lab(0, 8, "ORG")}, nil},
		{"head: same head, other label is no match", Head,
			[]Item{lab(0, 8, "ORG")}, []Item{lab(0, 8, "PER")}, nil},
		{"overlap: partial span matches", Overlap,
			[]Item{span(0, 13)}, []Item{span(4, 20)}, []pair{{0, 0}}},
		{"overlap: touching spans do not overlap", Overlap,
			[]Item{span(0, 5)}, []Item{span(5, 9)}, nil},
		{"one to one: second prediction on one gold item is a false alarm", Overlap,
			[]Item{span(0, 10)}, []Item{span(0, 4), span(5, 10)}, []pair{{0, 1}}},
		{"greedy by largest overlap, not by order", Overlap,
			// X=[6,20) overlaps A=[0,10) by 4 and B=[8,20) by 12; Y=[0,5)
			// overlaps A by 5. Largest first pairs X-B then Y-A: both found.
			[]Item{span(0, 10), span(8, 20)}, []Item{span(6, 20), span(0, 5)}, []pair{{0, 1}, {1, 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := match(tc.mode, tc.gold, tc.pred)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("match = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestScorerCountsAndAttributes(t *testing.T) {
	text := "Hungary sent 700 troops and 20 tanks."
	gold := []Item{
		{Start: 13, End: 23, Text: "700 troops", Attrs: map[string]string{"value": "700", "counted": "troops"}},
		{Start: 28, End: 36, Text: "20 tanks", Attrs: map[string]string{"value": "20"}}, // counted not annotated
		{Start: 0, End: 7, Text: "Hungary", Attrs: map[string]string{"value": "1"}},
	}
	pred := []Item{
		{Start: 13, End: 16, Text: "700", Attrs: map[string]string{"value": "700", "counted": "soldiers"}},
		{Start: 28, End: 30, Text: "20", Attrs: map[string]string{"value": "2", "counted": "tanks"}},
		{Start: 8, End: 12, Text: "sent", Attrs: map[string]string{}},
	}
	s := newScorer("test", true)
	f := s.figure(Figure{Name: "numbers", Match: Overlap, errors: true, attrs: []string{"value", "counted"}})
	s.add(f, "doc", text, gold, pred)
	f.finish()
	if f.TP != 2 || f.FP != 1 || f.FN != 1 {
		t.Fatalf("tp/fp/fn = %d/%d/%d, want 2/1/1", f.TP, f.FP, f.FN)
	}
	if f.Precision != 0.6667 || f.Recall != 0.6667 || f.F1 != 0.6667 {
		t.Errorf("P/R/F1 = %v/%v/%v, want 0.6667 each", f.Precision, f.Recall, f.F1)
	}
	want := []Attribute{{"value", 1, 2, 0.5}, {"counted", 0, 1, 0}}
	if !reflect.DeepEqual(f.Attributes, want) {
		t.Errorf("attributes = %+v, want %+v", f.Attributes, want)
	}
	var types []string
	for _, p := range s.problems {
		types = append(types, p.Type+":"+p.Text+":"+p.Attr)
	}
	wantP := []string{"wrong:700 troops:counted", "wrong:20 tanks:value", "miss:Hungary:", "false_alarm:sent:"}
	if !reflect.DeepEqual(types, wantP) {
		t.Errorf("problems = %q, want %q", types, wantP)
	}
}

func TestValueF1CreditsOnlyRightValues(t *testing.T) {
	gold := []Item{
		{Start: 0, End: 6, Attrs: map[string]string{"value": "1998-11-20"}},
		{Start: 10, End: 16, Attrs: map[string]string{"value": "1998-11-21"}},
	}
	pred := []Item{
		{Start: 0, End: 6, Attrs: map[string]string{"value": "1998-11-20"}},
		{Start: 10, End: 16, Attrs: map[string]string{"value": "XXXX-XX-XX"}},
	}
	s := newScorer("test", false)
	f := s.figure(Figure{Name: "dates.value", Match: Overlap, Credit: "value"})
	s.add(f, "doc", "Friday or Friday", gold, pred)
	f.finish()
	if f.TP != 1 || f.FP != 1 || f.FN != 1 || f.F1 != 0.5 {
		t.Errorf("tp/fp/fn/F1 = %d/%d/%d/%v, want 1/1/1/0.5", f.TP, f.FP, f.FN, f.F1)
	}
}

func TestContext(t *testing.T) {
	text := "line one\nHe said “no” — twice."
	start := strings.Index(text, "“")
	end := strings.Index(text, "”") + len("”")
	got := context(text, start, end)
	if got != "line one He said [“no”] — twice." {
		t.Errorf("context = %q", got)
	}
}

func TestConfusionTabulatesTypes(t *testing.T) {
	s := newScorer("test", false)
	c := s.confusion("entities", []string{"PER", "ORG", "LOC"})
	gold := []Item{{Start: 0, End: 6, Label: "ORG"}, {Start: 10, End: 15, Label: "PER"}, {Start: 20, End: 25, Label: "LOC"}}
	pred := []Item{{Start: 0, End: 6, Label: "PER"}, {Start: 10, End: 15, Label: "PER"}, {Start: 30, End: 35, Label: "MISC"}}
	c.add(gold, pred)
	// Rows and columns: PER ORG LOC -; MISC is outside the table: None.
	want := [][]int{
		{1, 0, 0, 0}, // the person found
		{1, 0, 0, 0}, // the company read as a person ("Ryanair")
		{0, 0, 0, 1}, // the place missed
		{0, 0, 0, 1}, // the MISC prediction on no gold item
	}
	if !reflect.DeepEqual(c.Counts, want) {
		t.Errorf("counts = %v, want %v", c.Counts, want)
	}
	if s.confusion("entities", nil) != c {
		t.Error("a second declaration makes a second table")
	}
	var b strings.Builder
	if err := c.table(&b, "test"); err != nil || !strings.Contains(b.String(), "gold \\ pred") {
		t.Errorf("table = %q, %v", b.String(), err)
	}
}
