// Package articletest gives the tests and benchmarks of the kind packages
// the shared corpus parsed once, so that a benchmark times one extractor
// alone.
package articletest

import (
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
)

// TBAQ parses the TBAQ corpus once and returns its documents and size.
func TBAQ(tb testing.TB, opt doc.Options) ([]*doc.Document, int64) {
	tb.Helper()
	texts, n := devdata.TBAQ(tb)
	docs := make([]*doc.Document, len(texts))
	for i, t := range texts {
		d, err := doc.Parse(t, opt)
		if err != nil {
			tb.Fatal(err)
		}
		docs[i] = d
	}
	return docs, n
}

// Bench times one extractor alone on the TBAQ corpus: the documents are
// parsed, and prepare computes the facts the step depends on, outside the
// timing.
func Bench[T any](b *testing.B, opt doc.Options, prepare func(*article.Article) T, step func(*article.Article, T)) {
	docs, n := TBAQ(b, opt)
	arts := make([]article.Article, len(docs))
	deps := make([]T, len(docs))
	for i, d := range docs {
		arts[i] = article.Article{Doc: d}
		deps[i] = prepare(&arts[i])
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range arts {
			step(&arts[i], deps[i])
		}
	}
}
