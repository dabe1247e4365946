package eval

import (
	"github.com/newsfacts/newsfacts/internal/devdata"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedData returns ../shared/data (beside the repository) or skips.
func sharedData(t *testing.T) string {
	t.Helper()
	return devdata.Path(t, ".")
}

// The loaders read the public dev sets with the counts their publishers
// give, and every gold span is the text it claims, so the figures rest on
// the right gold. Parsing only: no pipeline, so this takes well under a
// second.
func TestSharedGoldLoads(t *testing.T) {
	dir := sharedData(t)
	t.Run("CoNLL-2003 valid: 216 documents, 5942 entities", func(t *testing.T) {
		path := filepath.Join(dir, "conll2003", "valid.txt")
		data, err := os.ReadFile(path)
		if err != nil {
			devdata.Missing(t, "%v", err)
		}
		docs, err := parseCoNLL(path, data)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range docs {
			n += len(d.chunks)
			checkItems(t, d.text, d.chunks)
		}
		if len(docs) != 216 || n != 5942 {
			t.Errorf("%d documents, %d entities; want 216, 5942", len(docs), n)
		}
	})
	t.Run("TempEval-3 TBAQ: 256 documents, 1822 timexes, each with a DCT", func(t *testing.T) {
		groups, err := collect(filepath.Join(dir, "tempeval3-tbaq"), "")
		if err != nil {
			devdata.Missing(t, "%v", err)
		}
		docs, n := 0, 0
		for _, g := range groups {
			for _, f := range g.files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				d, err := parseTimeML(f, data)
				if err != nil {
					t.Fatal(err)
				}
				if d.ref == nil {
					t.Errorf("%s: no DCT", f)
				}
				if strings.ContainsAny(d.text, "<>") && strings.Contains(d.text, "</") {
					t.Errorf("%s: tags left in the text", f)
				}
				checkItems(t, d.text, d.gold)
				docs++
				n += len(d.gold)
			}
		}
		if docs != 256 || n != 1822 {
			t.Errorf("%d documents, %d timexes; want 256, 1822", docs, n)
		}
	})
	t.Run("MEANTIME: 120 documents, each with a creation time", func(t *testing.T) {
		groups, err := collect(filepath.Join(dir, "meantime-en"), "")
		if err != nil {
			devdata.Missing(t, "%v", err)
		}
		docs := 0
		for _, g := range groups {
			for _, f := range g.files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				d, err := parseMEANTIME(f, data)
				if err != nil {
					t.Fatal(err)
				}
				if d.ref == nil {
					t.Errorf("%s: no creation time", f)
				}
				for _, items := range [][]Item{d.entities, d.values, d.timexes} {
					checkItems(t, d.text, items)
					for _, it := range items {
						if it.Start >= d.annotated {
							t.Errorf("%s: gold %q after the annotated part", f, it.Text)
						}
					}
				}
				docs++
			}
		}
		if docs != 120 {
			t.Errorf("%d documents, want 120", docs)
		}
	})
}

func checkItems(t *testing.T, text string, items []Item) {
	t.Helper()
	for _, it := range items {
		if it.Start < 0 || it.End > len(text) || it.Start >= it.End || text[it.Start:it.End] != it.Text && it.Text != "" {
			t.Fatalf("bad gold span %d-%d %q", it.Start, it.End, it.Text)
		}
	}
}
