package corpus

import (
	"fmt"
	"hash/fnv"
	"testing"
)

// BenchmarkRun measures the runner alone with CPU-bound work of about the
// cost of tagging a short article, so jobs=2 against jobs=1 shows how well
// the pool scales on this machine apart from extraction itself.
func BenchmarkRun(b *testing.B) {
	doc := make([]byte, 2000)
	for i := range doc {
		doc[i] = byte(i)
	}
	work := func(int) uint64 {
		h := fnv.New64a()
		for range 200 {
			h.Write(doc)
		}
		return h.Sum64()
	}
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			const docs = 500
			b.SetBytes(docs * int64(len(doc)))
			for b.Loop() {
				var sum uint64
				_ = Run(counter(docs), work, func(_ int, h uint64) error { sum += h; return nil }, Options{Jobs: jobs})
			}
		})
	}
}
