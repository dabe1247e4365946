package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unsafe"
)

// The model file holds every table as the tagger uses it, so that a process
// maps the embedded bytes and starts tagging: no gzip, no varints, no maps
// built (the format before, v6, took 12-17 ms to inflate and decode at
// every start). All numbers are little-endian; every array starts at a
// multiple of 8 bytes from the start of the file.
//
//	magic "NFNERv7\n"
//	header: 16 uint32 (fileHeader), then the transitions, 10×9 int16
//	feature table: slots [1<<featBits]uint64 (featTable)
//	weights [rows×9]int16, the rows in the order of their keys
//	gazetteer table: keys [1<<gazBits]uint64, bits [1<<gazBits]uint8
//	  (gazTable)
//	lexicon: keys [lex]uint32 sorted, bits [lex]uint8
//	lists: keys [lists]uint32 sorted, bits [lists]uint8
//	clusters: keys [clusters]uint32 sorted, paths [clusters]uint32
const formatVersion = 7

var magic = []byte("NFNERv7\n")

// fileHeader is the fixed part of the header.
type fileHeader struct {
	Format, Features, Flags      uint32
	Rows, FeatBits, Gaz, GazBits uint32
	Lex, Lists, Clusters         uint32
	_                            [6]uint32
}

// Write serialises the model in the format above.
func (m *Model) Write(w io.Writer) error {
	gaz := m.gaz
	if gaz == nil {
		gaz = newGazetteer(nil)
	}
	var lex lexicon
	if m.lex != nil {
		lex = *m.lex
	}
	var lists nameLists
	if m.lists != nil {
		lists = *m.lists
	}
	var clus clusterTable
	if m.clusters != nil {
		clus = *m.clusters
	}
	h := fileHeader{Format: formatVersion, Features: featureVersion,
		Rows: uint32(m.rows), FeatBits: 32 - uint32(m.feat.shift),
		Gaz: uint32(gaz.t.n), GazBits: 64 - uint32(gaz.t.shift),
		Lex: uint32(len(lex.keys)), Lists: uint32(len(lists.keys)), Clusters: uint32(len(clus.keys))}
	if m.noLayout {
		h.Flags |= 1
	}
	if m.noAgg {
		h.Flags |= 2
	}
	var buf bytes.Buffer
	buf.Write(magic)
	put := func(v any) {
		_ = binary.Write(&buf, binary.LittleEndian, v) // a bytes.Buffer does not fail
		for buf.Len()%8 != 0 {
			buf.WriteByte(0)
		}
	}
	put(h)
	put(m.rawT)
	put(m.feat.slots)
	put(m.w)
	put(gaz.t.keys)
	put(gaz.t.vals)
	put(lex.keys)
	put(lex.bits)
	put(lists.keys)
	put(lists.bits)
	put(clus.keys)
	put(clus.paths)
	_, err := w.Write(buf.Bytes())
	return err
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	return load(data, true)
}

var errCorrupt = errors.New("ner: corrupt model")

// load makes a model of a model file, its tables pointing into data, which
// must stay unchanged while the model is in use. check scans the hash
// tables, so that a corrupt file cannot make a lookup run out of bounds or
// probe forever; it reads every page of them (0.5 ms), which the embedded
// model, written by Write and checked by the tests, is spared: a process
// then touches only the pages its lookups read.
func load(data []byte, check bool) (*Model, error) {
	if !bytes.HasPrefix(data, magic) {
		return nil, errors.New("ner: not a model file (format v7)")
	}
	d := fileReader{b: data, at: len(magic)}
	var h fileHeader
	if len(data) < d.at+int(unsafe.Sizeof(h)) {
		return nil, errCorrupt
	}
	_ = binary.Read(bytes.NewReader(data[d.at:]), binary.LittleEndian, &h) // length checked
	d.at += int(unsafe.Sizeof(h))
	if h.Format != formatVersion {
		return nil, fmt.Errorf("ner: model format %d, want %d", h.Format, formatVersion)
	}
	if h.Features != featureVersion {
		return nil, fmt.Errorf("ner: model built for features v%d, this code computes v%d", h.Features, featureVersion)
	}
	if h.FeatBits < 1 || h.FeatBits > 31 || h.GazBits < 1 || h.GazBits > 31 {
		return nil, errCorrupt
	}
	t := fileArray[int16](&d, int(NumLabels+1)*int(NumLabels))
	if d.err != nil {
		return nil, d.err
	}
	m := &Model{noLayout: h.Flags&1 != 0, noAgg: h.Flags&2 != 0}
	var trans [NumLabels + 1][NumLabels]int16
	for p := range trans {
		copy(trans[p][:], t[p*int(NumLabels):])
	}
	m.feat = featTable{shift: 32 - uint(h.FeatBits), slots: fileArray[uint64](&d, 1<<h.FeatBits)}
	m.rows = int(h.Rows)
	m.w = fileArray[int16](&d, m.rows*int(NumLabels))
	m.gaz = &gazetteer{maxLen: gazMaxLen, t: gazTable{n: int(h.Gaz), shift: 64 - uint(h.GazBits), keys: fileArray[uint64](&d, 1<<h.GazBits)}}
	m.gaz.t.vals = fileArray[uint8](&d, 1<<h.GazBits)
	m.lex = &lexicon{keys: fileArray[uint32](&d, int(h.Lex)), bits: fileArray[uint8](&d, int(h.Lex))}
	if l := (&nameLists{keys: fileArray[uint32](&d, int(h.Lists)), bits: fileArray[uint8](&d, int(h.Lists))}); len(l.keys) > 0 {
		m.lists = l
	}
	if c := (&clusterTable{keys: fileArray[uint32](&d, int(h.Clusters)), paths: fileArray[uint32](&d, int(h.Clusters))}); len(c.keys) > 0 {
		m.clusters = c
	}
	if d.err != nil || d.at != len(data) {
		return nil, errCorrupt
	}
	if check && (!m.feat.valid(m.rows) || !m.gaz.t.valid()) {
		return nil, errors.New("ner: corrupt model: bad hash tables")
	}
	m.setTrans(trans)
	return m, nil
}

// fileReader walks the arrays of a model file, keeping the first error.
type fileReader struct {
	b   []byte
	at  int
	err error
}

// littleEndian tells whether the machine's integers are laid out as the
// file's, so that its arrays can be used in place.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// fileArray returns the next n values of the file, then moves past the
// padding to the next multiple of 8 bytes. It points into the file's bytes
// when they are aligned for T on a little-endian machine, and decodes a
// copy otherwise.
func fileArray[T uint8 | int16 | uint32 | uint64](d *fileReader, n int) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if d.err != nil || n < 0 || n > (len(d.b)-d.at)/size {
		d.err = errCorrupt
		return nil
	}
	raw := d.b[d.at : d.at+n*size]
	d.at += (n*size + 7) &^ 7
	if d.at > len(d.b) {
		d.err = errCorrupt
		return nil
	}
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&raw[0]))%uintptr(size) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(&raw[0])), n)
	}
	out := make([]T, n)
	_ = binary.Read(bytes.NewReader(raw), binary.LittleEndian, out) // length checked
	return out
}
