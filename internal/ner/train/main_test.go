package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/newsfacts/newsfacts/internal/ner"
)

func TestBIOFromIOB1(t *testing.T) {
	tests := []struct {
		name, prev, cur string
		want            ner.Label
	}{
		{"I- after O opens an entity", "O", "I-PER", ner.BPER},
		{"I- after its own type continues", "I-PER", "I-PER", ner.IPER},
		{"I- after another type opens one", "I-ORG", "I-PER", ner.BPER},
		{"B- between two entities of a type", "I-LOC", "B-LOC", ner.BLOC},
		{"O stays O", "I-LOC", "O", ner.O},
	}
	for _, tt := range tests {
		if got := bio(tt.prev, tt.cur); got != tt.want {
			t.Errorf("%s: bio(%q, %q) = %v, want %v", tt.name, tt.prev, tt.cur, got, tt.want)
		}
	}
}

func TestReadCoNLLRetokenisesLikeProse(t *testing.T) {
	// A made-up sentence in CoNLL's layout: CoNLL keeps the initial "A."
	// whole, prose splits it; the pieces must stay in the entity.
	conll := "-DOCSTART- -X- -X- O\n\n" +
		"Bowler NN B-NP O\nA. NNP I-NP I-PER\nDale NNP I-NP I-PER\ntook VBD B-VP O\nfour CD B-NP O\n. . O O\n\n" +
		"Glamorgan NNP B-NP I-ORG\nwon VBD B-VP O\n. . O O\n"
	path := filepath.Join(t.TempDir(), "tiny.txt")
	if err := os.WriteFile(path, []byte(conll), 0o644); err != nil {
		t.Fatal(err)
	}
	tagger, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := readCoNLL(path, tagger)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Sents) != 2 {
		t.Fatalf("got %d documents, want 1 with 2 sentences", len(docs))
	}
	d := docs[0]
	var words []string
	for _, tok := range d.Tokens {
		words = append(words, tok.Text)
		if tok.Tag == "" {
			t.Errorf("%q has no POS tag", tok.Text)
		}
	}
	if want := []string{"Bowler", "A", ".", "Dale", "took", "four", ".", "Glamorgan", "won", "."}; !slices.Equal(words, want) {
		t.Fatalf("tokens = %q, want %q", words, want)
	}
	want := []ner.Label{ner.O, ner.BPER, ner.IPER, ner.IPER, ner.O, ner.O, ner.O, ner.BORG, ner.O, ner.O}
	if !slices.Equal(d.Gold, want) {
		t.Errorf("labels = %v, want %v", d.Gold, want)
	}
}

func TestTitleCase(t *testing.T) {
	words := strings.Fields("SOCCER - JAPAN GET LUCKY WIN IN THE ASIAN CUP")
	sent := make([]tokenize.Token, len(words))
	for i, w := range words {
		sent[i].Text = w
	}
	if !inCapitals(sent) {
		t.Fatal("headline in capitals not detected")
	}
	titleCase(sent)
	var got []string
	for _, tk := range sent {
		got = append(got, tk.Text)
	}
	if want := "Soccer - Japan Get Lucky Win in the Asian Cup"; strings.Join(got, " ") != want {
		t.Errorf("title case = %q, want %q", strings.Join(got, " "), want)
	}
	if inCapitals([]tokenize.Token{{Text: "NATO"}, {Text: "said"}}) {
		t.Error("a sentence with an acronym is not a headline in capitals")
	}
}
