package ner

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A lexicon tells how English writes a word in general: only in lower case
// ("hello", "source"), only capitalised ("Brussels"), or both ("Bush",
// "bush"). A capitalised word that English only writes in lower case is a
// sentence start, a headline or a one-word greeting, not a name, even when
// the training data never saw it ("Hello." alone in a sentence).
//
// It is built from a spelling word list (the training command reads SCOWL's
// American English list, as Debian's wamerican installs it) and keyed by the
// 32-bit fold of the word's folded hash. Sorted slices rather than a map:
// a process that tags one article would spend longer building a map of
// 70,000 words than it spends searching the slices.
type lexicon struct {
	keys []uint32 // sorted
	bits []uint8
}

func (l *lexicon) get(k uint32) uint8 {
	if i, ok := slices.BinarySearch(l.keys, k); ok {
		return l.bits[i]
	}
	return 0
}

const (
	lexLower uint8 = 1 << iota // the list has the word in lower case
	lexCap                     // the list has it capitalised
)

func lexKey(folded uint64) uint32 { return uint32(folded ^ folded>>32) }

// buildLexicon reads a word list, one word a line. Possessives ("Paris's")
// add nothing and are skipped.
func buildLexicon(words []string) *lexicon {
	lex := map[uint32]uint8{}
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w == "" || strings.HasSuffix(w, "'s") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		bit := lexLower
		if unicode.IsUpper(r) {
			bit = lexCap
		}
		folded, _, _, _ := wordValues(w)
		lex[lexKey(folded)] |= bit
	}
	l := &lexicon{keys: slices.Sorted(maps.Keys(lex))}
	l.bits = make([]uint8, len(l.keys))
	for i, k := range l.keys {
		l.bits[i] = lex[k]
	}
	return l
}
