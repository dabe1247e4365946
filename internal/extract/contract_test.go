package extract_test

import (
	"fmt"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts/conform"
	"github.com/newsfacts/newsfacts/internal/render"
)

// TestOffsetsOnCorpus runs the whole pipeline over every text of the
// TempEval-3 corpus and checks the contract on each: schema-valid JSON and
// input[start:end] == text for every item.
func TestOffsetsOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	texts, _ := devdata.TBAQ(t)
	if len(texts) == 0 {
		t.Fatal("no documents read")
	}
	for i, text := range texts {
		checkRun(t, fmt.Sprintf("news-tbaq:%d", i+1), text, nil)
	}
}

func checkRun(t *testing.T, id, text string, date *time.Time) {
	t.Helper()
	d, err := extract.Run(id, text, extract.Options{Date: date})
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	out, err := render.Marshal(d, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := conform.Check(text, out); err != nil {
		t.Fatalf("%s: %v", id, err)
	}
}

// FuzzRun feeds arbitrary text through the whole pipeline: no panic, and
// the output keeps the contract.
func FuzzRun(f *testing.F) {
	ref := time.Date(2023, 5, 30, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"",
		"NATO sends hundreds of more troops\n\nAt least 30 NATO soldiers were injured on Tuesday, KFOR said.",
		"“Unbalanced, he said. «Nested ‘quotes’» and ``TBAQ'' marks.",
		"\uFEFFHeadline\r\n\r\nEleven Italian and 19 Hungarian soldiers, 2.5 million dollars, 40% — 1990s.",
		"He said \"\"\"\" \" 3-4 5–6 −7 twenty-one",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("the input package rejects invalid UTF-8 before extraction")
		}
		checkRun(t, "fuzz", text, &ref)
	})
}
