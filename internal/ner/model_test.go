package ner

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"
)

func TestViterbiNeverBreaksBIO(t *testing.T) {
	// Emissions that alone favour I-PER at the start and I-ORG after B-PER:
	// the decoder must pick the best sequence that is valid BIO instead.
	emit := make([]int32, 3*int(NumLabels))
	emit[IPER] = 100
	emit[BPER] = 60
	emit[int(NumLabels)+int(IORG)] = 100
	emit[int(NumLabels)+int(IPER)] = 50
	emit[2*int(NumLabels)+int(O)] = 10
	m := newModel(nil, nil, [NumLabels + 1][NumLabels]int16{}, knowledge{})
	out := make([]Label, 3)
	viterbi(emit, &m.trans, make([]uint8, len(emit)), out)
	if want := []Label{BPER, IPER, O}; !slices.Equal(out, want) {
		t.Errorf("viterbi = %v, want %v", out, want)
	}
}

// toyDocs builds documents where a capitalised word after "in" is a
// place, and one before "said" is a person.
func toyDocs() []TrainDoc {
	var docs []TrainDoc
	places := []string{"Paris", "Oslo", "Rome", "Kabul", "Lima", "Quito"}
	people := []string{"Smith", "Jones", "Brown", "Garcia", "Khan", "Novak"}
	for i := range 30 {
		var d TrainDoc
		add := func(words []string, gold []Label) {
			first := len(d.Tokens)
			for j, w := range words {
				d.Tokens = append(d.Tokens, Token{Text: w, Tag: "NN"})
				d.Gold = append(d.Gold, gold[j])
			}
			d.Sents = append(d.Sents, Span{first, len(d.Tokens)})
		}
		add([]string{"He", "lives", "in", places[i%6], "."}, []Label{O, O, O, BLOC, O})
		add([]string{"Mr", people[(i+1)%6], "said", "so", "."}, []Label{O, BPER, O, O, O})
		docs = append(docs, d)
	}
	return docs
}

func TestTrainLearnsAndRoundTrips(t *testing.T) {
	docs := toyDocs()
	m := Train(docs, nil, TrainOptions{Epochs: 5, MinCount: 1, Seed: 1, Lexicon: []string{"he", "said", "Paris"},
		Lists:    []NameList{{Type: 0, Names: [][]string{{"Lima"}, {"New", "York"}}}, {Type: 5, Names: [][]string{{"Khan"}}}},
		Clusters: []ClusterEntry{{Path: "01", Word: "lima"}, {Path: "00", Word: "paris"}, {Path: "1", Word: "said"}}})
	if f := m.Evaluate(docs).Total("PER", "LOC").F1(); f != 1 {
		t.Fatalf("training F1 on toy data = %v, want 1", f)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	r, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.feat.slots, m.feat.slots) || r.feat.shift != m.feat.shift || r.rows != m.rows || !slices.Equal(r.w, m.w) || r.trans != m.trans ||
		!slices.Equal(r.lex.keys, m.lex.keys) || !slices.Equal(r.lex.bits, m.lex.bits) || len(m.lex.keys) != 3 ||
		!slices.Equal(r.gaz.t.keys, m.gaz.t.keys) || !slices.Equal(r.gaz.t.vals, m.gaz.t.vals) || r.gaz.len() != m.gaz.len() || m.gaz.len() == 0 ||
		!slices.Equal(r.lists.keys, m.lists.keys) || !slices.Equal(r.lists.bits, m.lists.bits) || len(m.lists.keys) != 4 ||
		!slices.Equal(r.clusters.keys, m.clusters.keys) || !slices.Equal(r.clusters.paths, m.clusters.paths) || len(m.clusters.keys) != 3 {
		t.Fatal("model differs after a write and read")
	}
	toks, sents := docOf("She", "works", "in", "Lima", ".", "|", "Mr", "Khan", "said", "so")
	a, b := make([]Label, len(toks)), make([]Label, len(toks))
	m.Label(toks, sents, a)
	r.Label(toks, sents, b)
	if !slices.Equal(a, b) || a[3] != BLOC || a[6] != BPER {
		t.Errorf("labels %v and after a round trip %v", a, b)
	}
}

