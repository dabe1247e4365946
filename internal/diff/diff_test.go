package diff

import (
	"strings"
	"testing"
)

func compare(t *testing.T, old, new string) ([]string, Summary) {
	t.Helper()
	var got []string
	sum, err := Compare("old", strings.NewReader(old), "new", strings.NewReader(new), func(c Change) error {
		got = append(got, Text(c))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got, sum
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           []string
	}{
		{"identical", `{"source":"a","numbers":[{"start":1,"end":2,"text":"x","value":1}]}`,
			`{"source":"a","numbers":[{"start":1,"end":2,"text":"x","value":1}]}`, nil},
		{"key order and spacing do not matter", `{"source":"a","numbers":[{"start":1,"end":2,"value":1.0,"unit":""}]}`,
			`{ "numbers": [ {"unit": "", "value": 1.0, "end": 2, "start": 1} ], "source": "a" }`, nil},
		{"fact field changed", `{"source":"a","dates":[{"start":0,"end":3,"text":"May","value":"2023-05"}]}`,
			`{"source":"a","dates":[{"start":0,"end":3,"text":"May","value":"2024-05"}]}`,
			[]string{`~ a dates 0:3 "May": value "2023-05" -> "2024-05"`}},
		{"field added to the contract", `{"source":"a","dates":[{"start":0,"end":3,"text":"May"}]}`,
			`{"source":"a","dates":[{"start":0,"end":3,"text":"May","resolved":true}]}`,
			[]string{`~ a dates 0:3 "May": resolved null -> true`}},
		{"fact span moved is one removed and one added", `{"source":"a","numbers":[{"start":0,"end":3,"text":"300"}]}`,
			`{"source":"a","numbers":[{"start":0,"end":10,"text":"300 troops"}]}`,
			[]string{`- a numbers 0:3 "300"`, `+ a numbers 0:10 "300 troops"`}},
		{"a document that now fails", `{"source":"a","numbers":[]}`, `{"source":"a","error":"binary file"}`,
			[]string{`~ a document: error null -> "binary file"`}},
		{"out of order documents still pair", `{"source":"a","x":1}` + "\n" + `{"source":"b","x":2}`,
			`{"source":"b","x":2}` + "\n" + `{"source":"a","x":3}`,
			[]string{`~ a document: x 1 -> 3`}},
		{"same source twice pairs in order", `{"source":"-","x":1}` + "\n" + `{"source":"-","x":2}`,
			`{"source":"-","x":1}` + "\n" + `{"source":"-","x":5}`,
			[]string{`~ - document: x 2 -> 5`}},
		{"documents added and removed", `{"source":"a"}` + "\n" + `{"source":"b"}`, `{"source":"c"}` + "\n" + `{"source":"a"}`,
			[]string{`- b (document removed)`, `+ c (document added)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, sum := compare(t, tt.old, tt.new)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if sum.Differs() != (len(tt.want) > 0) {
				t.Errorf("Differs() = %v with %d changes", sum.Differs(), len(tt.want))
			}
		})
	}
}

// Many documents, with repeated sources, pair in order and compare equal.
func TestCompareManyDocuments(t *testing.T) {
	var b strings.Builder
	for i := range 1000 {
		b.WriteString(`{"source":"d` + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + `","n":[]}` + "\n")
	}
	_, sum := compare(t, b.String(), b.String())
	if sum.Documents != 1000 || sum.Differs() {
		t.Errorf("summary %+v", sum)
	}
}

func TestCompareErrors(t *testing.T) {
	for _, bad := range []string{"hello", `{"x":1}`, `[1]`, `{"source":"a"`} {
		_, err := Compare("old", strings.NewReader(bad), "new", strings.NewReader(`{"source":"a"}`), func(Change) error { return nil })
		if err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
