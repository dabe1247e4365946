package entities_test

import (
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/article/articletest"
	"github.com/newsfacts/newsfacts/internal/extract/entities"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/facts"
)

func runEntities(t *testing.T, text string) []facts.Entity {
	t.Helper()
	out, err := extract.Run("test", text, extract.Options{Kinds: []string{facts.KindEntities}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range out.Entities {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("span [%d,%d) is %q, text %q", e.Start, e.End, text[e.Start:e.End], e.Text)
		}
	}
	if err := idsInTextOrder(out.Entities); err != nil {
		t.Error(err)
	}
	return out.Entities
}

// idsInTextOrder checks the contract of entity ids: numbered from 1 in the
// order of each entity's first mention, with no gap.
func idsInTextOrder(es []facts.Entity) error {
	next := 1
	for _, e := range es {
		switch {
		case e.Entity == next:
			next++
		case e.Entity < 1 || e.Entity > next:
			return fmt.Errorf("%q at %d has entity id %d, want one of 1..%d", e.Text, e.Start, e.Entity, next)
		}
	}
	return nil
}

func TestEntityIDsInTextOrder(t *testing.T) {
	// A name inside a hyphenated word ("Serb-dominated") is found after
	// the other mentions; it still takes its id in text order.
	es := runEntities(t, "Protesters clashed in the Serb-dominated north. Albanian mayors took office in Kosovo, and Serb leaders objected.")
	if !has(es, "Serb", "NORP", "") {
		t.Fatalf("no NORP Serb in %+v", es)
	}
}

// has reports whether es holds an entity with this text and label (and
// canonical name, unless empty).
func has(es []facts.Entity, text, label, canonical string) bool {
	for _, e := range es {
		if e.Text == text && e.Label == label && (canonical == "" || e.Canonical == canonical) {
			return true
		}
	}
	return false
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		text string
		want [][3]string // text, label, canonical ("" for any)
		not  []string    // texts that must not be entities
	}{
		{"nationality before an acronym is split off",
			"German KFOR soldiers guard the building.",
			[][3]string{{"German", "NORP", ""}, {"KFOR", "ORG", "KFOR"}}, []string{"German KFOR"}},
		{"nationality words are NORP",
			"He spoke with Norwegian Prime Minister Jonas Gahr Store about ethnic Serbs.",
			[][3]string{{"Norwegian", "NORP", ""}, {"Serbs", "NORP", ""}, {"Jonas Gahr Store", "PERSON", ""}}, nil},
		{"boilerplate label word is no place",
			"Kosovo is tense.\n\nSource: TRT",
			[][3]string{{"Kosovo", "GPE", ""}}, []string{"Source"}},
		{"a league named with a title word is not a person",
			"Major League Baseball owners met in New York on Tuesday.",
			[][3]string{{"Major League Baseball", "MISC", ""}}, []string{"League Baseball"}},
		{"a number ends the name of an event",
			"England beat Spain at Euro 96 on Saturday.",
			[][3]string{{"Euro 96", "MISC", ""}}, []string{"Euro"}},
		{"a place name never runs across sentences",
			// CoNLL-2003 valid splits a results line inside the brackets.
			"Petr Korda ( Czech Republic ) bat Bohdan Ulihrach ( Czech\n\nRepublic ) 6-0 7-6 ( 7-5 ) 6-2",
			[][3]string{{"Czech Republic", "GPE", ""}}, []string{"Czech\n\nRepublic"}},
		{"an ocean is a natural place: LOC",
			"The Airbus A330 jetliner crashed into the Atlantic Ocean in June, officials in Paris said.",
			[][3]string{{"Atlantic Ocean", "LOC", ""}, {"Paris", "GPE", ""}}, nil},
		{"a continent is a region: LOC",
			"Sales in Europe fell sharply, the company said in Detroit.",
			[][3]string{{"Europe", "LOC", ""}, {"Detroit", "GPE", ""}}, nil},
		{"an airport is a structure: FAC",
			"The first A380 landed at Singapore's Changi International Airport on Monday.",
			[][3]string{{"Changi International Airport", "FAC", ""}, {"Singapore", "GPE", ""}}, nil},
		{"islands the gazetteer knows as a territory stay GPE",
			"Banks in the Cayman Islands reported record deposits.",
			[][3]string{{"Cayman Islands", "GPE", ""}}, nil},
		{"greeting is no place",
			"Hello.\n\nThe minister arrived in Paris.",
			[][3]string{{"Paris", "GPE", ""}}, []string{"Hello"}},
		{"sentence-initial adjective is trimmed",
			"Ethnic Albanians make up most of the population.",
			[][3]string{{"Albanians", "NORP", ""}}, []string{"Ethnic", "Ethnic Albanians"}},
		{"surname after the full name is the person",
			"It will be deployed if needed, Jens Stoltenberg told a news conference. Stoltenberg condemned the violence.",
			[][3]string{{"Jens Stoltenberg", "PERSON", "Jens Stoltenberg"}, {"Stoltenberg", "PERSON", "Jens Stoltenberg"}}, nil},
		{"acronym defined in the article",
			"The Kurdistan Democratic Party (KDP) said the KDP fighters had withdrawn.",
			[][3]string{{"Kurdistan Democratic Party", "ORG", ""}, {"KDP", "ORG", "Kurdistan Democratic Party"}}, nil},
		{"other named things are MISC, religions and parties NORP",
			"Brazil won the World Cup final in Yokohama.\n\nMost Muslims in the city supported the Republicans, officials said.",
			[][3]string{{"World Cup", "MISC", ""}, {"Muslims", "NORP", ""}, {"Republicans", "NORP", ""}}, nil},
		{"organisation head word makes an ORG",
			"Most European Union nations have recognised Kosovo.",
			[][3]string{{"European Union", "ORG", ""}, {"Kosovo", "GPE", ""}}, nil},
		{"capital in a dateline",
			"LONDON 1996-08-30\n\nShares rose on Friday.",
			[][3]string{{"LONDON", "GPE", ""}}, nil},
		{"initials make a person",
			"Australia's batsman M. Waugh scored 50.",
			[][3]string{{"M. Waugh", "PERSON", ""}}, nil},
		{"title before a name",
			"Apple Computer CEO Steve Jobs gave the keynote.",
			[][3]string{{"Steve Jobs", "PERSON", ""}}, []string{"Apple Computer CEO Steve Jobs"}},
		{"hyphenated modifier is no name",
			"Troops from the NATO-led KFOR force arrived.",
			[][3]string{{"KFOR", "ORG", ""}}, []string{"NATO-led KFOR"}},
		{"dateline in capitals is the place, and speaks for its other spelling",
			"ZURICH, Switzerland — Monday, March 4, 2024\n\nThe council of Zürich voted on Monday.",
			[][3]string{{"ZURICH", "GPE", ""}, {"Zürich", "GPE", ""}, {"Switzerland", "GPE", ""}}, []string{"Switzerland — Monday"}},
		{"photo credit: agency and photographer",
			"Soldiers guard the building. (AP Photo/Bojan Slavkovic)",
			[][3]string{{"AP", "ORG", ""}, {"Bojan Slavkovic", "PERSON", ""}}, nil},
		{"source line names an organisation",
			"Kosovo is tense.\n\nSource: TRT",
			[][3]string{{"TRT", "ORG", ""}}, nil},
		{"names inside hyphenated words",
			"NATO sent troops. The NATO-led force patrols the Serb-dominated north.",
			[][3]string{{"NATO", "ORG", ""}, {"Serb", "NORP", ""}}, []string{"NATO-led", "Serb-dominated"}},
		{"news agency",
			"The minister told Reuters on Friday.",
			[][3]string{{"Reuters", "ORG", ""}}, nil},
		{"an event named with a nationality keeps it",
			"Robert Allenby won the British Masters golf tournament on Saturday.",
			[][3]string{{"British Masters", "MISC", ""}}, []string{"Masters"}},
		{"nationalities that make up one name are one group",
			"The Bosnian Serb army shelled the town.",
			[][3]string{{"Bosnian Serb", "NORP", ""}}, []string{"Serb"}},
		{"a maker standing alone is the company, before a model its product",
			"Airbus said it had delivered the first Airbus A380 to the airline. Airbus shares rose.",
			[][3]string{{"Airbus", "ORG", ""}}, nil},
		{"month is no place",
			"The talks ended in July.",
			nil, []string{"July"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := runEntities(t, tt.text)
			for _, w := range tt.want {
				if !has(es, w[0], w[1], w[2]) {
					t.Errorf("%q: want %s %s (canonical %q); got %v", tt.text, w[1], w[0], w[2], es)
				}
			}
			if tt.name == "names inside hyphenated words" {
				n := 0
				for _, e := range es {
					if e.Text == "NATO" {
						n++
					}
				}
				if n != 2 {
					t.Errorf("want NATO twice, got %v", es)
				}
			}
			for _, n := range tt.not {
				for _, e := range es {
					if e.Text == n {
						t.Errorf("%q: %q should not be an entity, got %s", tt.text, n, e.Label)
					}
				}
			}
		})
	}
}

