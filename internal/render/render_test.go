package render

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/newsfacts/newsfacts/internal/extract"
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

// TestJSONErrors: an error object keeps the failed input's place.
func TestJSONErrors(t *testing.T) {
	for _, format := range []string{"json", "jsonl"} {
		var buf bytes.Buffer
		w, _ := New(format, &buf, Options{Multi: true})
		_ = w.Write(sample("a"))
		if err := w.(ErrorWriter).WriteError("b", "binary file"); err != nil {
			t.Fatal(err)
		}
		_ = w.Write(sample("c"))
		_ = w.Close()
		var got []map[string]any
		if format == "json" {
			if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
				t.Fatalf("%s: %v\n%s", format, err, buf.String())
			}
		} else {
			for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
				var m map[string]any
				if err := json.Unmarshal([]byte(line), &m); err != nil {
					t.Fatal(err)
				}
				got = append(got, m)
			}
		}
		if len(got) != 3 || got[0]["source"] != "a" || got[1]["error"] != "binary file" || got[1]["source"] != "b" || got[2]["source"] != "c" {
			t.Errorf("%s: not aligned with the inputs: %v", format, got)
		}
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

// TestTSV: fields are escaped the way TSV tools read them, never quoted.
func TestTSV(t *testing.T) {
	d := sample("dir\\a\tb.txt")
	d.Entities[0].Text = "NA\tTO\nline\r\\n \"quoted\""
	d.Entities[0].Canonical = `C:\path`
	out := write(t, "tsv", Options{Kinds: []string{facts.KindEntities}}, d)
	want := "source\tkind\tsentence\tstart\tend\ttext\tlabel\tcanonical\n" +
		`dir\\a\tb.txt` + "\tentities\t0\t0\t4\t" + `NA\tTO\nline\r\\n "quoted"` + "\tORG\t" + `C:\\path` + "\n"
	if out != want {
		t.Errorf("tsv:\n%q\nwant\n%q", out, want)
	}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if n := strings.Count(line, "\t"); n != 7 {
			t.Errorf("%d tabs, want 7: %q", n, line)
		}
	}
}

// TestFields: --fields chooses and orders CSV and TSV columns.
func TestFields(t *testing.T) {
	opt := Options{Kinds: []string{facts.KindEntities, facts.KindNumbers}, Fields: []string{"text", "Kind", "value", "start"}}
	out := write(t, "csv", opt, sample("a"))
	want := "text,kind,value,start\nNATO,entities,,0\n700,numbers,700,11\n"
	if out != want {
		t.Errorf("csv:\n%s\nwant:\n%s", out, want)
	}
	if tsv := write(t, "tsv", opt, sample("a")); tsv != strings.ReplaceAll(want, ",", "\t") {
		t.Errorf("tsv:\n%s", tsv)
	}
	opt.Fields = []string{"text", "speaker"} // not a field of the printed kinds
	if _, err := New("csv", &bytes.Buffer{}, opt); err == nil || !strings.Contains(err.Error(), `"speaker"`) {
		t.Errorf("unknown field: %v", err)
	}
}

func TestTableFitsWidth(t *testing.T) {
	d := sample("a")
	d.Sentences[0].Text = strings.Repeat("a very long sentence ", 20)
	out := write(t, "table", Options{Width: 100}, d)
	for _, line := range strings.Split(out, "\n") {
		if n := twwidth.Width(line); n > 100 {
			t.Errorf("line of %d columns: %s", n, line)
		}
	}
	if !strings.Contains(out, "…") {
		t.Error("long text not cut with an ellipsis")
	}
	if !strings.Contains(out, "Numbers (1)") || !strings.Contains(out, "Quotes (0)") {
		t.Errorf("missing titled tables:\n%s", out)
	}
	if strings.Contains(out, "hidden") {
		t.Errorf("a column hidden at 100 columns for a short table:\n%s", out)
	}
}

