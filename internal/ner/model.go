package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
)

// Model is a trained tagger. It is immutable once built and safe for
// concurrent use.
type Model struct {
	// slots is an open-addressing hash table from feature key to weight
	// row: each slot holds the key in its high half and the row in its low
	// half, so that a lookup reads one cache line; key 0 marks an empty
	// slot.
	slots []uint64
	shift uint
	// w holds NumLabels weights per row, quantised to int16.
	w []int16
	// trans[p][c] scores label c after label p; p == NumLabels is the start
	// of a sentence. Transitions that break BIO hold negInf.
	trans    [NumLabels + 1][NumLabels]int32
	gaz      *gazetteer
	lex      *lexicon
	lists    *nameLists
	clusters *clusterTable
	noLayout bool // see features.noLayout
	noAgg    bool // see features.noAgg
	// raw keeps the sorted keys and unconstrained transitions for writing.
	sorted []uint32
	rawT   [NumLabels + 1][NumLabels]int16

	pool sync.Pool
}

const negInf = -1 << 29

// formatVersion is the version of the serialised layout.
const formatVersion = 6

var magic = []byte("NFNER")

//go:embed data/model.bin.gz
var embedded []byte

// Default returns the embedded model, loading it on first use.
var Default = sync.OnceValues(func() (*Model, error) {
	if len(embedded) == 0 {
		return nil, errors.New("ner: no embedded model (run ./internal/ner/train)")
	}
	return Read(bytes.NewReader(embedded))
})

// knowledge is what a model knows besides its weights: the gazetteer of
// training names, the lexicon, the public lists and the word clusters.
type knowledge struct {
	gaz      *gazetteer
	lex      *lexicon
	lists    *nameLists
	clusters *clusterTable
	noLayout bool
	noAgg    bool
}

// newModel builds a model from rows sorted by key, their weights and the
// transition weights.
func newModel(sorted []uint32, w []int16, trans [NumLabels + 1][NumLabels]int16, k knowledge) *Model {
	m := &Model{sorted: sorted, w: w, rawT: trans, gaz: k.gaz, lex: k.lex, lists: k.lists, clusters: k.clusters, noLayout: k.noLayout, noAgg: k.noAgg}
	size, shift := 1, uint(32)
	for size < 2*len(sorted) || size < 2 {
		size <<= 1
		shift--
	}
	m.slots = make([]uint64, size)
	m.shift = shift
	mask := uint32(size - 1)
	for r, k := range sorted {
		i := (k * 0x9E3779B1) >> shift
		for m.slots[i] != 0 {
			i = (i + 1) & mask
		}
		m.slots[i] = uint64(k)<<32 | uint64(r)
	}
	for p := range NumLabels + 1 {
		for c := range NumLabels {
			if allowed(Label(p), Label(c)) {
				m.trans[p][c] = int32(trans[p][c])
			} else {
				m.trans[p][c] = negInf
			}
		}
	}
	return m
}

// row returns the weight row of feature key k, or -1.
func (m *Model) row(k uint32) int32 {
	mask := uint32(len(m.slots) - 1)
	for i := (k * 0x9E3779B1) >> m.shift; ; i = (i + 1) & mask {
		s := m.slots[i&mask]
		switch uint32(s >> 32) {
		case k:
			return int32(uint32(s))
		case 0:
			return -1
		}
	}
}

// Features reports the number of weight rows.
func (m *Model) Features() int { return len(m.sorted) }

type scratch struct {
	f     features
	words wordCache
	base  [][NumLabels]int32    // per token, the sum of its word's features
	near  [][4][NumLabels]int32 // per token, its word's wordEntry.near
	lex   []uint8               // per token, its word's lexicon entry
	emit  []int32
	back  []uint8
}

