package beamfacts

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// TestMain lets the test binary serve as Prism's in-process worker; Prism is
// the runner unless --runner says otherwise.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

func TestParseRecord(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       Doc
	}{
		{name: "string id and date", line: `{"id": "APW1", "date": "1998-08-07", "text": "Hi."}`,
			want: Doc{ID: "APW1", Date: "1998-08-07", Text: "Hi."}},
		{name: "number id kept as written", line: `{"id": 17.50, "text": "Hi."}`,
			want: Doc{ID: "17.50", Text: "Hi."}},
		{name: "no id: file and line hash", line: `{"text": "Hi."}`,
			want: Doc{ID: "c.jsonl#" + shortHash(`{"text": "Hi."}`), Text: "Hi."}},
		{name: "object id", line: `{"id": {}, "text": "Hi."}`,
			want: Doc{ID: "c.jsonl", Err: `"id" must be a string or a number`}},
		{name: "no text", line: `{"id": "x"}`,
			want: Doc{ID: "x", Err: `record has no "text" string`}},
		{name: "latin-1 byte in the raw line, not replaced", line: "{\"id\": \"x\", \"text\": \"Z\xfcrich\"}",
			want: Doc{ID: "c.jsonl", Err: "invalid UTF-8 at byte 22"}},
		{name: "NUL byte", line: "{\"text\": \"a\x00\"}",
			want: Doc{ID: "c.jsonl", Err: "binary file (contains NUL bytes)"}},
		{name: "not JSON", line: `{"text": `,
			want: Doc{ID: "c.jsonl", Err: "bad JSON record: unexpected end of JSON input"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ParseRecord("c.jsonl", tc.line); got != tc.want {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// TestPrismMatchesCommand runs the pipeline on Prism over 300 TBAQ records
// and the newsfacts command over the same file: the two outputs must be the
// same set of lines.
func TestPrismMatchesCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and starts Prism")
	}
	tbaq := filepath.Join("..", "..", "..", "shared", "data", "news-tbaq.jsonl")
	if _, err := os.Stat(tbaq); err != nil {
		t.Skipf("shared data not available (%v): skipping", err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "tbaq.jsonl")
	lines := readLines(t, tbaq)
	lines = append(lines[:min(len(lines), 299)], `{"id": "bad-date", "date": "May 1998", "text": "Hi."}`)
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	bin := filepath.Join(dir, "newsfacts")
	build := exec.Command("go", "build", "-o", bin, "./cmd/newsfacts")
	build.Dir = filepath.Join("..", "..")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the command: %v\n%s", err, out)
	}
	cli := exec.Command(bin, "--format", "jsonl", "--jobs", "2", in)
	cliOut, err := cli.Output()
	if err == nil {
		t.Fatal("the command should exit 1 for the record with a bad date")
	}
	want := strings.Split(strings.TrimSuffix(string(cliOut), "\n"), "\n")

	out := filepath.Join(dir, "beam.jsonl")
	p, s := beam.NewPipelineWithRoot()
	textio.Write(s, out, Extract(s, ReadJSONL(s, in)))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	got := readLines(t, out)

	if len(got) != len(lines) {
		t.Errorf("%d lines from %d records", len(got), len(lines))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("first difference (sorted line %d):\nbeam %.300s\ncli  %.300s", i, got[i], want[i])
			}
		}
		t.Fatalf("beam %d lines, command %d", len(got), len(want))
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// FuzzParseRecord checks that a line with a NUL byte or invalid UTF-8 is
// never decoded (decoding would replace the bad bytes and shift every
// offset after them), and that only an empty "id" leaves a Doc unnamed, as
// the command leaves its source empty (testdata/fuzz holds the case).
func FuzzParseRecord(f *testing.F) {
	f.Add(`{"id": "a", "date": "2023-05-30", "text": "Hi."}`)
	f.Add(`{"id": 1e3, "text": "\u0000"}`)
	f.Add("{\"text\": \"Z\xfcrich\"}")
	f.Fuzz(func(t *testing.T, line string) {
		d := ParseRecord("f.jsonl", line)
		if d.ID == "" && !strings.Contains(line, `""`) {
			t.Fatalf("no name for %q: %+v", line, d)
		}
		if d.Err == "" && (strings.IndexByte(line, 0) >= 0 || !utf8.ValidString(line)) {
			t.Fatalf("bad line %q decoded: %+v", line, d)
		}
	})
}
