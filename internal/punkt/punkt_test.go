package punkt

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"

	"github.com/newsfacts/newsfacts/internal/devdata"
)

// prose's segmenter is the oracle: punkt must find the same sentences at
// the same offsets on every text.
var oracle = func() func(string) []Sentence {
	seg, err := segment.New()
	if err != nil {
		panic(err)
	}
	return func(text string) []Sentence {
		var out []Sentence
		for _, s := range seg.Segment(text) {
			out = append(out, Sentence{s.Start, s.End()})
		}
		return out
	}
}()

// check holds Segment(text) to prose's segmenter.
func check(t *testing.T, s *Segmenter, name, text string) {
	t.Helper()
	want := oracle(text)
	got := s.Segment(text)
	if len(got) != len(want) {
		t.Fatalf("%s: %d sentences, prose %d\ngot  %v\nwant %v\ntext %q", name, len(got), len(want), got, want, text)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%s: sentence %d is %v %q, prose %v %q", name, i, got[i], text[got[i].Start:got[i].End], want[i], text[want[i].Start:want[i].End])
		}
	}
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain full stops", "NATO sends troops. Kosovo waits. Serbia objects.",
			[]string{"NATO sends troops.", "Kosovo waits.", "Serbia objects."}},
		{"trained abbreviation before a name", "Gov. Smith spoke. He left.",
			[]string{"Gov. Smith spoke.", "He left."}},
		{"supervised abbreviation: No. before a number", "He wore No. 10 for Chelsea. Then he left.",
			[]string{"He wore No. 10 for Chelsea.", "Then he left."}},
		{"multi-period abbreviation inside", "The U.S. military said so. Others disagreed.",
			[]string{"The U.S. military said so.", "Others disagreed."}},
		{"multi-period abbreviation before a frequent starter", "He moved to the U.S. But he came back.",
			[]string{"He moved to the U.S.", "But he came back."}},
		{"initial before a surname", "J. Bach wrote it. It is long.",
			[]string{"J. Bach wrote it.", "It is long."}},
		{"question and exclamation", "Why? Because! Fine.",
			[]string{"Why?", "Because!", "Fine."}},
		{"full stop inside closing quote", `He said "we will win." Then he left.`,
			[]string{`He said "we will win."`, "Then he left."}},
		{"question inside quote, then a frequent starter", `"Why not?" he asked.`,
			[]string{`"Why not?"`, "he asked."}},
		{"question inside quote, then a lower-case word", `"Why not?" asked Smith.`,
			[]string{`"Why not?" asked Smith.`}},
		{"ellipsis before a capital", "He waited... Then he left.",
			[]string{"He waited...", "Then he left."}},
		{"spaced ellipsis", "He waited . . . and left.",
			[]string{"He waited . . . and left."}},
		{"Yahoo! is a name", "Yahoo! shares rose. They fell.",
			[]string{"Yahoo! shares rose.", "They fell."}},
		{"decimal number", "It rose 2.5 percent. Oil fell.",
			[]string{"It rose 2.5 percent.", "Oil fell."}},
		{"no punctuation", "  a heading without a stop  ",
			[]string{"a heading without a stop"}},
		{"text ending in a multi-byte character", "He said so. Then “no”",
			[]string{"He said so.", "Then “no”"}},
		{"empty", "", nil},
	}
	var s Segmenter
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sen := range s.Segment(tt.text) {
				got = append(got, tt.text[sen.Start:sen.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Segment(%q) = %q, want %q", tt.text, got, tt.want)
			}
			check(t, &s, tt.name, tt.text)
		})
	}
}

