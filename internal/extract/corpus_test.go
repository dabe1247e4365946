package extract

import (
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/doc"
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
