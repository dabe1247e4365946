package ner

import (
	_ "embed"
	"errors"
	"sync"
)

// Model is a trained tagger. It is immutable once built and safe for
// concurrent use. Its tables are those of the model file as they lie in
// it: the embedded model is used in place, nothing decoded at start.
type Model struct {
	// feat finds a feature key's weight row.
	feat featTable
	// w holds NumLabels weights per row, quantised to int16, the rows in
	// the order of their keys.
	w    []int16
	rows int
	// trans[p][c] scores label c after label p; p == NumLabels is the start
	// of a sentence. Transitions that break BIO hold negInf.
	trans    [NumLabels + 1][NumLabels]int32
	gaz      *gazetteer
	lex      *lexicon
	lists    *nameLists
	clusters *clusterTable
	noLayout bool // see features.noLayout
	noAgg    bool // see features.noAgg
	// rawT keeps the unconstrained transitions for writing.
	rawT [NumLabels + 1][NumLabels]int16

	pool sync.Pool
}

const negInf = -1 << 29

//go:embed data/model.bin
var embedded []byte

// Default returns the embedded model, ready on first use: its tables are
// read where they lie in the binary.
var Default = sync.OnceValues(func() (*Model, error) {
	if len(embedded) == 0 {
		return nil, errors.New("ner: no embedded model (run ./internal/ner/train)")
	}
	return load(embedded, false)
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
	m := &Model{gaz: k.gaz, lex: k.lex, lists: k.lists, clusters: k.clusters, noLayout: k.noLayout, noAgg: k.noAgg}
	m.feat, m.w, m.rows = newFeatTable(sorted), w, len(sorted)
	m.setTrans(trans)
	return m
}

// setTrans sets the transition weights, with negInf where BIO forbids one.
func (m *Model) setTrans(trans [NumLabels + 1][NumLabels]int16) {
	m.rawT = trans
	for p := range NumLabels + 1 {
		for c := range NumLabels {
			if allowed(Label(p), Label(c)) {
				m.trans[p][c] = int32(trans[p][c])
			} else {
				m.trans[p][c] = negInf
			}
		}
	}
}

// row returns the weight row of feature key k, or -1.
func (m *Model) row(k uint32) int32 { return m.feat.find(k) }

// Features reports the number of weight rows.
func (m *Model) Features() int { return m.rows }

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
