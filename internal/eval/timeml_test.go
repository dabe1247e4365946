package eval

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/facts"
)

func TestParseTimeMLDecodesEntitiesAndKeepsOffsets(t *testing.T) {
	data, err := os.ReadFile("testdata/tbaq-mini.tml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parseTimeML("tbaq-mini.tml", data)
	if err != nil {
		t.Fatal(err)
	}
	wantText := "\nAT&T said \"Friday\" was Friday; Q&A on the \"next\" day for two days.\n"
	if d.text != wantText {
		t.Errorf("text = %q, want %q", d.text, wantText)
	}
	if d.ref == nil || d.ref.Format("2006-01-02") != "1998-11-20" {
		t.Errorf("ref = %v, want 1998-11-20", d.ref)
	}
	var got []string
	for _, g := range d.gold {
		if d.text[g.Start:g.End] != g.Text {
			t.Errorf("gold %q: text[%d:%d] = %q", g.Text, g.Start, g.End, d.text[g.Start:g.End])
		}
		got = append(got, g.Text+"|"+g.Attrs["type"]+"|"+g.Attrs["value"])
	}
	want := []string{"Friday|DATE|1998-11-20", `the "next" day|DATE|1998-11-21`, "two days|DURATION|P2D"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gold = %q, want %q", got, want)
	}
}

func TestTimexFigures(t *testing.T) {
	data, err := os.ReadFile("testdata/tbaq-mini.tml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parseTimeML("tbaq-mini.tml", data)
	if err != nil {
		t.Fatal(err)
	}
	date := func(text, typ, value string) facts.Date {
		i := strings.LastIndex(d.text, text)
		return facts.Date{Span: facts.Span{Text: text, Start: i, End: i + len(text)}, Type: typ, Value: value}
	}
	pred := &facts.Document{Dates: []facts.Date{
		date("Friday", "DATE", "1998-11-20"),     // strict, right value
		date(`"next" day`, "DATE", "XXXX-XX-XX"), // relaxed only, wrong value
		date("two days", "DATE", "P2D"),          // strict, wrong type
		date("Q&A", "DATE", "1998"),              // false alarm
	}}
	tests := []struct {
		name  string
		types []string
		want  map[string][3]int
	}{
		{"all types", nil, map[string][3]int{
			"dates": {3, 1, 0}, "dates.strict": {2, 2, 1}, "dates.value": {2, 2, 1}}},
		{"DATE only: the DURATION timex and what overlaps it are left out", []string{"DATE"}, map[string][3]int{
			"dates": {2, 1, 0}, "dates.strict": {1, 2, 1}, "dates.value": {1, 2, 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newScorer("t", false)
			scoreTimex(s, "t", d.text, tc.types, d.gold, pred)
			got := map[string][3]int{}
			for _, f := range s.figures {
				got[f.Name] = [3]int{f.TP, f.FP, f.FN}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("figures = %v, want %v", got, tc.want)
			}
		})
	}
	s := newScorer("t", false)
	scoreTimex(s, "t", d.text, nil, d.gold, pred)
	f := s.byName["dates"]
	f.finish()
	want := []Attribute{{"value", 2, 3, 0.6667}, {"type", 2, 3, 0.6667}}
	if !reflect.DeepEqual(f.Attributes, want) {
		t.Errorf("attributes = %+v, want %+v", f.Attributes, want)
	}
}

func FuzzParseTimeML(f *testing.F) {
	f.Add([]byte(`<TimeML><TEXT>a &amp; <TIMEX3 type="DATE" value="1998">b</TIMEX3></TEXT></TimeML>`))
	f.Add([]byte(`<TimeML><TEXT><TIMEX3><TIMEX3>x</TIMEX3></TIMEX3></TEXT>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := parseTimeML("fuzz", data)
		if err != nil {
			return
		}
		for _, g := range d.gold {
			if g.Start < 0 || g.End > len(d.text) || d.text[g.Start:g.End] != g.Text {
				t.Fatalf("gold %q: bad span %d-%d", g.Text, g.Start, g.End)
			}
		}
	})
}
