package eval

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/facts"
)

func parseMini(t *testing.T) *meantimeDoc {
	t.Helper()
	data, err := os.ReadFile("testdata/meantime-mini.xml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parseMEANTIME("meantime-mini.xml", data)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func itemStrings(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Label+":"+it.Text)
	}
	return out
}

func TestParseMEANTIME(t *testing.T) {
	d := parseMini(t)
	want := "Airbus wins\n\nMarch 1 , 2008\n\nTom Enders of AT&T won $ 40 billion\n\nParis agreed"
	if d.text != want {
		t.Errorf("text = %q, want %q", d.text, want)
	}
	if d.ref == nil || d.ref.Format("2006-01-02") != "2008-03-01" {
		t.Errorf("ref = %v, want 2008-03-01", d.ref)
	}
	// Named mentions only, labelled from their entity; PRO is not scored.
	if got, want := itemStrings(d.entities), []string{"ORG:Airbus", "PER:Tom Enders", "ORG:AT&T"}; !reflect.DeepEqual(got, want) {
		t.Errorf("entities = %q, want %q", got, want)
	}
	if got, want := itemStrings(d.values), []string{"MONEY:$ 40 billion"}; !reflect.DeepEqual(got, want) {
		t.Errorf("values = %q, want %q", got, want)
	}
	// The timex with no tokens has no span.
	if got, want := itemStrings(d.timexes), []string{"DATE:March 1 , 2008"}; !reflect.DeepEqual(got, want) {
		t.Errorf("timexes = %q, want %q", got, want)
	}
	// Sentence 3 holds no markable: it is outside the annotated part.
	if got := d.text[:d.annotated]; !strings.HasSuffix(got, "billion") {
		t.Errorf("annotated part ends %q, want it to end with sentence 2", got)
	}
}

func TestMEANTIMEScoring(t *testing.T) {
	d := parseMini(t)
	at := func(text string) facts.Span {
		i := strings.Index(d.text, text)
		return facts.Span{Text: text, Start: i, End: i + len(text)}
	}
	pred := &facts.Document{
		Entities: []facts.Entity{{Span: at("Tom Enders"), Label: "PERSON"}, {Span: at("AT&T"), Label: "ORG"},
			{Span: at("Paris"), Label: "GPE"}}, // outside the annotated part: not scored
		Numbers: []facts.Number{{Span: at("40 billion"), Value: 40e9, Unit: "USD"}},
		Dates:   []facts.Date{{Span: at("March 1 , 2008"), Type: "DATE", Value: "2008-03-01"}},
	}
	s := newScorer("t", false)
	scoreMEANTIME(s, "t", d, nil, pred)
	got := map[string][3]int{}
	for _, f := range s.figures {
		got[f.Name] = [3]int{f.TP, f.FP, f.FN}
	}
	want := map[string][3]int{
		"entities": {2, 0, 1}, "entities.PER": {1, 0, 0}, "entities.ORG": {1, 0, 1}, "entities.LOC": {0, 0, 0},
		"entities.head": {2, 0, 1}, "entities.head.PER": {1, 0, 0}, "entities.head.ORG": {1, 0, 1}, "entities.head.LOC": {0, 0, 0},
		"numbers": {1, 0, 0}, "dates": {1, 0, 0}, "dates.strict": {1, 0, 0}, "dates.value": {1, 0, 0},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("figures = %v, want %v", got, want)
	}
	if len(s.confusions) != 1 || s.confusions[0].Counts[0][0] != 1 || s.confusions[0].Counts[1][1] != 1 {
		t.Errorf("confusions = %+v, want the person and the company on the diagonal", s.confusions)
	}
	if a := s.byName["numbers"].Attributes; len(a) != 1 || a[0].Correct != 1 {
		t.Errorf("numbers type accuracy = %+v, want MONEY right", a)
	}
}

func TestValueType(t *testing.T) {
	for unit, want := range map[string]string{"percent": "PERCENT", "USD": "MONEY", "EUR": "MONEY", "km": "QUANTITY", "": "QUANTITY"} {
		if got := valueType(unit); got != want {
			t.Errorf("valueType(%q) = %q, want %q", unit, got, want)
		}
	}
}

func TestMEANTIMEDateLineIsTheReferenceWhenNoCreationTime(t *testing.T) {
	data, err := os.ReadFile("testdata/meantime-mini.xml")
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.Replace(string(data), `functionInDocument="CREATION_TIME"`, `functionInDocument="NONE"`, 1))
	d, err := parseMEANTIME("mini", data)
	if err != nil {
		t.Fatal(err)
	}
	if d.ref == nil || d.ref.Format("2006-01-02") != "2008-03-01" {
		t.Errorf("ref = %v, want the date line's 2008-03-01", d.ref)
	}
}

func TestParseRef(t *testing.T) {
	for in, want := range map[string]string{"1998-11-20T19:30": "1998-11-20", "2008-03-01": "2008-03-01", "03-02-2009": "2009-02-03"} {
		got, ok := parseRef(in)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("parseRef(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"2008", "PRESENT_REF", "XXXX-XX-XX"} {
		if _, ok := parseRef(in); ok {
			t.Errorf("parseRef(%q) found a date", in)
		}
	}
}

// TestTimeUnit: durations and ages are TIMEX3 in MEANTIME, so their numbers
// are not scored against VALUE; measures and money are.
func TestTimeUnit(t *testing.T) {
	for unit, want := range map[string]bool{"yr": true, "mo": true, "age_yr": true, "d": true,
		"km": false, "USD": false, "": false, "percent": false, "fraction": false, "age_km": false} {
		if got := timeUnit(unit); got != want {
			t.Errorf("timeUnit(%q) = %v, want %v", unit, got, want)
		}
	}
}
