package lexicon

import (
	"strings"
	"testing"
)

// TestListsOnce checks that no list holds an entry twice, so a merge of
// two lists cannot leave a copy behind. ("Plc" and "PLC" are two entries:
// entities match the written form.)
func TestListsOnce(t *testing.T) {
	for name, list := range map[string][]string{"titles": Titles(), "orgwords": OrgWords()} {
		seen := map[string]bool{}
		for _, w := range list {
			if seen[w] {
				t.Errorf("%s: %q twice", name, w)
			}
			seen[w] = true
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

// TestNameOrgWords checks the entities subset of the organisation words.
func TestNameOrgWords(t *testing.T) {
	name := Set(NameOrgWords())
	all := LowerSet(OrgWords())
	for _, tc := range []struct {
		word string
		name bool
	}{
		{"Party", true},
		{"Inc.", true},
		{"Bureau", true},
		{"News", false}, // "Buffalo News": the tagger reads the place-led name
		{"House", false},
	} {
		if name[tc.word] != tc.name {
			t.Errorf("name[%q] = %v, want %v", tc.word, name[tc.word], tc.name)
		}
		if !all[strings.ToLower(tc.word)] {
			t.Errorf("%q missing from the lower-cased words quotes read", tc.word)
		}
	}
}
