package extract

import (
	"fmt"
	"strings"
)

// A rule's hint is a cheap prefilter: the rule runs only on sentences
// whose lower-cased text contains one of the hint's |-separated words.
// A hint that starts with "=" is matched case-sensitively on the text;
// "&" joins hints that must all be found ("a|b&c|d": one of a, b and one
// of c, d); the word "#clock" stands for clockLike.
//
// Every word of every hint gets a bit, and one scan of a sentence finds
// them all: with some 200 words over 54 rules, a search per word and rule
// cost more than the rules themselves.

// hintBits is the set of hint words a sentence contains.
type hintBits [4]uint64

func (b *hintBits) set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b *hintBits) has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }

// hint is a compiled hint: every group must have one of its words.
type hint [][]int

func (h hint) holds(b *hintBits) bool {
	for _, group := range h {
		found := false
		for _, w := range group {
			if b.has(w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// hintWord is a word to look for, by its first byte.
type hintWord struct {
	w   string
	bit int
}

// hintIndex holds every hint word; rules register theirs as they compile.
type hintIndex struct {
	bits         map[string]int
	lower, exact byFirst // found in the lower-cased sentence, or as written ("=")
	clock        int     // the bit of "#clock", or -1
}

// byFirst lists words by their first byte. second holds, for each first
// byte, the bytes that can follow it (bit 0 set for a one-byte word), so
// most positions of a sentence are passed over after two table reads.
type byFirst struct {
	words  [256][]hintWord
	second [256][4]uint64
}

func (t *byFirst) add(w hintWord) {
	t.words[w.w[0]] = append(t.words[w.w[0]], w)
	next := 0
	if len(w.w) > 1 {
		next = int(w.w[1])
	}
	t.second[w.w[0]][next/64] |= 1 << (next % 64)
}

// find sets the bits of the words that occur in s at p.
func (t *byFirst) find(s string, p int, b *hintBits) {
	sec := &t.second[s[p]]
	if p+1 < len(s) {
		if c := s[p+1]; sec[c/64]&(1<<(c%64)) == 0 && sec[0]&1 == 0 {
			return
		}
	}
	for _, w := range t.words[s[p]] {
		if strings.HasPrefix(s[p:], w.w) {
			b.set(w.bit)
		}
	}
}

var hintWords = hintIndex{bits: map[string]int{}, clock: -1}

// compile registers the words of hint h and returns it compiled; an empty
// hint gives nil, which always holds.
func (ix *hintIndex) compile(h string) hint {
	if h == "" {
		return nil
	}
	var out hint
	for part := range strings.SplitSeq(h, "&") {
		exact := strings.HasPrefix(part, "=")
		if exact {
			part = part[1:]
		}
		var group []int
		for w := range strings.SplitSeq(part, "|") {
			group = append(group, ix.bit(w, exact))
		}
		out = append(out, group)
	}
	return out
}

func (ix *hintIndex) bit(w string, exact bool) int {
	key := w
	if exact {
		key = "=" + w
	}
	if b, ok := ix.bits[key]; ok {
		return b
	}
	b := len(ix.bits)
	if b >= len(hintBits{})*64 {
		panic(fmt.Sprintf("date rules: more than %d hint words", b))
	}
	ix.bits[key] = b
	switch {
	case w == "#clock":
		ix.clock = b
	case exact:
		ix.exact.add(hintWord{w, b})
	default:
		ix.lower.add(hintWord{w, b})
	}
	return b
}

// find returns the hint words in a sentence, given as written and
// ASCII-lower-cased (same offsets).
func (ix *hintIndex) find(text, lower string) hintBits {
	var b hintBits
	for p := 0; p < len(lower); p++ {
		ix.lower.find(lower, p, &b)
		ix.exact.find(text, p, &b)
	}
	if ix.clock >= 0 && clockLike(lower) {
		b.set(ix.clock)
	}
	return b
}
