package quotes_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/article/articletest"
	"github.com/newsfacts/newsfacts/internal/extract/entities"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/extract/quotes"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// wantQuote is the part of a quote a test checks; empty fields are not
// checked, except Speaker when SpeakerNone is set.
type wantQuote struct {
	Text, Kind, Cue, Speaker, SpeakerText string
	SpeakerNone                           bool
	// Label and Via are speaker_label and speaker_via; "-" wants empty.
	Label, Via string
}

func runQuotes(t *testing.T, text string) []facts.Quote {
	t.Helper()
	out, err := extract.Run("test", text, extract.Options{Kinds: []string{facts.KindQuotes}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range out.Quotes {
		if text[q.Start:q.End] != q.Text {
			t.Errorf("quote %q: offsets [%d,%d) give %q", q.Text, q.Start, q.End, text[q.Start:q.End])
		}
		if q.CueEnd > q.CueStart && text[q.CueStart:q.CueEnd] != q.Cue {
			t.Errorf("cue %q: offsets give %q", q.Cue, text[q.CueStart:q.CueEnd])
		}
		if q.SpeakerEnd > q.SpeakerStart && text[q.SpeakerStart:q.SpeakerEnd] != q.SpeakerText {
			t.Errorf("speaker_text %q: offsets give %q", q.SpeakerText, text[q.SpeakerStart:q.SpeakerEnd])
		}
	}
	return out.Quotes
}

func checkQuotes(t *testing.T, text string, want []wantQuote) {
	t.Helper()
	got := runQuotes(t, text)
	if len(got) != len(want) {
		for _, q := range got {
			t.Logf("got %s %q speaker=%q (%q) cue=%q", q.Kind, q.Text, q.Speaker, q.SpeakerText, q.Cue)
		}
		t.Fatalf("got %d quotes, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		check := func(field, got, want string) {
			if want != "" && got != want {
				t.Errorf("quote %d %s = %q, want %q", i, field, got, want)
			}
		}
		check("text", g.Text, w.Text)
		check("kind", g.Kind, w.Kind)
		check("cue", g.Cue, w.Cue)
		check("speaker", g.Speaker, w.Speaker)
		check("speaker_text", g.SpeakerText, w.SpeakerText)
		checkOrNone := func(field, got, want string) {
			if want == "-" && got != "" || want != "-" && want != "" && got != want {
				t.Errorf("quote %d %s = %q, want %q", i, field, got, want)
			}
		}
		checkOrNone("speaker_label", g.SpeakerLabel, w.Label)
		checkOrNone("speaker_via", g.SpeakerVia, w.Via)
		if w.SpeakerNone && g.Speaker != "" {
			t.Errorf("quote %d speaker = %q, want none", i, g.Speaker)
		}
	}
}

func TestQuoteMarks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"straight double quotes",
			`"We will not stop until the work is done," Smith said.`,
			[]wantQuote{{Text: "We will not stop until the work is done,", Kind: "direct", Speaker: "Smith"}}},
		{"curly double quotes",
			"“We will not stop until the work is done,” Smith said.",
			[]wantQuote{{Text: "We will not stop until the work is done,", Kind: "direct", Speaker: "Smith"}}},
		{"TBAQ backquotes",
			"``It was definitely a bomb,'' said a U.S. Embassy official in Nairobi.",
			[]wantQuote{{Text: "It was definitely a bomb,", Kind: "direct", Cue: "said",
				Speaker: "U.S. Embassy official in Nairobi"}}},
		{"guillemets",
			"«We are ready to talk to anyone at any time», the minister said.",
			[]wantQuote{{Text: "We are ready to talk to anyone at any time", Kind: "direct", Speaker: "minister"}}},
		{"single quotes with apostrophes inside",
			"‘We don’t want the ’90s back, and the Serbs’ leaders know it,’ Vucic said.",
			[]wantQuote{{Text: "We don’t want the ’90s back, and the Serbs’ leaders know it,", Kind: "direct", Speaker: "Vucic"}}},
		{"headline single quotes",
			"Kosovo ‘is on the brink of war’, says Vucic",
			[]wantQuote{{Text: "is on the brink of war", Kind: "direct", Cue: "says", Speaker: "Vucic"}}},
		{"nested single inside double",
			`"They told us 'go home now' and then they left," Jones said.`,
			[]wantQuote{{Text: "They told us 'go home now' and then they left,", Speaker: "Jones"}}},
		{"nested TBAQ single inside double",
			"``Well may we say `God save the Queen,' for nothing will save the republic,'' Mitchell said.",
			[]wantQuote{{Text: "Well may we say `God save the Queen,' for nothing will save the republic,", Speaker: "Mitchell"}}},
		{"quoted words as object of condemn",
			`Ambassador Ahmed Maher el-Sayed condemned the "cowardly, criminal and tragic" bombings.`,
			[]wantQuote{{Text: "cowardly, criminal and tragic", Kind: "direct", Cue: "condemned", Speaker: "Ahmed Maher el-Sayed"}}},
		{"called with an object is a quoted predication",
			`Martonyi called Hungary's admission "returning to her natural habitat."`,
			[]wantQuote{{Text: "returning to her natural habitat.", Cue: "called", Speaker: "Martonyi"}}},
		{"a name given with called is no quote",
			"The plan, called ``Way Forward'', was announced in January.",
			nil},
		{"what it calls is no quote",
			`It sees the way back to prosperity in what it calls "the data solutions" business.`,
			nil},
		{"a short quote that is a whole sentence is speech",
			"``The blast has not generated any hatred,'' he said. ``We are friends.''",
			[]wantQuote{{Kind: "direct"}, {Text: "We are friends.", Kind: "direct"}}},
		{"a quote split over lines closes on a later line (one sentence a line)",
			"`` This is a regrettable but necessary step .\n\nWe are doing this on the assumption that we cannot afford a collapse . ''\n\nsaid Stephen Harper , Prime Minister of Canada .",
			[]wantQuote{{Text: "This is a regrettable but necessary step .\n\nWe are doing this on the assumption that we cannot afford a collapse .",
				Speaker: "Stephen Harper", Cue: "said"}}},
		{"tokenized text: clitics are no quotes, spaced straight marks are",
			"Chrysler 's chief said Canada 's plan is \" extremely disappointing for all of us \" and will fail .",
			[]wantQuote{{Text: "extremely disappointing for all of us", Kind: "direct", Speaker: "Chrysler 's chief"}}},
		{"scare quotes are not speech",
			`The so-called "peace plan" was dropped on Monday.`,
			nil},
		{"unbalanced mark stops at its paragraph",
			"Jones said \"we will fight on until the very end of this\n\nThe next paragraph is plain narrative text about other things.\n\nAnd so is this one, which mentions nothing.",
			[]wantQuote{{Text: "we will fight on until the very end of this", Speaker: "Jones"}}},
		{"lost closing mark before the next opening one",
			"``We have not analyzed the statement in detail. ``We believe his words cannot distract the world,'' Boucher said.",
			[]wantQuote{{Text: "We have not analyzed the statement in detail.", Speaker: "Boucher"},
				{Text: "We believe his words cannot distract the world,", Speaker: "Boucher"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

func TestQuoteContinuedOverParagraphs(t *testing.T) {
	text := "“The first part of what I have to say is this,” Mary Robinson said. “We will not give up.\n\n" +
		"“We will carry on until the job is done.”\n\nThe meeting ended at noon."
	got := runQuotes(t, text)
	// One quote per paragraph; the continued paragraph is attributed by
	// the one before, so it has no cue of its own.
	want := []wantQuote{{Text: "The first part of what I have to say is this,", Speaker: "Mary Robinson", Cue: "said"},
		{Text: "We will not give up.", Speaker: "Mary Robinson"},
		{Text: "We will carry on until the job is done.", Speaker: "Mary Robinson"}}
	checkQuotes(t, text, want)
	if got[2].Cue != "" {
		t.Errorf("continued paragraph cue = %q, want none", got[2].Cue)
	}
}

// TestQuoteContinuedAttributedAtTheEnd: the speaker of a continued quote
// named only in its last paragraph speaks the first ones too, not the
// speaker of the paragraph before.
func TestQuoteContinuedAttributedAtTheEnd(t *testing.T) {
	text := "“No one will be left behind,” Lula said.\n\n“We have seen nothing like this before in the state.\n\n" +
		"“The water came in minutes,” the mayor said."
	checkQuotes(t, text, []wantQuote{{Speaker: "Lula"}, {Speaker: "mayor"}, {Speaker: "mayor", Cue: "said"}})
}

func TestQuoteAttribution(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"X said after the quote",
			`"The talks were useful and frank," Smith said.`,
			[]wantQuote{{Speaker: "Smith", SpeakerText: "Smith", Cue: "said"}}},
		{"said X inverted",
			`"The talks were useful and frank," said Foreign Minister Anna Smith.`,
			[]wantQuote{{Speaker: "Anna Smith", Cue: "said"}}},
		{"apposition between name and verb",
			`"The talks were useful and frank," Smith, the foreign minister, said.`,
			[]wantQuote{{Speaker: "Smith", SpeakerText: "Smith"}}},
		{"X told reporters before the quote",
			`Smith told reporters: "The talks were useful and frank."`,
			[]wantQuote{{Speaker: "Smith", Cue: "told"}}},
		{"X said in a statement",
			`"The talks were useful and frank," the ministry said in a statement.`,
			[]wantQuote{{Speaker: "ministry", Cue: "said"}}},
		{"title stripped, fullest name for the surname",
			"Norwegian Prime Minister Jonas Gahr Store arrived on Monday.\n\n" +
				`"The talks were useful and frank," Store said.`,
			[]wantQuote{{Speaker: "Jonas Gahr Store", SpeakerText: "Store"}}},
		{"pronoun resolved to the previous speaker",
			`"The talks were useful and frank," Anna Smith said.` + "\n\n" +
				`"We will meet again in June," she said.`,
			[]wantQuote{{Speaker: "Anna Smith"}, {Speaker: "Anna Smith", SpeakerText: "she"}}},
		{"participle cue takes the sentence subject",
			`Smith condemned the violence, saying that "such attacks are unacceptable and must stop."`,
			[]wantQuote{{Speaker: "Smith", Cue: "saying"}}},
		{"quoted as saying",
			`"We have covered the entire list of questions," Yeltsin was quoted as saying.`,
			[]wantQuote{{Speaker: "Yeltsin", Cue: "saying"}}},
		{"paragraph that is only a quote takes the speaker before",
			`"The talks were useful and frank," Smith said.` + "\n\n" +
				`"We will meet again in June and we will agree then."`,
			[]wantQuote{{Speaker: "Smith"}, {Speaker: "Smith"}}},
		{"second quote of a paragraph shares the speaker",
			`"The talks were useful," Smith said. "We will meet again in June."`,
			[]wantQuote{{Speaker: "Smith"}, {Speaker: "Smith"}}},
		{"unattributed long quote has no speaker",
			`"This is a long quotation that nobody is said to have spoken."`,
			[]wantQuote{{Kind: "direct", SpeakerNone: true}}},
		{"pronoun goes to a person introduced as subject since the last speaker",
			`"We will stay," Anna Smith said.` + "\n\n" +
				"Egyptian Ambassador Ahmed Maher el-Sayed condemned the attacks.\n\n" +
				`"Terrorism is alien to our history and our beliefs," he said.`,
			[]wantQuote{{Speaker: "Anna Smith"}, {Speaker: "Ahmed Maher el-Sayed", SpeakerText: "he"}}},
		{"name with an initial that the segmenter splits",
			`"We have completed the transition," Robert M. Price, chairman and chief executive, said in an interview.`,
			[]wantQuote{{Speaker: "Robert M. Price"}}},
		{"coordinated speakers",
			`"The bugs won't delay our machines at all," AST Research Inc. and Sun Microsystems Inc. said.`,
			[]wantQuote{{Speaker: "AST Research Inc. and Sun Microsystems Inc."}}},
		{"company named by its fullest form",
			"Intel Corp. makes chips.\n\n" + `"We have corrected the problems in the chip," Intel said.`,
			[]wantQuote{{Speaker: "Intel Corp."}}},
		{"acronym named by its expansion in the article",
			"The United Auto Workers union represents the plant.\n\n" +
				`The UAW issued a statement saying "the workers face uncertain futures."`,
			[]wantQuote{{Speaker: "United Auto Workers", SpeakerText: "The UAW", Cue: "saying"}}},
		{"a longer definite description points back too",
			"Ukraine's air force said it had shot down 30 drones.\n\n" + `"The enemy attacked from the south," the air force said.`,
			[]wantQuote{{Speaker: "Ukraine's air force"}, {Speaker: "Ukraine's air force", SpeakerText: "the air force"}}},
		{"told reporters, then the clause without that",
			"Ministry spokesman Igor Konashenkov told reporters the strikes had hit military targets.",
			[]wantQuote{{Text: "the strikes had hit military targets", Speaker: "Igor Konashenkov", Cue: "told"}}},
		{"he never goes to an organisation",
			"The White House said it was deeply concerned.\n\n" + `"Every downed drone is a saved life," he said.`,
			[]wantQuote{{Speaker: "White House"}, {SpeakerText: "he", SpeakerNone: true}}},
		{"spokesman for the ministry",
			`"The talks were useful and frank," a spokesman for the ministry said.`,
			[]wantQuote{{Speaker: "spokesman for the ministry", SpeakerText: "a spokesman for the ministry"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

func TestReportedSpeech(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"X said that CLAUSE",
			"Smith said that the talks would resume next week.",
			[]wantQuote{{Text: "the talks would resume next week", Kind: "indirect", Speaker: "Smith", Cue: "said"}}},
		{"X said CLAUSE without that",
			"Smith said the talks would resume next week.",
			[]wantQuote{{Text: "the talks would resume next week", Kind: "indirect", Speaker: "Smith"}}},
		{"X told a news conference CLAUSE",
			"Smith told a news conference on Tuesday that the talks would resume.",
			[]wantQuote{{Text: "the talks would resume", Kind: "indirect", Cue: "told"}}},
		{"time adverbials around the cue",
			"President Bush on Tuesday said the United States may extend its naval quarantine.",
			[]wantQuote{{Text: "the United States may extend its naval quarantine", Speaker: "Bush"}}},
		{"announced last week that",
			"Hewlett announced last week that it planned to ship a computer early next year.",
			[]wantQuote{{Text: "it planned to ship a computer early next year", Cue: "announced"}}},
		{"dateline is not reported",
			"PORTO ALEGRE, Brazil (Reuters) - Floods have killed at least 39 people, officials said on Thursday.",
			[]wantQuote{{Text: "Floods have killed at least 39 people", Speaker: "officials"}}},
		{"CLAUSE, X said",
			"The talks will resume next week, Smith said on Tuesday.",
			[]wantQuote{{Text: "The talks will resume next week", Kind: "indirect", Speaker: "Smith"}}},
		{"CLAUSE, said X",
			"The talks will resume next week, said a spokesman for the ministry.",
			[]wantQuote{{Text: "The talks will resume next week", Speaker: "spokesman for the ministry"}}},
		{"according to X, CLAUSE",
			"According to the ministry, the talks will resume next week.",
			[]wantQuote{{Text: "the talks will resume next week", Speaker: "ministry", Cue: "According to"}}},
		{"CLAUSE, according to X, without a sentence adverb",
			"Meanwhile, more than 53 civilians were injured, according to hospital sources.",
			[]wantQuote{{Text: "more than 53 civilians were injured", Speaker: "hospital sources", Cue: "according to"}}},
		{"contrast: the attribution covers the last clause",
			"Three soldiers were wounded, but their injuries are not life-threatening, KFOR said.",
			[]wantQuote{{Text: "their injuries are not life-threatening", Speaker: "KFOR"}}},
		{"attribution in the middle runs the item to the end",
			"IBM has no plans to recall its cards, the spokeswoman said, and could circumvent the bugs.",
			[]wantQuote{{Text: "IBM has no plans to recall its cards, the spokeswoman said, and could circumvent the bugs",
				Speaker: "spokeswoman", Cue: "said"}}},
		{"attribution in the middle followed by a new report",
			"The unit continues to lose money, the executives acknowledged, but they said they would keep it.",
			[]wantQuote{{Text: "The unit continues to lose money", Speaker: "executives", Cue: "acknowledged"},
				{Text: "they would keep it", Speaker: "executives", SpeakerText: "they"}}},
		{"nested report ends the outer one",
			"Iran said a delegation was en route to Tehran with the message, which it said it would review carefully.",
			[]wantQuote{{Text: "a delegation was en route to Tehran with the message", Speaker: "Iran"},
				{Text: "it would review carefully", SpeakerText: "it"}}},
		{"relative clause is not reported speech",
			"The company will cut the 8,000 jobs that Unisys said would go.",
			nil},
		{"second verb of a coordination shares the subject",
			"President Bush today denounced the invasion and said the United States would not back down.",
			[]wantQuote{{Text: "the United States would not back down", Speaker: "Bush", SpeakerText: "President Bush"}}},
		{"the spokeswoman is the spokeswoman who spoke before",
			"An IBM spokeswoman said the company stopped shipping the product.\n\n" +
				"The problem is minor, the spokeswoman said.",
			[]wantQuote{{Speaker: "IBM spokeswoman"}, {Speaker: "IBM spokeswoman", SpeakerText: "the spokeswoman"}}},
		{"subject past a relative clause",
			"Committee sources who spoke on the condition of anonymity said that the hearing will be closed.",
			[]wantQuote{{Text: "the hearing will be closed", Speaker: "Committee sources"}}},
		{"subject past a participle",
			"A senior official speaking on the condition of anonymity said that the hearing will be closed.",
			[]wantQuote{{Text: "the hearing will be closed", Speaker: "senior official"}}},
		{"passive with the speaker as agent",
			"His lawyer was told by State Department officials that he had to apply in Havana.",
			[]wantQuote{{Text: "he had to apply in Havana", Speaker: "State Department officials"}}},
		{"an infinitive cue reports nothing yet",
			"He also urged Albright to tell Americans that Tanzania is safe.",
			nil},
		{"announce with a noun object is not reported speech",
			"The NATO chief has announced the deployment of an additional 700 troops.",
			nil},
		{"adjectival estimated is no cue",
			"An estimated 20,000 soldiers have already massed at the border.",
			nil},
		{"short quoted fragment makes a mixed quote",
			`Smith said the plan was "a disgrace" and must be dropped.`,
			[]wantQuote{{Text: `the plan was "a disgrace" and must be dropped`, Kind: "mixed", Speaker: "Smith"}}},
		{"mixed quote ending in its quoted term keeps the closing mark",
			"The group said the decision is just a ``temporary setback.''",
			[]wantQuote{{Text: "the decision is just a ``temporary setback.''", Kind: "mixed", Speaker: "group"}}},
		{"a missed sentence end inside the marks ends the mixed quote",
			"Iran said it would review the message ``with optimism.'' Saddam appeared to accept the treaty.",
			[]wantQuote{{Text: "it would review the message ``with optimism.''", Kind: "mixed", Speaker: "Iran"}}},
		{"a report that is mostly one quote attributes the quote",
			"``It's high time'' the boy was sent back to his birthplace, said Wayne Smith, a former adviser.",
			[]wantQuote{{Text: "It's high time", Kind: "direct", Speaker: "Wayne Smith", Cue: "said"}}},
		{"participle after a reporting verb shares its subject",
			`"We will win this war," Zelensky said, adding that the counteroffensive would begin soon.`,
			[]wantQuote{{Kind: "direct", Speaker: "Zelensky"},
				{Text: "the counteroffensive would begin soon", Kind: "indirect", Speaker: "Zelensky", Cue: "adding"}}},
		{"a name in the aside is the speaker",
			`Smith's spokesman, John Brown, said the claims were "completely false".`,
			[]wantQuote{{Text: `the claims were "completely false"`, Kind: "mixed", Speaker: "John Brown"}}},
		{"long quoted part is a direct quote of its own",
			`He warned that NATO troops "will take all necessary actions to keep the peace."`,
			[]wantQuote{{Text: "will take all necessary actions to keep the peace.", Kind: "direct", Cue: "warned"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

// TestQuotesSampleArticle checks the expectations of the quotes issue on the
// shared sample article.
func TestQuotesSampleArticle(t *testing.T) {
	b, err := os.ReadFile("../../../../shared/articles/kosovo-kfor-2023-05-30.txt")
	if err != nil {
		t.Skip("shared sample article not present")
	}
	checkQuotes(t, string(b), []wantQuote{
		{Text: "The alliance will put a battalion from the reserve forces on heightened alert so it can also be deployed if needed",
			Kind: "indirect", Speaker: "Jens Stoltenberg", Cue: "told"},
		{Text: "such attacks are unacceptable and must stop.", Kind: "direct", Speaker: "Jens Stoltenberg"},
		{Text: "will take all necessary actions to maintain a safe and secure environment for all citizens in Kosovo.",
			Kind: "direct", Speaker: "Jens Stoltenberg", SpeakerText: "He"},
		{Text: "their injuries are not life-threatening", Kind: "indirect", Speaker: "KFOR", Cue: "said"},
		{Text: "more than 53 civilians were injured from shock bombs and tear gas", Kind: "indirect",
			Speaker: "hospital sources", Cue: "according to"},
	})
}

// FuzzQuotes feeds text with random quotation marks: no panic, every span
// inside the text, and no quote running over more than quotes.MaxQuoteParas
// paragraphs.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		`"Yes," he said.`, "“No” she said “", "‘don’t’ ’90s Serbs’", "``a '' `b' ''' «c»",
		"\"\n\n\"\n\n\"", "He said \"x\n\n\"y\n\n\"z\"", "'\"'\"“‘«»’”", "according to , said \"",
	} {
		f.Add(s)
	}
	marks := []string{`"`, "“", "”", "‘", "’", "'", "`", "``", "''", "«", "»", "\n\n", " said ", " he ", ", "}
	f.Fuzz(func(t *testing.T, s string) {
		// Spread marks through the input so that most runs exercise
		// the scanner rather than prose's tokenizer alone.
		var b strings.Builder
		for i, r := range s {
			b.WriteRune(r)
			if i%3 == 0 {
				b.WriteString(marks[int(r)%len(marks)])
			}
		}
		text := strings.ToValidUTF8(b.String(), "")
		out, err := extract.Run("fuzz", text, extract.Options{Kinds: []string{facts.KindQuotes}})
		if err != nil {
			return
		}
		for _, q := range out.Quotes {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad span [%d,%d) %q", q.Start, q.End, q.Text)
			}
			if strings.Count(q.Text, "\n\n") >= quotes.MaxQuoteParas {
				t.Fatalf("quote runs over %d paragraphs: %q", strings.Count(q.Text, "\n\n")+1, q.Text)
			}
			if q.CueEnd < q.CueStart || q.CueEnd > len(text) || q.SpeakerEnd < q.SpeakerStart || q.SpeakerEnd > len(text) {
				t.Fatalf("bad cue or speaker offsets: %+v", q)
			}
		}
	})
}

// BenchmarkQuotes is the quotes extractor alone, on documents parsed once
// with their entities found outside the timing.
func BenchmarkQuotes(b *testing.B) {
	articletest.Bench(b, doc.Options{Entities: true},
		func(c *article.Article) []facts.Entity {
			return entities.Extract(c, nationalities.Extract(c), entities.Options{})
		},
		func(c *article.Article, es []facts.Entity) { quotes.Extract(c, es) })
}

func FuzzLastField(f *testing.F) {
	for _, s := range []string{"", " ", "Jens Stoltenberg", "Stoltenberg ", "a\u00a0b", "x\xff \xffy", "\u2003Smith\u2003"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := ""
		if w := strings.Fields(s); len(w) > 0 {
			want = w[len(w)-1]
		}
		if got := quotes.LastField(s); got != want {
			t.Fatalf("lastField(%q) = %q, want %q", s, got, want)
		}
	})
}

// The attribution clause: the subject of the reporting verb across what
// reporters put between the name and the verb, and around the quote.
func TestAttributionClause(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"party and state label between name and verb",
			`"It is over," Sen. Jane Doe (D-Ore.) said.`,
			[]wantQuote{{Kind: "direct", Speaker: "Jane Doe", SpeakerText: "Sen. Jane Doe", Label: "PERSON", Via: "name"}}},
		{"party label before told and a reported clause",
			"Senate Minority Leader Harry M. Reid (D-Nev.) told reporters that he had spoken to the secretary.",
			[]wantQuote{{Kind: "indirect", Cue: "told", SpeakerText: "Senate Minority Leader Harry M. Reid", Label: "PERSON"}}},
		{"several appositions: the name before the descriptions",
			"Maria Lopez, the Democratic mayor of Tucson, one of the cities suing, said the law was unfair.",
			[]wantQuote{{Text: "the law was unfair", Speaker: "Maria Lopez"}}},
		{"a long apposition with a relative clause",
			"Alex Castellanos, a veteran media consultant who earlier in the season had tried unsuccessfully to organize a campaign against him, said the effort was a fantasy.",
			[]wantQuote{{Text: "the effort was a fantasy", Speaker: "Alex Castellanos"}}},
		{"inverted cue the tagger reads as no verb after a closing mark",
			"''Silly boys acting like they never saw a girl,'' scoffed Ms. Gil, 22.",
			[]wantQuote{{Kind: "direct", Cue: "scoffed", SpeakerText: "Ms. Gil", Via: "name"}}},
		{"an infinitive cue with a clause of its own after a question quote does not attribute it",
			"As Justice Stephen Breyer asked in a dissent, ``what sense does it make in today's world?''. Justices Sandra Day O'Connor and Anthony Kennedy seemed to agree that the law amounted to discrimination.",
			[]wantQuote{{Kind: "direct", Speaker: "Stephen Breyer"}, {Kind: "indirect", Cue: "agree", Speaker: "Justices Sandra Day O'Connor and Anthony Kennedy"}}},
		{"a participle after before: the sentence's subject speaks",
			"On Tuesday, Mr. McConnell deflected numerous questions about Mr. Trump before saying, ''It's time to quit attacking various people.''",
			[]wantQuote{{Kind: "direct", Cue: "saying", Speaker: "McConnell"}}},
		{"a cue with no speaker before a clause ending in a colon: the clause's subject",
			"Asked which Iowa county was his favorite, Cruz demurred: “Whichever one I’m in at the moment.”",
			[]wantQuote{{Kind: "direct", Speaker: "Cruz"}}},
		{"lower-case role premodifier",
			"Retired Army colonel John Baker said the plan would fail.",
			[]wantQuote{{Speaker: "John Baker", Label: "PERSON"}}},
		{"who said: the antecedent speaks, the clause ends at its comma",
			"The senator, who said the vote was rigged, left early.",
			[]wantQuote{{Text: "the vote was rigged", Speaker: "senator", Label: "-"}}},
		{"progressive form",
			"Obama is telling donors that the party will hold.",
			[]wantQuote{{Text: "the party will hold", Cue: "telling", Speaker: "Obama"}}},
		{"perfect form",
			"Mr. Sanders has said the party must change its rules.",
			[]wantQuote{{Text: "the party must change its rules", Speaker: "Sanders"}}},
		{"embedded question after a progressive cue",
			"Donald Trump is telling attendees at the gala how he helped save the hotel.",
			[]wantQuote{{Text: "how he helped save the hotel", Speaker: "Donald Trump"}}},
		{"participle cue with adjuncts before that",
			"Trump escalated his attacks Saturday morning, saying in a tweet that additional lawsuits will be filed.",
			[]wantQuote{{Text: "additional lawsuits will be filed", Cue: "saying", Speaker: "Trump"}}},
		{"participle cue after a document noun and a day: the issuer speaks",
			"The town released a statement Wednesday saying the comments were based on opinion.",
			[]wantQuote{{Text: "the comments were based on opinion", Speaker: "town"}}},
		{"inverted order after a title that is also a word's",
			`"We will fight," added Mr. Bell.`,
			[]wantQuote{{Cue: "added", Speaker: "Bell", SpeakerText: "Mr. Bell", Label: "PERSON"}}},
		{"question mark inside the quote does not end the attribution",
			"“Why now?” Perez said.",
			[]wantQuote{{Text: "Why now?", Cue: "said", Speaker: "Perez"}}},
		{"a quote that ends in a question and a narrative sentence after it",
			"“Why now, after all these years of silence?” The crowd fell silent.",
			[]wantQuote{{Kind: "direct", SpeakerNone: true}}},
		{"a quantified pronoun subject",
			"The plant closed last year. Most of them said they had loved working there.",
			[]wantQuote{{Text: "they had loved working there", Speaker: "Most of them", Label: "-"}}},
		{"those surveyed",
			"Again, those surveyed said the economy was the top issue.",
			[]wantQuote{{Text: "the economy was the top issue", Speaker: "those surveyed"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

// Speakers that are not named stay as written, with no label; a quote
// attributed by context carries the mention of the quote it continues.
func TestSpeakerLabelAndVia(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"unnamed source with a number word stays as written",
			"“We are shocked,” one P&G Amiens employee told French television station BFMTV.",
			[]wantQuote{{Speaker: "one P&G Amiens employee", Label: "-", Via: "name"}}},
		{"unnamed source: a spokesman",
			"“We will appeal,” a spokesman said.",
			[]wantQuote{{Speaker: "spokesman", Label: "-", Via: "name"}}},
		{"second part of an interrupted quote: the shared attribution's mention",
			"Roberta Lange spoke on Monday. “The campaign helped incite everything,” she said. “Instead of attacking me, they should apologize.”",
			[]wantQuote{{Speaker: "Roberta Lange", SpeakerText: "she", Via: "pronoun", Label: "PERSON"},
				{Speaker: "Roberta Lange", SpeakerText: "she", Via: "context", Label: "PERSON"}}},
		{"a role noun pointing back to the speaker before",
			"“We will not recall the cards,” an IBM spokeswoman said. “The bug is rare,” the spokeswoman said.",
			[]wantQuote{{Speaker: "IBM spokeswoman", Via: "name"}, {Speaker: "IBM spokeswoman", Via: "role"}}},
		{"organisation",
			"“We regret the decision,” the United Auto Workers said in a statement.",
			[]wantQuote{{Speaker: "United Auto Workers", Label: "ORG", Via: "name"}}},
		{"an organisation named <head> of <Name> whose last words hold a title word stays whole",
			"Unemployment fell to 5.1 percent in August, the Bureau of Labor Statistics said on Friday.",
			[]wantQuote{{Speaker: "Bureau of Labor Statistics", Label: "ORG", Via: "name"}}},
		{"a title before a first name inside such an organisation's name still heads a person",
			"“Hiring was strong in every region,” Bureau of Labor Statistics Commissioner Erica Groshen said.",
			[]wantQuote{{Speaker: "Erica Groshen", Label: "PERSON", Via: "name"}}},
		{"no speaker: no label and no via",
			"“We have seen nothing like this before in the state, nothing at all.”",
			[]wantQuote{{SpeakerNone: true, Label: "-", Via: "-"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

// Who a pronoun is: the nearest compatible antecedent, with gender from the
// first name (data/first-names.tsv) and person versus organisation.
func TestPronounResolution(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"obituary: she is the historian, not the man it is about",
			"The historian Mary Beard wrote the first biography of him. John Doe died on Monday at his home in Leeds. “He was a giant of his field,” she said.",
			[]wantQuote{{Speaker: "Mary Beard", SpeakerText: "she", Via: "pronoun"}}},
		{"she skips a man named since",
			"“We will win this state,” Hillary Clinton told supporters. Marco Rubio campaigned in Ohio on Monday. “We are not done yet,” she said.",
			[]wantQuote{{Speaker: "Hillary Clinton"}, {Speaker: "Hillary Clinton", Via: "pronoun"}}},
		{"he skips a woman named since",
			"“The bill is dead,” Marco Rubio said. Hillary Clinton spoke in Iowa on Monday. “It will come back,” he said.",
			[]wantQuote{{Speaker: "Marco Rubio"}, {Speaker: "Marco Rubio", Via: "pronoun"}}},
		{"a wrong he taken for a woman named by surname does not bar her from a later she",
			"In the debate, Sen. Bernie Sanders apologized to Hillary Clinton.\n\nBut the apology overshadowed an attack he leveled at Clinton.\n\n“It bothers me very much,” he said.\n\nClinton said she appreciated the apology.\n\n“Obviously, we were distressed when we learned about it,” she said.",
			[]wantQuote{{}, {Speaker: "Hillary Clinton"}, {Speaker: "Hillary Clinton", SpeakerText: "she", Via: "pronoun"}}},
		{"she is never an organisation",
			"Amazon announced layoffs on Monday. Jane Porter, a warehouse worker, was among them. “I did not see it coming,” she said.",
			[]wantQuote{{Speaker: "Jane Porter", Label: "PERSON"}}},
		{"I inside a quote is the quote's speaker, not resolved by itself",
			"“I will not resign,” the mayor said.",
			[]wantQuote{{Speaker: "mayor", Label: "-"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

// Cues by form: speech nouns with a "that" clause, bylines, and a cue with
// a colon that opens the next quote.
func TestCueForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"noun cue with a possessor, as an object",
			"Critics mocked the senator's claim that the vote was rigged.",
			[]wantQuote{{Text: "the vote was rigged", Cue: "claim", Speaker: "senator"}}},
		{"noun cue in subject position is not read (the clause would run on)",
			"The senator's claim that the vote was rigged drew scorn.",
			nil},
		{"noun cue after a possessive pronoun: the sentence's subject",
			"Clinton repeated her claim that the server was legal.",
			[]wantQuote{{Text: "the server was legal", Cue: "claim", Speaker: "Clinton"}}},
		{"byline after a quote with a horizontal bar",
			"“We just want jobs here, that is all.” ― Maria Ortiz, 54, a nurse",
			[]wantQuote{{Speaker: "Maria Ortiz", Label: "PERSON"}}},
		{"byline after a quote with a hyphen",
			`"We just want the jobs back." - John Baker`,
			[]wantQuote{{Speaker: "John Baker"}}},
		{"a cue ending in a colon opens the next quote",
			"''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack was the work of terrorists.''",
			[]wantQuote{{Speaker: "Alawee"}, {Speaker: "Alawee", Via: "context"}, {Speaker: "Zahed", Cue: "said"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

// According to, headline colons and two reports in one sentence.
func TestReportedSpeechForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"according to a source with a participle after it",
			"Trump leads the field with 22 percent, according to a Suffolk University poll released Tuesday.",
			[]wantQuote{{Text: "Trump leads the field with 22 percent", Cue: "according to", Speaker: "Suffolk University poll"}}},
		{"according to after a clause, with a relative clause on the source",
			"Clinton broke the law, according to Andrew McCarthy, who prosecuted terrorists.",
			[]wantQuote{{Text: "Clinton broke the law", Speaker: "Andrew McCarthy"}}},
		{"according to before the clause",
			"According to the police, the man fled on foot.",
			[]wantQuote{{Text: "the man fled on foot", Speaker: "police"}}},
		{"headline: a name and a colon",
			"Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket.",
			[]wantQuote{{Cue: ":", Speaker: "Gingrich"}}},
		{"a dateline with a colon is no speaker",
			"WASHINGTON: The Senate voted on Tuesday.",
			nil},
		{"said and a clause opening with a gerund",
			"Andrew Cuomo spoke in Albany on Monday. He said legalizing it could put thousands of people to work.",
			[]wantQuote{{Text: "legalizing it could put thousands of people to work", Speaker: "Andrew Cuomo"}}},
		{"said and a clause opening with a quantity",
			"The budget office said about half of the adjustment reflected revenue losses.",
			[]wantQuote{{Text: "about half of the adjustment reflected revenue losses", Speaker: "budget office"}}},
		{"a share of those polled",
			"About three in 10 said they prefer a more liberal agenda.",
			[]wantQuote{{Text: "they prefer a more liberal agenda", Speaker: "About three in 10"}}},
		{"said with adjuncts before that",
			"The mayor said in a statement on Tuesday that the plan was dead.",
			[]wantQuote{{Text: "the plan was dead", Speaker: "mayor"}}},
		{"attribution in the middle, a gerund after a preposition later",
			"The meeting with the Democrats, officials said, was aimed at explaining the actions.",
			[]wantQuote{{Cue: "said", Speaker: "officials"}}},
		{"asked if: the embedded question",
			"An Iowa voter asked if she might consider appointing Obama.",
			[]wantQuote{{Text: "if she might consider appointing Obama", Cue: "asked", Speaker: "Iowa voter"}}},
		{"asked a hearer what",
			"Jane Porter asked Richards what impact the law has had on women.",
			[]wantQuote{{Text: "what impact the law has had on women", Speaker: "Jane Porter"}}},
		{"asked whether: whether is no preposition to skip",
			"Jane Porter asked Richards whether the law has hurt women.",
			[]wantQuote{{Text: "whether the law has hurt women", Speaker: "Jane Porter"}}},
		{"when asked: a passive names no asker",
			"When asked whether she wanted Cruz to campaign for her, she declined.",
			nil},
		{"two reports joined by while",
			"Several supporters said the former president had made a good case, while other voters said they had not heard enough.",
			[]wantQuote{{Text: "the former president had made a good case", Speaker: "supporters"},
				{Text: "they had not heard enough", Speaker: "voters"}}},
		{"while with a verb that needs that is no second report",
			"Boeing said the plane would fly in May, while Air Canada has estimated a 30 percent saving.",
			[]wantQuote{{Speaker: "Boeing"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

// Quoted fragments in characterising frames are mixed quotes of the
// subject; titles, names and scare quotes are no quotes; a widened cue
// lexicon.
func TestCharacterisingFrames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"slammed X as a quoted term: mixed, over the frame",
			`Senator Ortiz slammed the plan as a "disaster" on Monday.`,
			[]wantQuote{{Text: `the plan as a "disaster"`, Kind: "mixed", Cue: "slammed", Speaker: "Ortiz"}}},
		{"described as a longer quoted phrase: direct",
			`The mayor described the shooting as "a deliberate attack on our city".`,
			[]wantQuote{{Text: "a deliberate attack on our city", Kind: "direct", Cue: "described", Speaker: "mayor"}}},
		{"compared to",
			`Critics compared the law to "tearing up the rulebook".`,
			[]wantQuote{{Text: "tearing up the rulebook", Cue: "compared", Speaker: "Critics"}}},
		{"title of a work is no quote",
			`He went to see the film "Heat" on Sunday.`,
			nil},
		{"scare quotes are no quote",
			`The council set up a "working group" on housing.`,
			nil},
		{"chanted",
			`Protesters chanted "Lock her up! Lock her up!" as he spoke.`,
			[]wantQuote{{Cue: "chanted", Speaker: "Protesters"}}},
		{"demanded, inverted order",
			`"We want a recount now," the crowd demanded.`,
			[]wantQuote{{Cue: "demanded", Speaker: "crowd"}}},
		{"the letter reads",
			`The letter reads: "We will not comply with this order."`,
			[]wantQuote{{Cue: "reads", Speaker: "letter"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}

// Cues by form, not only by tag: a finite form the tagger read as a noun is
// a verb right after a name or a pronoun.
func TestCuesByForm(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"notes after a name, after the quote",
			`"Look at the statement he put out," Conway notes.`,
			[]wantQuote{{Cue: "notes", Speaker: "Conway"}}},
		{"claims before a clause",
			"The Daily News claims the refusal is a form of jihad.",
			[]wantQuote{{Text: "the refusal is a form of jihad", Cue: "claims", Speaker: "Daily News"}}},
		{"reports that",
			"CNN reports that the hearing was closed.",
			[]wantQuote{{Text: "the hearing was closed", Cue: "reports", Speaker: "CNN"}}},
		{"a noun before a preposition is no cue",
			"Trump claims of fraud were rejected.",
			nil},
		{"as X said, after the quote",
			`Still, the race "is a dead heat right now," as Cruz said on the radio on Monday.`,
			[]wantQuote{{Cue: "said", Speaker: "Cruz"}}},
		{"as X put it: before the quote",
			"Or, as Tom Ridge, a former secretary of homeland security, put it: ''The barbarians are no longer at the gate.''",
			[]wantQuote{{Cue: "put", Speaker: "Tom Ridge"}}},
		{"put without it is no cue",
			`He put the plan "on the table" on Monday.`,
			nil},
		{"a name and a colon before the quote",
			"VOTERS CARE MORE - Frank Newport and Jim Harter: “We found that, across candidates, the strengths matter most.”",
			[]wantQuote{{Cue: ":", Speaker: "Frank Newport and Jim Harter"}}},
		{"a hearer and a colon is no speaker",
			"Clinton spoke in Las Vegas. She says to Nevadans: “This one is for you.”",
			[]wantQuote{{Speaker: "Clinton", SpeakerText: "She"}}},
		{"more from a name and a colon",
			"What that means - More from Jones: “The partisanship of the state is a starting point.”",
			[]wantQuote{{Cue: ":", Speaker: "Jones"}}},
		{"went on",
			`Maria Lopez spoke last. "And it is a bit concerning to me because it would end the programs," she went on.`,
			[]wantQuote{{Cue: "went", Speaker: "Maria Lopez", SpeakerText: "she"}}},
		{"a verb of manner in inverted order",
			"“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.",
			[]wantQuote{{Cue: "beamed", Speaker: "Donald Hartley"}}},
		{"by saying",
			`Jane Porter answered the message by saying, "Seriously, just stop lying."`,
			[]wantQuote{{Cue: "saying", Speaker: "Jane Porter"}}},
		{"calling X a quoted phrase after a comma",
			"Trump launched an attack against Obama, calling him “the most ignorant president in our history.”",
			[]wantQuote{{Cue: "calling", Speaker: "Trump"}}},
		{"a long apposition before the verb after the quote",
			"''The data showed the largest gain in years,'' Douglas Holtz-Eakin, an economic adviser to Republicans and former director of the nonpartisan Congressional Budget Office, said.",
			[]wantQuote{{Cue: "said", Speaker: "Douglas Holtz-Eakin"}}},
		{"participle after an opening adverbial: the subject after the comma",
			"In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “Trayvon Martin’s killer should be in prison.”",
			[]wantQuote{{Cue: "saying", Speaker: "Hakeem Jeffries"}}},
		{"participle after a verb with an object: the object is no speaker",
			"Mr. Cruz seemed to mock his vague tough talk, saying at one point, ''The answer is not simply to yell.''",
			[]wantQuote{{Cue: "saying", Speaker: "Cruz"}}},
		{"opined, inverted",
			`"Gun owners should leave their weapons at home," opined the Chicago Tribune.`,
			[]wantQuote{{Cue: "opined", Speaker: "Chicago Tribune", Label: "ORG"}}},
		{"a capitalised form is a name's word",
			"President Bush denounced the war, and said the United States is ``striking a blow for the principle that might does not make right.''",
			[]wantQuote{{Cue: "said", Speaker: "Bush"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, tc.text, tc.want) })
	}
}
