package postag

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

var update = flag.Bool("update", false, "rewrite data/index.bin from prose's model")

// TestIndex holds the embedded index to what Load builds from the model
// prose ships, so Default, which uses it, tags as Load's model does (and
// so as prose does: TestMatchesProse).
func TestIndex(t *testing.T) {
	m, err := Load(aptagmodel.English)
	if err != nil {
		t.Fatal(err)
	}
	want := encodeIndex(m)
	if *update {
		if err := os.WriteFile("data/index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(index, want) {
		t.Fatal("data/index.bin is stale: run go test ./internal/postag -run TestIndex -update")
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.features) == 0 || &d.features[0] != &index[len(indexMagic)+9*4] {
		t.Error("Default did not use the embedded index")
	}
	if _, err := fromIndex(aptagmodel.English[:len(aptagmodel.English)-1], index); err == nil {
		t.Error("the index was accepted for another model")
	}
}
