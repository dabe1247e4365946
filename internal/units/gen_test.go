package units

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate reruns the generator into a temporary folder and
// compares its output with the data files and the generated tables, so
// that an edit of gen's inputs without `go generate` fails. It needs Debian's iso-codes (the
// ISO 4217 names) and skips without it, or with -short.
func TestGeneratedUpToDate(t *testing.T) {
	const iso = "/usr/share/iso-codes/json/iso_4217.json"
	if testing.Short() {
		t.Skip("runs the generator: not in -short")
	}
	if _, err := os.Stat(iso); err != nil {
		t.Skipf("%s not installed (apt-get install iso-codes): skipping", iso)
	}
	dir := t.TempDir()
	cmd := exec.Command("go", "run", "./gen", "-out", dir, iso)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./gen: %v\n%s", err, out)
	}
	for _, f := range []string{"data/measures.tsv", "data/currencies.tsv", "lexicon_gen.go", "lexicon_exact_gen.go", "lexicon_exact_units_gen.go", "lexicon_fold_gen.go", "lexicon_fold_units_gen.go"} {
		got, err := os.ReadFile(filepath.Join(dir, filepath.Base(f)))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s is not what gen makes: run go generate ./internal/units", f)
		}
	}
}
