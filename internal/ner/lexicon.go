package ner

import (
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
// 32-bit fold of the word's folded hash.
type lexicon map[uint32]uint8

const (
	lexLower uint8 = 1 << iota // the list has the word in lower case
	lexCap                     // the list has it capitalised
)

func lexKey(folded uint64) uint32 { return uint32(folded ^ folded>>32) }

// buildLexicon reads a word list, one word a line. Possessives ("Paris's")
// add nothing and are skipped.
func buildLexicon(words []string) lexicon {
	lex := lexicon{}
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
	return lex
}
