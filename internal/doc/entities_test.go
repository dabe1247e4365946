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
