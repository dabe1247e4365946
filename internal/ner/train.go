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
	// Seeds is the number of shuffling seeds (Seed, Seed+1, ...) trained
	// one after the other; the model is the mean of their weights, each
	// taken at its best epoch on dev. 0 or 1 is one run.
	Seeds    int
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
	fmt.Fprintf(log, "gazetteer: %d entries and prefixes\n", gaz.len())
	know := trainKnowledge(gaz, opt, log)

	f := features{lex: know.lex, clusters: know.clusters, lists: know.lists, noLayout: opt.NoLayout, noAgg: opt.NoAgg}
	keys, ids := keptFeatures(&f, gaz, train, own, opt.MinCount, log)

	seeds := max(opt.Seeds, 1)
	var sum []float32
	var sumT [NumLabels + 1][NumLabels]float32
	var best *Model
	for r := range seeds {
		w, wt, m := trainSeed(&f, gaz, own, ids, keys, know, train, dev, opt, opt.Seed+uint64(r), log)
		if seeds == 1 {
			return m
		}
		if sum == nil {
			sum = make([]float32, len(w))
		}
		for i, v := range w {
			sum[i] += v
		}
		for q := range sumT {
			for y := range sumT[q] {
				sumT[q][y] += wt[q][y]
			}
		}
		best = quantise(keys, sum, sumT, know)
		if len(dev) > 0 {
			ev := best.Evaluate(dev)
			fmt.Fprintf(log, "mean of %d seeds: dev F1 %.4f (PER+LOC+ORG %.4f), %d features\n", r+1,
				ev.Total("PER", "ORG", "LOC", "MISC").F1(), ev.Total("PER", "ORG", "LOC").F1(), best.Features())
		}
	}
	return best
}

// trainSeed runs the perceptron over the training data with one shuffling
// seed and returns the averaged weights of the epoch that scores best on
// dev (all four types; with no dev documents, of the last epoch) and their
// model.
func trainSeed(f *features, gaz *gazetteer, own []map[uint64]uint8, ids map[uint32]int32, keys []uint32, know knowledge,
	train, dev []TrainDoc, opt TrainOptions, seed uint64, log io.Writer) ([]float32, [NumLabels + 1][NumLabels]float32, *Model) {
	p := newPerceptron(len(keys))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x6e6572))
	var best *Model
	var bestW []float32
	var bestT [NumLabels + 1][NumLabels]float32
	bestF := -1.0
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, d := range order {
			doc := train[d]
			f.reset(doc.Tokens, doc.Sents)
			for _, s := range doc.Sents {
				if s.Last == s.First {
					continue
				}
				f.match(gaz, s, own[d])
				errs += p.sentence(f, ids, s, doc.Gold[s.First:s.Last])
			}
		}
		w, wt := p.averagedWeights()
		m := quantise(keys, w, wt, know)
		fmt.Fprintf(log, "epoch %d: %d token errors in training, %d features", epoch, errs, m.Features())
		if len(dev) == 0 {
			best, bestW, bestT = m, w, wt
			fmt.Fprintln(log)
			continue
		}
		ev := m.Evaluate(dev)
		all := ev.Total("PER", "ORG", "LOC", "MISC").F1()
		fmt.Fprintf(log, ", dev F1 %.4f (PER+LOC+ORG %.4f)\n", all, ev.Total("PER", "ORG", "LOC").F1())
		if all > bestF {
			best, bestF, bestW, bestT = m, all, w, wt
		}
	}
	return bestW, bestT, best
}

// trainKnowledge builds the outside knowledge the features read (lexicon,
// name lists, clusters), so that the model carries exactly what training saw.
func trainKnowledge(gaz *gazetteer, opt TrainOptions, log io.Writer) knowledge {
	know := knowledge{gaz: gaz, noLayout: opt.NoLayout, noAgg: opt.NoAgg}
	if len(opt.Lexicon) > 0 {
		know.lex = buildLexicon(opt.Lexicon)
		fmt.Fprintf(log, "lexicon: %d words\n", len(know.lex.keys))
	}
	if len(opt.Lists) > 0 {
		know.lists = buildLists(opt.Lists)
		fmt.Fprintf(log, "lists: %d names and prefixes\n", len(know.lists.keys))
	}
	if len(opt.Clusters) > 0 {
		know.clusters = buildClusters(opt.Clusters)
		fmt.Fprintf(log, "clusters: %d words\n", len(know.clusters.keys))
	}
	return know
}

