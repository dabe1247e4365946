package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
)

// TestWholeFormatsBounded: table and html hold a whole document's facts, so
// past maxWhole they fail that document in one line (exit 1) before any
// extraction, naming it and the formats that take any size; the document
// beside it is still printed.
func TestWholeFormatsBounded(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("Word.\n\n"), maxWhole/7+1), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("The council voted 84 to 31 on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"table", "html"} {
		var out, errw bytes.Buffer
		code := Main([]string{"--format", format, big, good}, strings.NewReader(""), &out, &errw)
		lines := strings.Split(strings.TrimSpace(errw.String()), "\n")
		if code != exitFailed || len(lines) != 1 || !strings.Contains(lines[0], big+": ") ||
			!strings.Contains(lines[0], "--format "+format+" holds a whole document") || !strings.Contains(out.String(), "84") {
			t.Errorf("%s: exit %d, stderr %q", format, code, errw.String())
		}
	}
}

// TestStreamedFile: a text file over a window, and stdin over a window,
// are read a window at a time (never whole) and their facts spilled; the
// jsonl of each is that of the same text as a JSONL record, which is read
// whole.
func TestStreamedFile(t *testing.T) {
	articles, _ := devdata.TBAQ(t)
	var text string
	for i := 0; len(text) <= window; i++ {
		text += articles[i%len(articles)] + "\n\n"
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "joined.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	record, err := json.Marshal(map[string]string{"id": path, "text": text})
	if err != nil {
		t.Fatal(err)
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(corpus, append(record, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(stdin string, args ...string) string {
		var out, errw bytes.Buffer
		if code := Main(append([]string{"--format", "jsonl", "--offsets", "utf16"}, args...), strings.NewReader(stdin), &out, &errw); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errw.String())
		}
		return out.String()
	}
	want := run("", corpus)
	if !strings.Contains(want, `"quotes":[{`) {
		t.Fatalf("no quotes: %.200s", want)
	}
	if got := run("", path); got != want {
		t.Errorf("streamed file: output differs (%d vs %d bytes)", len(got), len(want))
	}
	got := strings.Replace(run(text, "-"), `"source":"-"`, `"source":"`+path+`"`, 1)
	if got != want {
		t.Errorf("streamed stdin: output differs (%d vs %d bytes)", len(got), len(want))
	}
}
