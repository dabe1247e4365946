package postag

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strings"
	"sync"
	"unsafe"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// The feature templates of prose's predict(), in the order it scores them.
// The order matters: float32 addition is not associative, so weights must be
// summed feature by feature exactly as prose sums them.
const (
	tBias = iota
	tSuffix
	tPref1
	tTag1
	tTag2
	tTag1Tag2
	tWord
	tTag1Word
	tWord1
	tSuffix1
	tWord2
	tNextWord
	tNextSuffix
	tNextWord2
	nTemplates
)

// prefixes are the key prefixes prose writes for each template. None is a
// prefix of another, so a model key belongs to exactly one template.
var prefixes = [nTemplates]string{
	tBias:       "bias",
	tSuffix:     "i suffix ",
	tPref1:      "i pref1 ",
	tTag1:       "i-1 tag ",
	tTag2:       "i-2 tag ",
	tTag1Tag2:   "i tag+i-2 tag ",
	tWord:       "i word ",
	tTag1Word:   "i-1 tag+i word ",
	tWord1:      "i-1 word ",
	tSuffix1:    "i-1 suffix ",
	tWord2:      "i-2 word ",
	tNextWord:   "i+1 word ",
	tNextSuffix: "i+1 suffix ",
	tNextWord2:  "i+2 word ",
}

// twoArgs marks the templates whose key is "prefix A B": A is always a tag,
// and no tag holds a space, so the first space after the prefix separates
// the two arguments of a model key just as it does in prose's concatenation.
var twoArgs = [nTemplates]bool{tTag1Tag2: true, tTag1Word: true}

// The tables are flat little-endian bytes, so that the index built here can
// also be embedded ready-made (data/index.bin) and used in place, which
// spares every process the few milliseconds of building it.
//
// A feature slot is 16 bytes: the key (template and argument ids packed,
// 0 when empty), then the first pair and the number of pairs of its
// weights. A string slot is 16 bytes: 32 bits of the string's hash, its
// offset and length in the model's bytes, and its value (-1 when empty).
const slotSize = 16

// Model is prose's English perceptron, indexed for hashed lookup. It is
// immutable once loaded and safe to share between goroutines.
type Model struct {
	data    []byte // prose's model file; keys and weights are read in place
	classes []string
	ids     []byte // class id of each weight, a view of data
	weights []byte // the float32 weights, little-endian, a view of data

	// Every argument string of every feature (words, suffixes, first
	// bytes, tags) has a vocabulary id; a feature is found by its template
	// and argument ids, so a word's bytes are compared once per sentence
	// position rather than once per feature that reads it.
	vocab    table
	features []byte
	fmask    uint64
	words    table // unambiguous words: the value is the class id
	nVocab   int
	biasLo   uint32 // the bias feature's pairs
	biasHi   uint32

	classVID []int32    // vocabulary id of each class name
	byteVID  [256]int32 // vocabulary id of each one-byte string
	emptyVID int32
	// biasScores are the weights of the bias feature, which every token
	// has.
	biasScores []float32
	pad        [4]string
	padVID     [4]int32 // ids of prose's sentinels
	padSufVID  [4]int32 // and of their last three bytes
}

// table is an open-addressing hash table of strings held in the model's
// bytes.
type table struct {
	b    []byte
	mask uint64
}

// Default returns prose's built-in English model, loaded once per process:
// with the embedded index when it was built from these very bytes, else
// indexed afresh.
var Default = sync.OnceValues(func() (*Model, error) {
	data := aptagmodel.English
	if m, err := fromIndex(data, index); err == nil {
		return m, nil
	}
	return Load(data)
})

// header reads the parts of prose's flat format (see its
// internal/flat/format.go) that scoring needs: the magic "PROSETAG",
// version 1, the class names, the sorted feature keys as one blob with
// their offsets, the feature-to-weights offsets, the class id and float32
// weight of each pair, and the table of unambiguous words, whose position
// it returns with the blob's. checkIDs checks every pair's class id, a
// pass over half a megabyte that Load makes and fromIndex, over the model
// its index was built and checked from, spares itself.
func header(data []byte, checkIDs bool) (m *Model, f flatLayout, err error) {
	r := reader{b: data}
	if string(r.bytes(8)) != "PROSETAG" {
		return nil, f, errors.New("postag: not a prose tagger model")
	}
	if v := r.u32(); v != 1 {
		return nil, f, fmt.Errorf("postag: unsupported model version %d", v)
	}
	m = &Model{data: data}
	nClasses := int(r.u32())
	if nClasses > 256 {
		return nil, f, fmt.Errorf("postag: %d classes, the format allows 256", nClasses)
	}
	for range nClasses {
		c := string(r.bytes(int(r.u16())))
		if strings.Contains(c, " ") {
			// The two-argument keys are split at their first space,
			// which is only sound while tags hold none.
			return nil, f, fmt.Errorf("postag: class %q holds a space", c)
		}
		m.classes = append(m.classes, c)
	}
	f.nFeat, f.nPairs, f.blobLen = int(r.u32()), int(r.u32()), int(r.u32())
	f.blobOff = r.pos
	r.bytes(f.blobLen)
	f.featOff = r.pos
	r.bytes(4 * (f.nFeat + 1))
	f.pairOff = r.pos
	r.bytes(4 * (f.nFeat + 1))
	m.ids = r.bytes(f.nPairs)
	m.weights = r.bytes(4 * f.nPairs)
	f.nWords = int(r.u32())
	f.words = r.pos
	if r.err != nil {
		return nil, f, r.err
	}
	for _, id := range m.ids {
		if !checkIDs {
			break
		}
		if int(id) >= nClasses {
			return nil, f, fmt.Errorf("postag: class id %d of %d", id, nClasses)
		}
	}
	return m, f, nil
}