// keptFeatures counts features over the gold data to drop rare ones; the
// hist features are counted as the gold labels would set them. It returns
// the kept keys in order and each key's row.
func keptFeatures(f *features, gaz *gazetteer, train []TrainDoc, own []map[uint64]uint8, minCount int, log io.Writer) ([]uint32, map[uint32]int32) {
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
		if c >= int32(minCount) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	ids := make(map[uint32]int32, len(keys))
	for i, k := range keys {
		ids[k] = int32(i)
	}
	fmt.Fprintf(log, "features: %d distinct, %d kept (seen at least %d times)\n", len(counts), len(keys), minCount)
	return keys, ids
}

// perceptron holds the weights being trained, their running sums for
// averaging, and scratch space reused from sentence to sentence.
type perceptron struct {
	w, wa         []float32 // weights; sum of c*update, for averaging
	trans, transA [NumLabels + 1][NumLabels]float32
	c             float32
	emit          []float32
	back          []uint8
	sentIDs       []int32
	off           []int
	pred          []Label
}

func newPerceptron(nkeys int) *perceptron {
	L := int(NumLabels)
	return &perceptron{
		w:    make([]float32, nkeys*L),
		wa:   make([]float32, nkeys*L),
		c:    1,
		pred: make([]Label, 0, 256),
	}
}

// sentence decodes one sentence with the current weights, updates them
// where the prediction differs from gold, and returns the token errors.
func (p *perceptron) sentence(f *features, ids map[uint32]int32, s Span, gold []Label) int {
	n := s.Last - s.First
	p.score(f, ids, s)
	ct := p.allowedTrans()
	p.back = grow(p.back, n*int(NumLabels))
	p.pred = grow(p.pred, n)
	viterbi(p.emit, &ct, p.back, p.pred)
	errs := p.update(gold, p.pred[:n])
	// Later sentences see what the tagger predicted, as at run time.
	f.record(s, p.pred)
	p.c++
	return errs
}

// score fills the emission scores of a sentence and remembers which
// feature rows fired on each token, for the update.
func (p *perceptron) score(f *features, ids map[uint32]int32, s Span) {
	L := int(NumLabels)
	p.emit = grow(p.emit, (s.Last-s.First)*L)
	clear(p.emit)
	p.sentIDs, p.off = p.sentIDs[:0], append(p.off[:0], 0)
	for i := s.First; i < s.Last; i++ {
		e := p.emit[(i-s.First)*L:][:L]
		for _, k := range f.token(i, s) {
			id, ok := ids[k]
			if !ok {
				continue
			}
			p.sentIDs = append(p.sentIDs, id)
			ws := p.w[int(id)*L:][:L]
			for y := range L {
				e[y] += ws[y]
			}
		}
		p.off = append(p.off, len(p.sentIDs))
	}
}

// allowedTrans is the transition matrix with the moves BIO forbids set to
// minus infinity, so that decoding never predicts them.
func (p *perceptron) allowedTrans() [NumLabels + 1][NumLabels]float32 {
	var ct [NumLabels + 1][NumLabels]float32
	for q := range NumLabels + 1 {
		for y := range NumLabels {
			ct[q][y] = p.trans[q][y]
			if !allowed(Label(q), Label(y)) {
				ct[q][y] = negInf
			}
		}
	}
	return ct
}

// update adds the gold features and subtracts the predicted ones where the
// two differ, token by token and transition by transition.
func (p *perceptron) update(gold, pred []Label) int {
	L := int(NumLabels)
	errs := 0
	gp, pp := NumLabels, NumLabels
	for t := range gold {
		g, q := gold[t], pred[t]
		if g != q {
			errs++
			for _, id := range p.sentIDs[p.off[t]:p.off[t+1]] {
				p.w[int(id)*L+int(g)]++
				p.wa[int(id)*L+int(g)] += p.c
				p.w[int(id)*L+int(q)]--
				p.wa[int(id)*L+int(q)] -= p.c
			}
		}
		if g != q || gp != pp {
			p.trans[gp][g]++
			p.transA[gp][g] += p.c
			p.trans[pp][q]--
			p.transA[pp][q] -= p.c
		}
		gp, pp = g, q
	}
	return errs
}

// averagedWeights are the averaged weights so far (Collins 2002), which
// generalise better than the last ones.
func (p *perceptron) averagedWeights() ([]float32, [NumLabels + 1][NumLabels]float32) {
	avg := make([]float32, len(p.w))
	for i := range p.w {
		avg[i] = p.w[i] - p.wa[i]/p.c
	}
	var avgT [NumLabels + 1][NumLabels]float32
	for q := range avgT {
		for y := range avgT[q] {
			avgT[q][y] = p.trans[q][y] - p.transA[q][y]/p.c
		}
	}
	return avg, avgT
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
