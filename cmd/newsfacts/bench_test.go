package main

import (
	"fmt"
	"github.com/newsfacts/newsfacts/internal/devdata"
	"io"
	"os"
	"testing"
)

// BenchmarkCorpus runs the whole command (read JSONL, extract, write jsonl)
// over ../shared/data/news-tbaq.jsonl with 1 and 2 jobs, reporting MB/s of
// input. Larger corpora are measured with the binary (see the README).
func BenchmarkCorpus(b *testing.B) {
	path := devdata.Path(b, "news-tbaq.jsonl")
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	for _, only := range []string{"sentences,dates,numbers", "all"} {
		for _, jobs := range []int{1, 2} {
			b.Run(fmt.Sprintf("only=%s/jobs=%d", only, jobs), func(b *testing.B) {
				args := []string{"--format", "jsonl", "--jobs", fmt.Sprint(jobs), path}
				if only != "all" {
					args = append(args, "--only", only)
				}
				b.SetBytes(st.Size())
				for b.Loop() {
					if code := Main(args, nil, io.Discard, io.Discard); code != 0 {
						b.Fatalf("exit %d", code)
					}
				}
			})
		}
	}
}
