package ner_test

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/ner"
)

// checkSameAsV6 holds the embedded model, read in place, to the v6 model
// of testdata as v6's decoder read it (tagged by the reference path) on
// each document.
func checkSameAsV6(t *testing.T, docs []labelDoc) {
	t.Helper()
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	oracle, err := ner.V6Oracle()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatal("no documents")
	}
	for d, in := range docs {
		got := make([]ner.Label, len(in.toks))
		want := make([]ner.Label, len(in.toks))
		m.Label(in.toks, in.sents, got)
		oracle.LabelReference(in.toks, in.sents, want)
		if i := slices.Compare(got, want); i != 0 {
			for j := range got {
				if got[j] != want[j] {
					t.Fatalf("document %d token %d %q: %v, v6 %v", d, j, in.toks[j].Text, got[j], want[j])
				}
			}
		}
	}
}

func TestSameLabelsAsV6OnCoNLLValid(t *testing.T) {
	var docs []labelDoc
	for _, d := range devdata.CoNLLValid(t) {
		var in labelDoc
		for _, sent := range d {
			first := len(in.toks)
			for _, w := range sent {
				in.toks = append(in.toks, ner.Token{Text: w.Text, Tag: w.Tag})
			}
			in.sents = append(in.sents, ner.Span{First: first, Last: len(in.toks)})
		}
		docs = append(docs, in)
	}
	checkSameAsV6(t, docs)
}

func TestSameLabelsAsV6OnTBAQ(t *testing.T) {
	texts, _ := devdata.TBAQ(t)
	var docs []labelDoc
	for _, text := range texts {
		docs = append(docs, parsed(t, text))
	}
	checkSameAsV6(t, docs)
}

var meantimeToken = regexp.MustCompile(`<token [^>]*sentence="(\d+)"[^>]*>([^<]*)</token>`)

// TestSameLabelsAsV6OnMEANTIME tags the MEANTIME news articles, their
// tokens joined by spaces, a sentence a line, as internal/doc parses them.
func TestSameLabelsAsV6OnMEANTIME(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(devdata.Path(t, "meantime-en"), "*", "*.xml"))
	var docs []labelDoc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		last := "0"
		for _, m := range meantimeToken.FindAllStringSubmatch(string(data), -1) {
			if m[1] != last {
				b.WriteString("\n")
				last = m[1]
			}
			b.WriteString(html.UnescapeString(m[2]) + " ")
		}
		docs = append(docs, parsed(t, b.String()))
	}
	if len(docs) < 100 {
		t.Fatalf("read %d MEANTIME articles", len(docs))
	}
	checkSameAsV6(t, docs)
}
