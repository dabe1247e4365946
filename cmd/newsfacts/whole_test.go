package main

import (
	"bytes"
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

// TestStreamedFile: a text file over a window is read a window at a time
// (never whole) and its facts spilled; its jsonl is the output of the same
// text from stdin, which is read whole, but for the source.
func TestStreamedFile(t *testing.T) {
	articles, _ := devdata.TBAQ(t)
	var text string
	for i := 0; len(text) <= window; i++ {
		text += articles[i%len(articles)] + "\n\n"
	}
	path := filepath.Join(t.TempDir(), "joined.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var file, stdin, errw bytes.Buffer
	if code := Main([]string{"--format", "jsonl", "--offsets", "utf16", path}, strings.NewReader(""), &file, &errw); code != 0 {
		t.Fatalf("exit %d: %s", code, errw.String())
	}
	if code := Main([]string{"--format", "jsonl", "--offsets", "utf16"}, strings.NewReader(text), &stdin, &errw); code != 0 {
		t.Fatalf("exit %d: %s", code, errw.String())
	}
	got := strings.Replace(file.String(), `"source":"`+path+`"`, `"source":"-"`, 1)
	if got != stdin.String() || !strings.Contains(got, `"quotes":[{`) {
		t.Errorf("streamed output differs (%d vs %d bytes)", len(file.String()), stdin.Len())
	}
}
