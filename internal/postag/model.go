package postag

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"math/bits"
	"strings"
	"sync"

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

// feature is one entry of the feature table: its key packs the template
// and the vocabulary ids of its arguments; pairs locate its weights.
type feature struct {
	key    uint64
	pairLo uint32
	nPairs uint32
}

// entry is one entry of the vocabulary, or of the table of unambiguous
// words: the string lies at data[off:off+n].
type entry struct {
	hash uint64
	off  uint32
	n    uint32
	val  int32 // vocabulary id, or class id of an unambiguous word
	used bool
}

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
	features []feature
	fmask    uint64
	words    table // unambiguous words

	seed     maphash.Seed
	nVocab   int
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
	e    []entry
	mask uint64
}

// Default returns prose's built-in English model, loaded once per process.
var Default = sync.OnceValues(func() (*Model, error) { return Load(aptagmodel.English) })

// Load indexes a model in prose's flat format (see prose's
// internal/flat/format.go): the magic "PROSETAG", version 1, the class
// names, the sorted feature keys as one blob with their offsets, the
// feature-to-weights offsets, the class id and float32 weight of each pair,
// and the table of unambiguous words. data is retained and must not change.
func Load(data []byte) (*Model, error) {
	r := reader{b: data}
	if string(r.bytes(8)) != "PROSETAG" {
		return nil, errors.New("postag: not a prose tagger model")
	}
	if v := r.u32(); v != 1 {
		return nil, fmt.Errorf("postag: unsupported model version %d", v)
	}
	m := &Model{data: data, seed: maphash.MakeSeed()}
	nClasses := int(r.u32())
	if nClasses > 256 {
		return nil, fmt.Errorf("postag: %d classes, the format allows 256", nClasses)
	}
	for range nClasses {
		c := string(r.bytes(int(r.u16())))
		if strings.Contains(c, " ") {
			// The two-argument keys are split at their first space,
			// which is only sound while tags hold none.
			return nil, fmt.Errorf("postag: class %q holds a space", c)
		}
		m.classes = append(m.classes, c)
	}
	nFeat, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	blobOff := r.pos
	r.bytes(blobLen)
	featOff := r.pos
	r.bytes(4 * (nFeat + 1))
	pairOff := r.pos
	r.bytes(4 * (nFeat + 1))
	m.ids = r.bytes(nPairs)
	m.weights = r.bytes(4 * nPairs)
	nWords := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	for _, id := range m.ids {
		if int(id) >= nClasses {
			return nil, fmt.Errorf("postag: class id %d of %d", id, nClasses)
		}
	}
	if nFeat >= 1<<28 {
		return nil, fmt.Errorf("postag: %d features, more than vocabulary ids can number", nFeat)
	}
	m.biasScores = make([]float32, nClasses)
	m.vocab = newTable(nFeat / 4)
	size := 1 << bits.Len(uint(nFeat+nFeat/2))
	m.features = make([]feature, size)
	m.fmask = uint64(size - 1)
	u32 := func(off, i int) uint32 { return binary.LittleEndian.Uint32(data[off+4*i:]) }
	for i := range nFeat {
		ks, ke := u32(featOff, i), u32(featOff, i+1)
		lo, hi := u32(pairOff, i), u32(pairOff, i+1)
		if ks > ke || int(ke) > blobLen || lo > hi || int(hi) > nPairs {
			return nil, fmt.Errorf("postag: feature %d out of bounds", i)
		}
		f := feature{pairLo: lo, nPairs: hi - lo}
		off := blobOff + int(ks)
		key := string(data[off : blobOff+int(ke)])
		if key == prefixes[tBias] {
			m.biasScores = make([]float32, nClasses)
			for j := lo; j < hi; j++ {
				m.biasScores[m.ids[j]] += math.Float32frombits(binary.LittleEndian.Uint32(m.weights[4*j:]))
			}
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
		f.key = pack(t, a, b)
		j := mix(f.key) & m.fmask
		for m.features[j].key != 0 {
			j = (j + 1) & m.fmask
		}
		m.features[j] = f
	}

	m.words = newTable(nWords)
	for range nWords {
		n := int(r.u16())
		off := r.pos
		w := r.bytes(n)
		id := r.u8()
		if r.err != nil {
			return nil, r.err
		}
		if int(id) >= nClasses {
			return nil, fmt.Errorf("postag: word %q has class id %d of %d", w, id, nClasses)
		}
		m.words.insert(entry{hash: m.hs(string(w)), off: uint32(off), n: uint32(n), val: int32(id), used: true})
	}

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
	return m, nil
}

func newTable(n int) table {
	size := 1 << bits.Len(uint(n+n/2))
	return table{e: make([]entry, size), mask: uint64(size - 1)}
}

func (t *table) insert(e entry) {
	j := e.hash & t.mask
	for t.e[j].used {
		j = (j + 1) & t.mask
	}
	t.e[j] = e
}

// grow doubles the table.
func (t *table) grow() {
	old := t.e
	*t = table{e: make([]entry, 2*len(old)), mask: uint64(2*len(old) - 1)}
	for _, e := range old {
		if e.used {
			t.insert(e)
		}
	}
}

// find returns the value of s, whose hash is h, or -1.
func (t *table) find(data []byte, s string, h uint64) int32 {
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		e := &t.e[j]
		if !e.used {
			return -1
		}
		if e.hash == h && string(data[e.off:e.off+e.n]) == s {
			return e.val
		}
	}
}

// intern returns the vocabulary id of s, which lies at data[off:], adding
// it when new.
func (m *Model) intern(s string, off int) int32 {
	h := m.hs(s)
	if id := m.vocab.find(m.data, s, h); id >= 0 {
		return id
	}
	id := int32(m.nVocab)
	m.nVocab++
	if 4*m.nVocab > 3*len(m.vocab.e) {
		m.vocab.grow()
	}
	m.vocab.insert(entry{hash: h, off: uint32(off), n: uint32(len(s)), val: id, used: true})
	return id
}

// id returns the vocabulary id of s, or -1 when no feature has it as an
// argument.
func (m *Model) id(s string) int32 { return m.vocab.find(m.data, s, m.hs(s)) }

// pack makes a feature's key. Ids stay below 2^29 (the format caps the
// blob at 4 GB, but a vocabulary of 500 million strings would be absurd;
// Load checks), and the template, never 0 here, keeps the key nonzero.
func pack(t int, a, b int32) uint64 {
	return uint64(t)<<58 | uint64(a)<<29 | uint64(b)
}

// lookup returns the feature with template t and argument ids a (and b),
// or nil.
func (m *Model) lookup(t int, a, b int32) *feature {
	if a < 0 || b < 0 {
		return nil
	}
	key := pack(t, a, b)
	for j := mix(key) & m.fmask; ; j = (j + 1) & m.fmask {
		f := &m.features[j]
		if f.key == key {
			return f
		}
		if f.key == 0 {
			return nil
		}
	}
}

// tagFor returns the class of an unambiguous word, or -1.
func (m *Model) tagFor(w string) int {
	return int(m.words.find(m.data, w, m.hs(w)))
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

// hs hashes a string for the tables.
func (m *Model) hs(s string) uint64 { return maphash.String(m.seed, s) }

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