// Label tags a document: toks are its tokens with their POS tags, sents its
// sentences in order, and out (len(toks) long) receives the labels. Tokens
// outside every sentence are labelled O.
func (m *Model) Label(toks []Token, sents []Span, out []Label) {
	if len(out) < len(toks) {
		panic("ner: out is shorter than toks")
	}
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	defer m.pool.Put(s)
	clear(out[:len(toks)])
	f := &s.f
	f.lex, f.clusters, f.lists, f.noLayout, f.noAgg = m.lex, m.clusters, m.lists, m.noLayout, m.noAgg
	// features.reset, with the per-word values from the cache.
	f.alloc(toks)
	s.base = grow(s.base, len(toks))
	s.near = grow(s.near, len(toks))
	s.lex = grow(s.lex, len(toks))
	s.words.fit(len(toks))
	for i, t := range toks {
		w := hashString(t.Text)
		e := s.words.lookup(m, t.Text, w, &f.keys)
		f.word[i], f.lower[i], f.short[i], f.caps[i], f.clus[i] = w, e.lower, e.short, e.caps, e.clus // f.shape: only wordKeys reads it
		f.pos[i] = hashString(t.Tag)
		s.base[i], s.near[i], s.lex[i] = e.sum, e.near, e.lex
	}
	f.context(sents)
	hasLex := m.lex != nil
	// The neighbour features of tokens at the edges of a sentence read the
	// sentence's ends.
	var bos, eos [4][NumLabels]int32
	for j, t := range neighbourTemplates {
		bos[j], eos[j] = m.rowSum(key2(t, hashBOS)), m.rowSum(key2(t, hashEOS))
	}
	for _, sent := range sents {
		n := sent.Last - sent.First
		if n <= 0 {
			continue
		}
		s.emit = grow(s.emit, n*int(NumLabels))
		f.match(m.gaz, sent, nil)
		for i := sent.First; i < sent.Last; i++ {
			e := (*[NumLabels]int32)(s.emit[(i-sent.First)*int(NumLabels):])
			*e = s.base[i]
			// tLowerPrev reads the word before, tLowerNext the word
			// after, tLowerPrev2 and tLowerNext2 two away.
			p1, n1, p2, n2 := &bos[0], &eos[1], &bos[2], &eos[3]
			if i-1 >= sent.First {
				p1 = &s.near[i-1][0]
			}
			if i+1 < sent.Last {
				n1 = &s.near[i+1][1]
			}
			if i-2 >= sent.First {
				p2 = &s.near[i-2][2]
			}
			if i+2 < sent.Last {
				n2 = &s.near[i+2][3]
			}
			for y := range NumLabels {
				e[y] += p1[y] + n1[y] + p2[y] + n2[y]
			}
			f.keys = f.contextKeys(f.keys[:0], i, sent, hasLex, s.lex[i], false)
			m.addRows(e, f.keys)
		}
		s.back = grow(s.back, n*int(NumLabels))
		viterbi(s.emit, &m.trans, s.back, out[sent.First:sent.Last])
		f.record(sent, out[sent.First:sent.Last])
	}
}

// rowSum returns the weight row of key k, zeros when the model lacks it.
func (m *Model) rowSum(k uint32) [NumLabels]int32 {
	var e [NumLabels]int32
	m.addRows(&e, []uint32{k})
	return e
}

// addRows is written for nine labels; this fails to compile for any other
// number.
var _ = [1]struct{}{}[NumLabels-9]

// addRows adds the weight rows of keys to e; keys the model lacks add
// nothing.
func (m *Model) addRows(e *[NumLabels]int32, keys []uint32) {
	// Nine scalar sums stay in registers, where a loop over e would add
	// to memory.
	e0, e1, e2, e3, e4, e5, e6, e7, e8 := e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8]
	for _, k := range keys {
		r := m.row(k)
		if r < 0 {
			continue
		}
		ws := (*[NumLabels]int16)(m.w[int(r)*int(NumLabels):])
		e0 += int32(ws[0])
		e1 += int32(ws[1])
		e2 += int32(ws[2])
		e3 += int32(ws[3])
		e4 += int32(ws[4])
		e5 += int32(ws[5])
		e6 += int32(ws[6])
		e7 += int32(ws[7])
		e8 += int32(ws[8])
	}
	*e = [NumLabels]int32{e0, e1, e2, e3, e4, e5, e6, e7, e8}
}

