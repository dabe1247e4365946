package quotes_test

import "testing"

// TestReportedFrames: reported-speech frames beyond "X said CLAUSE", one
// row per linguistic case.
func TestReportedFrames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"according to without a comma",
			"Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.",
			[]wantQuote{{Kind: "indirect", Text: "Clinton leads Sanders by 271 pledged delegates", Cue: "according to", SpeakerText: "a count"}}},
		{"according to set off before a contrast",
			"Trump so far has won 758 pledged delegates, compared to Cruz's 538 and Kasich's 145, according to a CNN tally, but his pathway to outright victory is narrowing.",
			[]wantQuote{{Kind: "indirect", Text: "Trump so far has won 758 pledged delegates, compared to Cruz's 538 and Kasich's 145", Cue: "according to"}}},
		{"according to set off inside the reported clause",
			"Notably absent from the conversation, according to members who spoke with reporters afterward, was any mention of the investigation into the attack in Benghazi.",
			[]wantQuote{{Kind: "indirect", Cue: "according to", SpeakerText: "members"}}},
		{"report in a non-restrictive relative clause",
			"Bush criticized Clinton's email use, which an FBI investigation said was careless but did not warrant criminal charges.",
			[]wantQuote{{Kind: "indirect", Text: "which an FBI investigation said was careless but did not warrant criminal charges", Cue: "said", Speaker: "FBI investigation"}}},
		{"headline source before a colon, tagged as common nouns",
			"Clinton camp: Trump's Islamophobia threatens national security.\n\nThe campaign spoke on Monday.",
			[]wantQuote{{Kind: "indirect", SpeakerText: "Clinton camp", Text: "Trump's Islamophobia threatens national security"}}},
		{"transcript speakers in capitals, each on several lines",
			"Fallin spoke to CNN.\n\nTAPPER: Do you think Trump has campaigned as a healer?\n\nFALLIN: I think he is trying to campaign as a healer.\n\nTAPPER: Has he succeeded?\n\nFALLIN: I think it has been part of his message.",
			[]wantQuote{{Kind: "indirect", SpeakerText: "TAPPER"}, {Kind: "indirect", SpeakerText: "FALLIN"}, {Kind: "indirect", SpeakerText: "TAPPER"}, {Kind: "indirect", SpeakerText: "FALLIN"}}},
		{"transcript speaker in capitals may be a table's row",
			"The toll rose.\n\nTANZANIA: Total dead: 10. Americans: 0.",
			[]wantQuote{}},
		{"a verb before say: no subject of its own",
			"He declined to say if the weapons included missiles.",
			[]wantQuote{}},
		{"a label before a colon is no source",
			"The Latest: Sanders wins Minnesota Democratic caucuses.\n\nCorrection: An earlier version of this story was wrong.",
			[]wantQuote{}},
		{"a dateline in capitals is no source",
			"WASHINGTON: The Senate voted on Tuesday to confirm the nominee.",
			[]wantQuote{}},
		{"a common noun opening the line names no one",
			"The market makers met.\n\nOther market-maker gripes: program trading causes the index to lose ground.",
			[]wantQuote{}},
		{"Q and A name no one",
			"Q: Have you talked to her?\n\nA: It has been about a month.",
			[]wantQuote{}},
		{"participle after a clause has an object, not a speaker",
			"Bernie Sanders won the Minnesota Democratic caucus, claiming his third victory in the state.",
			[]wantQuote{}},
		{"restrictive relative clause only picks out a noun",
			"The 8,000 employees that Unisys said would be laid off were told on Monday.",
			[]wantQuote{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkQuotes(t, tt.text, tt.want) })
	}
}
