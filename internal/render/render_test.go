package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/facts"
)

func sample(source string) *facts.Document {
	d := facts.New(source)
	d.Sentences = append(d.Sentences, facts.Sentence{Text: "NATO sent <700> troops & more.", Start: 0, End: 30})
	d.Entities = append(d.Entities, facts.Entity{Span: facts.Span{Text: "NATO", End: 4}, Label: "ORG", Canonical: "NATO"})
	d.Numbers = append(d.Numbers, facts.Number{Span: facts.Span{Text: "700", Start: 11, End: 14}, Value: 700, Qualifier: "exact", Counted: "troops"})
	return d
}

func write(t *testing.T, format string, opt Options, docs ...*facts.Document) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := w.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestJSON(t *testing.T) {
	one := write(t, "json", Options{}, sample("a"))
	var obj map[string]any
	if err := json.Unmarshal([]byte(one), &obj); err != nil || obj["source"] != "a" {
		t.Fatalf("one input is not one object: %v\n%s", err, one)
	}
	if !strings.Contains(one, "NATO sent <700> troops & more.") {
		t.Errorf("HTML characters escaped: %s", one)
	}
	many := write(t, "json", Options{Multi: true}, sample("a"), sample("b"))
	var arr []map[string]any
	if err := json.Unmarshal([]byte(many), &arr); err != nil || len(arr) != 2 {
		t.Fatalf("several inputs are not an array of 2: %v\n%s", err, many)
	}
	if none := write(t, "json", Options{Multi: true}); strings.TrimSpace(none) != "[]" {
		t.Errorf("no documents: %q, want []", none)
	}
	lines := write(t, "jsonl", Options{}, sample("a"), sample("b"))
	if n := strings.Count(lines, "\n"); n != 2 || strings.Contains(lines, "\n ") {
		t.Errorf("jsonl is not one compact line per document:\n%s", lines)
	}
}

func TestCSV(t *testing.T) {
	out := write(t, "csv", Options{Kinds: []string{facts.KindEntities, facts.KindNumbers}}, sample("a"))
	want := "source,kind,sentence,start,end,text,label,canonical,value,value_max,qualifier,unit,counted\n" +
		"a,entities,0,0,4,NATO,ORG,NATO,,,,,\n" +
		"a,numbers,0,11,14,700,,,700,,exact,,troops\n"
	if out != want {
		t.Errorf("csv:\n%s\nwant:\n%s", out, want)
	}
	tsv := write(t, "tsv", Options{Kinds: []string{facts.KindEntities}}, sample("a"))
	if !strings.HasPrefix(tsv, "source\tkind\tsentence\tstart\tend\ttext\tlabel\tcanonical\n") {
		t.Errorf("tsv header: %q", tsv)
	}
}

func TestTableFitsWidth(t *testing.T) {
	d := sample("a")
	d.Sentences[0].Text = strings.Repeat("a very long sentence ", 20)
	out := write(t, "table", Options{Width: 100}, d)
	for _, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(line); n > 100 {
			t.Errorf("line of %d columns: %s", n, line)
		}
	}
	if !strings.Contains(out, "…") {
		t.Error("long text not cut with an ellipsis")
	}
	if !strings.Contains(out, "Numbers (1)") || !strings.Contains(out, "Quotes (0)") {
		t.Errorf("missing titled tables:\n%s", out)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("yaml", &bytes.Buffer{}, Options{}); err == nil {
		t.Error("unknown format accepted")
	}
}

// TestStreamMatchesMarshal: the streamed JSON is byte for byte what
// encoding/json writes for the whole document, compact and indented, for
// one input and for several.
func TestStreamMatchesMarshal(t *testing.T) {
	full := sample("a")
	full.Quotes = append(full.Quotes, facts.Quote{Span: facts.Span{Text: "“No,” he said", Start: 31, End: 46}})
	text := "NATO sent <700> troops & more."
	full.Text = &text
	date := "2023-05-30"
	full.Date = &date
	empty := facts.New("b")
	var nilLists facts.Document
	for _, d := range []*facts.Document{full, empty, &nilLists} {
		compact, err := Marshal(d, "")
		if err != nil {
			t.Fatal(err)
		}
		if got := write(t, "jsonl", Options{}, d); got != string(compact)+"\n" {
			t.Errorf("jsonl:\ngot  %s\nwant %s", got, compact)
		}
		indented, err := Marshal(d, "  ")
		if err != nil {
			t.Fatal(err)
		}
		if got := write(t, "json", Options{}, d); got != string(indented)+"\n" {
			t.Errorf("json:\ngot  %s\nwant %s", got, indented)
		}
		wantMulti := "[\n  " + strings.ReplaceAll(string(indented), "\n", "\n  ") + ",\n  " +
			strings.ReplaceAll(string(indented), "\n", "\n  ") + "\n]\n"
		if got := write(t, "json", Options{Multi: true}, d, d); got != wantMulti {
			t.Errorf("json array:\ngot  %s\nwant %s", got, wantMulti)
		}
	}
}
