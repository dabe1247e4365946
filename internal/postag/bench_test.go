package postag

import (
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tokenize"
	"github.com/newsfacts/newsfacts/internal/devdata"
)

// benchSentences tokenises the TBAQ news corpus with prose, returning the
// sentences' words and the bytes of text they cover.
func benchSentences(b *testing.B) ([][]string, int64) {
	texts, _ := devdata.TBAQ(b)
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	tok := tokenize.New()
	var out [][]string
	var n int64
	for _, text := range texts {
		for _, s := range seg.Segment(text) {
			var words []string
			for _, w := range tok.Tokenize(s.Text) {
				words = append(words, w.Text)
			}
			out = append(out, words)
			n += int64(len(s.Text))
		}
	}
	return out, n
}

// BenchmarkTag is this package's tagger over the corpus's sentences.
func BenchmarkTag(b *testing.B) {
	sents, n := benchSentences(b)
	g := ours(b)
	tags := make([]string, 1024)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			g.Tag(s, tags)
		}
	}
}

// BenchmarkProseTag is prose's tag.Tagger on the same sentences, written
// into reused tokens as prose's low-allocation entry point allows.
func BenchmarkProseTag(b *testing.B) {
	sents, n := benchSentences(b)
	p := prose(b)
	toks := make([]tokenize.Token, 1024)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			t := toks[:len(s)]
			for i, w := range s {
				t[i] = tokenize.Token{Text: w}
			}
			p.TagTokens(t)
		}
	}
}

// BenchmarkLoad is the start-up cost of indexing the model.
func BenchmarkLoad(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(m.data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadIndex is the start-up cost with the embedded index, which
// Default uses: checking the model's checksum and reading its header.
func BenchmarkLoadIndex(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := fromIndex(m.data, index); err != nil {
			b.Fatal(err)
		}
	}
}
