package ner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/ner"
)

// labelDoc is a document as the tagger sees it.
type labelDoc struct {
	toks  []ner.Token
	sents []ner.Span
}

// parsed is text as the pipeline gives it to the tagger: tokenised and
// POS-tagged by internal/doc.
func parsed(tb testing.TB, text string) labelDoc {
	tb.Helper()
	d, err := doc.Parse(text, doc.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var in labelDoc
	for _, tok := range d.Tokens {
		in.toks = append(in.toks, ner.Token{Text: tok.Text, Tag: tok.Tag})
	}
	for _, s := range d.Sentences {
		in.sents = append(in.sents, ner.Span{First: s.First, Last: s.Last})
	}
	return in
}

// checkSameLabels holds Label (with its word cache, warm from the documents
// before) to the reference path on each document.
func checkSameLabels(t *testing.T, m *ner.Model, docs []labelDoc) {
	t.Helper()
	for d, in := range docs {
		got := make([]ner.Label, len(in.toks))
		want := make([]ner.Label, len(in.toks))
		m.Label(in.toks, in.sents, got)
		m.LabelReference(in.toks, in.sents, want)
		if i := slices.Compare(got, want); i != 0 {
			for j := range got {
				if got[j] != want[j] {
					t.Fatalf("document %d token %d %q: Label gives %v, the reference %v", d, j, in.toks[j].Text, got[j], want[j])
				}
			}
		}
	}
}

// TestLabelMatchesReferenceOnNews runs both paths over the TBAQ news texts,
// tokenised and POS-tagged by internal/doc.
func TestLabelMatchesReferenceOnNews(t *testing.T) {
	texts, _ := devdata.TBAQ(t)
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	var docs []labelDoc
	for _, text := range texts {
		docs = append(docs, parsed(t, text))
	}
	if len(docs) == 0 {
		t.Fatal("no documents")
	}
	checkSameLabels(t, m, docs)
}

// TestLabelMatchesReferenceOnCoNLL runs both paths over the CoNLL-2003
// validation documents with their own POS tags: Reuters headlines in
// capitals, tables of results and bylines.
func TestLabelMatchesReferenceOnCoNLL(t *testing.T) {
	conll := devdata.CoNLLValid(t)
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	var docs []labelDoc
	for _, d := range conll {
		var in labelDoc
		for _, sent := range d {
			first := len(in.toks)
			for _, w := range sent {
				in.toks = append(in.toks, ner.Token{Text: w.Text, Tag: w.Tag})
			}
			in.sents = append(in.sents, ner.Span{First: first, Last: len(in.toks)})
		}
		docs = append(docs, in)
	}
	if len(docs) < 100 {
		t.Fatalf("read %d documents", len(docs))
	}
	checkSameLabels(t, m, docs)
}

// FuzzLabelMatchesReference runs both paths over arbitrary words, with
// tokens outside every sentence and long words that bypass the cache.
func FuzzLabelMatchesReference(f *testing.F) {
	f.Add("Jens Stoltenberg told reporters in Brussels . | NATO SENDS TROOPS | the police said", uint8(3))
	f.Add("Ünïcode Straße 1996 G7 KFOR-led McDonald | é", uint8(0))
	m, err := ner.Default()
	if err != nil {
		f.Fatal(err)
	}
	tags := []string{"NNP", "NN", "VBD", "IN", "DT", "CD", "."}
	f.Fuzz(func(t *testing.T, text string, skip uint8) {
		var in labelDoc
		first := 0
		for i, w := range strings.Fields(text) {
			if w == "|" {
				in.sents = append(in.sents, ner.Span{First: first, Last: len(in.toks)})
				first = len(in.toks)
				if skip%4 == 1 {
					// a token no sentence covers
					in.toks = append(in.toks, ner.Token{Text: w, Tag: ":"})
					first++
				}
				continue
			}
			if skip%3 == 2 && i%5 == 0 {
				w = strings.Repeat(w, 1+(1<<14)/max(1, len(w)))
			}
			in.toks = append(in.toks, ner.Token{Text: w, Tag: tags[(i+int(skip))%len(tags)]})
		}
		in.sents = append(in.sents, ner.Span{First: first, Last: len(in.toks)})
		checkSameLabels(t, m, []labelDoc{in, in})
	})
}
