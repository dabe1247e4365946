package dates

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article/articletest"
	"github.com/newsfacts/newsfacts/internal/prefilter"
)

// naiveHint is the plain reading of a hint (see dates_hints.go): one
// strings.Contains per word. The compiled hints must agree with it.
func naiveHint(h, text, lower string) bool {
	if h == "" {
		return true
	}
	for part := range strings.SplitSeq(h, "&") {
		in := lower
		if strings.HasPrefix(part, "=") {
			part, in = part[1:], text
		}
		found := false
		for w := range strings.SplitSeq(part, "|") {
			if w == "#clock" && clockLike(lower) || w != "#clock" && strings.Contains(in, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// checkRules compares, on one sentence, every rule's prefiltered matches
// with regexp's own and every compiled hint with its plain reading.
func checkRules(t *testing.T, text string) {
	t.Helper()
	lower := asciiLower(text)
	found := rules().hints.find(text, lower)
	for i, r := range rules().list {
		if got, want := r.hint.holds(&found), naiveHint(r.hintText, text, lower); got != want {
			t.Fatalf("rule %d: hint %q on %q: got %v, want %v", i, r.hintText, text, got, want)
		}
		got, want := r.re.FindAllStringSubmatchIndex(lower), r.re.Regexp().FindAllStringSubmatchIndex(lower, -1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("rule %d on %q:\n got %v\nwant %v", i, text, got, want)
		}
	}
}

func TestDateRulesMatchRegexp(t *testing.T) {
	docs, _ := articletest.TBAQ(t, doc.Options{})
	for _, d := range docs {
		for _, s := range d.Sentences {
			checkRules(t, s.Text)
		}
	}
}

func FuzzDateRules(f *testing.F) {
	for _, s := range []string{
		"Tuesday, May 30, 2023", "the past two weeks", "in 3 days' time", "at 10:30 a.m. EST Friday",
		"the ’90s", "mid–May", "Q3 1998", "twice a year", "Christmas Eve, 2001", "\xffMay 3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkRules(t, s) })
}

// TestLazyRulesMatchEager: a rule table built fresh, each expression
// compiled piece by piece as the sentences call for it (as Extract runs
// them: only where the hint holds), finds exactly the matches and group
// indexes of the same rules compiled whole before the first sentence.
func TestLazyRulesMatchEager(t *testing.T) {
	docs, _ := articletest.TBAQ(t, doc.Options{})
	lazy := dateRules()
	eager := make([]*prefilter.Regexp, len(lazy))
	for i, r := range lazy {
		eager[i] = prefilter.MustCompileLongest(r.re.String())
	}
	hints := rules().hints
	ran := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			lower := asciiLower(s.Text)
			found := hints.find(s.Text, lower)
			for i, r := range lazy {
				if !rules().list[i].hint.holds(&found) {
					continue
				}
				r.prepare()
				ran++
				got, want := r.re.FindAllStringSubmatchIndex(lower), eager[i].FindAllStringSubmatchIndex(lower)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("rule %d on %q:\n got %v\nwant %v", i, s.Text, got, want)
				}
			}
		}
	}
	for i, r := range lazy {
		if r.idx == nil {
			continue // no TBAQ sentence held its hint
		}
		want := map[string][]int{}
		for g, n := range eager[i].Regexp().SubexpNames() {
			if n != "" {
				want[n] = append(want[n], g)
			}
		}
		if !reflect.DeepEqual(r.idx, want) {
			t.Errorf("rule %d: groups %v, want %v", i, r.idx, want)
		}
	}
	if ran == 0 {
		t.Fatal("no rule ran")
	}
}
