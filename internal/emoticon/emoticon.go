// Package emoticon holds prose v3's emoticon list (its internal/emoticon),
// which both its tokenizer (an emoticon stays one token) and its tagger
// (an emoticon is SYM) consult; internal/tokenize and internal/postag
// reproduce those rules and share this one copy.
package emoticon

import (
	_ "embed"
	"slices"
	"strings"
)

//go:embed data/emoticons.txt
var data string

// set is the list, one a line after a header comment; longest and first
// let Is turn most words away before the map, since it is asked about
// every token and every piece of one.
var set, longest, first = func() (map[string]bool, int, [256]bool) {
	set, longest, first := map[string]bool{}, 0, [256]bool{}
	for line := range strings.Lines(data) {
		line = strings.TrimSuffix(line, "\n")
		if line != "" && !strings.HasPrefix(line, "# ") {
			set[line] = true
			longest = max(longest, len(line))
			first[line[0]] = true
		}
	}
	return set, longest, first
}()

// Is reports whether s is one of prose's emoticons.
func Is(s string) bool {
	return len(s) >= 2 && len(s) <= longest && first[s[0]] && set[s]
}

// All returns the emoticons, sorted.
func All() []string {
	out := make([]string, 0, len(set))
	for e := range set {
		out = append(out, e)
	}
	slices.Sort(out)
	return out
}
