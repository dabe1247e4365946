package lexicon

import (
	"strings"
	"testing"
)

// TestListsOnce checks that no list holds an entry twice, even in another
// case: quotes match titles in lower case, so "Mr" and "mr" would be one.
func TestListsOnce(t *testing.T) {
	for name, list := range map[string][]string{"titles": Titles()} {
		seen := map[string]string{}
		for _, w := range list {
			if prev, ok := seen[strings.ToLower(w)]; ok {
				t.Errorf("%s: %q and %q are one entry", name, prev, w)
			}
			seen[strings.ToLower(w)] = w
		}
	}
}

// TestSplitTitles checks the entities subset: a title proper splits off a
// name, a word of a longer title or an honorific does not.
func TestSplitTitles(t *testing.T) {
	split := Set(SplitTitles())
	all := LowerSet(Titles())
	for _, tc := range []struct {
		word  string
		split bool
	}{
		{"President", true},
		{"Sen.", true},
		{"CEO", true},
		{"Foreign", false}, // "Foreign Minister": a word of a title
		{"Mr", false},      // the tagger leaves it out of PER already
	} {
		if split[tc.word] != tc.split {
			t.Errorf("split[%q] = %v, want %v", tc.word, split[tc.word], tc.split)
		}
		if !all[strings.ToLower(tc.word)] {
			t.Errorf("%q missing from the lower-cased titles quotes read", tc.word)
		}
	}
}
