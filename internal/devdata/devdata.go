// Package devdata reads the development corpora of ../shared/data, beside
// the project, for tests and benchmarks: the TBAQ news texts and the
// CoNLL-2003 validation set. They are too big to copy into testdata; a test
// that needs them skips when they are not there, except in CI (the CI
// variable set), where missing data fails the test: CI has them, and a
// silent skip there would hide a whole part of the suite.
package devdata

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Path returns the path of a file or folder of ../shared/data, found from
// the test's working directory (its package folder) by walking up to the
// module's go.mod, and stops the test through Missing when it is not there.
func Path(tb testing.TB, name string) string {
	tb.Helper()
	p := root(tb)
	p = filepath.Join(p, "..", "shared", "data", name)
	if _, err := os.Stat(p); err != nil {
		Missing(tb, "shared data not available (%v)", err)
	}
	return p
}

// Missing stops a test whose development data is not there: a skip on a
// clone without ../shared, a failure in CI.
func Missing(tb testing.TB, format string, args ...any) {
	tb.Helper()
	if os.Getenv("CI") != "" {
		tb.Fatalf("CI: "+format, args...)
	}
	tb.Skipf(format+": skipping", args...)
}

func root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatalf("devdata: no go.mod above %s", dir)
		}
		dir = up
	}
}

// TBAQ returns the texts of news-tbaq.jsonl (TempEval-3 TimeBank and
// AQUAINT news, one JSON record a line) and their total size in bytes.
func TBAQ(tb testing.TB) ([]string, int64) {
	tb.Helper()
	f, err := os.Open(Path(tb, "news-tbaq.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var texts []string
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, rec.Text)
		n += int64(len(rec.Text))
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts, n
}

// Word is a token of CoNLL-2003 with its part-of-speech tag.
type Word struct{ Text, Tag string }

// CoNLLValid returns the documents of conll2003/valid.txt, each a list of
// its sentences.
func CoNLLValid(tb testing.TB) [][][]Word {
	tb.Helper()
	data, err := os.ReadFile(Path(tb, "conll2003/valid.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	var docs [][][]Word
	var doc [][]Word
	var sent []Word
	endSentence := func() {
		if len(sent) > 0 {
			doc = append(doc, sent)
		}
		sent = nil
	}
	endDoc := func() {
		endSentence()
		if len(doc) > 0 {
			docs = append(docs, doc)
		}
		doc = nil
	}
	for line := range strings.Lines(string(data)) {
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			endSentence()
		case fields[0] == "-DOCSTART-":
			endDoc()
		case len(fields) >= 2:
			sent = append(sent, Word{fields[0], fields[1]})
		}
	}
	endDoc()
	return docs
}
