package entities

import (
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/wordlist"
)

func TestAcronymExpansion(t *testing.T) {
	tests := []struct {
		text, abbr, want string
	}{
		{"the North Atlantic Treaty Organization (NATO) said", "NATO", "North Atlantic Treaty Organization"},
		{"troops of the Kosovo Force (KFOR) said", "KFOR", "Kosovo Force"},
		{"the Democratic Republic of the Congo (DRC) said", "DRC", "Democratic Republic of the Congo"},
		{"peacekeepers in Kosovo (KFOR) said", "KFOR", ""},
		{"the United Nations (UN) said", "UN", "United Nations"},
	}
	for _, tt := range tests {
		d, err := doc.Parse(tt.text, doc.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defs := acronyms(d, nationalities.LoadTables())
		if got := defs[tt.abbr].expansion; got != tt.want {
			t.Errorf("%q: %s expands to %q, want %q", tt.text, tt.abbr, got, tt.want)
		}
	}
}

func TestEntityWordLists(t *testing.T) {
	for name, data := range map[string]string{"notnames": notNamesTXT, "norpwords": norpWordsTXT,
		"orgs": orgsTXT} {
		if !strings.HasPrefix(data, "#") || !strings.Contains(strings.SplitN(data, "\n\n", 2)[0], "newsfacts") &&
			!strings.Contains(data[:strings.Index(data, "\n")], "source") {
			t.Errorf("%s: no header naming its source", name)
		}
		if len(wordlist.Set(data)) < 10 {
			t.Errorf("%s: only %d words", name, len(wordlist.Set(data)))
		}
	}
}

func oldFold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if k := strings.IndexRune(accented, r); k >= 0 {
			r = []rune(plain)[len([]rune(accented[:k]))]
		}
		b.WriteRune(r)
	}
	return b.String()
}

// entityStrings are test inputs for the string helpers: the usual, the
// spacing that strings.Fields normalises, accents, capitals and bad UTF-8.
var entityStrings = []string{"", " ", "NATO", "Jens Stoltenberg", "Jens  Stoltenberg", " Jens Stoltenberg", "Jens Stoltenberg ",
	"Jens\nStoltenberg", "Jens\u00a0Stoltenberg", "ZÜRICH", "Zürich", "São Paulo", "ŁÓDŹ", "İstanbul", "a\xffb", "A \xff B",
	"U.S.", "Bosnia-Herzegovina", "\t", "x\u2003y"}

func FuzzEntityStrings(f *testing.F) {
	for _, s := range entityStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), oldFold(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := spaceJoined(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("spaceJoined(%q) = %q, want %q", s, got, want)
		}
	})
}
