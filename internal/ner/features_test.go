package ner

import (
	"slices"
	"testing"
)

func TestCapitalisationClass(t *testing.T) {
	tests := []struct {
		word string
		want uint8
	}{
		{"police", capLower},
		{"Police", capInit},
		{"NATO", capAll},
		{"A", capSingle},
		{"McDonald", capMixed},
		{"iPhone", capLower},
		{"1996", capDigit},
		{"3.5", capDigit},
		{"G7", capAlnum},
		{",", capPunct},
		{"Zürich", capInit},
		{"ÉTATS", capAll},
	}
	for _, tt := range tests {
		if _, _, _, got := wordValues(tt.word); got != tt.want {
			t.Errorf("class of %q = %d, want %d", tt.word, got, tt.want)
		}
	}
}

func TestFoldingSharesFeatures(t *testing.T) {
	// Case and digits fold: "Brussels" in a headline and in a sentence share
	// the folded word; "1996" and "1997" share one number feature.
	pairs := [][2]string{{"BRUSSELS", "brussels"}, {"1996", "1997"}, {"ZÜRICH", "zürich"}}
	for _, p := range pairs {
		a, _, _, _ := wordValues(p[0])
		b, _, _, _ := wordValues(p[1])
		if a != b {
			t.Errorf("%q and %q fold differently", p[0], p[1])
		}
	}
	a, _, _, _ := wordValues("Paris")
	b, _, _, _ := wordValues("Parts")
	if a == b {
		t.Error("Paris and Parts fold alike")
	}
}

func docOf(words ...string) ([]Token, []Span) {
	var toks []Token
	var sents []Span
	first := 0
	for _, w := range words {
		if w == "|" {
			sents = append(sents, Span{first, len(toks)})
			first = len(toks)
			continue
		}
		toks = append(toks, Token{Text: w, Tag: "NN"})
	}
	return toks, append(sents, Span{first, len(toks)})
}

func TestDocumentCue(t *testing.T) {
	// "Police" opens a sentence; the same article writes "police" in lower
	// case, which the cue must reflect, while "Stoltenberg" opening a
	// sentence is capitalised in mid-sentence elsewhere.
	toks, sents := docOf("Police", "came", "|", "the", "police", "said", "Stoltenberg", "|", "Stoltenberg", "left")
	f := features{noAgg: true}
	f.reset(toks, sents)
	if !f.initial[0] || f.initial[1] || !f.initial[2] || !f.initial[6] {
		t.Fatalf("initial = %v", f.initial[:len(toks)])
	}
	if c := f.counts[f.lower[0]]; c.lower != 1 || c.capMid != 0 {
		t.Errorf("police counts = %+v", c)
	}
	if c := f.counts[f.lower[6]]; c.capMid != 1 || c.lower != 0 {
		t.Errorf("Stoltenberg counts = %+v", c)
	}
	// The sentence-initial "Stoltenberg" sees the mid-sentence one ...
	toks2, sents2 := docOf("Police", "came", "|", "the", "police", "said", "Reuters", "|", "Stoltenberg", "left")
	var g features
	g.reset(toks2, sents2)
	if slices.Equal(slices.Clone(f.token(6, sents[2])), g.token(6, sents2[2])) {
		t.Error("a capitalised mention elsewhere does not change the features")
	}
	// ... but the mid-sentence one does not count itself.
	toks3, sents3 := docOf("Police", "came", "|", "the", "police", "said", "Stoltenberg", "|", "Reuters", "left")
	// (Context aggregation reads the other mention by design; it is off
	// here to test the cue alone.)
	h := features{noAgg: true}
	h.reset(toks3, sents3)
	if !slices.Equal(slices.Clone(f.token(5, sents[1])), h.token(5, sents3[1])) {
		t.Error("a mid-sentence mention counts itself as a mention elsewhere")
	}
}

func TestHeadlineIsDetected(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  bool
	}{
		{"in capitals", []string{"NATO", "SENDS", "TROOPS", "TO", "KOSOVO"}, true},
		{"in title case", []string{"NATO", "Sends", "Hundreds", "of", "More", "Troops", "to", "Kosovo"}, true},
		{"title case with a number", []string{"NATO", "Sends", "700", "More", "Troops", "to", "Kosovo"}, true},
		{"sentence case", []string{"NATO", "sends", "hundreds", "of", "more", "troops", "to", "Kosovo"}, false},
		{"sentence full of names", []string{"Jens", "Stoltenberg", "told", "reporters", "in", "Brussels", "that", "NATO", "would", "act"}, false},
		{"table of results", []string{"Glamorgan", "259", "and", "207", "(", "A", ".", "Dale", "69", ",", "H", ".", "Morris", "69", ")"}, false},
		{"short credit line", []string{"Source", ":", "TRT"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, sents := docOf(tt.words...)
			var f features
			f.reset(toks, sents)
			if f.headline[0] != tt.want {
				t.Errorf("headline(%q) = %v, want %v", tt.words, f.headline[0], tt.want)
			}
		})
	}
}

func TestFeaturesAreDeterministicAndBounded(t *testing.T) {
	toks, sents := docOf("Jens", "Stoltenberg", "told", "reporters", "in", "Brussels", ".")
	var f, g features
	f.reset(toks, sents)
	g.reset(toks, sents)
	for i := range toks {
		a := slices.Clone(f.token(i, sents[0]))
		b := g.token(i, sents[0])
		if !slices.Equal(a, b) {
			t.Fatalf("token %d: features differ between runs", i)
		}
		if slices.Contains(a, 0) {
			t.Fatalf("token %d: key 0 is reserved for empty slots", i)
		}
	}
}
