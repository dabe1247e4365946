package ner

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"
)

// TestInPlaceTablesAnswerAsV6 holds the tables of the in-place format,
// written from the v6 model of testdata and read back in place, to v6's
// own: every feature key and gazetteer hash v6 knows gives the same weights
// and bits, and a million keys it lacks are missing here too. With the
// lexicon, lists, clusters and transitions equal, the tagger cannot label
// a token otherwise.
func TestInPlaceTablesAnswerAsV6(t *testing.T) {
	v, err := readV6("testdata/model-v6.bin.gz")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := v.model().Write(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := load(buf.Bytes(), true)
	if err != nil {
		t.Fatal(err)
	}
	if m.Features() != len(v.sorted) || m.gaz.len() != len(v.gaz) || m.rawT != v.trans {
		t.Fatalf("%d rows, %d gazetteer entries; v6 has %d and %d", m.Features(), m.gaz.len(), len(v.sorted), len(v.gaz))
	}
	for r, k := range v.sorted {
		i := m.row(k)
		if i < 0 || !slices.Equal(m.w[int(i)*int(NumLabels):][:NumLabels], v.w[r*int(NumLabels):][:NumLabels]) {
			t.Fatalf("feature %#x: row %d differs from v6's", k, i)
		}
	}
	for h, bits := range v.gaz {
		if got, ok := m.gaz.get(h); !ok || got != bits {
			t.Fatalf("gazetteer %#x: %v %v, v6 %v", h, got, ok, bits)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 1 << 20 {
		k, h := rng.Uint32(), rng.Uint64()
		_, inV6 := slices.BinarySearch(v.sorted, k)
		if (m.row(k) >= 0) != inV6 {
			t.Fatalf("feature %#x: in the index %v, in v6 %v", k, !inV6, inV6)
		}
		_, inV6 = v.gaz[h]
		if _, ok := m.gaz.get(h); ok != inV6 {
			t.Fatalf("gazetteer %#x: in the index %v, in v6 %v", h, ok, inV6)
		}
	}
	if !slices.Equal(m.lex.keys, v.lex.keys) || !slices.Equal(m.lex.bits, v.lex.bits) ||
		!slices.Equal(m.lists.keys, v.lists.keys) || !slices.Equal(m.lists.bits, v.lists.bits) ||
		!slices.Equal(m.clusters.keys, v.clusters.keys) || !slices.Equal(m.clusters.paths, v.clusters.paths) ||
		m.noLayout != (v.flags&1 != 0) || m.noAgg != (v.flags&2 != 0) {
		t.Fatal("lexicon, lists, clusters or flags differ from v6's")
	}
}

// TestDefaultReadsInPlace checks that the embedded model's tables are the
// embedded bytes themselves, not copies: the start-up cost the format
// exists to save.
func TestDefaultReadsInPlace(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !m.feat.valid(m.rows) || !m.gaz.t.valid() {
		t.Error("the embedded model's hash tables fail the check Read makes")
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(embedded)))
	hi := lo + uintptr(len(embedded))
	for name, p := range map[string]unsafe.Pointer{
		"weights": unsafe.Pointer(&m.w[0]), "feature table": unsafe.Pointer(&m.feat.slots[0]),
		"gazetteer": unsafe.Pointer(&m.gaz.t.keys[0]), "lexicon": unsafe.Pointer(&m.lex.keys[0]),
		"lists": unsafe.Pointer(&m.lists.keys[0]), "clusters": unsafe.Pointer(&m.clusters.paths[0]),
	} {
		if a := uintptr(p); a < lo || a >= hi {
			t.Errorf("%s copied out of the embedded file", name)
		}
	}
}

// TestMisalignedFileIsCopied reads the model from bytes one past an
// aligned address, as a reader of a file may hand them: the arrays cannot
// be used in place there, and the copies must hold the same tables.
func TestMisalignedFileIsCopied(t *testing.T) {
	buf := make([]byte, len(embedded)+8)
	data := buf[1 : len(embedded)+1]
	copy(data, embedded)
	m, err := load(data, true)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if uintptr(unsafe.Pointer(&m.w[0]))%2 != 0 || uintptr(unsafe.Pointer(&m.feat.slots[0]))%8 != 0 {
		t.Fatal("misaligned arrays used in place")
	}
	if !slices.Equal(m.w, d.w) || !slices.Equal(m.feat.slots, d.feat.slots) || !slices.Equal(m.gaz.t.keys, d.gaz.t.keys) ||
		!slices.Equal(m.gaz.t.vals, d.gaz.t.vals) || !slices.Equal(m.lex.keys, d.lex.keys) || !slices.Equal(m.lists.bits, d.lists.bits) ||
		!slices.Equal(m.clusters.paths, d.clusters.paths) || m.trans != d.trans {
		t.Fatal("the copied tables differ from the embedded ones")
	}
}