// TestModelMatchesProse holds every word and collocation of the embedded
// tables to the model prose loads (sentences.v1's english.json with prose's
// supervised abbreviations), and the tables to no more than that.
func TestModelMatchesProse(t *testing.T) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	st, err := sentences.LoadTraining(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []string{"sgt", "gov", "no", "mt"} {
		st.AbbrevTypes.Add(a)
	}
	m := load()
	keys := map[string]bool{}
	for _, set := range []sentences.SetString{st.OrthoContext, st.AbbrevTypes, st.SentStarters} {
		for k, v := range set {
			if v != 0 {
				keys[k] = true
			}
		}
	}
	for k := range keys {
		f := m.flags(k)
		if got, want := int(f&0x7E), st.OrthoContext[k]; got != want {
			t.Fatalf("ortho(%q) = %d, prose %d", k, got, want)
		}
		if got, want := f&flagAbbrev != 0, st.AbbrevTypes.Has(k); got != want {
			t.Fatalf("abbrev(%q) = %v, prose %v", k, got, want)
		}
		if got, want := f&flagStarter != 0, st.SentStarters.Has(k); got != want {
			t.Fatalf("starter(%q) = %v, prose %v", k, got, want)
		}
	}
	if m.words.n != len(keys) {
		t.Errorf("%d words, prose %d", m.words.n, len(keys))
	}
	n := 0
	for k, v := range st.Collocations {
		if v == 0 {
			continue
		}
		n++
		a, b, _ := strings.Cut(k, ",")
		if !m.collocation(a, b) {
			t.Errorf("collocation %q missing", k)
		}
	}
	if m.collocations.n != n {
		t.Errorf("%d collocations, prose %d", m.collocations.n, n)
	}
	for _, miss := range []string{"", "zzzzzz", "said", "a", "\xff"} {
		if keys[miss] != (m.flags(miss) != 0) {
			t.Errorf("flags(%q) = %d", miss, m.flags(miss))
		}
	}
}

// TestMatchesProse segments every text of the development corpora with
// both segmenters: the TBAQ news (whole, and each paragraph as doc.Parse
// would pass it), CoNLL-2003 validation documents, MEANTIME and PolNeAR.
func TestMatchesProse(t *testing.T) {
	var s Segmenter
	n := 0
	each := func(name, text string) {
		check(t, &s, name, text)
		n++
	}
	texts, _ := devdata.TBAQ(t)
	for i, text := range texts {
		each("tbaq", text)
		for j, para := range strings.Split(text, "\n\n") {
			if strings.ContainsAny(para, ".?!") {
				each("tbaq paragraph", para)
			}
			_ = i + j
		}
	}
	for _, doc := range devdata.CoNLLValid(t) {
		var b strings.Builder
		for _, sent := range doc {
			for k, w := range sent {
				if k > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w.Text)
			}
			b.WriteByte('\n')
		}
		each("conll", b.String())
	}
	for _, text := range meantimeTexts(t) {
		each("meantime", text)
	}
	polnear, err := filepath.Glob(filepath.Join(devdata.Path(t, "polnear-train"), "text", "*.txt"))
	if err != nil || len(polnear) == 0 {
		t.Fatalf("no PolNeAR texts (%v)", err)
	}
	for _, p := range polnear {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		each(filepath.Base(p), string(b))
	}
	t.Logf("%d texts, all segmented as prose does", n)
}

// meantimeTexts rebuilds each MEANTIME document's text from its tokens as
// internal/eval does: tokens apart by a space, sentences by a blank line.
func meantimeTexts(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join(devdata.Path(t, "meantime-en"), "corpus_*", "*.xml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no MEANTIME files (%v)", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var x struct {
			Tokens []struct {
				Sentence string `xml:"sentence,attr"`
				Text     string `xml:",chardata"`
			} `xml:"token"`
		}
		dec := xml.NewDecoder(strings.NewReader(string(b)))
		dec.Strict = false
		dec.Entity = xml.HTMLEntity
		if err := dec.Decode(&x); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var sb strings.Builder
		for i, tok := range x.Tokens {
			if i > 0 {
				if tok.Sentence != x.Tokens[i-1].Sentence {
					sb.WriteString("\n\n")
				} else {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(strings.TrimSpace(tok.Text))
		}
		out = append(out, sb.String())
	}
	return out
}

func FuzzMatchesProse(f *testing.F) {
	for _, s := range []string{
		"Gov. Smith spoke. He left.", "The U.S. But he came back.", "J. Bach wrote it.",
		`He said "we will win." Then`, "He waited... Then . . . and", "Yahoo! shares rose.",
		"It rose 2.5 percent. -1,000.5. Oil", "Then “no”", "a.\n b. C", "F.B.I. Agents",
		"No. 1. no. 2! Mt. Everest", "x.. y?) z!’ W", "\xff. \xc3. A",
	} {
		f.Add(s)
	}
	var s Segmenter
	// Any bytes, invalid UTF-8 included: doc.Parse only passes valid
	// text, but the rune-by-rune quirks are best held on all input.
	f.Fuzz(func(t *testing.T, text string) {
		check(t, &s, "fuzz", text)
	})
}
