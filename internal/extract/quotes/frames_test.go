package quotes_test

import "testing"

// TestQuoteFrames: attribution frames beyond the reporting-verb lexicon,
// one row per linguistic case.
func TestQuoteFrames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"characterising verb with the quote for its object",
			`"The marketplace hasn't failed the white working class," Chait mocks.`,
			[]wantQuote{{Speaker: "Chait", Cue: "mocks", Via: "name"}}},
		{"characterising verb with an object of its own stays no cue",
			`"It was a very bad deal for the workers," Chait said. "Nobody in the room believed the numbers at all," he mocked the plan.`,
			[]wantQuote{{Speaker: "Chait", Cue: "said"}, {Speaker: "Chait", Via: "context"}}},
		{"two-word reporting verb after the quote",
			"\u201cThey\u2019re all here because he\u2019s promising them free stuff,\u201d Bennett shot back.",
			[]wantQuote{{Speaker: "Bennett", Cue: "shot"}}},
		{"two-word reporting verb with a that-clause",
			"Viguerie points out that George W. Bush got fewer votes than Al Gore in 2000.",
			[]wantQuote{{Kind: "indirect", Speaker: "Viguerie", Text: "George W. Bush got fewer votes than Al Gore in 2000"}}},
		{"participle's subject past an opening time adverbial",
			"Hours later, Trump flew home, telling Reuters, \u201cSheldon and I have been friends for a long time.\u201d",
			[]wantQuote{{Speaker: "Trump", Cue: "telling"}}},
		{"inverted cue before a participle-premodified role",
			"\"I'm not going to say it is a mistake, so forget about it,\" said retired neurosurgeon Ben Carson.",
			[]wantQuote{{Speaker: "Ben Carson", Cue: "said"}}},
		{"an age as the speaker's noun",
			"\u201cNow, he will go to work for you,\u201d said the 46-year-old.",
			[]wantQuote{{SpeakerText: "the 46-year-old", Cue: "said"}}},
		{"a name in an aside after a description",
			"''I hope you don't mind, I have to take my brother along,'' another fraternity brother, Stuart Oltchick, said.",
			[]wantQuote{{Speaker: "Stuart Oltchick", Cue: "said"}}},
		{"a noun and a pronoun subject after a quoted word are no apposition",
			"Many are still in debt, even with a \"good\" job, he said.",
			[]wantQuote{{Kind: "mixed"}}},
		{"byline dash with a name the tagger read as a common noun",
			"Bernie Sanders and Hillary Clinton debated.\n\nCompensation went nowhere. \"Boeing and GE and other multinationals pay zero taxes.\" - Sanders. This is complex.",
			[]wantQuote{{Speaker: "Bernie Sanders", SpeakerText: "Sanders"}}},
		{"name and colon with a name the tagger read as a common noun",
			"Bernie Sanders and Hillary Clinton debated.\n\nThey reject containment. Clinton: \"Our goal is not to deter or contain ISIS, but to defeat it.\"",
			[]wantQuote{{Speaker: "Hillary Clinton", Cue: ":"}}},
		{"inverted cue after an opening clause, before a colon",
			"As the debate went on, explained CBS moderator Nancy Cordes: \"What does that have to do with taking big donations?\"",
			[]wantQuote{{Speaker: "Nancy Cordes", Cue: "explained"}}},
		{"attribution as a sentence of its own after the quote",
			"The leak was discussed.\n\n\u201cRussia, if you\u2019re listening, I hope you\u2019re able to find the emails.\u201d Trump said. Clinton was angry.",
			[]wantQuote{{Speaker: "Trump", Cue: "said", Via: "name"}}},
		{"colon after a verb outside the lexicon",
			"Voters gathered in the gym.\n\n17-year-old Jared Potts echoed: \u201cHe speaks his mind, and that is what the country needs.\u201d",
			[]wantQuote{{Speaker: "Jared Potts", Cue: ":"}}},
		{"inverted reporting verb before a colon",
			"Stated Stone: \u201cI think that the stakes are so high for the whole country.\u201d",
			[]wantQuote{{Speaker: "Stone", Cue: "Stated"}}},
		{"colon after a verbless phrase names no speaker",
			"Partial transcript as follows: \u201cWe are now up 400,000 jobs and running a surplus.\u201d",
			[]wantQuote{{SpeakerNone: true}}},
		{"quote inside a sentence without a cue: the subject's words",
			"Kerry Washington spoke first. Julianne Moore thanked him for \u201cstepping up and taking action when Congress won\u2019t.\u201d",
			[]wantQuote{{Speaker: "Julianne Moore", SpeakerText: "Julianne Moore", Cue: ""}}},
		{"quote inside a sentence: a document as subject",
			"The ad targets a \u201ccorrupt political system that keeps in place a rigged economy.\u201d",
			[]wantQuote{{Speaker: "ad"}}},
		{"quote opening its sentence keeps the speaker around it",
			"\u201cWe will win this state,\u201d Sanders said.\n\n\u201cThe people of this state are ready for change.\u201d",
			[]wantQuote{{Speaker: "Sanders"}, {Speaker: "Sanders", Via: "context"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkQuotes(t, tt.text, tt.want) })
	}
}