// flatLayout locates the sections of a model file.
type flatLayout struct {
	nFeat, nPairs, blobLen, nWords int
	blobOff, featOff, pairOff      int
	words                          int
}

// Load indexes a model in prose's flat format. data is retained and must
// not change.
func Load(data []byte) (*Model, error) {
	m, f, err := header(data, true)
	if err != nil {
		return nil, err
	}
	if f.nFeat >= 1<<28 {
		return nil, fmt.Errorf("postag: %d features, more than vocabulary ids can number", f.nFeat)
	}
	m.vocab = newTable(f.nFeat / 4)
	size := 1 << bits.Len(uint(f.nFeat+f.nFeat/2))
	m.features = make([]byte, size*slotSize)
	m.fmask = uint64(size - 1)
	u32 := func(off, i int) uint32 { return binary.LittleEndian.Uint32(data[off+4*i:]) }
	for i := range f.nFeat {
		ks, ke := u32(f.featOff, i), u32(f.featOff, i+1)
		lo, hi := u32(f.pairOff, i), u32(f.pairOff, i+1)
		if ks > ke || int(ke) > f.blobLen || lo > hi || int(hi) > f.nPairs {
			return nil, fmt.Errorf("postag: feature %d out of bounds", i)
		}
		off := f.blobOff + int(ks)
		// A view, not a copy: data outlives the model's use of it.
		key := unsafe.String(unsafe.SliceData(data[off:]), int(ke-ks))
		if key == prefixes[tBias] {
			m.biasLo, m.biasHi = lo, hi
			continue
		}
		t, ok := template(key)
		if !ok {
			continue // no key prose builds can equal it
		}
		off += len(prefixes[t])
		rest := key[len(prefixes[t]):]
		a, b := int32(0), int32(0)
		if twoArgs[t] {
			sa, sb, ok := strings.Cut(rest, " ")
			if !ok {
				continue
			}
			a = m.intern(sa, off)
			b = m.intern(sb, off+len(sa)+1)
		} else {
			a = m.intern(rest, off)
		}
		key64 := pack(t, a, b)
		j := mix(key64) & m.fmask
		for binary.LittleEndian.Uint64(m.features[j*slotSize:]) != 0 {
			j = (j + 1) & m.fmask
		}
		s := m.features[j*slotSize:]
		binary.LittleEndian.PutUint64(s, key64)
		binary.LittleEndian.PutUint32(s[8:], lo)
		binary.LittleEndian.PutUint32(s[12:], hi-lo)
	}

	m.words = newTable(f.nWords)
	r := reader{b: data, pos: f.words}
	for range f.nWords {
		n := int(r.u16())
		off := r.pos
		w := r.bytes(n)
		id := r.u8()
		if r.err != nil {
			return nil, r.err
		}
		if int(id) >= len(m.classes) {
			return nil, fmt.Errorf("postag: word %q has class id %d of %d", w, id, len(m.classes))
		}
		m.words.insert(hash(string(w)), uint32(off), uint32(n), int32(id))
	}
	m.finish()
	return m, nil
}

// finish computes the ids that tagging uses for every sentence.
func (m *Model) finish() {
	m.biasScores = make([]float32, len(m.classes))
	for j := m.biasLo; j < m.biasHi; j++ {
		m.biasScores[m.ids[j]] += math.Float32frombits(binary.LittleEndian.Uint32(m.weights[4*j:]))
	}
	m.classVID = m.classVID[:0]
	for _, c := range m.classes {
		m.classVID = append(m.classVID, m.id(c))
	}
	for c := range m.byteVID {
		m.byteVID[c] = m.id(string([]byte{byte(c)}))
	}
	m.emptyVID = m.id("")
	m.pad = [4]string{"-START-", "-START2-", "-END-", "-END2-"}
	for i, p := range m.pad {
		m.padVID[i], m.padSufVID[i] = m.id(p), m.id(suffix3(p))
	}
}

