package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// Brat offsets count characters: with curly marks and accents before a
// span, byte offsets run ahead, and the reader must land on the same text.
func TestParseBratCharacterOffsets(t *testing.T) {
	text, ann := readMini(t, "cafe.txt", "cafe_a1.ann")
	attrs, err := parseBrat("cafe_a1.ann", text, ann)
	if err != nil {
		t.Fatal(err)
	}
	if len(attrs) != 3 {
		t.Fatalf("%d attributions, want 3", len(attrs))
	}
	for _, a := range attrs {
		for _, sp := range []*bratSpan{a.cue, a.content, a.source} {
			f := sp.frags[0]
			if got := text[f[0]:f[1]]; got != sp.text {
				t.Errorf("%s at %v is %q, want %q", sp.typ, f, got, sp.text)
			}
		}
	}
}

func TestParseBrat(t *testing.T) {
	const text = "“Yes,” he said, “no.” Alé."
	tests := []struct {
		name, ann string
		want      []string // content fragments of each attribution, "|"-joined
		fails     bool
	}{
		{"discontinuous content listed out of order",
			"T1\tContent 16 20;0 5\t“no. “Yes,\nT2\tCue 10 14\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n",
			[]string{"“Yes,|“no."}, false},
		{"attribution without a source",
			"T1\tContent 22 25\tAlé\nT2\tCue 7 9\the\nE1\tAttribution-no-source:T2 Cue:T2 Content:T1\n",
			[]string{"Alé"}, false},
		{"attribution without a content is skipped",
			"T2\tCue 10 14\tsaid\nE1\tAttribution:T2 Cue:T2\n", nil, false},
		{"annotator notes and blank lines are skipped",
			"#1\tAnnotatorNotes T1\tcheck this\n\nT1\tContent 22 25\tAlé\nE1\tAttribution:T1 Content:T1\n",
			[]string{"Alé"}, false},
		{"offsets past the text", "T1\tContent 20 99\tx\n", nil, true},
		{"text that is not at the offsets", "T1\tContent 0 5\tNope!\n", nil, true},
		{"no offsets", "T1\tContent\tx\n", nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			attrs, err := parseBrat("x.ann", text, []byte(tc.ann))
			if (err != nil) != tc.fails {
				t.Fatalf("err = %v, want failure %v", err, tc.fails)
			}
			var got []string
			for _, a := range attrs {
				var fs []string
				for _, f := range a.content.frags {
					fs = append(fs, text[f[0]:f[1]])
				}
				got = append(got, strings.Join(fs, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("contents = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestQuotedPassages(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"curly marks, marks excluded", `the candidate has “always run a lean campaign.”`, "always run a lean campaign."},
		{"straight marks", `"We will win this," he said`, "We will win this,"},
		{"two apostrophes, the NYT convention", `''It is over for him,'' Mr. Welch said`, "It is over for him,"},
		{"two passages around the attribution", `“We are here,” she said. “And we stay here.”`, "We are here,|And we stay here."},
		{"a term of two words is not a passage", `said it was a “total disaster” for them`, ""},
		{"open at the end: continued in the next paragraph", `“We will go on and on`, "We will go on and on"},
		{"closed with nothing open: the mark left out of the span", `we will go on,” he said`, "we will go on,"},
		{"no marks", `the plan is fair`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range quotedPassages(tc.content, [][2]int{{0, len(tc.content)}}) {
				got = append(got, tc.content[p[0]:p[1]])
			}
			if strings.Join(got, "|") != tc.want {
				t.Errorf("passages = %q, want %q", got, tc.want)
			}
		})
	}
}

// The speech class: a speech cue with a clause, or quoted words.
func TestSpeechClass(t *testing.T) {
	tests := []struct {
		name, sentence, cue, content string
		want                         bool
	}{
		{"said with a finite clause", "Ms. Ortiz said the plan was fair.", "said", "the plan was fair", true},
		{"according to", "The plan was fair, according to Ms. Ortiz.", "according to", "The plan was fair", true},
		{"colon cue before a clause", "Ortiz: the plan is fair.", ":", "the plan is fair", true},
		{"belief verb", "Ms. Ortiz believes the plan is fair.", "believes", "the plan is fair", false},
		{"speech verb with a noun phrase", "Clinton announced her plan to support workers.", "announced", "her plan to support workers", false},
		{"directive with an infinitive clause", "She urged the senators to vote for the bill.", "urged", "the senators to vote for the bill", true},
		{"too short to be a clause", "He said yes.", "said", "yes", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := doc.Parse(tc.sentence, doc.Options{})
			if err != nil {
				t.Fatal(err)
			}
			cs := strings.Index(tc.sentence, tc.content)
			got := isSpeech(tc.cue, false, tc.content) && isClause(d.Tokens, cs, cs+len(tc.content), tc.cue)
			if got != tc.want {
				t.Errorf("speech = %v, want %v", got, tc.want)
			}
		})
	}
	if !isSpeech("thinks", true, "“We will win this”") {
		t.Errorf("quoted content after any cue is speech")
	}
}

func TestPolNeARSpeaker(t *testing.T) {
	gold := func(src string, s, e int) Item {
		return Item{Attrs: map[string]string{"speaker": normAttr("quotes", "speaker", src)}, speaker: [][2]int{{s, e}}}
	}
	pred := func(name string, s, e int) Item {
		return Item{Attrs: map[string]string{"speaker": normAttr("quotes", "speaker", name)}, speaker: [][2]int{{s, e}}}
	}
	tests := []struct {
		name string
		g, p Item
		want bool
	}{
		{"mention overlaps the source", gold("He", 10, 12), pred("Martin O'Malley", 10, 12), true},
		{"pronoun source, mention elsewhere", gold("He", 10, 12), pred("Martin O'Malley", 40, 48), false},
		{"surname inside a titled source", gold("Spokeswoman Haley Morris", 0, 24), pred("Haley Morris", 90, 96), true},
		{"surname before an apposition", gold("Coan, Santilli's attorney,", 0, 26), pred("Thomas Coan", 90, 94), true},
		{"party label after the name", gold("Sen. Bernie Sanders (I-Vt.)", 0, 26), pred("Bernie Sanders", 90, 94), true},
		{"a possessive names someone else", gold("Clinton's spokesman", 0, 19), pred("Hillary Clinton", 90, 97), false},
		{"no predicted speaker", gold("Morris", 0, 6), pred("", 0, 6), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := polnearSame("speaker", tc.g, tc.p); got != tc.want {
				t.Errorf("same = %v, want %v", got, tc.want)
			}
		})
	}
}

// The mini corpus: one speech quote, one reported clause, one belief that
// is not scored; the second annotator's file and the article whose name
// extends another's are kept apart.
func TestEvaluatePolNeAR(t *testing.T) {
	groups, err := collect("testdata/polnear-mini", "")
	if err != nil || len(groups) != 1 || groups[0].format != FormatPolNeAR || len(groups[0].files) != 2 {
		t.Fatalf("collect = %+v, %v", groups, err)
	}
	ann, err := polnearAnnotation("testdata/polnear-mini/text/cafe.txt")
	if err != nil || filepath.Base(ann) != "cafe_a1.ann" {
		t.Errorf("annotation = %q, %v; want the first by name, cafe_a1.ann", ann, err)
	}
	rep, err := Evaluate([]string{"testdata/polnear-mini"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"quotes": 2, "quotes.direct": 1, "quotes.indirect": 1}
	for _, f := range rep.Datasets[0].Figures {
		if f.Support != want[f.Name] {
			t.Errorf("%s: %d gold items, want %d", f.Name, f.Support, want[f.Name])
		}
	}
}

func TestSlice(t *testing.T) {
	files := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	tests := []struct {
		from, to float64
		want     string
	}{
		{0, 1, "abcdefghij"}, {0, 0, "abcdefghij"}, {0, 0.8, "abcdefgh"}, {0.8, 1, "ij"},
	}
	for _, tc := range tests {
		if got := strings.Join(slice(files, tc.from, tc.to), ""); got != tc.want {
			t.Errorf("slice(%v, %v) = %q, want %q", tc.from, tc.to, got, tc.want)
		}
	}
}

func FuzzParseBrat(f *testing.F) {
	f.Add("“Yes,” he said.", "T1\tContent 0 6\t“Yes,”\nT2\tCue 10 14\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n")
	f.Add("ab", "T1\tSource 0 1;1 2\ta b\nE1\tAttribution:T1 Content:T1\n")
	f.Fuzz(func(t *testing.T, text, ann string) {
		attrs, err := parseBrat("fuzz", text, []byte(ann))
		if err != nil {
			return
		}
		for _, a := range attrs {
			for _, fr := range a.content.frags {
				if fr[0] < 0 || fr[1] > len(text) || fr[0] > fr[1] {
					t.Fatalf("bad fragment %v", fr)
				}
			}
			quotedPassages(text, a.content.frags)
		}
	})
}

func readMini(t *testing.T, txt, ann string) (string, []byte) {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("testdata/polnear-mini/text", txt))
	if err != nil {
		t.Fatal(err)
	}
	a, err := os.ReadFile(filepath.Join("testdata/polnear-mini/attributions", ann))
	if err != nil {
		t.Fatal(err)
	}
	return string(text), a
}

// Every PolNeAR train article has an annotation file whose spans are the
// text they claim (parsing only, no pipeline).
func TestSharedPolNeARLoads(t *testing.T) {
	dir := filepath.Join(sharedData(t), "polnear-train")
	files, err := polnearFiles(dir)
	if err != nil {
		t.Skip(err)
	}
	events := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ann, err := polnearAnnotation(f)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(ann)
		if err != nil {
			t.Fatal(err)
		}
		attrs, err := parseBrat(ann, string(text), data)
		if err != nil {
			t.Fatal(err)
		}
		events += len(attrs)
	}
	if len(files) != 840 || events < 19000 {
		t.Errorf("%d articles, %d attributions; want 840 and about 19,900", len(files), events)
	}
	t.Logf("%d articles, %d attributions", len(files), events)
}

// A relative pronoun Source stands for the phrase before it: "Barkley, who
// said ..." is Barkley's, by mention.
func TestPolNeARRelativePronounSource(t *testing.T) {
	const text = "Mr. Smith met Barkley, who said he would vote for Kasich."
	ann := "T1\tSource 23 26\twho\nT2\tCue 27 31\tsaid\nT3\tContent 32 56\the would vote for Kasich\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
	attrs, err := parseBrat("x.ann", text, []byte(ann))
	if err != nil {
		t.Fatal(err)
	}
	d, err := doc.Parse(text, doc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	gold, _ := polnearItems(text, d.Tokens, attrs)
	if len(gold) != 1 {
		t.Fatalf("%d gold items, want 1", len(gold))
	}
	pred := func(s, e int) Item {
		return Item{Attrs: map[string]string{"speaker": "charles barkley"}, speaker: [][2]int{{s, e}}}
	}
	if !polnearSame("speaker", gold[0], pred(14, 21)) {
		t.Errorf("the mention right before \", who\" does not match")
	}
	if polnearSame("speaker", gold[0], pred(4, 9)) {
		t.Errorf("a mention further back matches")
	}
}
