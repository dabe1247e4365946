package doc

import (
	"github.com/newsfacts/newsfacts/internal/devdata"
	"testing"
)

// benchCorpus returns the first n documents of the TBAQ news corpus.
func benchCorpus(b testing.TB, n int) []string {
	texts, _ := devdata.TBAQ(b)
	return texts[:min(n, len(texts))]
}

func benchParse(b *testing.B, opt Options) {
	docs := benchCorpus(b, 40)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	if _, err := Parse(docs[0], opt); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := Parse(d, opt); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParse measures tokenising, segmenting and tagging alone.
func BenchmarkParse(b *testing.B) { benchParse(b, Options{}) }

// BenchmarkParseEntities adds the entity tagger, the stage that dominates.
func BenchmarkParseEntities(b *testing.B) { benchParse(b, Options{Entities: true}) }
