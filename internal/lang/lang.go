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

var functionWords = func() map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(functionWordsData, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			set[line] = true
		}
	}
	return set
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
	letters, latin := 0, 0
	scripts := map[string]int{}
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Latin, r) {
			latin++
			continue
		}
		scripts[scriptOf(r)]++
	}
	if letters < minLetters {
		return ""
	}
	if float64(latin)/float64(letters) < minLatin {
		top, n := "", 0
		for s, c := range scripts {
			if c > n || c == n && s < top {
				top, n = s, c
			}
		}
		return fmt.Sprintf("mostly %s script (%d%% of letters), not English", top, 100*n/letters)
	}
	words, function := 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		if functionWords[strings.ToLower(strings.Trim(w, "'"))] {
			function++
		}
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

func scriptOf(r rune) string {
	for _, s := range scripts {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return "non-Latin"
}
