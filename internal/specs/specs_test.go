package specs

import (
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/facts"
)

func TestParseValue(t *testing.T) {
	tests := []struct {
		in         string
		v, max     float64
		ok, hasMax bool
	}{
		{"75000000", 75e6, 0, true, false},
		{"10%", 10, 0, true, false},
		{"[20,30)", 20, 30, true, true},
		{"(40,)", 40, 0, true, false},
		{"(,5]", 5, 0, true, false},
		{"end+0", 0, 0, false, false},
	}
	for _, tt := range tests {
		v, m, ok, hasMax := parseValue(tt.in)
		if v != tt.v || m != tt.max || ok != tt.ok || hasMax != tt.hasMax {
			t.Errorf("parseValue(%q) = %v %v %v %v", tt.in, v, m, ok, hasMax)
		}
	}
}

func TestPeerUnit(t *testing.T) {
	tests := []struct {
		name  string
		money bool
		want  string
		fac   float64
	}{
		{"Kilometer per hour", false, "km/h", 1},
		{"Pound", true, "GBP", 1},
		{"Pound", false, "lb", 1},
		{"Cent", true, "USD", 0.01},
		{"C", false, "°C", 1},
		{"Year", false, "yr", 1},
		{"Satoshi", true, "satoshi", 1},
		{"Unnamed", true, "", 1},
	}
	for _, tt := range tests {
		if got, f := PeerUnit(tt.name, tt.money); got != tt.want || f != tt.fac {
			t.Errorf("PeerUnit(%q, %v) = %q, %v; want %q, %v", tt.name, tt.money, got, f, tt.want, tt.fac)
		}
	}
}

// TestUTF16Offsets: Recognizers-Text counts UTF-16 code units, so a
// character outside the BMP counts two.
func TestUTF16Offsets(t *testing.T) {
	offs := utf16Offsets("a€😀b")
	want := []int{0, 1, 4, 4, 8, 9}
	if len(offs) != len(want) {
		t.Fatalf("offsets %v, want %v", offs, want)
	}
	for i := range want {
		if offs[i] != want[i] {
			t.Fatalf("offsets %v, want %v", offs, want)
		}
	}
}

func TestCheck(t *testing.T) {
	c := Case{File: "CurrencyModel", Input: "it cost $ 75 million and 3 cars",
		Want: []Want{{Start: 8, End: 20, Value: 75e6, HasValue: true, Unit: "USD"}}}
	num := func(start, end int, v float64, unit string) facts.Number {
		return facts.Number{Span: facts.Span{Start: start, End: end}, Value: v, Unit: unit}
	}
	tests := []struct {
		name             string
		got              []facts.Number
		found, val, unit bool
		spurious         int
	}{
		{"value and unit agree", []facts.Number{num(8, 20, 75e6, "USD")}, true, true, true, 0},
		{"unit by another name", []facts.Number{num(10, 20, 75e6, "dollars")}, true, true, true, 0},
		{"wrong unit", []facts.Number{num(8, 20, 75e6, "EUR")}, true, true, false, 0},
		{"wrong value", []facts.Number{num(8, 20, 75, "USD")}, true, false, false, 0},
		{"missed, and a spurious amount", []facts.Number{num(25, 26, 3, "USD")}, false, false, false, 1},
		{"a count is no false alarm in a currency file", []facts.Number{num(25, 26, 3, "")}, false, false, false, 0},
	}
	for _, tt := range tests {
		outs, sp := Check(c, tt.got)
		o := outs[0]
		if o.Found != tt.found || o.Value != tt.val || o.Unit != tt.unit || len(sp) != tt.spurious {
			t.Errorf("%s: got %+v, %d spurious", tt.name, o, len(sp))
		}
	}
}

func TestRunWritesFailures(t *testing.T) {
	cases := []Case{{File: "X", Input: "five km", Want: []Want{{Start: 0, End: 7, Value: 5, HasValue: true, Unit: "km"}}}}
	var b strings.Builder
	s, err := Run(cases, func(string) ([]facts.Number, error) {
		return []facts.Number{{Span: facts.Span{Text: "five", Start: 0, End: 4}, Value: 5}}, nil
	}, &b)
	if err != nil {
		t.Fatal(err)
	}
	if s.Gold != 1 || s.Value != 1 || s.Unit != 0 || s.CasesOK != 0 {
		t.Errorf("score %+v", s)
	}
	if !strings.Contains(b.String(), "five km\t\t5\t / km\tunit\tfive = 5 ") {
		t.Errorf("failure file:\n%s", b.String())
	}
}