// TestEntitiesSample checks the list for the reference article.
func TestEntitiesSample(t *testing.T) {
	b, err := os.ReadFile("../../../testdata/kosovo-kfor-2023-05-30.txt")
	if err != nil {
		t.Skip(err)
	}
	es := runEntities(t, string(b))
	labels := map[string][]string{}
	for _, e := range es {
		labels[e.Text] = append(labels[e.Text], e.Label)
		if e.Text == "KFOR" && e.Canonical != "KFOR" {
			t.Errorf("KFOR canonical %q", e.Canonical)
		}
		if e.Text == "Stoltenberg" && e.Canonical != "Jens Stoltenberg" {
			t.Errorf("Stoltenberg canonical %q", e.Canonical)
		}
	}
	for _, n := range []string{"Source", "Ethnic", "German KFOR", "Ethnic Albanians"} {
		if len(labels[n]) > 0 {
			t.Errorf("%q is an entity: %v", n, labels[n])
		}
	}
	for text, want := range map[string]string{"German": "NORP", "Norwegian": "NORP", "Serbs": "NORP",
		"Stoltenberg": "PERSON", "NATO": "ORG", "KFOR": "ORG", "Kosovo": "GPE", "Belgrade": "GPE"} {
		ls := labels[text]
		if len(ls) == 0 || slices.ContainsFunc(ls, func(l string) bool { return l != want }) {
			t.Errorf("%s: labels %v, want all %s", text, ls, want)
		}
	}
}

