package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/wordlist"
)

// TestDataFiles checks every word list and table the kind packages embed:
// one format (read by package wordlist), a header naming the source, and
// entries to read.
func TestDataFiles(t *testing.T) {
	var files []string
	for _, pat := range []string{"*/data/*.txt", "*/data/*.tsv", "*/data/*/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("found only %d data files: %v", len(files), files)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		data := string(b)
		h := strings.ToLower(wordlist.Header(data))
		if !strings.Contains(h, "source") && !strings.Contains(h, "newsfacts") && !strings.Contains(h, "built by") {
			t.Errorf("%s: header does not name the source: %q", f, h)
		}
		if len(wordlist.Rows(data)) < 2 {
			t.Errorf("%s: fewer than two entries", f)
		}
	}
}
