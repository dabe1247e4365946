package dates

import (
	"regexp"
	"sync"
)

// Nothing of this package is built at start-up (issue 22): newsfacts runs
// once per article, and a process asked for other kinds, or given an
// article with few dates, should not pay for the date rules. The word
// tables load at the first call of lex, the rule table at the first call
// of rules, and each rule's expression compiles only when a sentence holds
// its hint words and one of its literal prefixes (see prefilter.Lazy).

// lazyRegexp is a regular expression compiled at its first use. Declared
// as a composite literal of constants it needs no code at package init.
type lazyRegexp struct {
	once sync.Once
	expr string
	re   *regexp.Regexp
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}

// ruleTable is the rules in order with the index of their hint words.
type ruleTable struct {
	list  []*dateRule
	hints hintIndex
}

var (
	rulesOnce sync.Once
	rulesData *ruleTable
)

// rules returns the rule table, building it at the first call. Building
// expands each pattern's macros and registers its hint words; it compiles
// no expression.
func rules() *ruleTable {
	rulesOnce.Do(func() {
		t := &ruleTable{list: dateRules(), hints: hintIndex{bits: map[string]int{}, clock: -1}}
		// Hint words get their bits in rule order, as they always have.
		for _, r := range t.list {
			r.hint = t.hints.compile(r.hintText)
		}
		rulesData = t
	})
	return rulesData
}