func newTable(n int) table {
	size := 1 << bits.Len(uint(n+n/2))
	t := table{b: make([]byte, size*slotSize), mask: uint64(size - 1)}
	for j := range size {
		binary.LittleEndian.PutUint32(t.b[j*slotSize+12:], math.MaxUint32)
	}
	return t
}

func (t *table) insert(h uint64, off, n uint32, val int32) {
	j := h & t.mask
	for int32(binary.LittleEndian.Uint32(t.b[j*slotSize+12:])) >= 0 {
		j = (j + 1) & t.mask
	}
	s := t.b[j*slotSize : j*slotSize+slotSize]
	binary.LittleEndian.PutUint32(s, uint32(h))
	binary.LittleEndian.PutUint32(s[4:], off)
	binary.LittleEndian.PutUint32(s[8:], n)
	binary.LittleEndian.PutUint32(s[12:], uint32(val))
}

// grow doubles the table.
func (t *table) grow() {
	old := t.b
	*t = newTable(len(old) / slotSize * 4 / 3)
	for j := 0; j < len(old); j += slotSize {
		s := old[j : j+slotSize]
		if val := int32(binary.LittleEndian.Uint32(s[12:])); val >= 0 {
			// Only the low 32 bits are kept, which is all the table
			// indexes by while it has fewer than 2^32 slots.
			t.insert(uint64(binary.LittleEndian.Uint32(s)), binary.LittleEndian.Uint32(s[4:]),
				binary.LittleEndian.Uint32(s[8:]), val)
		}
	}
}

// find returns the value of s, whose hash is h, or -1.
func (t *table) find(data []byte, s string, h uint64) int32 {
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		e := t.b[j*slotSize : j*slotSize+slotSize : j*slotSize+slotSize]
		val := int32(binary.LittleEndian.Uint32(e[12:]))
		if val < 0 {
			return -1
		}
		if binary.LittleEndian.Uint32(e) == uint32(h) {
			off, n := binary.LittleEndian.Uint32(e[4:]), binary.LittleEndian.Uint32(e[8:])
			if string(data[off:off+n]) == s {
				return val
			}
		}
	}
}

// intern returns the vocabulary id of s, which lies at data[off:], adding
// it when new.
func (m *Model) intern(s string, off int) int32 {
	h := hash(s)
	if id := m.vocab.find(m.data, s, h); id >= 0 {
		return id
	}
	id := int32(m.nVocab)
	m.nVocab++
	if 4*m.nVocab > 3*len(m.vocab.b)/slotSize {
		m.vocab.grow()
	}
	m.vocab.insert(h, uint32(off), uint32(len(s)), id)
	return id
}

// id returns the vocabulary id of s, or -1 when no feature has it as an
// argument.
func (m *Model) id(s string) int32 { return m.vocab.find(m.data, s, hash(s)) }

// pack makes a feature's key. Ids stay below 2^29 (Load checks), and the
// template, never 0 here, keeps the key nonzero.
func pack(t int, a, b int32) uint64 {
	return uint64(t)<<58 | uint64(a)<<29 | uint64(b)
}

// lookup returns the pairs [lo, hi) of the feature with template t and
// argument ids a (and b); lo == hi when the model lacks it.
func (m *Model) lookup(t int, a, b int32) (lo, hi uint32) {
	if a < 0 || b < 0 {
		return 0, 0
	}
	key := pack(t, a, b)
	for j := mix(key) & m.fmask; ; j = (j + 1) & m.fmask {
		s := m.features[j*slotSize : j*slotSize+slotSize : j*slotSize+slotSize]
		k := binary.LittleEndian.Uint64(s)
		if k == key {
			lo := binary.LittleEndian.Uint32(s[8:])
			return lo, lo + binary.LittleEndian.Uint32(s[12:])
		}
		if k == 0 {
			return 0, 0
		}
	}
}

// tagFor returns the class of an unambiguous word, or -1.
func (m *Model) tagFor(w string) int {
	return int(m.words.find(m.data, w, hash(w)))
}

// template finds the template whose prefix key starts with.
func template(key string) (int, bool) {
	for t := tSuffix; t < nTemplates; t++ {
		if strings.HasPrefix(key, prefixes[t]) {
			return t, true
		}
	}
	return 0, false
}

// hash hashes a string eight bytes at a time. It must not depend on the
// process, as maphash does, since the embedded index is built with it.
func hash(s string) uint64 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	for len(s) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s), 8))) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
		s = s[8:]
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		v |= uint64(s[i]) << (8 * i)
	}
	return mix(h ^ v)
}

// mix is the finaliser of MurmurHash3, spreading a packed key over the
// table's low bits.
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// reader decodes the model's little-endian fields, remembering the first
// error so the caller checks once.
type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = fmt.Errorf("postag: model truncated at byte %d", r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u16() uint16 {
	if b := r.bytes(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}
