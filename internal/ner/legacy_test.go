package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"testing"
)

// v6Model is a model as the decoder of format v6 (gzipped varints, the
// format before the tables were read in place) gave it. testdata holds the
// last model written in v6, the oracle of the differential tests: the
// tables read in place must answer every lookup as v6's did.
type v6Model struct {
	sorted   []uint32
	w        []int16
	trans    [NumLabels + 1][NumLabels]int16
	gaz      map[uint64]uint8
	lex      lexicon
	lists    nameLists
	clusters clusterTable
	flags    uint64
}

// readV6 is v6's Read and decode, unchanged but for building a v6Model.
func readV6(path string) (*v6Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte("NFNER")) {
		return nil, errors.New("not a v6 model")
	}
	d := v6decoder{b: data[len("NFNER"):]}
	if d.uvarint() != 6 || d.uvarint() != featureVersion {
		return nil, errors.New("not a v6 model of this feature version")
	}
	m := &v6Model{gaz: map[uint64]uint8{}}
	n := d.count()
	for p := range NumLabels + 1 {
		for c := range NumLabels {
			m.trans[p][c] = int16(d.varint())
		}
	}
	m.sorted = make([]uint32, n)
	m.w = make([]int16, n*int(NumLabels))
	last := uint32(0)
	for r := range m.sorted {
		last += uint32(d.uvarint())
		m.sorted[r] = last
		mask := d.uvarint()
		for y := range int(NumLabels) {
			if mask&(1<<y) != 0 {
				m.w[r*int(NumLabels)+y] = int16(d.varint())
			}
		}
	}
	ng := d.count()
	h := uint64(0)
	for range ng {
		h += d.uvarint()
		m.gaz[h] = d.byte()
	}
	m.lex.keys = d.deltaKeys(func() { m.lex.bits = append(m.lex.bits, d.byte()) })
	m.lists.keys = d.deltaKeys(func() { m.lists.bits = append(m.lists.bits, d.byte()) })
	m.clusters.keys = d.deltaKeys(func() { m.clusters.paths = append(m.clusters.paths, uint32(d.uvarint())) })
	m.flags = d.uvarint()
	return m, d.err
}

// model builds the tagger of the v6 tables, as v6's decode did.
func (v *v6Model) model() *Model {
	k := knowledge{gaz: newGazetteer(v.gaz), lex: &v.lex, noLayout: v.flags&1 != 0, noAgg: v.flags&2 != 0}
	if len(v.lists.keys) > 0 {
		k.lists = &v.lists
	}
	if len(v.clusters.keys) > 0 {
		k.clusters = &v.clusters
	}
	return newModel(v.sorted, v.w, v.trans, k)
}

type v6decoder struct {
	b   []byte
	err error
}

func (d *v6decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *v6decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *v6decoder) byte() uint8 {
	if len(d.b) == 0 {
		d.err = errCorrupt
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

func (d *v6decoder) deltaKeys(value func()) []uint32 {
	n := d.count()
	keys := make([]uint32, n)
	k := uint32(0)
	for i := range n {
		k += uint32(d.uvarint())
		keys[i] = k
		value()
	}
	return keys
}

func (d *v6decoder) count() int {
	v := d.uvarint()
	if v > uint64(len(d.b)) {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	return int(v)
}

// TestConvertV6 writes the v6 model of testdata in the current format when
// NER_CONVERT names the output file; the committed model was made so, and
// make model reproduces it.
func TestConvertV6(t *testing.T) {
	out := os.Getenv("NER_CONVERT")
	if out == "" {
		t.Skip("NER_CONVERT not set")
	}
	v, err := readV6("testdata/model-v6.bin.gz")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := v.model().Write(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
