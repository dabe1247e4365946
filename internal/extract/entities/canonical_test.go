package entities

import (
	"testing"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// ent is a mention for the canonical-name tests: its text, label, sentence
// and a start that keeps mentions in text order.
func ent(text, label string, sentence, start int) facts.Entity {
	return facts.Entity{Span: facts.Span{Text: text, Start: start, End: start + len(text), Sentence: sentence}, Label: label}
}

func TestCanonicalNames(t *testing.T) {
	tests := []struct {
		name string
		ents []facts.Entity
		want []string // canonical per mention
		ids  []int    // entity id per mention
	}{
		{"a surname after the full name is the person",
			[]facts.Entity{ent("Jens Stoltenberg", "PERSON", 0, 0), ent("Stoltenberg", "PERSON", 1, 50)},
			[]string{"Jens Stoltenberg", "Jens Stoltenberg"}, []int{1, 1}},
		{"a surname takes the nearest full name, not the longest",
			[]facts.Entity{ent("John Robert Smith", "PERSON", 0, 0), ent("Smith", "PERSON", 1, 40),
				ent("Tom Smith", "PERSON", 2, 80), ent("Smith", "PERSON", 3, 120)},
			[]string{"John Robert Smith", "John Robert Smith", "Tom Smith", "Tom Smith"}, []int{1, 1, 2, 2}},
		{"father and son named in one sentence leave the surname ambiguous",
			[]facts.Entity{ent("Tom Smith", "PERSON", 0, 0), ent("John Smith", "PERSON", 0, 30), ent("Smith", "PERSON", 1, 80)},
			[]string{"Tom Smith", "John Smith", "Smith"}, []int{1, 2, 3}},
		{"a headline surname takes the one full name after it",
			[]facts.Entity{ent("Stoltenberg", "PERSON", 0, 0), ent("Jens Stoltenberg", "PERSON", 1, 40)},
			[]string{"Jens Stoltenberg", "Jens Stoltenberg"}, []int{1, 1}},
		{"a headline surname with two full names after it stays as written",
			[]facts.Entity{ent("Smith", "PERSON", 0, 0), ent("Tom Smith", "PERSON", 1, 40), ent("John Smith", "PERSON", 2, 80)},
			[]string{"Smith", "Tom Smith", "John Smith"}, []int{1, 2, 3}},
		{"a county never becomes its police department",
			[]facts.Entity{ent("Fairfax County Police Department", "ORG", 0, 0), ent("Fairfax County", "GPE", 1, 50)},
			[]string{"Fairfax County Police Department", "Fairfax County"}, []int{1, 2}},
		{"the first word of a company's name is the company",
			[]facts.Entity{ent("Ford Motor Company", "ORG", 0, 0), ent("Ford", "ORG", 1, 40)},
			[]string{"Ford Motor Company", "Ford Motor Company"}, []int{1, 1}},
		{"a person and a company of one name are two entities",
			[]facts.Entity{ent("Henry Ford", "PERSON", 0, 0), ent("Ford", "ORG", 1, 40)},
			[]string{"Henry Ford", "Ford"}, []int{1, 2}},
		{"a dateline in capitals is the same entity",
			[]facts.Entity{ent("ZURICH", "GPE", 0, 0), ent("Zürich", "GPE", 1, 40)},
			[]string{"ZURICH", "Zürich"}, []int{1, 1}},
		{"an abbreviation the article defines takes its expansion",
			[]facts.Entity{ent("Kosovo Force", "ORG", 0, 0), ent("KFOR", "ORG", 0, 14)},
			[]string{"Kosovo Force", "Kosovo Force"}, []int{1, 1}},
	}
	defs := map[string]acronym{"KFOR": {expansion: "Kosovo  Force"}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			canonicalise(tt.ents, defs, nil)
			for i, e := range tt.ents {
				if e.Canonical != tt.want[i] || e.Entity != tt.ids[i] {
					t.Errorf("%q: canonical %q entity %d, want %q %d", e.Text, e.Canonical, e.Entity, tt.want[i], tt.ids[i])
				}
			}
		})
	}
}

func TestLinkSpeakers(t *testing.T) {
	ents := []facts.Entity{ent("Jens Stoltenberg", "PERSON", 0, 10), ent("NATO", "ORG", 0, 40), ent("Stoltenberg", "PERSON", 1, 100)}
	canonicalise(ents, nil, nil)
	qs := []facts.Quote{
		{Speaker: "Jens Stoltenberg", SpeakerText: "Stoltenberg", SpeakerStart: 100, SpeakerEnd: 111},
		{Speaker: "NATO", SpeakerText: "the alliance", SpeakerStart: 200, SpeakerEnd: 212},
		{Speaker: "Jens Stoltenberg", SpeakerText: "he", SpeakerStart: 300, SpeakerEnd: 302},
		{Speaker: "a diplomat", SpeakerText: "a diplomat", SpeakerStart: 400, SpeakerEnd: 410},
	}
	LinkSpeakers(ents, qs)
	for i, want := range []int{1, 2, 1, 0} {
		if qs[i].SpeakerEntity != want {
			t.Errorf("quote %d (%q): speaker_entity %d, want %d", i, qs[i].SpeakerText, qs[i].SpeakerEntity, want)
		}
	}
}
