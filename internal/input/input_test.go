package input

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string // "" for accepted
	}{
		{"empty is text", "", ""},
		{"ascii", "Hello.", ""},
		{"multi-byte", "Zürich — “quoted” €", ""},
		{"byte order mark", "\uFEFFHello", ""},
		{"NUL byte is binary", "ab\x00cd", "binary file"},
		{"invalid UTF-8 names its offset", "café\xff", "invalid UTF-8 at byte 5"},
		{"truncated sequence", "ab\xe2\x80", "invalid UTF-8 at byte 2"},
		{"latin-1 text", "caf\xe9", "invalid UTF-8 at byte 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check([]byte(tt.data))
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("rejected: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(good, []byte("An article."), 0o644); err != nil {
		t.Fatal(err)
	}
	if text, err := Read(good, nil, 100); err != nil || text != "An article." {
		t.Errorf("Read = %q, %v", text, err)
	}
	if text, err := Read(Stdin, strings.NewReader("from stdin"), 100); err != nil || text != "from stdin" {
		t.Errorf("Read(stdin) = %q, %v", text, err)
	}
	for name, tc := range map[string]struct {
		src  string
		max  int64
		want error
	}{
		"directory": {dir, 100, ErrDirectory},
		"too large": {good, 5, ErrTooLarge},
		"missing":   {filepath.Join(dir, "nope.txt"), 100, os.ErrNotExist},
	} {
		_, err := Read(tc.src, nil, tc.max)
		var ie *Error
		if !errors.Is(err, tc.want) || !errors.As(err, &ie) || ie.Source != tc.src {
			t.Errorf("%s: error %v, want %v naming %s", name, err, tc.want, tc.src)
		}
	}
	_, err := Read(Stdin, strings.NewReader("x\x00"), 100)
	if err == nil || !strings.HasPrefix(err.Error(), "<standard input>: ") {
		t.Errorf("stdin error %v does not name <standard input>", err)
	}
}
