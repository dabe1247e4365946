package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/facts"
)

func loadMini(t *testing.T) *document {
	t.Helper()
	data, err := os.ReadFile("testdata/gold-mini.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := loadGold("gold-mini.jsonl", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	return docs[0]
}

func TestLoadGold(t *testing.T) {
	d := loadMini(t)
	if d.source != "mini-1" || d.ref == nil || d.ref.Format("2006-01-02") != "2023-05-30" {
		t.Errorf("source %q, ref %v", d.source, d.ref)
	}
	// Present keys, even an empty list, are annotated kinds.
	want := []string{"entities", "numbers", "nationalities", "dates", "quotes"}
	if !reflect.DeepEqual(d.kinds, want) {
		t.Errorf("kinds = %v, want %v", d.kinds, want)
	}
}

func TestGoldRejectsMisalignedText(t *testing.T) {
	data, err := os.ReadFile("testdata/bad/text-mismatch.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	_, err = loadGold("text-mismatch.jsonl", data)
	if err == nil || !strings.Contains(err.Error(), "text-mismatch.jsonl:1: entities[0]") || !strings.Contains(err.Error(), `"Hungary"`) {
		t.Errorf("err = %v, want an error naming the line, the item and the real text", err)
	}
}

func TestGoldScoring(t *testing.T) {
	d := loadMini(t)
	at := func(text string) facts.Span {
		i := strings.Index(d.text, text)
		return facts.Span{Text: text, Start: i, End: i + len(text)}
	}
	pred := facts.New("mini-1")
	pred.Numbers = []facts.Number{{Span: at("700"), Value: 700.0, Qualifier: "exact", Counted: "NATO-led Troops"}}
	pred.Dates = []facts.Date{{Span: at("on Tuesday"), Type: "DATE", Value: "2023-05-29"}}
	pred.Quotes = []facts.Quote{{Span: at("We are ready"), Kind: "direct", Speaker: "jens stoltenberg"}}
	pred.Entities = []facts.Entity{{Span: at("Hungary"), Label: "GPE"}, {Span: at("NATO"), Label: "PERSON"}, {Span: at("Stoltenberg"), Label: "PERSON"}}
	pred.Nationalities = []facts.Nationality{{Span: at("Hungary"), Code: "HU"}}
	s := newScorer("t", true)
	d.score(s, pred)
	got := map[string]string{}
	for _, f := range s.figures {
		f.finish()
		row := []string{}
		for _, a := range f.Attributes {
			row = append(row, a.Name+"="+facts.FormatNumber(float64(a.Correct))+"/"+facts.FormatNumber(float64(a.Total)))
		}
		got[f.Name] = facts.FormatNumber(float64(f.TP)) + "," + facts.FormatNumber(float64(f.FP)) + "," + facts.FormatNumber(float64(f.FN)) + " " + strings.Join(row, " ")
	}
	want := map[string]string{
		// Kosovo missed; NATO's label wrong; Stoltenberg overlaps Jens Stoltenberg.
		"entities": "3,0,1 label=2/3",
		// 700 == 700.0; the head "troops" matches whatever precedes it.
		"numbers": "1,0,0 value=1/1 qualifier=1/1 unit=1/1 counted=1/1",
		// Annotated as present with no items: a prediction is a false alarm.
		"nationalities": "0,1,0 code=0/0",
		"dates":         "1,0,0 value=0/1 type=1/1",
		// Speaker compared without case.
		"quotes": "1,0,0 speaker=1/1 kind=1/1",
		// Direct and reported speech are also scored apart.
		"quotes.direct":   "1,0,0 speaker=1/1 kind=1/1",
		"quotes.indirect": "0,0,0 speaker=0/0 kind=0/0",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("figures:\n got %v\nwant %v", got, want)
	}
}

func TestNormAttr(t *testing.T) {
	tests := []struct {
		name, kind, attr, in, want string
	}{
		{"numeric value, trailing zeros", facts.KindNumbers, "value", "700.0", "700"},
		{"counted head is the last word, lowercased", facts.KindNumbers, "counted", "NATO-led Troops", "troops"},
		{"speaker folds case and spaces", facts.KindQuotes, "speaker", "Jens  Stoltenberg", "jens stoltenberg"},
		{"speaker drops a leading the", facts.KindQuotes, "speaker", "The Ministry", "ministry"},
		{"other attributes compare as they are", facts.KindDates, "value", "2023-05-30", "2023-05-30"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := normAttr(tc.kind, tc.attr, tc.in); got != tc.want {
				t.Errorf("normAttr(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// A gold line may take its text from a corpus outside the repository; the
// prefix and the checksum must both agree, or the file is rejected.
func TestGoldTextFrom(t *testing.T) {
	dir := t.TempDir()
	corpus := `{"id":"a1","date":"2023-05-30","text":"Jens Stoltenberg said 700 troops would go. More text follows."}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "corpus.jsonl"), []byte(corpus), 0o644); err != nil {
		t.Fatal(err)
	}
	const prefix = "Jens Stoltenberg said 700 troops would go."
	sum := sha256.Sum256([]byte(prefix))
	ref := func(id string, n int, sha string) string {
		return fmt.Sprintf(`"text_from":{"file":"corpus.jsonl","id":%q,"bytes":%d,"sha256":%q}`, id, n, sha)
	}
	good := hex.EncodeToString(sum[:])
	tests := []struct {
		name, line, err string
	}{
		{"prefix with its checksum", `{"id":"x","numbers":[],` + ref("a1", len(prefix), good) + `}`, ""},
		{"wrong checksum", `{"id":"x",` + ref("a1", len(prefix)-1, good) + `}`, "SHA-256"},
		{"unknown record", `{"id":"x",` + ref("b2", len(prefix), good) + `}`, "no record"},
		{"longer than the record", `{"id":"x",` + ref("a1", 1000, good) + `}`, "bytes"},
		{"both text and text_from", `{"id":"x","text":"a",` + ref("a1", len(prefix), good) + `}`, "one of"},
		{"neither", `{"id":"x"}`, "one of"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := loadGold(filepath.Join(dir, "gold.jsonl"), []byte(tt.line))
			if tt.err == "" {
				if err != nil || len(docs) != 1 || docs[0].text != prefix {
					t.Fatalf("got %v, %v; want the prefix", docs, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("error %v, want one containing %q", err, tt.err)
			}
		})
	}
}
