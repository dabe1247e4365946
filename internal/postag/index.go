package postag

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"hash/crc32"
)

// index is the feature, vocabulary and word tables Load builds from prose's
// English model, written by `go test ./internal/postag -run TestIndex
// -update`. It is only used when the model's checksum matches, so a newer
// prose with another model falls back to Load.
//
//go:embed data/index.bin
var index []byte

const indexMagic = "POSTAGIX"

// encodeIndex writes m's tables, stamped with the checksum of its model.
func encodeIndex(m *Model) []byte {
	out := []byte(indexMagic)
	for _, v := range []uint32{1, crc32.ChecksumIEEE(m.data), uint32(len(m.data)), uint32(m.nVocab),
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
	if r.u32() != 1 || r.u32() != crc32.ChecksumIEEE(data) || r.u32() != uint32(len(data)) {
		return nil, errors.New("postag: the index is of another model")
	}
	m, _, err := header(data)
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