// TestTableFitsTerminal prints the sample article's tables at the usual
// terminal widths: no line is wider than the terminal, offsets are never
// cut, and a quote's text keeps at least half the width.
func TestTableFitsTerminal(t *testing.T) {
	d := extractSample(t)
	for _, width := range []int{80, 120} {
		t.Run(strconv.Itoa(width), func(t *testing.T) {
			out := write(t, "table", Options{Width: width}, d)
			for _, line := range strings.Split(out, "\n") {
				if n := twwidth.Width(line); n > width {
					t.Errorf("line of %d columns: %s", n, line)
				}
			}
			quotes := out[strings.Index(out, "Quotes ("):]
			header := strings.Split(quotes, "\n")[2]
			cells := strings.Split(header, "│")
			for i, c := range cells {
				if strings.TrimSpace(c) == "text" {
					if w := twwidth.Width(c) - 2; w < width/2 {
						t.Errorf("quote text column %d wide, want at least %d:\n%s", w, width/2, quotes)
					}
				}
				if strings.TrimSpace(c) == "offsets" {
					for _, row := range strings.Split(quotes, "\n")[4:9] {
						if cell := strings.Split(row, "│")[i]; strings.Contains(cell, "…") {
							t.Errorf("offsets cut: %s", row)
						}
					}
				}
			}
			if !strings.Contains(quotes, "1353-1418") {
				t.Errorf("quotes table lost its offsets:\n%s", quotes)
			}
		})
	}
}

// extractSample runs the extractors on the sample article.
func extractSample(t *testing.T) *facts.Document {
	t.Helper()
	b, err := os.ReadFile("../../testdata/kosovo-kfor-2023-05-30.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := extract.Run("kosovo-kfor-2023-05-30.txt", string(b), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFitWidths(t *testing.T) {
	header := []string{"sent", "offsets", "text", "a", "b"}
	row := []string{"1", "10-20", strings.Repeat("x", 200), strings.Repeat("y", 30), strings.Repeat("z", 30)}
	tests := []struct {
		name     string
		fit      Fit
		wantKeep []int
		check    func(w []int) string
	}{
		{"no width: as wide as the cells", Fit{}, []int{0, 1, 2, 3, 4}, func(w []int) string {
			if w != nil {
				return "widths set"
			}
			return ""
		}},
		{"main keeps half, others narrowed widest first", Fit{Width: 100, Main: 2, Fixed: []int{0, 1}}, []int{0, 1, 2, 3, 4}, func(w []int) string {
			if w[2] < 50 || w[0] != 4 || w[1] != 7 || w[3]-w[4] > 1 || w[4]-w[3] > 1 || 1+3*5+w[0]+w[1]+w[2]+w[3]+w[4] > 100 {
				return "bad widths"
			}
			return ""
		}},
		{"too narrow for all: drop columns in order", Fit{Width: 60, Main: 2, Fixed: []int{0, 1}, Drop: []int{4, 0}}, []int{1, 2, 3}, func(w []int) string {
			if w[2] < 30 || 1+3*3+w[1]+w[2]+w[3] > 60 {
				return "bad widths"
			}
			return ""
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, keep := fitWidths(header, [][]string{row}, tt.fit)
			if !slices.Equal(keep, tt.wantKeep) {
				t.Errorf("kept %v, want %v", keep, tt.wantKeep)
			}
			if msg := tt.check(w); msg != "" {
				t.Errorf("%s: %v", msg, w)
			}
		})
	}
}

func TestWidth(t *testing.T) {
	env := func(v string) func(string) string { return func(string) string { return v } }
	for _, tt := range []struct {
		columns string
		want    int
	}{{"90", 90}, {" 132 ", 132}, {"", 0}, {"wide", 0}, {"-3", 0}} {
		if got := Width(&bytes.Buffer{}, env(tt.columns)); got != tt.want {
			t.Errorf("COLUMNS=%q: width %d, want %d", tt.columns, got, tt.want)
		}
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