func FuzzEntities(f *testing.F) {
	f.Add("German KFOR soldiers met Jens Stoltenberg (NATO). Stoltenberg said so.\n\nSource: TRT")
	f.Add("The Kosovo Force (KFOR) and S. Waugh in NEW YORK")
	f.Fuzz(func(t *testing.T, s string) {
		out, err := extract.Run("fuzz", s, extract.Options{Kinds: []string{facts.KindEntities}})
		if err != nil {
			return
		}
		for _, e := range out.Entities {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad span %+v", e)
			}
		}
		if err := idsInTextOrder(out.Entities); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkEntityRules times nationalities and the entity post-processing
// alone, on documents parsed once: what the rules add to the pipeline.
func BenchmarkEntityRules(b *testing.B) {
	articletest.Bench(b, doc.Options{Entities: true}, func(*article.Article) struct{} { return struct{}{} },
		func(c *article.Article, _ struct{}) {
			entities.Extract(c, nationalities.Extract(c), entities.Options{})
		})
}

// BenchmarkEntities is the entities extractor alone, on documents parsed
// once with their nationalities found outside the timing.
func BenchmarkEntities(b *testing.B) {
	articletest.Bench(b, doc.Options{Entities: true}, nationalities.Extract,
		func(c *article.Article, nats []facts.Nationality) { entities.Extract(c, nats, entities.Options{}) })
}

// The functions below are the entity extractor's string helpers as they
// were before they were made faster, kept to check that the fast ones
// answer the same.

// TestDisableRules checks the ablation option: a disabled rule no longer
// acts, and a name that is no rule is an error, not a silent no-op.
func TestDisableRules(t *testing.T) {
	text := "Eleven German soldiers arrived in Pristina on Tuesday."
	run := func(disable []string) []facts.Entity {
		out, err := extract.Run("test", text, extract.Options{Kinds: []string{facts.KindEntities}, Disable: disable})
		if err != nil {
			t.Fatal(err)
		}
		return out.Entities
	}
	if !has(run(nil), "German", "NORP", "") {
		t.Fatalf("with every rule on: no NORP German in %v", run(nil))
	}
	if es := run([]string{"norp"}); has(es, "German", "NORP", "") {
		t.Errorf("norp disabled: still NORP German in %v", es)
	}
	if _, err := extract.Run("test", text, extract.Options{Disable: []string{"no-such-rule"}}); err == nil {
		t.Error("unknown rule accepted")
	}
	for _, r := range entities.Rules {
		if r.Name == "" || r.Why == "" {
			t.Errorf("rule %+v without a name or a reason", r)
		}
	}
}