// viterbi finds the best label sequence given per-token emission scores
// (NumLabels per token) and transition scores. Ties go to the lowest label.
func viterbi[T int32 | float32](emit []T, trans *[NumLabels + 1][NumLabels]T, back []uint8, out []Label) {
	n := len(out)
	// Fixed-size views spare the bounds checks of the inner loops.
	var prev, cur [NumLabels]T
	e := (*[NumLabels]T)(emit)
	for y := range NumLabels {
		prev[y] = trans[NumLabels][y] + e[y]
	}
	for t := 1; t < n; t++ {
		e := (*[NumLabels]T)(emit[t*int(NumLabels):])
		b := (*[NumLabels]uint8)(back[t*int(NumLabels):])
		for y := range NumLabels {
			best, arg := prev[0]+trans[0][y], 0
			for p := 1; p < int(NumLabels); p++ {
				if v := prev[p] + trans[p][y]; v > best {
					best, arg = v, p
				}
			}
			cur[y] = best + e[y]
			b[y] = uint8(arg)
		}
		prev = cur
	}
	best, arg := prev[0], 0
	for y := 1; y < int(NumLabels); y++ {
		if prev[y] > best {
			best, arg = prev[y], y
		}
	}
	for t := n - 1; t >= 0; t-- {
		out[t] = Label(arg)
		if t > 0 {
			arg = int(back[t*int(NumLabels)+arg])
		}
	}
}

