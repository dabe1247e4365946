package words_test

import (
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/extract/words"
)

// FuzzLowerHelpers checks the lowercasing shortcuts against
// strings.ToLower: every substring of the text, from the lowered copy of
// the text, and map look-ups by lowercase form.
func FuzzLowerHelpers(f *testing.F) {
	for _, s := range []string{"", "NATO Said", "ZÜRICH and Zürich", "İstanbul", "a\xffB", "THE ONE-THIRD", strings.Repeat("AB", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low := words.Lowered(s)
		if len(low) != len(s) {
			t.Fatalf("words.Lowered(%q) = %q: length changed", s, low)
		}
		m := map[string]bool{strings.ToLower(s): true}
		// Substrings from the first 12 bytes, up to 64 bytes long: every
		// case of a word in context, at a cost linear in the input, so a
		// long input the fuzzer grows does not stall the run.
		for i := 0; i <= len(s) && i < 12; i++ {
			for j := i; j <= len(s) && j-i <= 64; j++ {
				if got, want := words.LowerAt(s, low, s[i:j], i, j), strings.ToLower(s[i:j]); got != want {
					t.Fatalf("words.LowerAt(%q) = %q, want %q", s[i:j], got, want)
				}
			}
		}
		if !words.LowerIn(m, s) {
			t.Fatalf("words.LowerIn(%q) missed its lowercase form", s)
		}
	})
}
