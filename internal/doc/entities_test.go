package doc

import (
	"slices"
	"testing"
)

func TestEntitiesUseProseLabelNames(t *testing.T) {
	text := "Jens Stoltenberg told reporters in Brussels on Tuesday that NATO would act.\n\n" +
		"Eleven Italian soldiers were hurt. Stoltenberg condemned the violence."
	d, err := Parse(text, Options{Entities: true})
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, d)
	var got []string
	for _, e := range d.Entities {
		got = append(got, e.Label+":"+e.Text)
		if e.Sentence != d.SentenceAt(e.Start) {
			t.Errorf("%q: sentence %d, want %d", e.Text, e.Sentence, d.SentenceAt(e.Start))
		}
	}
	want := []string{"PERSON:Jens Stoltenberg", "GPE:Brussels", "ORG:NATO", "MISC:Italian", "PERSON:Stoltenberg"}
	if !slices.Equal(got, want) {
		t.Errorf("entities = %q, want %q", got, want)
	}
	if l := d.Tokens[0].Label + " " + d.Tokens[1].Label + " " + d.Tokens[2].Label; l != "B-PER I-PER O" {
		t.Errorf("token labels = %q, want BIO labels", l)
	}
}

func TestNoEntitiesUnlessAsked(t *testing.T) {
	d, err := Parse("Jens Stoltenberg spoke in Brussels.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Entities != nil || d.Tokens[0].Label != "" {
		t.Errorf("entities %v, first label %q without Options.Entities", d.Entities, d.Tokens[0].Label)
	}
}

// TestBlankInputEntities: a text without a token has an empty, non-nil
// entity list, as the tagger would give it, without the model's load.
func TestBlankInputEntities(t *testing.T) {
	for _, text := range []string{"", " \n\n\t", "\uFEFF", "\uFEFF\u00a0\n"} {
		d, err := Parse(text, Options{Entities: true})
		if err != nil {
			t.Fatal(err)
		}
		if d.Entities == nil || len(d.Entities) != 0 || len(d.Tokens) != 0 {
			t.Errorf("Parse(%q): entities %#v, %d tokens", text, d.Entities, len(d.Tokens))
		}
		if hasWord(text) {
			t.Errorf("hasWord(%q) = true", text)
		}
	}
	for _, text := range []string{"a", " \uFEFF x\n"} {
		if !hasWord(text) {
			t.Errorf("hasWord(%q) = false", text)
		}
	}
}
