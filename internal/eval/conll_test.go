package eval

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// conllText builds a one-document CoNLL file from "token TAG" pairs, a
// blank string marking a sentence break.
func conllText(lines ...string) string {
	var b strings.Builder
	b.WriteString("-DOCSTART- -X- -X- O\n\n")
	for _, l := range lines {
		if l == "" {
			b.WriteString("\n")
			continue
		}
		tok, tag, _ := strings.Cut(l, " ")
		b.WriteString(tok + " NNP I-NP " + tag + "\n")
	}
	return b.String()
}

func chunkStrings(d *conllDoc) []string {
	var out []string
	for _, c := range d.chunks {
		out = append(out, c.Label+":"+d.text[c.Start:c.End])
	}
	return out
}

func TestIOBChunks(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"IOB1: I- opens a chunk, B- splits two adjacent ones",
			[]string{"John I-PER", "Smith I-PER", "Mary B-PER", "and O", "Paris I-LOC"},
			[]string{"PER:John Smith", "PER:Mary", "LOC:Paris"}},
		{"IOB2: every chunk opens with B-",
			[]string{"John B-PER", "Smith I-PER", "Mary B-PER", "and O", "Paris B-LOC"},
			[]string{"PER:John Smith", "PER:Mary", "LOC:Paris"}},
		{"a change of type closes the chunk",
			[]string{"Reuters I-ORG", "London I-LOC"},
			[]string{"ORG:Reuters", "LOC:London"}},
		{"a chunk never runs across a sentence break",
			[]string{"LONDON I-LOC", "", "Paris I-LOC"},
			[]string{"LOC:LONDON", "LOC:Paris"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := parseCoNLL("test", []byte(conllText(tc.lines...)))
			if err != nil {
				t.Fatal(err)
			}
			if got := chunkStrings(docs[0]); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("chunks = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseCoNLLFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/iob1.conll")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := parseCoNLL("iob1.conll", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	if want := "John Smith visited New York .\n\nU.S. officials"; docs[0].text != want {
		t.Errorf("text = %q, want %q", docs[0].text, want)
	}
	for i := range docs[0].start {
		if docs[0].start[i] >= docs[0].end[i] {
			t.Errorf("token %d: bad span %d-%d", i, docs[0].start[i], docs[0].end[i])
		}
	}
	if got, want := chunkStrings(docs[0]), []string{"PER:John Smith", "LOC:New York", "LOC:U.S."}; !reflect.DeepEqual(got, want) {
		t.Errorf("chunks = %q, want %q", got, want)
	}
}

func TestCoNLLScoring(t *testing.T) {
	docs, err := parseCoNLL("t", []byte(conllText("John I-PER", "Smith I-PER", "visited O", "New I-LOC", "York I-LOC", "City I-LOC", "", "U.S. I-LOC", "officials O")))
	if err != nil {
		t.Fatal(err)
	}
	cd := docs[0] // "John Smith visited New York City\n\nU.S. officials"
	ent := func(text, label string) facts.Entity {
		i := strings.Index(cd.text, text)
		return facts.Entity{Span: facts.Span{Text: text, Start: i, End: i + len(text)}, Label: label}
	}
	tests := []struct {
		name       string
		pred       []facts.Entity
		tp, fp, fn int
	}{
		{"exact spans and mapped labels", []facts.Entity{ent("John Smith", "PERSON"), ent("New York City", "GPE"), ent("U.S.", "GPE")}, 3, 0, 0},
		{"overlapping span is a false alarm and a miss", []facts.Entity{ent("John Smith", "PERSON"), ent("New York", "GPE"), ent("U.S.", "GPE")}, 2, 1, 1},
		{"a prediction inside a token snaps to the token", []facts.Entity{ent("U.S", "GPE")}, 1, 0, 2},
		{"a prediction ending inside a token covers it", []facts.Entity{ent("John Smi", "PERSON")}, 1, 0, 2},
		{"right span, wrong type", []facts.Entity{ent("John Smith", "ORG")}, 0, 1, 3},
		{"NORP is MISC", []facts.Entity{ent("John Smith", "NORP")}, 0, 1, 3},
		{"two predictions on the same tokens count once", []facts.Entity{ent("John Smith", "PERSON"), ent("John Smit", "PERSON")}, 1, 0, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newScorer("t", false)
			scoreCoNLL(s, "t", cd, tc.pred)
			f := s.byName["entities"]
			if f.TP != tc.tp || f.FP != tc.fp || f.FN != tc.fn {
				t.Errorf("tp/fp/fn = %d/%d/%d, want %d/%d/%d", f.TP, f.FP, f.FN, tc.tp, tc.fp, tc.fn)
			}
		})
	}
}

func TestCoNLLLabelFigures(t *testing.T) {
	docs, err := parseCoNLL("t", []byte(conllText("West I-MISC", "Indian I-MISC", "Lara I-PER", "in O", "Delhi I-LOC")))
	if err != nil {
		t.Fatal(err)
	}
	cd := docs[0]
	i := strings.Index(cd.text, "Lara")
	s := newScorer("t", false)
	scoreCoNLL(s, "t", cd, []facts.Entity{{Span: facts.Span{Start: i, End: i + 4}, Label: "PERSON"}})
	got := map[string][3]int{}
	for _, f := range s.figures {
		got[f.Name] = [3]int{f.TP, f.FP, f.FN}
	}
	want := map[string][3]int{
		"entities":             {1, 0, 2},
		"entities.PER+LOC+ORG": {1, 0, 1},
		"entities.PER":         {1, 0, 0},
		"entities.LOC":         {0, 0, 1},
		"entities.ORG":         {0, 0, 0},
		"entities.MISC":        {0, 0, 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("figures = %v, want %v", got, want)
	}
}

func TestParseCoNLLRejectsBadTag(t *testing.T) {
	_, err := parseCoNLL("bad.conll", []byte("EU NNP B-NP X-ORG\n"))
	if err == nil || !strings.Contains(err.Error(), "bad.conll:1") {
		t.Errorf("err = %v, want a bad tag error naming bad.conll:1", err)
	}
}

func FuzzParseCoNLL(f *testing.F) {
	f.Add([]byte(conllText("John I-PER", "Smith B-PER", "", "Paris I-LOC")))
	f.Add([]byte("-DOCSTART-\n\nx y z O\n\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := parseCoNLL("fuzz", data)
		if err != nil {
			return
		}
		for _, d := range docs {
			for i := range d.start {
				if d.start[i] < 0 || d.end[i] > len(d.text) || d.start[i] > d.end[i] {
					t.Fatalf("token %d: bad span %d-%d", i, d.start[i], d.end[i])
				}
			}
			for _, c := range d.chunks {
				if c.Start < 0 || c.End > len(d.text) || c.Start >= c.End {
					t.Fatalf("chunk: bad span %d-%d", c.Start, c.End)
				}
			}
		}
	})
}
