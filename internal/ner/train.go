package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
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
	Lexicon  []string       // a word list for the lexicon features; nil for none
	Lists    []NameList     // public name lists for the list features; nil for none
	Clusters []ClusterEntry // word clusters for the cluster features; nil for none
	NoLayout bool           // leave out the layout features (an ablation)
	NoAgg    bool           // leave out context aggregation (an ablation)
	Log      io.Writer      // per-epoch figures; nil for none
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
	gaz, own := buildGazetteer(train)
	fmt.Fprintf(log, "gazetteer: %d entries and prefixes\n", len(gaz.entries))
	var lex *lexicon
	if len(opt.Lexicon) > 0 {
		lex = buildLexicon(opt.Lexicon)
		fmt.Fprintf(log, "lexicon: %d words\n", len(lex.keys))
	}

	know := knowledge{gaz: gaz, lex: lex, noLayout: opt.NoLayout, noAgg: opt.NoAgg}
	if len(opt.Lists) > 0 {
		know.lists = buildLists(opt.Lists)
		fmt.Fprintf(log, "lists: %d names and prefixes\n", len(know.lists.keys))
	}
	if len(opt.Clusters) > 0 {
		know.clusters = buildClusters(opt.Clusters)
		fmt.Fprintf(log, "clusters: %d words\n", len(know.clusters.keys))
	}

	// Count features over the gold data to drop rare ones; the hist
	// features are counted as the gold labels would set them.
	f := features{lex: lex, clusters: know.clusters, lists: know.lists, noLayout: opt.NoLayout, noAgg: opt.NoAgg}
	counts := map[uint32]int32{}
	for d, doc := range train {
		f.reset(doc.Tokens, doc.Sents)
		for _, s := range doc.Sents {
			f.match(gaz, s, own[d])
			for i := s.First; i < s.Last; i++ {
				for _, k := range f.token(i, s) {
					counts[k]++
				}
			}
			f.record(s, doc.Gold[s.First:s.Last])
		}
	}
	keys := make([]uint32, 0, len(counts))
	for k, c := range counts {
		if c >= int32(opt.MinCount) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	ids := make(map[uint32]int32, len(keys))
	for i, k := range keys {
		ids[k] = int32(i)
	}
	fmt.Fprintf(log, "features: %d distinct, %d kept (seen at least %d times)\n", len(counts), len(keys), opt.MinCount)

	L := int(NumLabels)
	w := make([]float32, len(keys)*L)
	wa := make([]float32, len(keys)*L) // sum of c*update, for averaging
	var trans, transA [NumLabels + 1][NumLabels]float32
	c := float32(1)
	var emit []float32
	var back []uint8
	var sentIDs []int32
	var off []int
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
			doc := train[d]
			f.reset(doc.Tokens, doc.Sents)
			for _, s := range doc.Sents {
				n := s.Last - s.First
				if n == 0 {
					continue
				}
				f.match(gaz, s, own[d])
				emit = grow(emit, n*L)
				clear(emit)
				sentIDs, off = sentIDs[:0], append(off[:0], 0)
				for i := s.First; i < s.Last; i++ {
					e := emit[(i-s.First)*L:][:L]
					for _, k := range f.token(i, s) {
						id, ok := ids[k]
						if !ok {
							continue
						}
						sentIDs = append(sentIDs, id)
						ws := w[int(id)*L:][:L]
						for y := range L {
							e[y] += ws[y]
						}
					}
					off = append(off, len(sentIDs))
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
				viterbi(emit, &ct, back, pred)
				gold := doc.Gold[s.First:s.Last]
				gp, pp := NumLabels, NumLabels
				for t := range n {
					g, p := gold[t], pred[t]
					if g != p {
						errs++
						for _, id := range sentIDs[off[t]:off[t+1]] {
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
				// Later sentences see what the tagger predicted, as at run time.
				f.record(s, pred)
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
		m := quantise(keys, avg, avgT, know)
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
func quantise(keys []uint32, w []float32, trans [NumLabels + 1][NumLabels]float32, know knowledge) *Model {
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
	q := func(v float32) int16 {
		return int16(max(-32767, min(32767, math.Round(float64(v*scale)))))
	}
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
	return newModel(sorted, qw, qt, know)
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
