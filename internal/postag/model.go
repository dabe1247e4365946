package postag

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
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

// slot is one entry of the feature table: the key's hash, where its bytes
// lie (to confirm a hit) and where its weights lie.
type slot struct {
	hash   uint64
	keyOff uint32
	pairLo uint32
	keyLen uint16
	nPairs uint16
	tmpl   uint8
	used   bool
}

// wordSlot is one entry of the table of unambiguous words.
type wordSlot struct {
	hash  uint64
	off   uint32
	n     uint16
	class uint8
	used  bool
}

// Model is prose's English perceptron, indexed for hashed lookup. It is
// immutable once loaded and safe to share between goroutines.
type Model struct {
	data    []byte // prose's model file; keys and weights are read in place
	classes []string
	// classHash holds the hash of each class name, since a token's tag
	// is an argument of the next two tokens' features.
	classHash []uint64
	ids       []byte // class id of each weight, a view of data
	wOff      int    // offset of the float32 weights in data

	slots []slot
	mask  uint64

	words     []wordSlot
	wordsMask uint64

	seed  maphash.Seed
	salts [nTemplates]uint64
	bias  slot // the bias feature, the same for every token

	start, start2, end, end2 uint64 // hashes of prose's padding words
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
	m.wOff = r.pos
	r.bytes(4 * nPairs)
	nWords := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	for _, id := range m.ids {
		if int(id) >= nClasses {
			return nil, fmt.Errorf("postag: class id %d of %d", id, nClasses)
		}
	}
	for i := range m.salts {
		m.salts[i] = mix(uint64(i+1) * 0x9e3779b97f4a7c15)
	}
	for _, c := range m.classes {
		m.classHash = append(m.classHash, m.hs(c))
	}
	m.start, m.start2 = m.hs("-START-"), m.hs("-START2-")
	m.end, m.end2 = m.hs("-END-"), m.hs("-END2-")

	size := 1 << bits.Len(uint(nFeat+nFeat/2))
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	u32 := func(off, i int) uint32 { return binary.LittleEndian.Uint32(data[off+4*i:]) }
	for i := range nFeat {
		ks, ke := u32(featOff, i), u32(featOff, i+1)
		lo, hi := u32(pairOff, i), u32(pairOff, i+1)
		if ks > ke || int(ke) > blobLen || lo > hi || int(hi) > nPairs {
			return nil, fmt.Errorf("postag: feature %d out of bounds", i)
		}
		if ke-ks > 0xffff || hi-lo > 0xffff {
			return nil, fmt.Errorf("postag: feature %d too long", i)
		}
		key := string(data[blobOff+int(ks) : blobOff+int(ke)])
		s := slot{keyOff: uint32(blobOff) + ks, keyLen: uint16(ke - ks),
			pairLo: lo, nPairs: uint16(hi - lo), used: true}
		if key == prefixes[tBias] {
			s.tmpl = tBias
			m.bias = s
			continue
		}
		t, ok := template(key)
		if !ok {
			continue // no key prose builds can equal it
		}
		rest := key[len(prefixes[t]):]
		s.tmpl = uint8(t)
		if twoArgs[t] {
			a, b, ok := strings.Cut(rest, " ")
			if !ok {
				continue
			}
			s.hash = m.key2(t, m.hs(a), m.hs(b))
		} else {
			s.hash = m.key1(t, m.hs(rest))
		}
		m.insert(s)
	}

	size = 1 << bits.Len(uint(nWords+nWords/2))
	m.words = make([]wordSlot, size)
	m.wordsMask = uint64(size - 1)
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
		ws := wordSlot{hash: m.hs(string(w)), off: uint32(off), n: uint16(n), class: id, used: true}
		j := ws.hash & m.wordsMask
		for m.words[j].used {
			j = (j + 1) & m.wordsMask
		}
		m.words[j] = ws
	}
	return m, nil
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

func (m *Model) insert(s slot) {
	j := s.hash & m.mask
	for m.slots[j].used {
		j = (j + 1) & m.mask
	}
	m.slots[j] = s
}

// hs hashes one argument of a key.
func (m *Model) hs(s string) uint64 { return maphash.String(m.seed, s) }

func (m *Model) key1(t int, a uint64) uint64 { return mix(m.salts[t] ^ a) }

func (m *Model) key2(t int, a, b uint64) uint64 { return mix(m.key1(t, a) ^ b) }

// mix is the finaliser of MurmurHash3, spreading the combined hashes over
// the table's low bits.
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// find returns the feature "prefix a" (one argument) or "prefix a b" (two),
// whose hash is h; the key's bytes confirm the match.
func (m *Model) find(t int, h uint64, a, b string) *slot {
	for j := h & m.mask; ; j = (j + 1) & m.mask {
		s := &m.slots[j]
		if !s.used {
			return nil
		}
		if s.hash != h || int(s.tmpl) != t {
			continue
		}
		key := m.data[int(s.keyOff)+len(prefixes[t]) : int(s.keyOff)+int(s.keyLen)]
		if !twoArgs[t] {
			if string(key) == a {
				return s
			}
			continue
		}
		if len(key) == len(a)+1+len(b) && string(key[:len(a)]) == a &&
			key[len(a)] == ' ' && string(key[len(a)+1:]) == b {
			return s
		}
	}
}

// tagFor returns the class of an unambiguous word, or -1.
func (m *Model) tagFor(w string) int {
	h := m.hs(w)
	for j := h & m.wordsMask; ; j = (j + 1) & m.wordsMask {
		s := &m.words[j]
		if !s.used {
			return -1
		}
		if s.hash == h && string(m.data[s.off:s.off+uint32(s.n)]) == w {
			return int(s.class)
		}
	}
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
