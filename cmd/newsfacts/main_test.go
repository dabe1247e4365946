package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/newsfacts/newsfacts/internal/facts/conform"
	"github.com/newsfacts/newsfacts/internal/render"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"newsfacts": func() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the end-to-end scripts in testdata/script against the
// newsfacts command, as a user at a shell would.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// writequoted FILE 'escaped' writes bytes a txtar file cannot
			// hold readably (NUL, invalid UTF-8, a byte order mark), given
			// with Go string escapes.
			"writequoted": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: writequoted FILE 'escaped bytes'")
				}
				data, err := strconv.Unquote(`"` + args[1] + `"`)
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(data), 0o644))
			},
		},
	})
}

// articles are the bundled test articles: the golden outputs cover each of
// them in every format.
func articles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	return paths
}

func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// TestGolden compares whole outputs with testdata/golden, byte for byte.
// Refresh with `make golden` and review the diff like code.
func TestGolden(t *testing.T) {
	for _, path := range articles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		for _, format := range render.Formats {
			t.Run(name+"."+format, func(t *testing.T) {
				out, stderr, code := run(t, "--format", format, path)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				golden := filepath.Join("testdata/golden", name+"."+format)
				if *update {
					if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run make golden)", err)
				}
				if out != string(want) {
					t.Errorf("output differs from %s (run make golden and review the diff):\n%s", golden, firstDiff(string(want), out))
				}
			})
		}
	}
}

// TestContract validates the JSON of every test article against the schema
// and checks every offset.
func TestContract(t *testing.T) {
	for _, path := range articles(t) {
		input, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		// Plain, and with the flag-gated version field.
		for _, flags := range [][]string{nil, {"--version-field"}} {
			out, stderr, code := run(t, append(flags, "--format", "json", path)...)
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", path, code, stderr)
			}
			if err := conform.Check(string(input), []byte(out)); err != nil {
				t.Errorf("%s %v: %v", path, flags, err)
			}
		}
	}
	// A failed input's error record is in the contract too.
	out, _, code := run(t, "--format", "jsonl", "no-such-file.txt")
	if code != exitFailed {
		t.Fatalf("missing file: exit %d", code)
	}
	if err := conform.Check("", []byte(out)); err != nil || !strings.Contains(out, `"error":`) {
		t.Errorf("error record %s: %v", out, err)
	}
}

// TestDeterministic runs the same input twice and wants identical bytes.
func TestDeterministic(t *testing.T) {
	path := articles(t)[0]
	a, _, _ := run(t, "--format", "json", path)
	b, _, _ := run(t, "--format", "json", path)
	if a != b {
		t.Errorf("two runs differ:\n%s", firstDiff(a, b))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, w, g)
		}
	}
	return ""
}
