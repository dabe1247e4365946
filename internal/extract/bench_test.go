package extract_test

import (
	"testing"

	"github.com/jdkato/prose/v3"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/extract"
)

// BenchmarkRun is the whole pipeline, every kind, one core, on the corpus.
func BenchmarkRun(b *testing.B) {
	texts, n := devdata.TBAQ(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := extract.Run("bench", t, extract.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRunNoEntities is the pipeline for kinds that need no entity
// model (--only sentences,dates,numbers,nationalities).
func BenchmarkRunNoEntities(b *testing.B) {
	texts, n := devdata.TBAQ(b)
	b.SetBytes(n)
	b.ReportAllocs()
	opt := extract.Options{Kinds: []string{"sentences", "dates", "numbers", "nationalities"}}
	for b.Loop() {
		for _, t := range texts {
			if _, err := extract.Run("bench", t, opt); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkProseDocument is prose v3's own pipeline with entity extraction
// on the same texts: the yardstick of the speed issue.
func BenchmarkProseDocument(b *testing.B) {
	texts, n := devdata.TBAQ(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := prose.NewDocument(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}
