package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
)

// TrainDoc is one training or evaluation document with its gold labels (BIO).
type TrainDoc struct {
	Tokens []Token
	Sents  []Span
	Gold   []Label
}

// TrainOptions tunes Train.
type TrainOptions struct {
	Epochs   int // passes over the training data
	MinCount int // features seen fewer times are dropped
	Seed     uint64
	Log      io.Writer // per-epoch figures; nil for none
}

// Train fits a model with the structured averaged perceptron (Collins 2002):
// decode each sentence with the current weights, and where the best sequence
// differs from the gold one, add the gold features and subtract the
// predicted ones. The averaged weights of the epoch that scores best on dev
// (all four types) are kept; with no dev documents, those of the last epoch.
func Train(train, dev []TrainDoc, opt TrainOptions) *Model {
	log := opt.Log
	if log == nil {
		log = io.Discard
	}
	// Extract every token's feature keys once; the epochs reuse them.
	var f features
	type docFeats struct {
		off  []int32 // token i's features are ids[off[i]:off[i+1]]
		keys []uint32
		ids  []int32
	}
	feats := make([]docFeats, len(train))
	counts := map[uint32]int32{}
	for d, doc := range train {
		f.keys = f.keys[:0]
		f.reset(doc.Tokens, doc.Sents)
		df := docFeats{off: make([]int32, len(doc.Tokens)+1)}
		for _, s := range doc.Sents {
			for i := s.First; i < s.Last; i++ {
				for _, k := range f.token(i, s) {
					counts[k]++
					df.keys = append(df.keys, k)
				}
				df.off[i+1] = int32(len(df.keys))
			}
		}
		feats[d] = df
	}
	ids := map[uint32]int32{}
	var keyOf []uint32
	for d := range feats {
		df := &feats[d]
		df.ids = make([]int32, 0, len(df.keys))
		newOff := make([]int32, len(df.off))
		start := int32(0)
		for i := 0; i+1 < len(df.off); i++ {
			for _, k := range df.keys[start:df.off[i+1]] {
				if counts[k] < int32(opt.MinCount) {
					continue
				}
				id, ok := ids[k]
				if !ok {
					id = int32(len(keyOf))
					ids[k] = id
					keyOf = append(keyOf, k)
				}
				df.ids = append(df.ids, id)
			}
			start = df.off[i+1]
			newOff[i+1] = int32(len(df.ids))
		}
		df.off, df.keys = newOff, nil
	}
	fmt.Fprintf(log, "features: %d distinct, %d kept (seen at least %d times)\n", len(counts), len(keyOf), opt.MinCount)

	L := int(NumLabels)
	w := make([]float32, len(keyOf)*L)
	wa := make([]float32, len(keyOf)*L) // sum of c*update, for averaging
	var trans, transA [NumLabels + 1][NumLabels]float32
	c := float32(1)
	var emit []float32
	var back []uint8
	var score [2][NumLabels]float32
	pred := make([]Label, 0, 256)
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6572))
	var best *Model
	bestF := -1.0
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, d := range order {
			doc, df := train[d], feats[d]
			for _, s := range doc.Sents {
				n := s.Last - s.First
				if n == 0 {
					continue
				}
				emit = grow(emit, n*L)
				clear(emit)
				for i := s.First; i < s.Last; i++ {
					e := emit[(i-s.First)*L:][:L]
					for _, id := range df.ids[df.off[i]:df.off[i+1]] {
						ws := w[int(id)*L:][:L]
						for y := range L {
							e[y] += ws[y]
						}
					}
				}
				var ct [NumLabels + 1][NumLabels]float32
				for p := range NumLabels + 1 {
					for y := range NumLabels {
						ct[p][y] = trans[p][y]
						if !allowed(Label(p), Label(y)) {
							ct[p][y] = negInf
						}
					}
				}
				back = grow(back, n*L)
				pred = grow(pred, n)
				viterbi(emit, &ct, back, &score, pred)
				gold := doc.Gold[s.First:s.Last]
				gp, pp := NumLabels, NumLabels
				for t := range n {
					g, p := gold[t], pred[t]
					if g != p {
						errs++
						for _, id := range df.ids[df.off[s.First+t]:df.off[s.First+t+1]] {
							w[int(id)*L+int(g)]++
							wa[int(id)*L+int(g)] += c
							w[int(id)*L+int(p)]--
							wa[int(id)*L+int(p)] -= c
						}
					}
					if g != p || gp != pp {
						trans[gp][g]++
						transA[gp][g] += c
						trans[pp][p]--
						transA[pp][p] -= c
					}
					gp, pp = g, p
				}
				c++
			}
		}
		avg := make([]float32, len(w))
		for i := range w {
			avg[i] = w[i] - wa[i]/c
		}
		var avgT [NumLabels + 1][NumLabels]float32
		for p := range avgT {
			for y := range avgT[p] {
				avgT[p][y] = trans[p][y] - transA[p][y]/c
			}
		}
		m := quantise(keyOf, avg, avgT)
		fmt.Fprintf(log, "epoch %d: %d token errors in training, %d features", epoch, errs, m.Features())
		if len(dev) == 0 {
			best = m
			fmt.Fprintln(log)
			continue
		}
		ev := m.Evaluate(dev)
		all := ev.Total("PER", "ORG", "LOC", "MISC").F1()
		fmt.Fprintf(log, ", dev F1 %.4f (PER+LOC+ORG %.4f)\n", all, ev.Total("PER", "ORG", "LOC").F1())
		if all > bestF {
			best, bestF = m, all
		}
	}
	return best
}

// quantise scales float weights to int16 so that the largest magnitude
// fills the range, and drops rows whose weights all round to zero.
func quantise(keys []uint32, w []float32, trans [NumLabels + 1][NumLabels]float32) *Model {
	L := int(NumLabels)
	maxAbs := float32(0)
	for _, v := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	for p := range trans {
		for _, v := range trans[p] {
			maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
		}
	}
	scale := float32(32767) / max(maxAbs, 1e-6)
	q := func(v float32) int16 { return int16(math.Round(float64(v * scale))) }
	type row struct {
		key uint32
		w   [NumLabels]int16
	}
	var rows []row
	for r, k := range keys {
		var qr row
		qr.key = k
		nz := false
		for y := range L {
			qr.w[y] = q(w[r*L+y])
			nz = nz || qr.w[y] != 0
		}
		if nz {
			rows = append(rows, qr)
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].key < rows[j].key })
	sorted := make([]uint32, len(rows))
	qw := make([]int16, len(rows)*L)
	for i, r := range rows {
		sorted[i] = r.key
		copy(qw[i*L:], r.w[:])
	}
	var qt [NumLabels + 1][NumLabels]int16
	for p := range trans {
		for y := range trans[p] {
			qt[p][y] = q(trans[p][y])
		}
	}
	return newModel(sorted, qw, qt)
}

// Evaluate tags docs and scores the result against their gold labels.
func (m *Model) Evaluate(docs []TrainDoc) Eval {
	ev := Eval{}
	var out []Label
	for _, d := range docs {
		out = grow(out, len(d.Tokens))
		m.Label(d.Tokens, d.Sents, out)
		for _, s := range d.Sents {
			ev.Add(d.Gold[s.First:s.Last], out[s.First:s.Last])
		}
	}
	return ev
}
