package lang

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/function-words.txt
var functionWordsData string

// functionWords is the list, and maxFunctionWord the length of its longest
// word: a longer word is never looked up.
var functionWords, maxFunctionWord = func() (map[string]bool, int) {
	set, longest := map[string]bool{}, 0
	for _, line := range strings.Split(functionWordsData, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			set[line] = true
			longest = max(longest, len(line))
		}
	}
	return set, longest
}()

// The thresholds, each a named rule with its reason.
const (
	// sample bounds the work: the opening of an article shows its language.
	sample = 8 << 10
	// minLetters and minWords: below these a text (a headline, a caption)
	// is too short to judge, and is never flagged.
	minLetters = 40
	minWords   = 20
	// minLatin: English is written in Latin script; a text whose letters
	// are mostly Cyrillic, Arabic, CJK... is not English, whatever names in
	// Latin letters it quotes.
	minLatin = 0.5
	// minFunction: function words are ~40% of English news prose (the, of,
	// and, to, a, in alone are ~20%); French, German or Spanish prose shares
	// only a few of them ("a", "in", "on"), well under 10%.
	minFunction = 0.15
)

// Guess says why text does not look like English, or "" when it does (or is
// too short to tell). It reads at most the first 8 KB.
func Guess(text string) string {
	if len(text) > sample {
		cut := sample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut-- // do not end inside a rune
		}
		text = text[:cut]
	}
	// One pass over the bytes: ASCII letters (most of any English text)
	// need no decoding, and a word is looked up only when it is short
	// enough to be a function word, from a buffer, without allocating.
	letters, latin := 0, 0
	other := make([]int, len(scripts)+1) // letters per non-Latin script
	words, function := 0, 0
	w := make([]byte, maxFunctionWord)
	wn, inWord, skip, apos := 0, false, false, false
	endWord := func() {
		if inWord {
			words++
			if !skip && functionWords[string(w[:wn])] {
				function++
			}
		}
		wn, inWord, skip, apos = 0, false, false, false
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if lc := c | 0x20; lc >= 'a' && lc <= 'z' {
				letters++
				latin++
				// A letter after an apostrophe makes a contraction (don't,
				// it's), which is no function word of the list.
				if apos || wn == len(w) {
					skip = true
				} else {
					w[wn] = lc
					wn++
				}
				inWord = true
				continue
			}
			if c == '\'' && inWord {
				apos = true
				continue
			}
			endWord()
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) {
			endWord()
			continue
		}
		letters++
		if unicode.Is(unicode.Latin, r) {
			latin++
		} else {
			other[scriptOf(r)]++
		}
		// A word with a non-ASCII letter is no English function word.
		inWord, skip = true, true
	}
	endWord()
	if letters < minLetters {
		return ""
	}
	if float64(latin)/float64(letters) < minLatin {
		top := 0
		for i, n := range other {
			if n > other[top] {
				top = i
			}
		}
		name := "non-Latin"
		if top < len(scripts) {
			name = scripts[top].name
		}
		return fmt.Sprintf("mostly %s script (%d%% of letters), not English", name, 100*other[top]/letters)
	}
	if words < minWords {
		return ""
	}
	if share := float64(function) / float64(words); share < minFunction {
		return fmt.Sprintf("few English function words (%d of %d words, under %.0f%%): probably not English", function, words, 100*minFunction)
	}
	return ""
}

// scripts names the writing systems a non-English text is most often in.
var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek}, {"Arabic", unicode.Arabic},
	{"Hebrew", unicode.Hebrew}, {"Han", unicode.Han}, {"Hiragana", unicode.Hiragana},
	{"Katakana", unicode.Katakana}, {"Hangul", unicode.Hangul}, {"Devanagari", unicode.Devanagari},
	{"Thai", unicode.Thai}, {"Armenian", unicode.Armenian}, {"Georgian", unicode.Georgian},
}

// scriptOf is the index of r's script in scripts, len(scripts) for others.
func scriptOf(r rune) int {
	for i, s := range scripts {
		if unicode.Is(s.table, r) {
			return i
		}
	}
	return len(scripts)
}