func TestReadRejectsOtherFiles(t *testing.T) {
	for _, in := range []string{"", "not a model", "\x1f\x8b\x08\x00\x00\x00\x00\x00", "NFNERv7\n\x07\x00\x00\x00"} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("Read(%q) succeeded", in)
		}
	}
}

// proseTokens tokenises and tags a sentence as doc.Parse does.
func proseTokens(t testing.TB, text string) []Token {
	tagger, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	toks := tokenize.New().Tokenize(text)
	tagger.TagTokens(toks)
	out := make([]Token, len(toks))
	for i, tk := range toks {
		out[i] = Token{Text: tk.Text, Tag: tk.Tag}
	}
	return out
}

func TestEmbeddedModelTagsSentences(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		sents []string // one document, sentence by sentence
		want  []string // entities as "TYPE:words"
	}{
		{"person, city and organisation",
			[]string{"Jens Stoltenberg told reporters in Brussels on Tuesday that NATO would act."},
			[]string{"PER:Jens Stoltenberg", "LOC:Brussels", "ORG:NATO"}},
		{"nationality is MISC, country is LOC",
			[]string{"Hungarian soldiers were injured in Kosovo on Monday."},
			[]string{"MISC:Hungarian", "LOC:Kosovo"}},
		{"title-case headline is not one long name",
			[]string{"NATO Sends Hundreds of More Troops to Kosovo as Tensions Escalate"},
			[]string{"ORG:NATO", "LOC:Kosovo"}},
		// prose's model called "Hello." a GPE; "hello" never occurs in
		// CoNLL, the lexicon knows English writes it in lower case.
		{"one-word greeting is not a name",
			[]string{"Hello.", "Protesters clashed with police in the north."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var toks []Token
			var spans []Span
			for _, s := range tt.sents {
				first := len(toks)
				toks = append(toks, proseTokens(t, s)...)
				spans = append(spans, Span{first, len(toks)})
			}
			out := make([]Label, len(toks))
			m.Label(toks, spans, out)
			var got []string
			for _, c := range Chunks(out) {
				var words []string
				for _, tk := range toks[c.First:c.Last] {
					words = append(words, tk.Text)
				}
				got = append(got, c.Type+":"+strings.Join(words, " "))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("entities = %q, want %q (labels %v)", got, tt.want, out)
			}
		})
	}
}

func FuzzLabel(f *testing.F) {
	f.Add("Jens Stoltenberg told reporters in Brussels .", "NNP NNP VBD NNS IN NNP .")
	f.Add("", "")
	f.Add("ÉTATS-UNIS \xff 1996 G7", "NNP")
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, tags string) {
		words := strings.Fields(text)
		tt := strings.Fields(tags)
		toks := make([]Token, len(words))
		for i, w := range words {
			toks[i].Text = w
			if i < len(tt) {
				toks[i].Tag = tt[i]
			}
		}
		// Split into sentences of at most 5 tokens, leaving any tail
		// outside every sentence.
		var sents []Span
		for i := 0; i+5 <= len(toks); i += 5 {
			sents = append(sents, Span{i, i + 5})
		}
		out := make([]Label, len(toks))
		m.Label(toks, sents, out)
		for _, s := range sents {
			prev := NumLabels
			for _, l := range out[s.First:s.Last] {
				if l >= NumLabels || !allowed(prev, l) {
					t.Fatalf("invalid sequence %v", out)
				}
				prev = l
			}
		}
	})
}

// FuzzDecode feeds the model decoder corrupt files: it must fail cleanly,
// never panic or allocate without bound, and a model it accepts must tag.
func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	m := Train(toyDocs(), nil, TrainOptions{Epochs: 1, MinCount: 1, Seed: 1, Lexicon: []string{"he"}})
	if err := m.Write(&buf); err != nil {
		f.Fatal(err)
	}
	raw := buf.Bytes()
	f.Add(raw)
	f.Add(raw[:len(raw)-9])
	f.Add(append(slices.Clone(magic), 7, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f))
	toks, sents := docOf("Jens", "Stoltenberg", "said", "|", "NATO", "acts")
	out := make([]Label, len(toks))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := load(raw, true)
		if err != nil {
			return
		}
		m.Label(toks, sents, out)
	})
}
