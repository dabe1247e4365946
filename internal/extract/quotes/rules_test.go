package quotes

import (
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/entities"
)

// ruleDoc parses one sentence for a rule's test row and returns its quote
// document, the sentence's first token and its end without the final
// punctuation.
func ruleDoc(t *testing.T, text string) (*quoteDoc, int, int) {
	t.Helper()
	d, err := doc.Parse(text, doc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	qd := newQuoteDoc(d, scanQuotes(d))
	t.Cleanup(qd.release)
	s := d.Sentences[0]
	end := s.Last
	for end > s.First && !qd.isWord(end-1) {
		end--
	}
	return qd, s.First, end
}

// tokenAt is the index of the n-th token (from 1) whose text is word.
func tokenAt(t *testing.T, qd *quoteDoc, word string, n int) int {
	t.Helper()
	for i, tk := range qd.d.Tokens {
		if tk.Text == word {
			if n--; n == 0 {
				return i
			}
		}
	}
	t.Fatalf("no token %q in %q", word, qd.d.Text)
	return -1
}

func (qd *quoteDoc) spanText(m quoteMention) string {
	if m.empty() {
		return ""
	}
	return qd.d.Text[qd.tok(m.first).Start:qd.tok(m.last-1).End]
}

// TestReportedBeforeRules: each named rule decides its own case, read at
// the cue token, with the speaker and the clause it finds; a rule that
// does not apply passes the token on.
func TestReportedBeforeRules(t *testing.T) {
	rows := []struct {
		rule, text, cue string
		verdict         beforeVerdict
		speaker, clause string
	}{
		{"according-to", "According to the ministry, the talks will resume on Monday.", "According", settled, "the ministry", "the talks will resume on Monday"},
		{"according-to", "The talks failed, according to the ministry.", "according", nextToken, "", ""},
		{"according-to", "According to early results of exit polls conducted for The Associated Press, nearly half of the voters were black.", "According", settled, "early results of exit polls", "nearly half of the voters were black"},
		{"according-to", "The mayor said the talks will resume.", "said", tryNext, "", ""},
		{"noun-cue", "Critics mocked the senator's claim that the plan would cut taxes.", "claim", settled, "the senator", "the plan would cut taxes"},
		{"noun-cue", "The mayor said the talks will resume.", "said", tryNext, "", ""},
		{"asked-question", "The senator asked whether the plan would cut taxes.", "asked", settled, "The senator", "whether the plan would cut taxes"},
		{"not-a-cue", "The mayor said the talks will resume.", "talks", nextToken, "", ""},
		{"not-a-cue", "The mayor said the talks will resume.", "said", tryNext, "", ""},
		{"as-X-noted", "As The Atlantic recently noted, trust in government is collapsing around the world.", "noted", settled, "The Atlantic", "trust in government is collapsing around the world"},
		{"as-X-noted", "The mayor said the talks will resume.", "said", tryNext, "", ""},
		{"participle", "Obama threatened to veto the bill, arguing such legislation could expose the U.S. to lawsuits.", "arguing", settled, "Obama", "such legislation could expose the U.S. to lawsuits"},
		{"participle", "He denounced the coup attempt, telling USA TODAY he had nothing to do with it.", "telling", settled, "He", "he had nothing to do with it"},
		{"participle", "The town released a statement Wednesday saying that the water is safe.", "saying", settled, "The town", "the water is safe"},
		{"participle", "The mayor is saying that the water is safe.", "saying", tryNext, "", ""},
		{"finite-verb", "The mayor said that the water is safe to drink.", "said", settled, "The mayor", "the water is safe to drink"},
		{"finite-verb", "The mayor told reporters the water is safe to drink.", "told", settled, "The mayor", "the water is safe to drink"},
		{"finite-verb", "The mayor was told by state officials that the water is safe.", "told", settled, "state officials", "the water is safe"},
		{"finite-verb", "The 8,000 employees that Unisys said would be laid off were told.", "said", nextToken, "", ""},
		// A that-clause reports speech even where no subject sits right
		// before the verb.
		{"finite-verb", "Lewandowski continued to assert that he never made contact with Fields.", "assert", settled, "Lewandowski", "he never made contact with Fields"},
		{"finite-verb", "The mayor urged Albright to tell Americans that the country is safe.", "tell", nextToken, "", ""},
		{"finite-verb", "Adelson said much of his discussion with Trump was about Israel.", "said", settled, "Adelson", "much of his discussion with Trump was about Israel"},
		{"finite-verb", "Another Clinton ally, Agriculture Secretary Tom Vilsack, told MSNBC that Friday's announcement suggested an effort.", "told", settled, "Agriculture Secretary Tom Vilsack", "Friday's announcement suggested an effort"},
		{"finite-verb", "Mr. Trump boasted that he welcomed the former president to a new club.", "boasted", settled, "Mr. Trump", "he welcomed the former president to a new club"},
		{"finite-verb", "Jolly said he has worked with Republicans on legislation.", "said", settled, "Jolly", "he has worked with Republicans on legislation"},
		{"finite-verb", "Some say they hear echoes of a painful past.", "say", settled, "Some", "they hear echoes of a painful past"},
		{"finite-verb", "Pate also told Breitbart News he’d support Clinton in a general election.", "told", settled, "Pate", "he’d support Clinton in a general election"},
		{"finite-verb", "“It is over,” said Robert Stone, who already cast a ballot for Sanders.", "said", nextToken, "", ""},
		{"participle", "Trump landed in hot water by saying that the judge can't be impartial.", "saying", settled, "Trump", "the judge can't be impartial"},
		{"participle", "Noting that the company is offering to buy back notes, he said the response will help.", "Noting", settled, "he", "the company is offering to buy back notes"},
	}
	covered := map[string]bool{}
	for _, r := range rows {
		var rule func(*quoteDoc, beforeCue) (*quoteItem, beforeVerdict)
		for _, x := range reportedBeforeRules {
			if x.name == r.rule {
				rule = x.read
			}
		}
		if rule == nil {
			t.Fatalf("no rule %q", r.rule)
		}
		covered[r.rule] = true
		t.Run(r.rule+"/"+r.text, func(t *testing.T) {
			qd, first, end := ruleDoc(t, r.text)
			c := beforeCue{v: tokenAt(t, qd, r.cue, 1), first: first, end: end}
			c.cv, c.isCue = qd.cue(c.v)
			it, verdict := rule(qd, c)
			if verdict != r.verdict {
				t.Fatalf("verdict %d, want %d", verdict, r.verdict)
			}
			if r.verdict != settled {
				return
			}
			if it == nil {
				t.Fatal("settled without a clause")
			}
			if got := qd.spanText(it.who); got != r.speaker {
				t.Errorf("speaker %q, want %q", got, r.speaker)
			}
			if got := qd.d.Text[it.start:it.end]; got != r.clause {
				t.Errorf("clause %q, want %q", got, r.clause)
			}
		})
	}
	for _, x := range reportedBeforeRules {
		if !covered[x.name] {
			t.Errorf("rule %q has no test row", x.name)
		}
	}
}

// TestSubjectRules: each named rule reads its own kind of subject before
// a reporting verb, and subjectBefore gives what it read.
func TestSubjectRules(t *testing.T) {
	rows := []struct{ rule, text, verb, want string }{
		{"relative-antecedent", "The senator, who said he votes Democratic, left.", "said", "The senator"},
		{"coordinated-verb", "Bush today denounced the attack and said it was cowardly.", "said", "Bush"},
		{"not-a-verb", "An estimated 20,000 people marched.", "estimated", ""},
		{"aside", "Stoltenberg, the NATO chief, said the alliance will respond.", "said", "Stoltenberg"},
		{"aside", "Many speakers at the service \u2014 including Muslims, Christians and Jews \u2014 said his death is painful.", "said", "Many speakers at the service"},
		{"quantified-pronoun", "Most of them said the plan would fail.", "said", "Most of them"},
		{"share-polled", "About three in 10 said the plan would fail.", "said", "About three in 10"},
		{"those-polled", "Those surveyed said the plan would fail.", "said", "Those surveyed"},
	}
	covered := map[string]bool{}
	for _, r := range rows {
		var rule func(*quoteDoc, int, int) (quoteMention, bool)
		for _, x := range subjectRules {
			if x.name == r.rule {
				rule = x.read
			}
		}
		if rule == nil {
			t.Fatalf("no rule %q", r.rule)
		}
		covered[r.rule] = true
		t.Run(r.rule, func(t *testing.T) {
			qd, first, _ := ruleDoc(t, r.text)
			v := tokenAt(t, qd, r.verb, 1)
			m, ok := rule(qd, qd.skipAux(v-1, first), first)
			if !ok {
				t.Fatalf("rule does not apply before %q", r.verb)
			}
			if got := qd.spanText(m); got != r.want {
				t.Errorf("rule read %q, want %q", got, r.want)
			}
			if got := qd.spanText(qd.subjectBefore(v, first)); got != r.want {
				t.Errorf("subjectBefore %q, want %q", got, r.want)
			}
		})
	}
	for _, x := range subjectRules {
		if !covered[x.name] {
			t.Errorf("rule %q has no test row", x.name)
		}
	}
}

// TestAdjunctRules: each named rule steps over its own adjunct (or stops
// where a quantity opens the clause), and skipAdjuncts lands on the
// clause.
func TestAdjunctRules(t *testing.T) {
	rows := []struct{ rule, text, from, next, clause string }{
		{"adverb-or-calendar-word", "She said Tuesday that it would rain.", "Tuesday", "that", "that"},
		{"time-span", "She said last week that it would rain.", "last", "that", "that"},
		{"calendar-preposition", "She said on Tuesday that it would rain.", "on", "that", "that"},
		{"along-with", "She told a news conference along with aides that it would rain.", "along", "with", "that"},
		{"quantity-opens-clause", "She said about half of the voters stayed home.", "about", "about", "about"},
		{"prepositional-phrase", "She said in a statement that it would rain.", "in", "that", "that"},
	}
	covered := map[string]bool{}
	for _, r := range rows {
		var rule func(*quoteDoc, int, int) int
		for _, x := range adjunctRules {
			if x.name == r.rule {
				rule = x.skip
			}
		}
		if rule == nil {
			t.Fatalf("no rule %q", r.rule)
		}
		covered[r.rule] = true
		t.Run(r.rule, func(t *testing.T) {
			qd, _, end := ruleDoc(t, r.text)
			from := tokenAt(t, qd, r.from, 1)
			next := rule(qd, from, end)
			if next < 0 {
				t.Fatalf("rule does not apply at %q", r.from)
			}
			if got := qd.tok(next).Text; got != r.next {
				t.Errorf("rule stepped to %q, want %q", got, r.next)
			}
			if got := qd.tok(qd.skipAdjuncts(from, end)).Text; !strings.EqualFold(got, r.clause) {
				t.Errorf("skipAdjuncts stopped at %q, want %q", got, r.clause)
			}
		})
	}
	for _, x := range adjunctRules {
		if !covered[x.name] {
			t.Errorf("rule %q has no test row", x.name)
		}
	}
}

// TestPronounRules: each named rule finds its own referent for an
// attributing pronoun (the last one of its word in the text), given the
// speakers named before it.
func TestPronounRules(t *testing.T) {
	type named struct{ name, kind string }
	rows := []struct {
		rule, text, pronoun string
		hist                []named
		want                string
	}{
		{"subject-entity-since-speaker", "John Jones, the mayor, disagreed with the plan. “It will fail,” he said.", "he", nil, "John Jones"},
		{"subject-name-since-speaker", "Ambassador Ahmed Maher condemned the bombings. “It was a crime,” he said.", "he", nil, "Ahmed Maher"},
		{"last-speaker", "Mary Smith spoke first. “We will stay,” she said.", "she", []named{{"Mary Smith", spkPerson}}, "Mary Smith"},
		{"speaker-within-three-paragraphs", "Mary Smith spoke first. Acme fired staff. “We will stay,” she said.", "she",
			[]named{{"Mary Smith", spkPerson}, {"Acme", spkOrg}}, "Mary Smith"},
		{"plural-subject", "Cuban Americans rallied in Miami on Sunday. “It is a plot,” they say.", "they", nil, "Cuban Americans"},
		{"nearby-entity", "Microsoft announced layoffs on Monday. “We regret the decision,” it said.", "it", nil, "Microsoft"},
		{"any-earlier-speaker", "Mary Smith spoke first.\n\nThe rain came.\n\nThe river rose.\n\nThe town flooded.\n\n“We will stay,” she said.", "she",
			[]named{{"Mary Smith", spkPerson}}, "Mary Smith"},
	}
	covered := map[string]bool{}
	for _, r := range rows {
		var rule func(*quoteDoc, pronounQuery) (quoteSpeaker, bool)
		for _, x := range pronounRules {
			if x.name == r.rule {
				rule = x.resolve
			}
		}
		if rule == nil {
			t.Fatalf("no rule %q", r.rule)
		}
		covered[r.rule] = true
		t.Run(r.rule, func(t *testing.T) {
			d, err := doc.Parse(r.text, doc.Options{Entities: true})
			if err != nil {
				t.Fatal(err)
			}
			ents := entities.Extract(&article.Article{Doc: d}, nil, entities.Options{})
			qd := newQuoteDoc(d, scanQuotes(d))
			t.Cleanup(qd.release)
			pos := strings.LastIndex(r.text, " "+r.pronoun+" ") + 1
			para := d.Sentences[d.SentenceAt(pos)].Paragraph
			q := pronounQuery{p: r.pronoun, pos: pos, para: para, ents: ents, gender: map[string]string{},
				want: qd.lx.pronouns[r.pronoun], lastPos: -1}
			for _, h := range r.hist {
				at := strings.Index(r.text, h.name)
				q.hist = append(q.hist, quoteSpeaker{name: h.name, kind: h.kind, pos: at,
					para: d.Sentences[d.SentenceAt(at)].Paragraph})
				q.lastPos = at
			}
			got, ok := rule(qd, q)
			if !ok {
				t.Fatalf("no referent for %q", r.pronoun)
			}
			if got.name != r.want {
				t.Errorf("referent %q, want %q", got.name, r.want)
			}
		})
	}
	for _, x := range pronounRules {
		if !covered[x.name] {
			t.Errorf("rule %q has no test row", x.name)
		}
	}
}

// TestSpeakerRules: each named rule chooses the speaker of the last quote
// of its row, and says so in speaker_via.
func TestSpeakerRules(t *testing.T) {
	rows := []struct{ rule, text, speaker, via string }{
		{"pronoun", "“We will stay,” said Mary Smith. “It is safe,” she said.", "Mary Smith", "pronoun"},
		{"same-description", "“Sales rose,” an IBM spokeswoman said. “Costs fell,” the spokeswoman said.", "IBM spokeswoman", "role"},
		{"organisation-anaphor", "Control Data Corp. posted a loss on Monday. “We expect a profit next year,” the company said.", "Control Data Corp.", "role"},
		{"name", "“The talks will resume,” Jens Stoltenberg said.", "Jens Stoltenberg", "name"},
	}
	covered := map[string]bool{}
	for _, r := range rows {
		covered[r.rule] = true
		t.Run(r.rule, func(t *testing.T) {
			d, err := doc.Parse(r.text, doc.Options{Entities: true})
			if err != nil {
				t.Fatal(err)
			}
			c := &article.Article{Doc: d}
			qs := Extract(c, entities.Extract(c, nil, entities.Options{}))
			if len(qs) == 0 {
				t.Fatal("no quote")
			}
			q := qs[len(qs)-1]
			if q.Speaker != r.speaker || q.SpeakerVia != r.via {
				t.Errorf("speaker %q via %q, want %q via %q", q.Speaker, q.SpeakerVia, r.speaker, r.via)
			}
		})
	}
	for _, x := range speakerRules {
		if !covered[x.name] {
			t.Errorf("rule %q has no test row", x.name)
		}
	}
}

// TestSubjectBeforeCases: the subject of a reporting verb past what sits
// between them, read by subjectBefore.
func TestSubjectBeforeCases(t *testing.T) {
	rows := []struct{ name, text, verb, want string }{
		{"infinitive after a passive: the subject of the finite verb", "Mr. Trump was prompted to say it was civil.", "say", "Mr. Trump"},
		{"infinitive after went so far as", "The columnist David Auerbach went so far as to say it was over.", "say", "The columnist David Auerbach"},
		{"infinitive after an object: its subject has not spoken", "The senator urged Albright to tell Americans that it was over.", "tell", ""},
		{"infinitive after a pronoun object", "The senator asked her to say it was over.", "say", ""},
		{"extraposed infinitive: it is no speaker", "It is not enough to argue the boy may suffer.", "argue", ""},
		{"coordinated verb after an opening clause: the subject after its comma", "When asked whom she supported, Ms. Sherry smiled and said the plan was fine.", "said", "Ms. Sherry"},
		{"reflexive intensifier after the subject", "Cruz himself said the race was close.", "said", "Cruz"},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			qd, first, _ := ruleDoc(t, r.text)
			v := tokenAt(t, qd, r.verb, 1)
			if got := qd.spanText(qd.subjectBefore(v, first)); got != r.want {
				t.Errorf("subjectBefore %q, want %q", got, r.want)
			}
		})
	}
}
