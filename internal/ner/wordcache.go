package ner

// wordCache remembers, per distinct word, the values wordValues computes, its
// lexicon entry, the summed weights of the features that read only the
// word (wordKeys) and the weights of the features it gives its neighbours. News repeats its words ("the", "said", the names of the
// story), so most tokens find their word here and skip a dozen feature-key
// computations and weight-row lookups. Integer sums make the result the same
// as summing every key per token.
//
// It is direct-mapped and keyed by the word's bytes, copied into an arena so
// that the cache pins no document's text; a full arena empties the cache.
// A cache belongs to one model (the sums are its weights) and one goroutine.
type wordCache struct {
	entries []wordEntry
	arena   []byte
}

type wordEntry struct {
	off, n             uint32 // the word is arena[off:off+n]
	used               bool
	caps, lex          uint8
	clus               uint32
	word, lower, short uint64
	sum                [NumLabels]int32
	// near[j] is the row of the word under neighbourTemplates[j], which
	// the tokens around it read.
	near [4][NumLabels]int32
}

const (
	wordCacheSize  = 1 << 12 // entries, a power of two
	wordCacheArena = 1 << 17 // bytes of words
)

// fit makes the cache ready for a call of n tokens: sized to the call,
// up to wordCacheSize entries, so that a one-article run does not pay
// for a cache of 4,096 words (about 1 MB) it cannot fill.
func (c *wordCache) fit(n int) {
	size := 256
	for size < n && size < wordCacheSize {
		size <<= 1
	}
	if len(c.entries) >= size {
		return
	}
	c.entries = make([]wordEntry, size)
	c.arena = make([]byte, 0, size*wordCacheArena/wordCacheSize)
}

// lookup returns the entry of text, whose FNV hash is word, filling it on a
// miss. The entry is valid until the next lookup.
func (c *wordCache) lookup(m *Model, text string, word uint64, keys *[]uint32) *wordEntry {
	e := &c.entries[mix(word, 0)&uint64(len(c.entries)-1)]
	if e.used && e.word == word && int(e.n) == len(text) && string(c.arena[e.off:e.off+e.n]) == text {
		return e
	}
	if len(text) > cap(c.arena)/16 {
		// A freak token would flush the cache for little gain: compute it
		// into a spare entry instead.
		e = &wordEntry{}
	} else {
		if len(c.arena)+len(text) > cap(c.arena) {
			clear(c.entries)
			c.arena = c.arena[:0]
		}
		e.off, e.n = uint32(len(c.arena)), uint32(len(text))
		c.arena = append(c.arena, text...)
		e.used = true
	}
	e.word = word
	var shape uint64
	e.lower, shape, e.short, e.caps = wordValues(text)
	e.lex = 0
	if m.lex != nil {
		e.lex = m.lex.get(lexKey(e.lower))
	}
	e.clus = m.clusters.get(lexKey(e.lower))
	e.sum = [NumLabels]int32{}
	*keys = wordKeys((*keys)[:0], text, e.word, e.lower, shape, e.short, e.clus)
	m.addRows(&e.sum, *keys)
	for j, t := range neighbourTemplates {
		e.near[j] = m.rowSum(key2(t, e.lower))
	}
	return e
}
