package ner_test

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/ner"
)

// labelDoc is a document as the tagger sees it.
type labelDoc struct {
	toks  []ner.Token
	sents []ner.Span
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
	f, err := os.Open("../../../shared/data/news-tbaq.jsonl")
	if err != nil {
		t.Skip("../shared/data/news-tbaq.jsonl not available")
	}
	defer f.Close()
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	var docs []labelDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		d, err := doc.Parse(rec.Text, doc.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var in labelDoc
		for _, tok := range d.Tokens {
			in.toks = append(in.toks, ner.Token{Text: tok.Text, Tag: tok.Tag})
		}
		for _, s := range d.Sentences {
			in.sents = append(in.sents, ner.Span{First: s.First, Last: s.Last})
		}
		docs = append(docs, in)
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
	data, err := os.ReadFile("../../../shared/data/conll2003/valid.txt")
	if err != nil {
		t.Skip("../shared/data/conll2003/valid.txt not available")
	}
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	var docs []labelDoc
	var cur labelDoc
	first := 0
	endSentence := func() {
		if len(cur.toks) > first {
			cur.sents = append(cur.sents, ner.Span{First: first, Last: len(cur.toks)})
		}
		first = len(cur.toks)
	}
	for line := range strings.Lines(string(data)) {
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			endSentence()
		case fields[0] == "-DOCSTART-":
			endSentence()
			if len(cur.toks) > 0 {
				docs = append(docs, cur)
			}
			cur, first = labelDoc{}, 0
		case len(fields) >= 2:
			cur.toks = append(cur.toks, ner.Token{Text: fields[0], Tag: fields[1]})
		}
	}
	endSentence()
	docs = append(docs, cur)
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
