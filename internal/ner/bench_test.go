package ner_test

import (
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

// BenchmarkLoad measures making the embedded model ready, which every
// process that asks for entities pays once: reading the tables in place.
func BenchmarkLoad(b *testing.B) {
	data := ner.Embedded()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ner.LoadFile(data); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(data)))
}
