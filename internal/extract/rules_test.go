package extract_test

import (
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// Options.Disable names rules of several kinds in one list, so no two
// kinds may share a name, and an unknown name is an error, not a no-op.
func TestRuleNames(t *testing.T) {
	names := extract.RuleNames()
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			t.Errorf("rule name %q used twice", n)
		}
		seen[n] = true
	}
	for _, want := range []string{"norp", "year", "name"} {
		if !slices.Contains(names, want) {
			t.Errorf("RuleNames lacks %q", want)
		}
	}
	if err := extract.CheckRules([]string{"norp", "year"}); err != nil {
		t.Errorf("CheckRules(norp, year) = %v", err)
	}
	if err := extract.CheckRules([]string{"no-such-rule"}); err == nil {
		t.Error("CheckRules accepts an unknown name")
	}
}

// Switching a numbers rule off by name through Run changes what it
// decides, and only that: "in 2008" is a year until the year rule is off.
func TestDisableNumbersRule(t *testing.T) {
	const text = "The plant closed in 2008 and laid off 300 workers."
	run := func(disable ...string) []string {
		d, err := extract.Run("t", text, extract.Options{Kinds: []string{facts.KindNumbers}, Disable: disable})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, n := range d.Numbers {
			out = append(out, n.Text)
		}
		return out
	}
	if got := run(); !slices.Equal(got, []string{"300"}) {
		t.Fatalf("all rules on: %q, want [300]", got)
	}
	if got := run("year", "inside-date"); !slices.Contains(got, "2008") || !slices.Contains(got, "300") {
		t.Errorf("year rules off: %q, want 2008 and 300", got)
	}
}