// Write serialises the model, gzip-compressed: a header, the transition
// weights, then each row as the delta of its key, a bit mask of its non-zero
// weights and those weights, all as varints; then, in a second gzip member
// stored without compression, the gazetteer, the lexicon, the lists and the
// clusters.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	var buf []byte
	buf = append(buf, magic...)
	buf = binary.AppendUvarint(buf, formatVersion)
	buf = binary.AppendUvarint(buf, featureVersion)
	buf = binary.AppendUvarint(buf, uint64(len(m.sorted)))
	for p := range NumLabels + 1 {
		for c := range NumLabels {
			buf = binary.AppendVarint(buf, int64(m.rawT[p][c]))
		}
	}
	last := uint32(0)
	for r, k := range m.sorted {
		buf = binary.AppendUvarint(buf, uint64(k-last))
		last = k
		ws := m.w[r*int(NumLabels):][:NumLabels]
		mask := uint64(0)
		for y, v := range ws {
			if v != 0 {
				mask |= 1 << y
			}
		}
		buf = binary.AppendUvarint(buf, mask)
		for _, v := range ws {
			if v != 0 {
				buf = binary.AppendVarint(buf, int64(v))
			}
		}
		if len(buf) > 1<<16 {
			if _, err := zw.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	// The hash tables that follow (gazetteer, lexicon, lists, clusters)
	// are random keys that deflate barely shrinks but would take most of
	// the load's time to inflate: they go in a second gzip member of
	// stored blocks, which gzip.Reader reads on as one stream at copying
	// speed.
	if _, err := zw.Write(buf); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if zw, err = gzip.NewWriterLevel(w, gzip.NoCompression); err != nil {
		return err
	}
	buf = buf[:0]
	var gk []uint64
	if m.gaz != nil {
		for h := range m.gaz.entries {
			gk = append(gk, h)
		}
	}
	slices.Sort(gk)
	buf = binary.AppendUvarint(buf, uint64(len(gk)))
	lastH := uint64(0)
	for _, h := range gk {
		buf = binary.AppendUvarint(buf, h-lastH)
		buf = append(buf, m.gaz.entries[h])
		lastH = h
	}
	var lex lexicon
	if m.lex != nil {
		lex = *m.lex
	}
	buf = appendDeltaKeys(buf, lex.keys, func(buf []byte, i int) []byte { return append(buf, lex.bits[i]) })
	var lists nameLists
	if m.lists != nil {
		lists = *m.lists
	}
	buf = appendDeltaKeys(buf, lists.keys, func(buf []byte, i int) []byte { return append(buf, lists.bits[i]) })
	var clus clusterTable
	if m.clusters != nil {
		clus = *m.clusters
	}
	buf = appendDeltaKeys(buf, clus.keys, func(buf []byte, i int) []byte {
		return binary.AppendUvarint(buf, uint64(clus.paths[i]))
	})
	flags := uint64(0)
	if m.noLayout {
		flags |= 1
	}
	if m.noAgg {
		flags |= 2
	}
	buf = binary.AppendUvarint(buf, flags)
	if _, err := zw.Write(buf); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	return decode(data)
}

// decode parses a decompressed model.
func decode(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, magic) {
		return nil, errors.New("ner: not a model file")
	}
	d := decoder{b: data[len(magic):]}
	if fv := d.uvarint(); fv != formatVersion {
		return nil, fmt.Errorf("ner: model format %d, want %d", fv, formatVersion)
	}
	if feat := d.uvarint(); feat != featureVersion {
		return nil, fmt.Errorf("ner: model built for features v%d, this code computes v%d", feat, featureVersion)
	}
	n := d.count()
	var trans [NumLabels + 1][NumLabels]int16
	for p := range NumLabels + 1 {
		for c := range NumLabels {
			trans[p][c] = int16(d.varint())
		}
	}
	sorted := make([]uint32, n)
	w := make([]int16, n*int(NumLabels))
	last := uint32(0)
	for r := range sorted {
		last += uint32(d.uvarint())
		sorted[r] = last
		mask := d.uvarint()
		for y := range int(NumLabels) {
			if mask&(1<<y) != 0 {
				w[r*int(NumLabels)+y] = int16(d.varint())
			}
		}
	}
	ng := d.count()
	gaz := &gazetteer{entries: make(map[uint64]uint8, ng), maxLen: gazMaxLen}
	h := uint64(0)
	for range ng {
		h += d.uvarint()
		gaz.entries[h] = d.byte()
	}
	lex := &lexicon{}
	lex.keys = d.deltaKeys(func() { lex.bits = append(lex.bits, d.byte()) })
	var lists *nameLists
	l := &nameLists{}
	if l.keys = d.deltaKeys(func() { l.bits = append(l.bits, d.byte()) }); len(l.keys) > 0 {
		lists = l
	}
	var clusters *clusterTable
	c := &clusterTable{}
	if c.keys = d.deltaKeys(func() { c.paths = append(c.paths, uint32(d.uvarint())) }); len(c.keys) > 0 {
		clusters = c
	}
	flags := d.uvarint()
	if d.err != nil {
		return nil, d.err
	}
	if !slices.IsSorted(sorted) || !slices.IsSorted(lex.keys) ||
		lists != nil && !slices.IsSorted(lists.keys) || clusters != nil && !slices.IsSorted(clusters.keys) {
		return nil, errors.New("ner: corrupt model: keys out of order")
	}
	return newModel(sorted, w, trans, knowledge{gaz: gaz, lex: lex, lists: lists, clusters: clusters, noLayout: flags&1 != 0, noAgg: flags&2 != 0}), nil
}

// decoder reads varints from a buffer, keeping the first error so that
// Read checks once.
type decoder struct {
	b   []byte
	err error
}

var errCorrupt = errors.New("ner: corrupt model")

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) byte() uint8 {
	if len(d.b) == 0 {
		d.err = errCorrupt
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

// count reads a length, bounded by what the rest of the buffer can hold
// (every item takes at least one byte), so a corrupt file cannot make Read
// allocate without limit.
// deltaKeys reads a key table appendDeltaKeys wrote: its length, then each
// key as its difference from the one before, value reading what follows.
func (d *decoder) deltaKeys(value func()) []uint32 {
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

func (d *decoder) count() int {
	v := d.uvarint()
	if v > uint64(len(d.b)) {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	return int(v)
}

// appendDeltaKeys writes a sorted key table: its length, then each key as
// its difference from the one before, followed by its value.
func appendDeltaKeys(buf []byte, keys []uint32, value func(buf []byte, i int) []byte) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(keys)))
	last := uint32(0)
	for i, k := range keys {
		buf = binary.AppendUvarint(buf, uint64(k-last))
		buf = value(buf, i)
		last = k
	}
	return buf
}
