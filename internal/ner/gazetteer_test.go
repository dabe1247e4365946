package ner

import "testing"

func gazDoc(words []string, gold []Label) TrainDoc {
	d := TrainDoc{Gold: gold, Sents: []Span{{0, len(words)}}}
	for _, w := range words {
		d.Tokens = append(d.Tokens, Token{Text: w, Tag: "NNP"})
	}
	return d
}

func TestGazetteer(t *testing.T) {
	docs := []TrainDoc{
		gazDoc([]string{"Kosovo", "Force", "met", "Brown"}, []Label{BORG, IORG, O, BPER}),
		gazDoc([]string{"Kosovo", "Force", "left"}, []Label{BORG, IORG, O}),
	}
	g, own := buildGazetteer(docs)
	tests := []struct {
		name    string
		words   []string
		exclude map[uint64]uint8
		want    []uint16
	}{
		{"multi-word name", []string{"the", "Kosovo", "Force"}, nil,
			[]uint16{0, uint16(gazORG), uint16(gazORG) << 4}},
		{"case-folded match", []string{"KOSOVO", "FORCE"}, nil,
			[]uint16{uint16(gazORG), uint16(gazORG) << 4}},
		{"lower-case word is not the surname", []string{"brown", "shoes"}, nil, []uint16{0, 0}},
		{"surname", []string{"Mr", "Brown"}, nil, []uint16{0, uint16(gazPER)}},
		// Brown occurs only in document 0: training on it must not see it.
		{"left out of its own document", []string{"Mr", "Brown"}, own[0], []uint16{0, 0}},
		// Kosovo Force is in both documents, so each still sees it.
		{"kept when another document has it", []string{"Kosovo", "Force"}, own[0],
			[]uint16{uint16(gazORG), uint16(gazORG) << 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, sents := docOf(tt.words...)
			var f features
			f.reset(toks, sents)
			f.match(g, sents[0], tt.exclude)
			for i, w := range tt.want {
				if f.gaz[i] != w {
					t.Errorf("%q: gaz = %b, want %b", tt.words[i], f.gaz[i], w)
				}
			}
		})
	}
}

func TestHistoryCarriesLabelsForward(t *testing.T) {
	toks, sents := docOf("Jens", "Stoltenberg", "spoke", "|", "Stoltenberg", "left")
	var f features
	f.reset(toks, sents)
	before := append([]uint32(nil), f.token(3, sents[1])...)
	f.record(sents[0], []Label{BPER, IPER, O})
	after := f.token(3, sents[1])
	if len(after) != len(before)+2 {
		t.Fatalf("recording a labelled mention added %d features, want 2", len(after)-len(before))
	}
	if f.hist[f.lower[1]] != IPER {
		t.Errorf("hist = %v, want I-PER", f.hist[f.lower[1]])
	}
	if _, ok := f.hist[f.lower[2]]; ok {
		t.Error("a lower-case word was recorded")
	}
}
