package dates

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// A rule looks at the words next to its match, never at the whole
// sentence: lowering or splitting the sentence per match costs the square
// of its length when a sentence is long and full of matches (issue 18: a
// table of dates, a long line without punctuation). These helpers take the
// few bytes a rule needs.

// contextBytes is how much text next to a match a rule lowers: more than
// the longest word or phrase any rule compares with it.
const contextBytes = 64

// headLower is strings.ToLower of the first contextBytes of s (cut at a
// rune boundary): what strings.HasPrefix(strings.ToLower(s), w) needs.
func headLower(s string) string {
	if len(s) > contextBytes {
		n := contextBytes
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	return strings.ToLower(s)
}

// tailLower is strings.ToLower of the last contextBytes of s: what
// strings.HasSuffix(strings.ToLower(s), w) needs.
func tailLower(s string) string {
	if len(s) > contextBytes {
		n := len(s) - contextBytes
		for n < len(s) && !utf8.RuneStart(s[n]) {
			n++
		}
		s = s[n:]
	}
	return strings.ToLower(s)
}

// lastWordLower is the last of strings.Fields(strings.ToLower(s)), or "".
func lastWordLower(s string) string {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	return strings.ToLower(s[start:end])
}

// tokenRange returns the first and last of toks (in text order) that
// overlap [st, en), or -1, -1: a binary search, not a walk of the
// sentence.
func tokenRange(toks []doc.Token, st, en int) (int, int) {
	first := sort.Search(len(toks), func(i int) bool { return toks[i].End > st })
	if first == len(toks) || toks[first].Start >= en {
		return -1, -1
	}
	last := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= en }) - 1
	return first, last
}
