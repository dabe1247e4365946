package ner_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/ner"
)

// BenchmarkLabel measures the tagger alone on the first 40 documents of the
// TBAQ news corpus, tokenised and POS-tagged beforehand.
func BenchmarkLabel(b *testing.B) {
	f, err := os.Open("../../../shared/data/news-tbaq.jsonl")
	if err != nil {
		b.Skip("../shared/data/news-tbaq.jsonl not available")
	}
	defer f.Close()
	type input struct {
		toks  []ner.Token
		sents []ner.Span
	}
	var docs []input
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(docs) < 40 {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		d, err := doc.Parse(rec.Text, doc.Options{})
		if err != nil {
			b.Fatal(err)
		}
		var in input
		for _, t := range d.Tokens {
			in.toks = append(in.toks, ner.Token{Text: t.Text, Tag: t.Tag})
		}
		for _, s := range d.Sentences {
			in.sents = append(in.sents, ner.Span{First: s.First, Last: s.Last})
		}
		docs = append(docs, in)
		size += len(rec.Text)
	}
	m, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	out := make([]ner.Label, 1<<16)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			m.Label(d.toks, d.sents, out)
		}
	}
}

// BenchmarkLoad measures decoding the embedded model, which every process
// that asks for entities pays once.
func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile("data/model.bin.gz")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		f, _ := os.Open("data/model.bin.gz")
		if _, err := ner.Read(f); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	b.SetBytes(int64(len(data)))
}
