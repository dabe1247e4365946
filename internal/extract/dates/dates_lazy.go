package dates

import (
	_ "embed"
	"hash/fnv"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/newsfacts/newsfacts/internal/prefilter"
)

// Nothing of this package is built at start-up (issue 22): newsfacts runs
// once per article, and a process asked for other kinds, or given an
// article with few dates, should not pay for the date rules. The word
// tables load at the first call of lex, the rule table at the first call
// of rules, and each rule's expression compiles only when a sentence holds
// its hint words and one of its literal prefixes (see prefilter.Lazy),
// which are stored (data/rule-prefixes.txt) so that no pattern is parsed
// to find them.

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

// ruleTable is the rules in order with the index of their hint words, and
// the lines of data/rule-prefixes.txt, one a rule.
type ruleTable struct {
	list   []*dateRule
	hints  hintIndex
	stored []string
}

// rulePrefixes holds, for each rule in order, what prefilter.Derive reads
// from its expression: the capture names and the literal prefixes a match
// begins with. Parsing the rules' big alternations cost more at first use
// than compiling them; TestRulePrefixes checks the file against the live
// derivation and rewrites it with -update.
//
//go:embed data/rule-prefixes.txt
var rulePrefixes string

// storedLines returns the data lines of rulePrefixes.
func storedLines() []string {
	var out []string
	for line := range strings.Lines(rulePrefixes) {
		if !strings.HasPrefix(line, "#") {
			out = append(out, strings.TrimSuffix(line, "\n"))
		}
	}
	return out
}

// storedPrepared reads rule i's stored line, "hash<TAB>prepared": the hash
// (FNV-1a, 64 bits, of the expression) tells a line written for another
// expression, which is then not used.
func storedPrepared(stored []string, i int, expr string) (prefilter.Prepared, bool) {
	if i >= len(stored) {
		return prefilter.Prepared{}, false
	}
	hash, line, ok := strings.Cut(stored[i], "\t")
	if !ok || hash != exprHash(expr) {
		return prefilter.Prepared{}, false
	}
	p, err := prefilter.ParsePrepared(line)
	return p, err == nil
}

func exprHash(expr string) string {
	h := fnv.New64a()
	h.Write([]byte(expr))
	return strconv.FormatUint(h.Sum64(), 16)
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
		t := &ruleTable{list: dateRules(), hints: hintIndex{bits: map[string]int{}, clock: -1}, stored: storedLines()}
		// Hint words get their bits in rule order, as they always have.
		for i, r := range t.list {
			r.index = i
			r.hint = t.hints.compile(r.hintText)
		}
		rulesData = t
	})
	return rulesData
}

// lazyMap is a table built at its first use. A composite literal whose
// build function captures nothing needs no code at package init, where a
// map literal is built by init code.
type lazyMap[K comparable, V any] struct {
	once  sync.Once
	build func() map[K]V
	m     map[K]V
}

func (l *lazyMap[K, V]) get() map[K]V {
	l.once.Do(func() { l.m = l.build() })
	return l.m
}

// lazyReplacer is a strings.Replacer made at its first use.
type lazyReplacer struct {
	once   sync.Once
	oldnew []string
	r      *strings.Replacer
}

func (l *lazyReplacer) get() *strings.Replacer {
	l.once.Do(func() { l.r = strings.NewReplacer(l.oldnew...) })
	return l.r
}
