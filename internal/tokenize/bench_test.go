package tokenize_test

import (
	"testing"

	prose "github.com/jdkato/prose/v3/tokenize"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/doc"
	. "github.com/newsfacts/newsfacts/internal/tokenize"
)

// sentences returns the text of every sentence doc.Parse finds in the TBAQ
// corpus, as the pipeline tokenises them, and their total size.
func sentences(b *testing.B) ([]string, int64) {
	texts, _ := devdata.TBAQ(b)
	var out []string
	var size int64
	for _, text := range texts {
		d, err := doc.Parse(text, doc.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range d.Sentences {
			out = append(out, s.Text)
			size += int64(len(s.Text))
		}
	}
	return out, size
}

// BenchmarkTokenize tokenises every TBAQ sentence into one reused slice,
// as doc.Parse does.
func BenchmarkTokenize(b *testing.B) {
	sents, size := sentences(b)
	var toks []Token
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			toks = Append(toks[:0], s)
		}
	}
}

// BenchmarkProse is the same pass with prose's tokenizer.
func BenchmarkProse(b *testing.B) {
	sents, size := sentences(b)
	tok := prose.New()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			tok.Tokenize(s)
		}
	}
}
