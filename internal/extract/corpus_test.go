package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// tbaqPath is the TempEval-3 news corpus as JSON Lines, beside the project.
const tbaqPath = "../../../shared/data/news-tbaq.jsonl"

// tbaqTexts reads the texts of the corpus and their total size, or skips
// the test when the shared data is not there.
func tbaqTexts(tb testing.TB) ([]string, int64) {
	tb.Helper()
	f, err := os.Open(tbaqPath)
	if err != nil {
		tb.Skipf("shared data not available (%v): skipping", err)
	}
	defer f.Close()
	var texts []string
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, rec.Text)
		n += int64(len(rec.Text))
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts, n
}

// tbaqDocs parses the corpus once, so that a benchmark times one
// extractor alone.
func tbaqDocs(tb testing.TB, opt doc.Options) ([]*doc.Document, int64) {
	tb.Helper()
	texts, n := tbaqTexts(tb)
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
