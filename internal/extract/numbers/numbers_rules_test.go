package numbers

import (
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/dates"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// TestExclusions gives each named rule its own rows: the number (want) is
// dropped with every rule on, and comes back when that rule alone is off,
// so each row shows the rule it names at work. keep rows are numbers the
// rule must leave alone. Rows of rules other than inside-date run without
// the dates kind's spans, which would hide most of them first.
func TestExclusions(t *testing.T) {
	tests := []struct {
		rule, name, text, want string
		keep                   bool
	}{
		{"inside-date", "a number inside a date span (a SET)", "The bus runs every 3 days.", "3 days", false},
		{"inside-date", "a duration span hides no number", "The siege lasted three days.", "three days", true},
		{"year-in-words", "a year read aloud", "It happened in nineteen ninety-four.", "nineteen ninety-four", false},
		{"year", "a year after in", "The plant closed in 1998 for good.", "1998", false},
		{"year", "a year after a determiner", "They watched the 2000 elections closely.", "2000", false},
		{"year", "a qualifier keeps a quantity", "About 1500 came from abroad.", "About 1500", true},
		{"day-of-month", "the day after a month", "The vote is on June 12 this year.", "12", false},
		{"day-of-month", "a second day", "They met on April 24 and 25 in Paris.", "25", false},
		{"clock-time", "a time of day", "The blast came at 4 in the morning.", "4", false},
		{"year-or-conjunct", "a year or two", "It may take a year or two.", "two", false},
		{"time-noun", "a time noun with no unit", "Profits fell for two quarters running.", "two", false},
		{"ordinal", "an ordinal ranks", "It was the third attack this week.", "third", false},
		{"ratio-out-of", "one out of every", "One out of every 200 voters abstained.", "One", false},
		{"code-digits", "five digits that count nothing", "The 80386 sold well.", "80386", false},
		{"code-digits", "a level a verb reaches", "The index fell to 15234 on Friday.", "15234", true},
		{"leading-zero", "a leading zero", "The code is 007 in the files.", "007", false},
		{"label", "a number after a label", "Read section 12 of the act.", "12", false},
		{"name", "a model after a name", "The Boeing 747 landed safely.", "747", false},
		{"name", "an invariant plural is a count, not a model", "The air force bought 300 aircraft.", "300", true},
		{"telephone", "a number after a phone cue", "Call 555 1234 for details.", "555", false},
		{"one-pronoun", "one as a pronoun", "No one came to the meeting.", "one", false},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		covered[tc.rule] = true
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			withDates := tc.rule == "inside-date"
			on := texts(runRules(t, tc.text, nil, withDates))
			if tc.keep {
				if !slices.Contains(on, tc.want) {
					t.Errorf("%s\n got %q, want %q kept", tc.text, on, tc.want)
				}
				return
			}
			if tc.want == "" {
				if len(on) != 0 {
					t.Errorf("%s\n got %q, want no number", tc.text, on)
				}
				return
			}
			if slices.Contains(on, tc.want) {
				t.Errorf("%s\n %q kept, want it dropped", tc.text, tc.want)
			}
			off := texts(runRules(t, tc.text, map[string]bool{tc.rule: true}, withDates))
			if !slices.Contains(off, tc.want) {
				t.Errorf("%s\n with %s off got %q, want %q back: another rule drops it", tc.text, tc.rule, off, tc.want)
			}
		})
	}
	for _, r := range exclusions {
		if !covered[r.name] {
			t.Errorf("rule %s has no test rows", r.name)
		}
		if r.why == "" {
			t.Errorf("rule %s has no reason", r.name)
		}
	}
}

// runRules runs what numbers need (parse, reference date, dates if
// withDates) and the numbers extractor with the rules in off switched off.
func runRules(t *testing.T, text string, off map[string]bool, withDates bool) []facts.Number {
	t.Helper()
	d, err := doc.Parse(text, doc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := &article.Article{Doc: d}
	c.Ref, c.HasRef = dates.ReferenceDate(d)
	var ds []facts.Date
	if withDates {
		ds = dates.Extract(c)
	}
	return extract(c, ds, off, false)
}

func texts(ns []facts.Number) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Text)
	}
	return out
}
