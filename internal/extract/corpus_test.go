package extract

import (
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// tbaqDocs parses the corpus once, so that a benchmark times one
// extractor alone.
func tbaqDocs(tb testing.TB, opt doc.Options) ([]*doc.Document, int64) {
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

// benchStep times one extractor alone on the TBAQ corpus: the documents are
// parsed, and the extractors whose facts it reads run, outside the timing.
func benchStep(b *testing.B, opt doc.Options, step func(*Context), before ...func(*Context)) {
	docs, n := tbaqDocs(b, opt)
	ready := make([]facts.Document, len(docs))
	for i, d := range docs {
		c := &Context{Doc: d, Out: facts.New("bench")}
		for _, f := range before {
			f(c)
		}
		ready[i] = *c.Out
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			out := ready[i]
			step(&Context{Doc: d, Out: &out})
		}
	}
}
