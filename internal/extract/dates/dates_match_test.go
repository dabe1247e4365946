package dates

import (
	"flag"
	"fmt"
	"os"
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
	rs := rules()
	found := rs.hints.find(text, lower)
	for i, r := range rs.list {
		r.prepare(rs.stored)
		if got, want := r.hint.holds(&found), naiveHint(r.hintText, text, lower); got != want {
			t.Fatalf("rule %d: hint %q on %q: got %v, want %v", i, r.hintText, text, got, want)
		}
		got, want := r.re.FindAllStringSubmatchIndex(lower), r.re.Regexp().FindAllStringSubmatchIndex(lower, -1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("rule %d on %q:\n got %v\nwant %v", i, text, got, want)
		}
		if got := r.re.FindAllSpaced(" " + lower); !reflect.DeepEqual(got, want) {
			t.Fatalf("rule %d spaced on %q:\n got %v\nwant %v", i, text, got, want)
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
// prepared from the stored prefixes and compiled piece by piece as the
// sentences call for it (as Extract runs them: only where the hint holds),
// finds exactly the matches and group indexes of the same rules derived
// and compiled whole before the first sentence.
func TestLazyRulesMatchEager(t *testing.T) {
	docs, _ := articletest.TBAQ(t, doc.Options{})
	lazy := dateRules()
	eager := make([]*prefilter.Regexp, len(lazy))
	for i, r := range lazy {
		r.index = i
		eager[i] = prefilter.MustCompileLongest(ruleExpr(r.pat))
	}
	hints, stored := rules().hints, rules().stored
	ran := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			lower := asciiLower(s.Text)
			found := hints.find(s.Text, lower)
			for i, r := range lazy {
				if !rules().list[i].hint.holds(&found) {
					continue
				}
				r.prepare(stored)
				ran++
				got, want := r.re.FindAllSpaced(" "+lower), eager[i].FindAllStringSubmatchIndex(lower)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("rule %d on %q:\n got %v\nwant %v", i, s.Text, got, want)
				}
			}
		}
	}
	for i, r := range lazy {
		r.prepare(stored) // a rule no TBAQ sentence called for
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

var update = flag.Bool("update", false, "rewrite data/rule-prefixes.txt from the rules")

// TestRulePrefixes: the stored capture names and prefixes of every rule
// are what prefilter derives from its expression now (no drift), each
// line under the hash of the expression it was written for.
func TestRulePrefixes(t *testing.T) {
	var b strings.Builder
	b.WriteString(rulePrefixesHeader)
	for _, r := range dateRules() {
		expr := ruleExpr(r.pat)
		fmt.Fprintf(&b, "%s\t%s\n", exprHash(expr), prefilter.Derive(expr))
	}
	if *update {
		if err := os.WriteFile("data/rule-prefixes.txt", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if b.String() != rulePrefixes {
		t.Fatal("data/rule-prefixes.txt is stale: run go test ./internal/extract/dates -run TestRulePrefixes -update")
	}
	rs := rules()
	for i, r := range rs.list {
		p, ok := storedPrepared(rs.stored, i, ruleExpr(r.pat))
		if !ok || !reflect.DeepEqual(p, prefilter.Derive(ruleExpr(r.pat))) {
			t.Errorf("rule %d: stored line not read back (%v)", i, ok)
		}
	}
	// A line written for another expression is not used.
	if _, ok := storedPrepared(rs.stored, 0, ruleExpr(rs.list[1].pat)); ok {
		t.Error("rule 1's expression took rule 0's stored line")
	}
}

const rulePrefixesHeader = `# The capture names and literal prefixes of each date rule's expression, one
# line a rule in the order of dateRules: FNV-1a hash of the expression, TAB,
# prefilter.Prepared (flags, names, quoted prefixes). Source: the rule
# patterns of dates_rules.go (newsfacts' own), read by prefilter.Derive;
# built by go test ./internal/extract/dates -run TestRulePrefixes -update
`
