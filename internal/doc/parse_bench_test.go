package doc

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// benchCorpus reads the first n documents of the TBAQ news corpus, skipping
// the benchmark or test when the shared data is not beside the clone.
func benchCorpus(b testing.TB, n int) []string {
	f, err := os.Open("../../../shared/data/news-tbaq.jsonl")
	if err != nil {
		b.Skip("../shared/data/news-tbaq.jsonl not available")
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(out) < n {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		out = append(out, rec.Text)
	}
	return out
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
