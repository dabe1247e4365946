package dates

import (
	"fmt"
	"strings"

	"github.com/newsfacts/newsfacts/internal/prefilter"
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

// hintIndex holds every hint word; rules register theirs when the rule
// table is built (see rules).
type hintIndex struct {
	bits map[string]int
	// lower and exact are found in the lower-cased sentence, and in the
	// sentence as written ("="); a word's id is its bit.
	lower, exact prefilter.Literals
	clock        int // the bit of "#clock", or -1
}

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
		ix.exact.Add(w, b)
	default:
		ix.lower.Add(w, b)
	}
	return b
}

// find returns the hint words in a sentence, given as written and
// ASCII-lower-cased (same offsets).
func (ix *hintIndex) find(text, lower string) hintBits {
	var b hintBits
	for p := 0; p < len(lower); p++ {
		for _, w := range ix.lower.Candidates(lower, p) {
			if strings.HasPrefix(lower[p:], w.S) {
				b.set(w.ID)
			}
		}
		for _, w := range ix.exact.Candidates(text, p) {
			if strings.HasPrefix(text[p:], w.S) {
				b.set(w.ID)
			}
		}
	}
	if ix.clock >= 0 && clockLike(lower) {
		b.set(ix.clock)
	}
	return b
}
