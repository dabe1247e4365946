package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// Canonical names: one spelling per entity, the longest mention that
// shares its words or the expansion of its acronym.

const (
	accented = "áàâäãåéèêëíìîïóòôöõøúùûüýÿñçčćšžđł"
	plain    = "aaaaaaeeeeiiiiooooooouuuuyyncccszdl"
)

// fold lowercases a name and drops the accents of Latin letters.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		// No accented letter to drop; strings.ToLower returns s itself
		// when it has no capital.
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if k := strings.IndexRune(accented, r); k >= 0 {
			r = []rune(plain)[len([]rune(accented[:k]))]
		}
		b.WriteRune(r)
	}
	return b.String()
}

// canonicalise sets each entity's Canonical to the fullest form of its name
// in the document: the longest mention of the same label whose words start
// or end with the mention's words ("Stoltenberg" after "Jens Stoltenberg"),
// or the expansion of an abbreviation the article defines.
func canonicalise(es []facts.Entity, defs map[string]acronym) {
	// longest maps a label and a run of words to the first of the longest
	// mentions that start or end with those words: one pass to index, one
	// to look up, so a long document costs no more per entity than a
	// short one. A run of words is a slice of the mention's words joined by
	// single spaces, which is a substring of that joined text.
	type key struct{ label, words string }
	longest := make(map[key]int, 2*len(es))
	joined := make([]string, len(es))
	for j, e := range es {
		w := spaceJoined(e.Text)
		joined[j] = w
		if w == "" {
			continue
		}
		// Each word boundary k gives the first words w[:k] and the last
		// words w[k+1:]; the whole of w comes last, as prefix and suffix.
		n := strings.Count(w, " ")
		for k, c := 0, 0; c < n; k++ {
			if w[k] != ' ' {
				continue
			}
			c++
			// The first c words, then the last c words.
			for _, sub := range [2]string{w[:k], w[lastWordsAt(w, c)+1:]} {
				kk := key{e.Label, sub}
				if cur, ok := longest[kk]; !ok || len(e.Text) > len(es[cur].Text) {
					longest[kk] = j
				}
			}
		}
		kk := key{e.Label, w}
		if cur, ok := longest[kk]; !ok || len(e.Text) > len(es[cur].Text) {
			longest[kk] = j
		}
	}
	for i := range es {
		if def, ok := defs[es[i].Text]; ok {
			es[i].Canonical = spaceJoined(def.expansion)
			continue
		}
		best := i
		if j, ok := longest[key{es[i].Label, joined[i]}]; ok && joined[i] != "" && len(es[j].Text) > len(es[i].Text) {
			best = j
		}
		es[i].Canonical = joined[best]
	}
}

// lastWordsAt returns the index of the space before the last c words of w,
// whose words are separated by single spaces.
func lastWordsAt(w string, c int) int {
	k := len(w)
	for ; c > 0; c-- {
		k = strings.LastIndexByte(w[:k], ' ')
	}
	return k
}

// spaceJoined is strings.Join(strings.Fields(s), " "), without a copy when
// s is already so spaced.
func spaceJoined(s string) string {
	prev := true // at the start, a space is leading
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Join(strings.Fields(s), " ")
		}
		sp := asciiSpace(c)
		if sp && (prev || c != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prev = sp
	}
	if prev && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// asciiSpace is unicode.IsSpace for ASCII bytes.
func asciiSpace(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return true
	}
	return false
}
