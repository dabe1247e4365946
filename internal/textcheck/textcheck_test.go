package textcheck

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestScan(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		nul      bool
		bad      int
	}{
		{"ASCII", "plain text", false, -1},
		{"UTF-8 letters", "café au lait", false, -1},
		{"NUL byte: a binary file", "ab\x00c", true, -1},
		{"NUL wins over bad UTF-8", "\xe9\x00", true, -1},
		{"Latin-1 byte at its offset", "caf\xe9", false, 3},
		{"truncated sequence", "ok \xe2\x82", false, 3},
		{"empty", "", false, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nul, bad := Scan(tc.in)
			bnul, bbad := Scan([]byte(tc.in))
			if nul != tc.nul || bad != tc.bad || bnul != nul || bbad != bad {
				t.Errorf("Scan(%q) = %v %d, bytes %v %d; want %v %d", tc.in, nul, bad, bnul, bbad, tc.nul, tc.bad)
			}
		})
	}
}

// FuzzScan checks the string and byte forms agree with each other and with
// the definition: the bad offset starts an invalid sequence after a valid
// prefix.
func FuzzScan(f *testing.F) {
	f.Add("caf\xe9")
	f.Add("a\x00b")
	f.Fuzz(func(t *testing.T, s string) {
		nul, bad := Scan(s)
		bnul, bbad := Scan([]byte(s))
		if nul != bnul || bad != bbad {
			t.Fatalf("string %v %d, bytes %v %d", nul, bad, bnul, bbad)
		}
		switch {
		case nul != strings.Contains(s, "\x00"):
			t.Fatalf("nul %v for %q", nul, s)
		case !nul && bad < 0 && !utf8.ValidString(s):
			t.Fatalf("invalid %q passed", s)
		case bad >= 0 && (!utf8.ValidString(s[:bad]) || utf8.ValidString(s[bad:])):
			t.Fatalf("bad offset %d in %q", bad, s)
		}
	})
}
