package ner

// Score counts exact-span matches for one entity type or a set of them, as
// conlleval does: an entity is right only if its type and both ends are.
type Score struct {
	Gold, Pred, Correct int
}

// Precision is Correct/Pred.
func (s Score) Precision() float64 { return ratio(s.Correct, s.Pred) }

// Recall is Correct/Gold.
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Eval accumulates scores by entity type.
type Eval map[string]Score

// Add scores one sentence's predicted labels against its gold labels.
func (e Eval) Add(gold, pred []Label) {
	g, p := Chunks(gold), Chunks(pred)
	set := make(map[Chunk]bool, len(g))
	for _, c := range g {
		set[c] = true
		s := e[c.Type]
		s.Gold++
		e[c.Type] = s
	}
	for _, c := range p {
		s := e[c.Type]
		s.Pred++
		if set[c] {
			s.Correct++
		}
		e[c.Type] = s
	}
}

// Total sums the scores of the given types.
func (e Eval) Total(types ...string) Score {
	var t Score
	for _, ty := range types {
		s := e[ty]
		t.Gold += s.Gold
		t.Pred += s.Pred
		t.Correct += s.Correct
	}
	return t
}
