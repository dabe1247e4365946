package wordlist

import (
	"reflect"
	"strings"
	"testing"
)

func TestRows(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		want       [][]string
	}{
		{"header and one word a line", "# Source: test.\nUnion\nParty\n", [][]string{{"Union"}, {"Party"}}},
		{"phrase with spaces", "# h\nper cent\n", [][]string{{"per cent"}}},
		{"tab-separated fields", "# h\nat least\tat_least\tpre\n", [][]string{{"at least", "at_least", "pre"}}},
		{"empty last field kept", "# h\nx\ty\t\n", [][]string{{"x", "y", ""}}},
		{"pound sign entry is no comment", "# h\n#\tGBP\tsym\n", [][]string{{"#", "GBP", "sym"}}},
		{"bare # is a comment", "#\n# h\nword\n", [][]string{{"word"}}},
		{"blank lines and CRLF", "# h\r\n\r\nword\r\n\n", [][]string{{"word"}}},
		{"comment between entries", "# h\na\n# group two\nb\n", [][]string{{"a"}, {"b"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Rows(tc.data); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Rows(%q) = %q, want %q", tc.data, got, tc.want)
			}
		})
	}
}

func TestHeader(t *testing.T) {
	data := "# Titles before a name.\n# Source: hand-written.\nMr\n# not header\n"
	if got, want := Header(data), "Titles before a name.\nSource: hand-written."; got != want {
		t.Errorf("Header = %q, want %q", got, want)
	}
	if got := Entries(data); !reflect.DeepEqual(got, []string{"Mr"}) {
		t.Errorf("Entries = %q", got)
	}
	if s := Set(data); !s["Mr"] || len(s) != 1 {
		t.Errorf("Set = %v", s)
	}
}

func FuzzRows(f *testing.F) {
	f.Add("# h\na\tb\n#\tc\n\n")
	f.Fuzz(func(t *testing.T, data string) {
		for _, r := range Rows(data) {
			if len(r) == 0 || r[0] == "" && len(r) == 1 {
				t.Fatalf("empty entry %q from %q", r, data)
			}
			for _, f := range r {
				if strings.Contains(f, "\n") || strings.Contains(f, "\t") {
					t.Fatalf("field %q holds a separator", f)
				}
			}
		}
	})
}
