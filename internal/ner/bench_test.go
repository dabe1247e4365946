package ner_test

import (
	"os"
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/ner"
)

// BenchmarkLabel measures the tagger alone on the first 40 documents of the
// TBAQ news corpus, tokenised and POS-tagged beforehand.
func BenchmarkLabel(b *testing.B) {
	texts, _ := devdata.TBAQ(b)
	var docs []labelDoc
	size := 0
	for _, text := range texts[:min(40, len(texts))] {
		docs = append(docs, parsed(b, text))
		size += len(text)
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
