package check

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// run checks text with facts built by build, all rules at default severity.
func run(t *testing.T, text string, build func(d *facts.Document)) []Finding {
	t.Helper()
	fd := facts.New("a.txt")
	// One sentence per line keeps sentence indexes simple in these tests.
	off := 0
	for i, line := range strings.SplitAfter(text, "\n") {
		s := strings.TrimRight(line, "\n")
		if s != "" {
			fd.Sentences = append(fd.Sentences, facts.Sentence{Index: i, Text: s, Start: off, End: off + len(s)})
		}
		off += len(line)
	}
	if build != nil {
		build(fd)
	}
	c, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return c.Check(&Document{Facts: fd, Text: text})
}

func only(fs []Finding, rule string) []string {
	var out []string
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, fmt.Sprintf("%d:%d %s", f.Line, f.Column, f.Message))
		}
	}
	return out
}

func TestUnbalancedQuote(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"balanced curly marks", "He said: “We stay.”\n", nil},
		{"balanced straight marks", "He said: \"We stay.\"\n", nil},
		{"balanced wire-copy marks", "``It was a bomb,'' he said.\n", nil},
		{"wire copy that opens with '' too", "''Here, no one gives up!'' Castro declared.\n", nil},
		{"continued quote: each paragraph opens, only the last closes",
			"“We came here.\n\n“We will stay,” he said.\n", nil},
		{"continued straight quote", "\"We came here.\n\n\"We will stay,\" he said.\n", nil},
		{"opened and never closed at the end", "He said: “We stay.\n", []string{"1:10 quotation mark is never closed"}},
		{"open paragraph not continued by the next",
			"He said: “We stay.\n\nThe talks ended.\n", []string{"1:10 quotation mark is never closed"}},
		// The rows below are where the rule's own scanner (before it read
		// the quote extractor's pairing) and the extractor disagreed.
		{"continued quote with the paragraph break lost: the extractor cuts the first at the second mark",
			"He said, ``We came here. ``We will stay,'' he added.\n", []string{"1:10 quotation mark is never closed"}},
		{"curly opening mark typed as the closer", "It shows “the advantages of peace“ with a photograph.\n", nil},
		{"nested straight marks: the inner opening mark ends the outer quote",
			"\"Without some unexpected \"coup de theatre\", I don't see it,\" said Mr. Cholet.\n",
			[]string{"1:1 quotation mark is never closed"}},
		{"straight marks of markup are no quote", "<tweet id=\"75036\" author=\"@SpeakerRyan\">We respect them.\n", nil},
		{"closing mark a paragraph on, one sentence a paragraph (MEANTIME)",
			"He said: “We came here.\n\nWe will stay.”\n\nThe talks ended.\n", nil},
		{"closing mark with nothing open", "We stay,” he said.\n", []string{"1:9 closing quotation mark with no opening mark"}},
		{"second opening mark while one is open",
			"“We stay, “ he said, “and fight.”\n",
			[]string{"1:1 quotation mark is never closed", "1:11 quotation mark is never closed"}},
		{"apostrophes and single marks are left alone", "The army's ‘plan’ isn't 'new'.\n", nil},
		{"column counts characters, not bytes", "Né à “Paris.\n", []string{"1:6 quotation mark is never closed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := only(run(t, tt.text, nil), "unbalanced-quote")
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuoteNoSpeaker(t *testing.T) {
	text := "“We stay,” he said.\n“Go home.”\nHe said they would go.\n"
	got := only(run(t, text, func(d *facts.Document) {
		d.Quotes = []facts.Quote{
			{Span: facts.Span{Text: "We stay,", Start: 3, End: 11}, Kind: "direct", Speaker: "John Smith", SpeakerText: "he"},
			{Span: facts.Span{Text: "Go home.", Start: 27, End: 35, Sentence: 1}, Kind: "direct"},
			{Span: facts.Span{Text: "they would go", Start: 49, End: 62, Sentence: 2}, Kind: "indirect"},
		}
	}), "quote-no-speaker")
	want := []string{`2:2 direct quote has no speaker: "Go home."`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDates(t *testing.T) {
	ref := "2023-05-30"
	// date is a fact as the dates extractor gives it, with the tense it
	// read the expression's clause in.
	date := func(text string, start, sentence int, value string, resolved bool, tense string) facts.Date {
		return facts.Date{Span: facts.Span{Text: text, Start: start, End: start + len(text), Sentence: sentence},
			Type: "DATE", Value: value, Resolved: resolved, Tense: tense}
	}
	tests := []struct {
		name string
		text string
		ref  *string
		date facts.Date
		rule string
		want []string
	}{
		{"relative date, no reference", "It happened yesterday.\n", nil,
			date("yesterday", 12, 0, "PAST_REF", false, "past"), "relative-date-no-reference",
			[]string{`1:13 relative date "yesterday" has no reference date (give --date, or a "date" in the JSONL record)`}},
		{"relative date with a reference is resolved elsewhere", "It happened yesterday.\n", &ref,
			date("yesterday", 12, 0, "PAST_REF", false, "past"), "relative-date-no-reference", nil},
		{"past event after the article date", "The talks were held on June 5, 2023.\n", &ref,
			date("June 5, 2023", 23, 0, "2023-06-05", true, "past"), "date-after-article",
			[]string{`1:24 date "June 5, 2023" (2023-06-05) is after the article's date 2023-05-30 in past-tense reporting`}},
		{"month granularity after the article", "Prices rose in July 2023.\n", &ref,
			date("July 2023", 14, 0, "2023-07", true, "past"), "date-after-article",
			[]string{`1:15 date "July 2023" (2023-07) is after the article's date 2023-05-30 in past-tense reporting`}},
		{"a year after the article is a plan's, not checked", "Funding rose for 2024.\n", &ref,
			date("2024", 17, 0, "2024", true, "past"), "date-after-article", nil},
		{"the article's own month is not after it", "Prices rose in May 2023.\n", &ref,
			date("May 2023", 14, 0, "2023-05", true, "past"), "date-after-article", nil},
		{"future clause inside past reporting", "He said talks will resume on June 5.\n", &ref,
			date("June 5", 29, 0, "2023-06-05", true, "future"), "date-after-article", nil},
		{"scheduled event", "The vote is scheduled for June 5.\n", &ref,
			date("June 5", 26, 0, "2023-06-05", true, "future"), "date-after-article", nil},
		{"no tense read: nothing to hold against the date", "Vote: June 5.\n", &ref,
			date("June 5", 6, 0, "2023-06-05", true, ""), "date-after-article", nil},
		{"earlier date in past reporting", "The talks were held on May 5.\n", &ref,
			date("May 5", 23, 0, "2023-05-05", true, "past"), "date-after-article", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := only(run(t, tt.text, func(d *facts.Document) {
				d.Date = tt.ref
				d.Dates = []facts.Date{tt.date}
			}), tt.rule)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNoFacts(t *testing.T) {
	if got := only(run(t, "Nothing here.\n", nil), "no-facts"); len(got) != 1 {
		t.Errorf("no facts: got %q, want one finding", got)
	}
	got := only(run(t, "NATO sent troops.\n", func(d *facts.Document) {
		d.Entities = []facts.Entity{{Span: facts.Span{Text: "NATO", End: 4}, Label: "ORG"}}
	}), "no-facts")
	if len(got) != 0 {
		t.Errorf("a document with an entity: got %q", got)
	}
}

func TestSeverityOverrides(t *testing.T) {
	if _, err := New(map[string]Severity{"no-such-rule": Error}); err == nil {
		t.Error("unknown rule accepted")
	}
	c, err := New(map[string]Severity{"no-facts": Off, "unbalanced-quote": Info})
	if err != nil {
		t.Fatal(err)
	}
	fs := c.Check(&Document{Facts: facts.New("a"), Text: "“Open.\n"})
	if len(fs) != 1 || fs[0].Rule != "unbalanced-quote" || fs[0].Severity != Info {
		t.Errorf("got %+v, want one info unbalanced-quote", fs)
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("unknown severity accepted")
	}
}

func TestGitHubFormat(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter("github", &buf)
	_ = w.Write([]Finding{{Source: "dir/a,b.txt", Rule: "unbalanced-quote", Severity: Error,
		Message: "100% wrong\nreally", Line: 3, Column: 5, EndLine: 3, EndColumn: 6}})
	want := "::error file=dir/a%2Cb.txt,line=3,col=5,endLine=3,endColumn=6,title=newsfacts unbalanced-quote::100%25 wrong%0Areally\n"
	if buf.String() != want {
		t.Errorf("got  %q\nwant %q", buf.String(), want)
	}
}

// TestGitHubFormatJSONL: a finding in a JSONL record is annotated on the
// corpus file's line, with the record id in the title.
func TestGitHubFormatJSONL(t *testing.T) {
	c, _ := New(map[string]Severity{"not-english": Off})
	fd := facts.New("story-7")
	fs := c.Check(&Document{Facts: fd, Text: "Intro.\n“Open.\n", File: "corpus.jsonl", Line: 12})
	var buf bytes.Buffer
	w, _ := NewWriter("github", &buf)
	_ = w.Write(fs)
	want := "::warning file=corpus.jsonl,line=12,title=newsfacts no-facts in story-7::"
	if !strings.HasPrefix(buf.String(), want) || !strings.Contains(buf.String(), "::error file=corpus.jsonl,line=12,title=newsfacts unbalanced-quote in story-7::") ||
		!strings.Contains(buf.String(), "(text 2:1)") {
		t.Errorf("got\n%s\nwant lines like %q", buf.String(), want)
	}
	var js bytes.Buffer
	jw, _ := NewWriter("jsonl", &js)
	_ = jw.Write(fs)
	if !strings.Contains(js.String(), `"file":"corpus.jsonl","file_line":12`) {
		t.Errorf("jsonl finding lacks the corpus position: %s", js.String())
	}
}

func TestNotEnglish(t *testing.T) {
	fr := "Le président de la République a annoncé mardi que la France enverrait sept cents soldats supplémentaires au Kosovo après des affrontements dans le nord du pays.\n"
	if got := only(run(t, fr, nil), "not-english"); len(got) != 1 || !strings.Contains(got[0], "function words") {
		t.Errorf("French article: %q", got)
	}
	en := "NATO said on Tuesday that it would send 700 more troops to Kosovo after at least 30 of its soldiers were injured in clashes with protesters.\n"
	if got := only(run(t, en, nil), "not-english"); len(got) != 0 {
		t.Errorf("English article flagged: %q", got)
	}
}

func FuzzUnbalancedQuote(f *testing.F) {
	f.Add("“a”\n\n\"b\n\n``c''")
	f.Add("\n\n\n“")
	f.Fuzz(func(t *testing.T, text string) {
		c, _ := New(nil)
		for _, fd := range c.Check(&Document{Facts: facts.New("x"), Text: text}) {
			if fd.Start < 0 || fd.End > len(text) || fd.Start > fd.End || fd.Line < 1 || fd.Column < 1 {
				t.Fatalf("bad finding %+v", fd)
			}
		}
	})
}

// TestDateAfterArticleReadsTheExtractor runs the dates extractor, so the
// check sees the tense the extractor resolved each date with: future events
// reported around past-tense verbs are not flagged, a full date after the
// article in a past clause is.
func TestDateAfterArticleReadsTheExtractor(t *testing.T) {
	tests := []struct {
		name, ref, text string
		want            []string
	}{
		{"payable: the dividend lies ahead", "1989-11-02",
			"The company said the dividend is payable Jan. 2 to holders of record Dec. 15.\n", nil},
		{"due: a debt's maturity lies ahead", "1989-10-30",
			"Waxman said holders of debentures due March 15, 2007, have elected to convert them.\n", nil},
		{"will, in a clause reported in the past", "2000-01-07",
			"Officials said the boy's case will be heard Jan. 14.\n", nil},
		{"to testify: an infinitive's event lies ahead", "2000-01-07",
			"Burton said he subpoenaed the boy to testify before the committee on Feb. 10.\n", nil},
		{"before a holiday: the event precedes the date", "2015-12-23",
			"Their latest debate was held the Saturday before Christmas.\n", nil},
		{"a date naming a noun's time", "2016-01-15",
			"Trump and Cruz led the field before the Iowa caucuses Feb. 1.\n", nil},
		{"a past event dated after the article: a wrong year", "2023-05-30",
			"The talks were held on June 5, 2023, officials said.\n",
			[]string{`1:24 date "June 5, 2023" (2023-06-05) is after the article's date 2023-05-30 in past-tense reporting`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			day, err := time.Parse(time.DateOnly, tt.ref)
			if err != nil {
				t.Fatal(err)
			}
			fd, err := extract.Run("a.txt", tt.text, extract.Options{Kinds: []string{facts.KindDates}, Date: &day})
			if err != nil {
				t.Fatal(err)
			}
			c, err := New(nil)
			if err != nil {
				t.Fatal(err)
			}
			got := only(c.Check(&Document{Facts: fd, Text: tt.text}), "date-after-article")
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q (dates %+v)", got, tt.want, fd.Dates)
			}
		})
	}
}
