package extract_test

import (
	"os"
	"testing"

	"github.com/newsfacts/newsfacts/internal/extract"
)

func BenchmarkBigDoc(b *testing.B) {
	data, err := os.ReadFile(os.Getenv("BIGDOC"))
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := extract.Run("big", string(data), extract.Options{Kinds: []string{os.Getenv("BIGKIND")}}); err != nil {
			b.Fatal(err)
		}
	}
}
