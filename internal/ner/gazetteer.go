package ner

// A gazetteer lists the names the training data marks as entities, keyed by
// the hash of their case-folded words, so that "Stoltenberg" known as a
// person, or "Kosovo Force" known as an organisation, is a feature.
//
// Built from the same data the model is trained on, a gazetteer would know
// every training name and the model would learn to trust it blindly. So in
// training each document sees the gazetteer without the names that only it
// contains (leave one document out), which is how the gazetteer looks to an
// unseen article at run time.
type gazetteer struct {
	// t maps the hash of a folded word sequence to the bit set of its types
	// (gazPER...), with gazPrefix set when a longer entry starts with it.
	t      gazTable
	maxLen int
}

// newGazetteer indexes entries, keyed by the hash of the folded words.
func newGazetteer(entries map[uint64]uint8) *gazetteer {
	return &gazetteer{t: newGazTable(entries), maxLen: gazMaxLen}
}

// get returns the bits of the entry h.
func (g *gazetteer) get(h uint64) (uint8, bool) { return g.t.get(h) }

// len is the number of entries and prefixes.
func (g *gazetteer) len() int { return g.t.n }

const (
	gazPER uint8 = 1 << iota
	gazORG
	gazLOC
	gazMISC
	gazPrefix uint8 = 1 << 7
)

const gazMaxLen = 6

func gazBit(typ string) uint8 {
	switch typ {
	case "PER":
		return gazPER
	case "ORG":
		return gazORG
	case "LOC":
		return gazLOC
	case "MISC":
		return gazMISC
	}
	return 0
}

// gazHash extends the hash of a word sequence by one folded word.
func gazHash(h, word uint64) uint64 { return mix(h, word) }

const gazSeed = 0x13198A2E03707344

// buildGazetteer collects the gold entities of docs. It returns the
// gazetteer and, per document, the entries (with their types) that no other
// document contains, to be masked out while training on that document.
func buildGazetteer(docs []TrainDoc) (*gazetteer, []map[uint64]uint8) {
	type typeCount [4]int32
	counts := map[uint64]typeCount{}
	own := make([]map[uint64]uint8, len(docs))
	entries := map[uint64]uint8{}
	for d, doc := range docs {
		own[d] = map[uint64]uint8{}
		for _, s := range doc.Sents {
			for _, c := range Chunks(doc.Gold[s.First:s.Last]) {
				if c.Last-c.First > gazMaxLen {
					continue
				}
				h := uint64(gazSeed)
				for i := s.First + c.First; i < s.First+c.Last; i++ {
					lower, _, _, _ := wordValues(doc.Tokens[i].Text)
					h = gazHash(h, lower)
					if i < s.First+c.Last-1 {
						entries[h] |= gazPrefix
					}
				}
				own[d][h] |= gazBit(c.Type)
			}
		}
		for h, bits := range own[d] {
			tc := counts[h]
			for t := range 4 {
				if bits&(1<<t) != 0 {
					tc[t]++
				}
			}
			counts[h] = tc
		}
	}
	for h, tc := range counts {
		for t := range 4 {
			if tc[t] > 0 {
				entries[h] |= 1 << t
			}
		}
	}
	// Keep in each document's mask only what no other document supplies.
	for d := range own {
		for h, bits := range own[d] {
			tc := counts[h]
			excl := uint8(0)
			for t := range 4 {
				if bits&(1<<t) != 0 && tc[t] == 1 {
					excl |= 1 << t
				}
			}
			if excl == 0 {
				delete(own[d], h)
			} else {
				own[d][h] = excl
			}
		}
	}
	return newGazetteer(entries), own
}

// match marks, for each token of sentence s, the gazetteer types of the
// entries covering it: bits 0-3 when the token begins an entry, bits 4-7
// when it continues one. exclude masks entries out (training only). An
// entry must start and end on a word that is not in lower case, so that
// "brown" does not match the surname Brown.
func (f *features) match(g *gazetteer, s Span, exclude map[uint64]uint8) {
	for i := s.First; i < s.Last; i++ {
		f.gaz[i] = 0
	}
	if g == nil || g.t.n == 0 {
		return
	}
	for i := s.First; i < s.Last; i++ {
		if c := f.caps[i]; c == capLower || c == capPunct {
			continue
		}
		h := uint64(gazSeed)
		for j := i; j < s.Last && j-i < g.maxLen; j++ {
			h = gazHash(h, f.lower[j])
			bits, ok := g.get(h)
			if !ok {
				break
			}
			types := bits &^ gazPrefix
			if exclude != nil {
				types &^= exclude[h]
			}
			if types == 0 || f.caps[j] == capLower {
				continue
			}
			f.gaz[i] |= uint16(types)
			for k := i + 1; k <= j; k++ {
				f.gaz[k] |= uint16(types) << 4
			}
		}
	}
}
