package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/article/articletest"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/facts"
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
		"orgwords": orgWordsTXT, "titles": titlesTXT, "orgs": orgsTXT} {
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

func oldCanonicalise(es []facts.Entity, defs map[string]acronym) {
	// longest maps a label and a run of words to the first of the longest
	// mentions that start or end with those words: one pass to index, one
	// to look up, so a long document costs no more per entity than a
	// short one.
	longest := map[string]int{}
	key := func(label string, words []string) string { return label + "\x00" + strings.Join(words, " ") }
	words := make([][]string, len(es))
	for j, e := range es {
		words[j] = strings.Fields(e.Text)
		for k := 1; k <= len(words[j]); k++ {
			for _, sub := range [][]string{words[j][:k], words[j][len(words[j])-k:]} {
				kk := key(e.Label, sub)
				if cur, ok := longest[kk]; !ok || len(e.Text) > len(es[cur].Text) {
					longest[kk] = j
				}
			}
		}
	}
	for i := range es {
		if def, ok := defs[es[i].Text]; ok {
			es[i].Canonical = strings.Join(strings.Fields(def.expansion), " ")
			continue
		}
		best := i
		if j, ok := longest[key(es[i].Label, words[i])]; ok && len(words[i]) > 0 && len(es[j].Text) > len(es[i].Text) {
			best = j
		}
		es[i].Canonical = strings.Join(words[best], " ")
	}
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

// TestCanonicaliseAsBefore compares canonicalise with the slower original
// on the entities of the TBAQ corpus and on mentions that share words.
func TestCanonicaliseAsBefore(t *testing.T) {
	check := func(t *testing.T, es []facts.Entity) {
		got, want := slices.Clone(es), slices.Clone(es)
		defs := map[string]acronym{"KFOR": {expansion: "Kosovo  Force"}}
		canonicalise(got, defs)
		oldCanonicalise(want, defs)
		for i := range got {
			if got[i].Canonical != want[i].Canonical {
				t.Fatalf("%q: canonical %q, want %q", got[i].Text, got[i].Canonical, want[i].Canonical)
			}
		}
	}
	t.Run("mentions that share words", func(t *testing.T) {
		var made []facts.Entity
		for i, s := range entityStrings {
			for _, l := range []string{"PERSON", "ORG"} {
				made = append(made, facts.Entity{Span: facts.Span{Text: s, Start: i}, Label: l})
				made = append(made, facts.Entity{Span: facts.Span{Text: "Mr " + s, Start: i}, Label: l})
			}
		}
		check(t, made)
	})
	t.Run("TBAQ entities", func(t *testing.T) {
		docs, _ := articletest.TBAQ(t, doc.Options{Entities: true})
		for _, d := range docs {
			c := &article.Article{Doc: d}
			check(t, Extract(c, nationalities.Extract(c), Options{}))
		}
	})
}
