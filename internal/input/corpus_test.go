package input

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// collect reads the whole corpus into (source, text or error) pairs.
func collect(t *testing.T, c *Corpus) []string {
	t.Helper()
	var out []string
	for {
		d, ok := c.Next()
		if !ok {
			return out
		}
		text, err := d.Text()
		if err != nil {
			out = append(out, d.Source+" ! "+err.Error())
			continue
		}
		out = append(out, d.Source+" = "+strings.TrimSpace(text))
	}
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCorpusSources(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		args  []string // relative to the temp dir; "." is the dir itself
		stdin string
		opt   Options
		want  []string
	}{
		{
			name:  "directory walked in lexical order, subfolders in place",
			files: map[string]string{"b.txt": "B", "a.txt": "A", "a/z.txt": "AZ", "c.txt": "C"},
			args:  []string{"."},
			want:  []string{"a/z.txt = AZ", "a.txt = A", "b.txt = B", "c.txt = C"},
		},
		{
			name:  "hidden folders and other extensions skipped",
			files: map[string]string{".git/x.txt": "X", "a.txt": "A", "b.pdf": "P", "c.TXT": "C"},
			args:  []string{"."},
			want:  []string{"a.txt = A", "c.TXT = C"},
		},
		{
			name:  "--ext chooses the walk, named files always read",
			files: map[string]string{"a.txt": "A", "b.md": "B", "c.pdf": "C"},
			args:  []string{".", "c.pdf"},
			opt:   Options{Exts: []string{"md"}},
			want:  []string{"b.md = B", "c.pdf = C"},
		},
		{
			name:  "binary file keeps its place",
			files: map[string]string{"a.txt": "A", "b.txt": "x\x00y", "c.txt": "C"},
			args:  []string{"."},
			want:  []string{"a.txt = A", "b.txt ! b.txt: binary file (contains NUL bytes)", "c.txt = C"},
		},
		{
			name:  "invalid UTF-8 names its byte offset",
			files: map[string]string{"a.txt": "caf\xe9 au lait"},
			args:  []string{"a.txt"},
			want:  []string{"a.txt ! a.txt: invalid UTF-8 at byte 3"},
		},
		{
			name:  "too large file",
			files: map[string]string{"a.txt": "0123456789"},
			args:  []string{"a.txt"},
			opt:   Options{MaxBytes: 5},
			want:  []string{"a.txt ! a.txt: input too large: more than 5 bytes (see --max-bytes)"},
		},
		{
			name:  "missing file among good ones",
			files: map[string]string{"a.txt": "A"},
			args:  []string{"missing.txt", "a.txt"},
			want:  []string{"missing.txt ! missing.txt: no such file or directory", "a.txt = A"},
		},
		{
			name: "jsonl records: id, numeric id, line number, blank lines, CRLF",
			files: map[string]string{"c.jsonl": `{"id":"x","text":"X"}` + "\r\n\n" +
				`{"id":7,"text":"Seven"}` + "\n" + `{"text":"none"}`},
			args: []string{"c.jsonl"},
			want: []string{"x = X", "7 = Seven", "c.jsonl:4 = none"},
		},
		{
			name:  "jsonl bad record keeps its place and the rest goes on",
			files: map[string]string{"c.jsonl": "{\"id\":\"a\",\"text\":\"A\"}\n{oops\n{\"id\":\"c\",\"text\":\"C\"}\n"},
			args:  []string{"c.jsonl"},
			want: []string{"a = A", "c.jsonl:2 ! c.jsonl:2: not valid JSON at byte 1: invalid character 'o' looking for beginning of object key string",
				"c = C"},
		},
		{
			name:  "jsonl wrong types are named in the corpus's terms, not Go's",
			files: map[string]string{"c.jsonl": `{"text":5}` + "\n" + `[1]` + "\n" + `{"text":"x","date":3}` + "\n" + `{"text":["a"]}`},
			args:  []string{"c.jsonl"},
			want: []string{`c.jsonl:1 ! c.jsonl:1: "text" must be a string, not a number`,
				`c.jsonl:2 ! c.jsonl:2: a record must be a JSON object, not an array`,
				`c.jsonl:3 ! c.jsonl:3: "date" must be a string, not a number`,
				`c.jsonl:4 ! c.jsonl:4: "text" must be a string, not an array`},
		},
		{
			name:  "jsonl escaped NUL is binary",
			files: map[string]string{"c.jsonl": `{"id":"a","text":"x\u0000y"}`},
			args:  []string{"c.jsonl"},
			want:  []string{"a ! a: binary file (contains NUL bytes)"},
		},
		{
			name:  "jsonl invalid UTF-8 in a line",
			files: map[string]string{"c.jsonl": "{\"id\":\"a\",\"text\":\"caf\xe9\"}"},
			args:  []string{"c.jsonl"},
			want:  []string{"c.jsonl:1 ! c.jsonl:1: invalid UTF-8 at byte 21"},
		},
		{
			name:  "jsonl line too large is skipped, the next read",
			files: map[string]string{"c.jsonl": `{"id":"a","text":"` + strings.Repeat("x", 100) + "\"}\n" + `{"id":"b","text":"B"}`},
			args:  []string{"c.jsonl"},
			opt:   Options{MaxBytes: 40},
			want:  []string{"c.jsonl:1 ! c.jsonl:1: input too large: line of more than 40 bytes (see --max-bytes)", "b = B"},
		},
		{
			name:  "jsonl from stdin with --input-format",
			args:  []string{"-"},
			stdin: `{"id":"s","text":"S"}` + "\n",
			opt:   Options{Format: FormatJSONL},
			want:  []string{"s = S"},
		},
		{
			name:  "stdin text",
			args:  []string{"-"},
			stdin: "Plain.",
			want:  []string{"- = Plain."},
		},
		{
			name:  "keep filters before reading, by source and by id",
			files: map[string]string{"a.txt": "A", "b.txt": "x\x00", "c.jsonl": `{"id":"keep","text":"K"}` + "\n" + `{"id":"drop","text":"D"}`},
			args:  []string{"."},
			opt:   Options{Keep: func(s string) bool { return s != "b.txt" && s != "drop" }},
			want:  []string{"a.txt = A", "keep = K"},
		},
		{
			name:  "keep also filters lines that fail, by FILE:LINE",
			files: map[string]string{"c.jsonl": "{oops\n" + `{"id":"b","text":"` + strings.Repeat("x", 100) + "\"}\n"},
			args:  []string{"c.jsonl"},
			opt:   Options{MaxBytes: 40, Keep: func(s string) bool { return s != "c.jsonl:1" && s != "c.jsonl:2" }},
			want:  nil,
		},
		{
			name:  "html by extension: title then paragraphs, no navigation",
			files: map[string]string{"p.html": page},
			args:  []string{"p.html"},
			want:  []string{"p.html = Storm hits coast\n\nA powerful storm hit the coast on Sunday, cutting power to thousands of homes and closing roads across the region, officials said.\n\nEmergency crews worked through the night to clear fallen trees and restore electricity, the utility company said in a statement."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			t.Chdir(dir)
			got := collect(t, Open(tt.args, strings.NewReader(tt.stdin), tt.opt))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

const page = `<!DOCTYPE html><html><head><title>Storm hits coast</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="content"><article>
<p>A powerful storm hit the coast on Sunday, cutting power to thousands of homes and closing roads across the region, officials said.</p>
<p>Emergency crews worked through the night to clear fallen trees and restore electricity, the utility company said in a statement.</p>
</article></div>
<footer>© 2024 News Corp. Privacy policy.</footer></body></html>`

func TestDocumentErrorsWrapInputError(t *testing.T) {
	t.Chdir(writeFiles(t, map[string]string{"b.txt": "\x00"}))
	d, _ := Open([]string{"b.txt"}, nil, Options{}).Next()
	var ie *Error
	if _, err := d.Text(); !errors.As(err, &ie) || !errors.Is(err, ErrBinary) || ie.Source != "b.txt" {
		t.Errorf("Text() error = %v, want *Error for b.txt wrapping ErrBinary", err)
	}
}

func TestIsMulti(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A", "c.jsonl": ""})
	t.Chdir(dir)
	tests := []struct {
		args   []string
		format string
		want   bool
	}{
		{[]string{"a.txt"}, FormatAuto, false},
		{[]string{"-"}, FormatAuto, false},
		{[]string{"a.txt", "a.txt"}, FormatAuto, true},
		{[]string{"."}, FormatAuto, true},
		{[]string{"c.jsonl"}, FormatAuto, true},
		{[]string{"c.jsonl"}, FormatText, false},
		{[]string{"-"}, FormatJSONL, true},
	}
	for _, tt := range tests {
		if got := IsMulti(tt.args, tt.format); got != tt.want {
			t.Errorf("IsMulti(%v, %s) = %v, want %v", tt.args, tt.format, got, tt.want)
		}
	}
}

// FuzzJSONL: any corpus bytes give documents or errors, never a panic, and
// every text that comes out is valid for the parser.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"A","date":"2023-05-30"}` + "\n" + `{"text":1}`))
	f.Add([]byte("\n\n{\"id\":null,\"text\":\"\"}\r\n"))
	f.Add([]byte(`{"id":[1],"text":"x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := Open([]string{"-"}, strings.NewReader(string(data)), Options{Format: FormatJSONL, MaxBytes: 1 << 10})
		for n := 0; ; n++ {
			d, ok := c.Next()
			if !ok {
				break
			}
			if n > len(data) {
				t.Fatalf("more documents than bytes")
			}
			if text, err := d.Text(); err == nil {
				if cerr := Check([]byte(text)); cerr != nil {
					t.Fatalf("text passed through with %v", cerr)
				}
			}
		}
	})
}
