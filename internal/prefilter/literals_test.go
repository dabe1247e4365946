package prefilter

import (
	"slices"
	"strings"
	"testing"
)

// TestLiterals holds Candidates plus HasPrefix to the plain search: every
// string of the set found at every position.
func TestLiterals(t *testing.T) {
	set := []string{"day", "days", "-", "–", "a ", "an", "now", "Q1"}
	var l Literals
	for i, s := range set {
		l.Add(s, i)
	}
	for _, text := range []string{"", "a", "an", "today and Monday - now", "Q1–Q2 days", "a day", "dayz", "n"} {
		for p := range len(text) {
			var got, want []int
			for _, c := range l.Candidates(text, p) {
				if strings.HasPrefix(text[p:], c.S) {
					got = append(got, c.ID)
				}
			}
			for i, s := range set {
				if strings.HasPrefix(text[p:], s) {
					want = append(want, i)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%q at %d: got %v, want %v", text, p, got, want)
			}
		}
	}
}
