package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"github.com/newsfacts/newsfacts/internal/devdata"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newsSample writes the first n records of ../shared/data/news-tbaq.jsonl to
// a temporary corpus, skipping when ../shared is absent.
func newsSample(t *testing.T, n int) (path string, ids []string) {
	t.Helper()
	f, err := os.Open(devdata.Path(t, "news-tbaq.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for len(ids) < n && sc.Scan() {
		var rec struct{ ID string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rec.ID)
		buf.Write(sc.Bytes())
		buf.WriteByte('\n')
	}
	path = filepath.Join(t.TempDir(), "news.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, ids
}

// On real news with every extractor, the output is the same bytes for any
// --jobs, one line per record in corpus order.
func TestCorpusJobsByteIdenticalOnNews(t *testing.T) {
	path, ids := newsSample(t, 30)
	run := func(jobs string) string {
		var out, errb bytes.Buffer
		if code := Main([]string{"--format", "jsonl", "--jobs", jobs, path}, nil, &out, &errb); code != 0 {
			t.Fatalf("--jobs %s: exit %d: %s", jobs, code, errb.String())
		}
		return out.String()
	}
	one := run("1")
	if three := run("3"); three != one {
		t.Fatal("--jobs 3 output differs from --jobs 1")
	}
	lines := strings.Split(strings.TrimSuffix(one, "\n"), "\n")
	if len(lines) != len(ids) {
		t.Fatalf("%d lines for %d records", len(lines), len(ids))
	}
	entities := 0
	for i, line := range lines {
		var d struct {
			Source     string
			Date       *string
			DateSource string `json:"date_source"`
			Entities   []json.RawMessage
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		if d.Source != ids[i] {
			t.Fatalf("line %d is %s, want %s", i+1, d.Source, ids[i])
		}
		// Every record of this corpus carries its date.
		if d.Date == nil || d.DateSource != "record" {
			t.Errorf("%s: date %v from %q, want the record's", d.Source, d.Date, d.DateSource)
		}
		entities += len(d.Entities)
	}
	if entities == 0 {
		t.Error("no entities at all: the extractors did not run")
	}
}
