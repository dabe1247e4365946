package eval

import (
	"path/filepath"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct{ path, want string }{
		{"testdata/iob1.conll", FormatCoNLL},
		{"testdata/tbaq-mini.tml", FormatTimeML},
		{"testdata/meantime-mini.xml", FormatMEANTIME},
		{"testdata/gold-mini.jsonl", FormatGold},
	}
	for _, tc := range tests {
		got, err := Detect(tc.path)
		if err != nil || got != tc.want {
			t.Errorf("Detect(%s) = %q, %v; want %q", tc.path, got, err, tc.want)
		}
	}
	if _, err := Detect("doc.go"); err == nil {
		t.Errorf("Detect(doc.go) found a format")
	}
}

func TestCollectWalksDirectoriesByFormat(t *testing.T) {
	groups, err := collect("testdata", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range groups {
		for _, f := range g.files {
			got = append(got, g.format+" "+f)
		}
	}
	want := []string{
		"gold testdata/bad/text-mismatch.jsonl", "gold testdata/gold-mini.jsonl",
		"conll testdata/iob1.conll", "meantime testdata/meantime-mini.xml", "timeml testdata/tbaq-mini.tml",
	}
	if len(got) != len(want) {
		t.Fatalf("files = %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("file %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestEvaluateRunsThePipeline(t *testing.T) {
	rep, err := Evaluate([]string{"testdata/gold-mini.jsonl", "testdata/iob1.conll"}, Options{Errors: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Datasets) != 2 || rep.Datasets[0].Documents != 1 || rep.Datasets[1].Documents != 2 {
		t.Fatalf("datasets = %+v", rep.Datasets)
	}
	// Gold has 4 entities; whatever prose finds, the counts must add up.
	f := rep.Datasets[0].Figures[0]
	if f.Name != "entities" || f.Support != 4 || f.TP+f.FN != 4 {
		t.Errorf("entities figure = %+v", f)
	}
	if _, err := Evaluate([]string{"testdata/bad"}, Options{}); err == nil {
		t.Errorf("a gold file with misaligned text was accepted")
	}
	rep, err = Evaluate([]string{"testdata/iob1.conll"}, Options{Limit: 1})
	if err != nil || rep.Datasets[0].Documents != 1 {
		t.Errorf("--limit 1: %v, %+v", err, rep)
	}
}

// TestEvaluateDisable checks the ablation option: switching off the
// nationality rule of the entities extractor changes the entity figures on
// the CoNLL dev set (its NORP-like MISC nationalities), and an unknown rule
// is an error.
func TestEvaluateDisable(t *testing.T) {
	path := filepath.Join(sharedData(t), "conll2003", "valid.txt")
	all, err := Evaluate([]string{path}, Options{Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	off, err := Evaluate([]string{path}, Options{Limit: 20, Disable: []string{"norp", "gazetteer"}})
	if err != nil {
		t.Fatal(err)
	}
	a, o := all.Datasets[0].Figures[0], off.Datasets[0].Figures[0]
	if a.Name != "entities" || a.TP == o.TP && a.FP == o.FP {
		t.Errorf("disabling norp and gazetteer changed nothing: %+v vs %+v", a, o)
	}
	if _, err := Evaluate([]string{path}, Options{Limit: 1, Disable: []string{"no-such-rule"}}); err == nil {
		t.Error("an unknown rule was accepted")
	}
}
