package extract_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/jdkato/prose/v3"

	"github.com/newsfacts/newsfacts/internal/extract"
)

// corpusTexts reads the texts of the TempEval-3 corpus, or skips.
func corpusTexts(b *testing.B) ([]string, int64) {
	b.Helper()
	f, err := os.Open(tbaq)
	if err != nil {
		b.Skipf("shared data not available: %v", err)
	}
	defer f.Close()
	var texts []string
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, rec.Text)
		n += int64(len(rec.Text))
	}
	return texts, n
}

// BenchmarkRun is the whole pipeline, every kind, one core, on the corpus.
func BenchmarkRun(b *testing.B) {
	texts, n := corpusTexts(b)
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
	texts, n := corpusTexts(b)
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
	texts, n := corpusTexts(b)
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
