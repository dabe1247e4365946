package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExitCodes holds each command to its documented exit code: 0 when
// every input was processed, 1 when an input failed (the others still
// printed) or an eval threshold was missed, 2 for a usage error. Testscript
// cannot tell 1 from 2, so the codes are checked here.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", "The council voted 84 to 31 on Monday, Mayor Corine Mauch said.\n")
	badUTF8 := write("bad.txt", "caf\xe9 au lait\n")
	binary := write("bin.txt", "a\x00b")
	gold := "../../internal/eval/testdata/gold-mini.jsonl"
	tests := []struct {
		name string
		args []string
		code int
		// stdout must hold this (the good input is still printed when
		// another fails).
		stdout string
	}{
		{"one good file", []string{"--format", "jsonl", good}, 0, `"source":"` + good},
		{"empty stdin", []string{"--format", "jsonl", "-"}, 0, `"source":"-"`},
		{"invalid UTF-8 beside a good file", []string{"--format", "jsonl", badUTF8, good}, 1, `"source":"` + good},
		{"binary file", []string{"--format", "jsonl", binary}, 1, ""},
		{"missing file beside a good file", []string{"--format", "jsonl", filepath.Join(dir, "nosuch.txt"), good}, 1, `"source":"` + good},
		{"unknown flag", []string{"--nosuch", good}, 2, ""},
		{"unknown format", []string{"--format", "yaml", good}, 2, ""},
		{"unknown kind", []string{"--only", "weather", good}, 2, ""},
		{"bad date", []string{"--date", "30/05/2023", good}, 2, ""},
		{"check: clean run", []string{"check", "--format", "jsonl", good}, 0, ""},
		{"check: an error finding", []string{"check", "--format", "jsonl", write("open.txt", "He said: \"it will rain.\n")}, 1, `"rule":"unbalanced-quote"`},
		{"eval: thresholds met", []string{"eval", "--min", "numbers=0.1", gold}, 0, ""},
		{"eval: threshold missed", []string{"eval", "--min", "quotes=0.9", gold}, 1, ""},
		{"eval: unknown figure", []string{"eval", "--min", "nosuch=0.5", gold}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := run(t, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstderr: %s", code, tt.code, stderr)
			}
			if !strings.Contains(stdout, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, stdout)
			}
			if code != 0 && strings.Count(strings.TrimSpace(stderr), "\n") > 3 {
				t.Errorf("stderr is more than a few lines:\n%s", stderr)
			}
		})
	}
}
