package postag

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"hash/crc32"
)

// index is the feature, vocabulary and word tables Load builds from prose's
// English model, written by `go test ./internal/postag -run TestIndex
// -update`. It is only used when the model's stamp matches (stamp), so a
// newer prose with another model falls back to Load.
//
//go:embed data/index.bin
var index []byte

const indexMagic = "POSTAGIX"

// stampEdge is how much of each end of the model the stamp checksums.
const stampEdge = 64 << 10

// stamp identifies a model cheaply: the CRC-32 of its first and last 64 KiB
// (the magic, version, class names and section sizes, the start of the
// feature keys; the table of unambiguous words) and its length. A checksum
// of all 3.4 MB cost 0.7-0.9 ms and 830 page faults at every start, for a
// model that only changes with prose's version in go.mod, and TestIndex,
// which compares the whole index with what Load builds from prose's bytes,
// fails then.
func stamp(data []byte) uint32 {
	if len(data) <= 2*stampEdge {
		return crc32.ChecksumIEEE(data)
	}
	c := crc32.ChecksumIEEE(data[:stampEdge])
	return crc32.Update(c, crc32.IEEETable, data[len(data)-stampEdge:])
}

// encodeIndex writes m's tables, stamped with its model's stamp.
func encodeIndex(m *Model) []byte {
	out := []byte(indexMagic)
	for _, v := range []uint32{2, stamp(m.data), uint32(len(m.data)), uint32(m.nVocab),
		m.biasLo, m.biasHi, uint32(len(m.features)), uint32(len(m.vocab.b)), uint32(len(m.words.b))} {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	out = append(out, m.features...)
	out = append(out, m.vocab.b...)
	return append(out, m.words.b...)
}

// fromIndex builds the model of data over a ready index, whose tables it
// uses in place.
func fromIndex(data, idx []byte) (*Model, error) {
	if len(idx) < len(indexMagic)+9*4 || string(idx[:len(indexMagic)]) != indexMagic {
		return nil, errors.New("postag: no index")
	}
	r := reader{b: idx, pos: len(indexMagic)}
	if r.u32() != 2 || r.u32() != stamp(data) || r.u32() != uint32(len(data)) {
		return nil, errors.New("postag: the index is of another model")
	}
	m, _, err := header(data, false)
	if err != nil {
		return nil, err
	}
	m.nVocab = int(r.u32())
	m.biasLo, m.biasHi = r.u32(), r.u32()
	nf, nv, nw := int(r.u32()), int(r.u32()), int(r.u32())
	m.features = r.bytes(nf)
	m.vocab.b = r.bytes(nv)
	m.words.b = r.bytes(nw)
	if r.err != nil || r.pos != len(idx) {
		return nil, errors.New("postag: corrupt index")
	}
	for _, n := range []int{nf, nv, nw} {
		if n < slotSize || n%slotSize != 0 || (n/slotSize)&(n/slotSize-1) != 0 {
			return nil, errors.New("postag: corrupt index")
		}
	}
	if m.biasLo > m.biasHi || int(m.biasHi) > len(m.ids) {
		return nil, errors.New("postag: corrupt index")
	}
	m.fmask = uint64(nf/slotSize - 1)
	m.vocab.mask = uint64(nv/slotSize - 1)
	m.words.mask = uint64(nw/slotSize - 1)
	m.finish()
	return m, nil
}
