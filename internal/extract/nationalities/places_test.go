package nationalities

import (
	"strings"
	"testing"
)

func FuzzTitleBytes(f *testing.F) {
	for _, s := range []string{"", "LONDON", "new", "NEW-YORK", "ZÜRICH", "a\xff", "İSTANBUL", strings.Repeat("AB", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf [64]byte
		if got, want := string(titleBytes(&buf, s)), titleCase(s); got != want {
			t.Fatalf("titleBytes(%q) = %q, want %q", s, got, want)
		}
	})
}
