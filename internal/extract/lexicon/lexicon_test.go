package lexicon

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/wordlist"
)

// TestListsOnce checks that no list holds an entry twice, so a merge of
// two lists cannot leave a copy behind. ("Plc" and "PLC" are two entries:
// entities match the written form.)
func TestListsOnce(t *testing.T) {
	for name, list := range map[string][]string{"titles": Titles(), "orgwords": OrgWords(),
		"calendar": CalendarWords(true, "month", "abbr", "weekday", "day")} {
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

// TestNumberWords checks the kinds each user selects: numbers never read
// "a" or "some" as a number, dates read "a few" as a vague amount.
func TestNumberWords(t *testing.T) {
	get := func(kinds ...string) map[string]string {
		m := map[string]string{}
		for _, w := range NumberWords(kinds...) {
			if _, dup := m[w.Word]; dup {
				t.Errorf("%q twice", w.Word)
			}
			m[w.Word] = w.Value
		}
		return m
	}
	numbers := get("card", "ord", "scale", "vague")
	dates := get("card", "scale", "article", "count", "indef")
	for _, tc := range []struct {
		word           string
		numbers, dates string // "" when the user does not read it
	}{
		{"twenty", "20", "20"},
		{"dozen", "12", "12"},
		{"million", "1000000", "1000000"},
		{"third", "3", ""},       // an ordinal counts no duration
		{"hundreds", "100", ""},  // "hundreds of": a numbers multiple
		{"a", "", "1"},           // "a year ago"
		{"a couple of", "", "2"}, // "a couple of weeks"
		{"a few", "", "X"},       // TIMEX3's vague amount
		{"some", "", "X"},        // "some years ago"
	} {
		if numbers[tc.word] != tc.numbers || dates[tc.word] != tc.dates {
			t.Errorf("%q: numbers %q dates %q, want %q %q", tc.word, numbers[tc.word], dates[tc.word], tc.numbers, tc.dates)
		}
	}
	known := []string{"card", "ord", "scale", "vague", "article", "count", "indef"}
	for _, r := range wordlist.Rows(numberWordsData) {
		if len(r) != 3 || !slices.Contains(known, r[1]) || r[2] == "" {
			t.Errorf("number-words.txt row %q: want word, a known kind, a value", r)
		}
	}
}

// TestCalendarWords checks the kinds and the "word" mark: May is a month to
// numbers ("May 5"), a name or a verb to entities and quotes.
func TestCalendarWords(t *testing.T) {
	all := Set(CalendarWords(true, "month", "abbr", "weekday", "day"))
	names := Set(CalendarWords(false, "month", "weekday"))
	for _, tc := range []struct {
		word       string
		all, names bool
	}{
		{"January", true, true},
		{"May", true, false},
		{"Sept.", true, false}, // an abbreviation: numbers only
		{"Mar", false, false},  // "mar" the verb: only "Mar." is listed
		{"Sunday", true, true},
		{"Tomorrow", true, false}, // a day, not a weekday
	} {
		if all[tc.word] != tc.all || names[tc.word] != tc.names {
			t.Errorf("%q: all %v names %v, want %v %v", tc.word, all[tc.word], names[tc.word], tc.all, tc.names)
		}
	}
	if n := len(CalendarWords(true, "month")); n != 12 {
		t.Errorf("%d months", n)
	}
}
