package dates

import "testing"

// A renamed or mistyped file in data/words would silently empty a
// rule's word set.
func TestDateWordLists(t *testing.T) {
	for _, name := range []string{"future-cues", "past-cues", "plan-verbs", "reporting-verbs", "future-participles",
		"month-prepositions", "event-plurals", "count-before-number", "count-after-number", "sports-words"} {
		if len(lex().lists[name]) == 0 || len(lex().sets[name]) == 0 {
			t.Errorf("word list %q is empty or missing", name)
		}
	}
	if !lex().sets["count-after-number"]["per cent"] {
		t.Error(`"per_cent" should load as "per cent"`)
	}
	if len(lex().holidays) == 0 || lex().numbers["twenty"] != "20" {
		t.Error("holiday or number list did not load")
	}
}

// The spoken-year words come from the one list of number words.
func TestSpokenYear(t *testing.T) {
	for s, want := range map[string]int{"nineteen ninety-six": 1996, "nineteen hundred": 1900,
		"nineteen eighteen": 1918, "the year two thousand and one": 2001} {
		if y, ok := spokenYear(s); !ok || y != want {
			t.Errorf("spokenYear(%q) = %d %v, want %d", s, y, ok, want)
		}
	}
}
