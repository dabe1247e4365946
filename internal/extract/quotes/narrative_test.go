package quotes_test

import "testing"

// TestNarrativeSpeaker: a quote with no attribution of its own belongs to
// the person a narrative sentence just before it names as subject, not to
// the last quoted speaker; a sentence that names no one acting, or that
// quotes someone itself, leaves the quote to the speaker around it.
func TestNarrativeSpeaker(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"a new paragraph names the next speaker before the quote",
			"“We will win,” Gorka said.\n\nBolton distanced himself from the movement. “I am going to support him, and support him enthusiastically.”",
			[]wantQuote{{Speaker: "Gorka", Via: "name"}, {Speaker: "Bolton", SpeakerText: "Bolton", Via: "context"}}},
		{"the paragraph before names the speaker of a paragraph that is only a quote",
			"Buddy Valastro praised the governor's leadership after the storm.\n\n“We need someone who is going to cut through all of it.”",
			[]wantQuote{{Speaker: "Buddy Valastro", Via: "context", Label: "PERSON"}}},
		{"a pronoun subject resolves as an attribution would",
			"“We are seeking a court order,” Loretta Lynch said.\n\nShe announced the lawsuit on Monday. “The law is discriminatory and we will not stand by.”",
			[]wantQuote{{Speaker: "Loretta Lynch"}, {Speaker: "Loretta Lynch", SpeakerText: "She"}}},
		{"a common-noun subject introduces no one: the quote keeps the speaker before",
			"“I like working with my hands,” Robin Maynard said.\n\nThe plant closed in March. “I have nowhere else to go and no savings at all.”",
			[]wantQuote{{Speaker: "Robin Maynard"}, {Speaker: "Robin Maynard", SpeakerText: "Robin Maynard", Via: "context"}}},
		{"a sentence that quotes someone itself is no narrative: the quote continues it",
			"Smith said the plan was “a disgrace to the city.” “We will fight it in every court in the land.”",
			[]wantQuote{{Speaker: "Smith"}, {Speaker: "Smith", Via: "context"}}},
		{"a quote inside its sentence is not introduced by the sentence before",
			"Jones left early. Critics called the law “a blatant abuse of federal power over the states.”",
			[]wantQuote{{Kind: "direct", Speaker: "Critics"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

// TestInvertedSpeakerPhrases: the noun phrase after an inverted cue.
func TestInvertedSpeakerPhrases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"a participle after a determiner premodifies the speaker",
			"“Senator Cruz appreciates all of your support,” said the printed Cruz slate card.",
			[]wantQuote{{Cue: "said", SpeakerText: "the printed Cruz slate card"}}},
		{"a participle opening the phrase premodifies a role",
			"“We will not back down,” said retired neurosurgeon Ben Carson.",
			[]wantQuote{{Cue: "said", Speaker: "Ben Carson"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}
