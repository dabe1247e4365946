package quotes

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// quoteInheritFromWalk is the walk inheritance replaced, kept as the
// reference: each unattributed direct quote looked through the items.
func quoteInheritFromWalk(items []*quoteItem, i int) *quoteItem {
	it := items[i]
	if it.chain > 0 {
		for _, o := range items {
			if o.chain == it.chain && o.hasWho && o.speaker != "" {
				return o
			}
		}
	}
	for j := i - 1; j >= 0 && items[j].para == it.para; j-- {
		if items[j].speaker != "" {
			return items[j]
		}
	}
	for j := i + 1; j < len(items) && items[j].para == it.para; j++ {
		if items[j].kind == "direct" && items[j].speaker != "" && items[j].hasWho {
			return items[j]
		}
	}
	for j := i - 1; j >= 0 && items[j].lastPara >= it.para-1; j-- {
		if items[j].lastPara < it.para && items[j].speaker != "" {
			return items[j]
		}
	}
	return nil
}

func randomItems(r *rand.Rand, n int) []*quoteItem {
	var items []*quoteItem
	para := 0
	for k := range n {
		para += r.IntN(3) / 2
		it := &quoteItem{kind: []string{"direct", "direct", "indirect", "mixed"}[r.IntN(4)], para: para, lastPara: para + r.IntN(4)/3}
		if r.IntN(3) == 0 {
			it.chain = 1 + r.IntN(3)
		}
		if r.IntN(2) == 0 {
			it.hasWho = true
			if r.IntN(4) > 0 {
				it.speaker = fmt.Sprint("speaker", k)
			}
		}
		items = append(items, it)
	}
	return items
}

// TestInheritanceAsWalk: the one-pass inheritance gives every quote the
// speaker the walk gave, on random runs of quotes, chains and paragraphs.
func TestInheritanceAsWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 1))
	for n := range 300 {
		a := randomItems(r, n%60)
		b := make([]*quoteItem, len(a))
		for i, it := range a {
			c := *it
			b[i] = &c
		}
		for i, it := range a {
			if it.kind == "direct" && !it.hasWho {
				if from := quoteInheritFromWalk(a, i); from != nil {
					it.speaker = from.speaker
				}
			}
		}
		in := newInheritance(b)
		for i, it := range b {
			if it.kind == "direct" && !it.hasWho {
				if from := in.from(b, i); from != nil {
					it.speaker = from.speaker
				}
			}
			in.done(b, i)
		}
		for i := range a {
			if a[i].speaker != b[i].speaker {
				t.Fatalf("run %d, item %d: speaker %q, the walk gave %q", n, i, b[i].speaker, a[i].speaker)
			}
		}
	}
}

// TestInheritanceLinear: one chain of 200,000 unattributed quotes, and
// one paragraph of as many, once cost the square of their number.
func TestInheritanceLinear(t *testing.T) {
	const n = 200000
	for _, chain := range []int{1, 0} {
		items := make([]*quoteItem, n)
		for i := range items {
			items[i] = &quoteItem{kind: "direct", chain: chain}
		}
		items[n-1].hasWho, items[n-1].speaker = true, "Jones"
		start := time.Now()
		in := newInheritance(items)
		for i := range items {
			if !items[i].hasWho {
				if from := in.from(items, i); from != nil {
					items[i].speaker = from.speaker
				}
			}
			in.done(items, i)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("chain %d: %d quotes took %s", chain, n, d)
		}
		if items[0].speaker != "Jones" {
			t.Errorf("chain %d: first quote's speaker %q, want Jones", chain, items[0].speaker)
		}
	}
}
