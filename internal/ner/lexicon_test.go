package ner

import "testing"

func TestLexicon(t *testing.T) {
	lex := buildLexicon([]string{"hello", "Brussels", "Brussels's", "bush", "Bush", "source", ""})
	tests := []struct {
		word string
		want uint8
	}{
		{"Hello", lexLower},         // capitalised at a sentence start, still a common word
		{"BRUSSELS", lexCap},        // folded: a headline finds the name
		{"Bush", lexLower | lexCap}, // both
		{"Source", lexLower},
		{"Stoltenberg", 0}, // not in the list
	}
	for _, tt := range tests {
		folded, _, _, _ := wordValues(tt.word)
		if got := lex.get(lexKey(folded)); got != tt.want {
			t.Errorf("lexicon[%q] = %b, want %b", tt.word, got, tt.want)
		}
	}
	if len(lex.keys) != 4 {
		t.Errorf("lexicon has %d words, want 4 (possessives and blank lines skipped)", len(lex.keys))
	}
}
