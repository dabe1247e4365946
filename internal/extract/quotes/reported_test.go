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
