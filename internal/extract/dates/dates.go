package dates

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/facts"
	"github.com/newsfacts/newsfacts/internal/prefilter"
)

// Extract returns the temporal expressions of every sentence,
// normalised as TIMEX3 values against the reference date c.Ref.
//
// Each rule of dateRules is a regular expression over one sentence's text
// (lower-cased, same offsets) plus a function that turns the match into a
// TIMEX3 type and value, reading the sentence's tokens and POS tags for the
// tense that decides whether "on Tuesday" is the last or the next one. A
// rule runs only on sentences that hold one of its hint words. Where
// matches overlap the longest wins (ties go to the rule listed first),
// which is how "Tuesday, May 30, 2023" beats "Tuesday" and "May 30", and
// "the past two weeks" beats "the past". A last pass over the article
// resolves what needs the dates around it: "that year", "the next
// morning", a bare clock time.
func Extract(c *article.Article) []facts.Date {
	var out []facts.Date
	var pend []*pending
	var story *storyTime
	for si := range c.Doc.Sentences {
		if !story.holds(c, si) {
			story = nil
		}
		base := pend
		var ds []facts.Date
		ds, pend = sentenceDates(c, si, base, story)
		if st := storyInSentence(c, si, ds); st != nil {
			// "In 2009, the plant closed, and in July ...": the story's
			// time holds from where the sentence sets it.
			ds, pend = sentenceDates(c, si, base, st)
		}
		out = append(out, ds...)
		story = moveStory(c, si, ds, story)
	}
	resolveAnaphors(c, out, pend)
	return out
}

// timex is one candidate expression, in document offsets.
type timex struct {
	start, end int
	typ, val   string
	resolved   bool
	rule       int
	m          *match
}

// sentenceDates returns the dates of sentence si, and pend with one entry
// per date appended: what each waits for, or nil.

func sentenceDates(c *article.Article, si int, pend []*pending, story *storyTime) ([]facts.Date, []*pending) {
	s := c.Doc.Sentences[si]
	// The rules run on the lower-cased text after a space (see
	// prefilter.FindAllSpaced).
	spaced := spacedLower(s.Text)
	lower := spaced[1:]
	x := &dateCtx{c: c, s: s, toks: c.Doc.SentenceTokens(si), lower: lower, story: story}
	rs := rules()
	found := rs.hints.find(s.Text, lower)
	var cands []timex
	for ri, r := range rs.list {
		if !r.hint.holds(&found) {
			continue
		}
		r.prepare(rs.stored)
		for _, loc := range r.re.FindAllSpaced(spaced) {
			m := &match{x: x, r: r, loc: loc}
			st, en := loc[0], loc[1]
			for _, g := range r.idx["x"] {
				if loc[2*g] >= 0 {
					st, en = loc[2*g], loc[2*g+1]
					break
				}
			}
			if !wordEdges(s.Text, st, en) {
				continue
			}
			m.start, m.end = st, en
			if r.common && words.Titled(s.Text, st) {
				continue
			}
			typ, val, ok := r.fn(m)
			if !ok {
				continue
			}
			if typ == "DURATION" || !r.durationMods {
				m.extendMods()
			}
			cands = append(cands, timex{start: s.Start + m.start, end: s.Start + m.end, typ: typ, val: val,
				resolved: !m.unresolved, rule: ri, m: m})
		}
	}
	// Longest first, then earlier rule, then leftmost: a greedy pass keeps
	// the best of each group of overlapping candidates.
	slices.SortStableFunc(cands, func(a, b timex) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return lb - la
		}
		if a.rule != b.rule {
			return a.rule - b.rule
		}
		return a.start - b.start
	})
	kept := keepDisjoint(cands)
	slices.SortFunc(kept, func(a, b timex) int { return a.start - b.start })
	out := make([]facts.Date, 0, len(kept))
	for _, t := range kept {
		out = append(out, facts.Date{Span: c.Span(t.start, t.end), Type: t.typ, Value: t.val, Resolved: t.resolved,
			Tense: t.m.clauseTense().String()})
		pend = append(pend, t.m.pend)
	}
	return out, pend
}

// keepDisjoint keeps each candidate, in order, that overlaps none kept
// before it. A sentence has a handful; past that (a table of dates on one
// line) the bytes taken are marked, so that the pass stays linear rather
// than comparing every candidate with every one kept.
func keepDisjoint(cands []timex) []timex {
	var kept []timex
	if len(cands) <= 32 {
		for _, t := range cands {
			if !slices.ContainsFunc(kept, func(k timex) bool { return t.start < k.end && k.start < t.end }) {
				kept = append(kept, t)
			}
		}
		return kept
	}
	start, end := cands[0].start, cands[0].end
	for _, t := range cands {
		start, end = min(start, t.start), max(end, t.end)
	}
	taken := make([]bool, end-start)
next:
	for _, t := range cands {
		for i := t.start; i < t.end; i++ {
			if taken[i-start] {
				continue next
			}
		}
		for i := t.start; i < t.end; i++ {
			taken[i-start] = true
		}
		kept = append(kept, t)
	}
	return kept
}

// wordEdges rejects matches that start or end inside a word ("Mayor",
// "20000"), which the rules' leading \b alone cannot rule out at the end.
func wordEdges(s string, st, en int) bool {
	if st >= en {
		return false
	}
	if st > 0 && isWordByte(s[st-1]) && isWordByte(s[st]) {
		return false
	}
	// The tail of a bigger number: "1,000 years", "2.5 days".
	if st > 1 && (s[st-1] == ',' || s[st-1] == '.') && isDigit(s[st-2]) && isDigit(s[st]) {
		return false
	}
	if en < len(s) && isWordByte(s[en-1]) && isWordByte(s[en]) {
		return false
	}
	return true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// dateCtx is what the rules see of one sentence.
type dateCtx struct {
	c    *article.Article
	s    doc.Sentence
	toks []doc.Token
	// lower is the sentence with ASCII letters lower-cased: same offsets.
	lower string
	// story is the time the narrative has moved to, or nil.
	story *storyTime
}

func asciiLower(s string) string { return spacedLower(s)[1:] }

// spacedLower is a space followed by asciiLower(s), made in one copy.
func spacedLower(s string) string {
	b := make([]byte, len(s)+1)
	b[0] = ' '
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i+1] = c
	}
	return string(b)
}

// clockLike is the "#clock" hint: a number followed by a.m./pm, a colon
// and two digits, UTC/GMT or o'clock ("10:30", "3pm", "1800 GMT").
func clockLike(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j+2 < len(s) && (s[j] == ':' || s[j] == '.') && isDigit(s[j+1]) && isDigit(s[j+2]) {
			return true
		}
		if j < len(s) && s[j] == ' ' {
			j++
		}
		r := s[j:]
		for _, p := range []string{"a.m", "p.m", "am", "pm", "a m", "p m", "utc", "gmt", "o'clock"} {
			if strings.HasPrefix(r, p) {
				return true
			}
		}
	}
	return false
}

// match is one rule match inside a sentence; start and end are the span of
// the expression in sentence offsets.
type match struct {
	x          *dateCtx
	r          *dateRule
	loc        []int
	start, end int
	unresolved bool
	tenseDone  bool
	tenseVal   tense
	// pend is set by a rule whose value waits for the article's other
	// dates; its value is then the fallback.
	pend *pending
}

// g returns the text of the first participating group with that name.
func (m *match) g(name string) string {
	for _, i := range m.r.idx[name] {
		if m.loc[2*i] >= 0 {
			return m.x.s.Text[m.loc[2*i]:m.loc[2*i+1]]
		}
	}
	return ""
}

// gstart returns the sentence offset of the named group, or -1.
func (m *match) gstart(name string) int {
	for _, i := range m.r.idx[name] {
		if m.loc[2*i] >= 0 {
			return m.loc[2*i]
		}
	}
	return -1
}

// ref returns the reference date; without one the match is marked
// unresolved and callers write X for the unknown parts.
func (m *match) ref() (time.Time, bool) {
	if !m.x.c.HasRef {
		m.unresolved = true
		return time.Time{}, false
	}
	r := m.x.c.Ref
	return time.Date(r.Year(), r.Month(), r.Day(), 0, 0, 0, 0, time.UTC), true
}

// dropThe moves the start past a leading "the": TimeBank leaves the
// determiner of a noun outside an adjectival expression ("the [two-week]
// trip", "the [third-quarter] loss").
func (m *match) dropThe() {
	t := m.x.s.Text[m.start:m.end]
	if len(t) > 4 && strings.EqualFold(t[:4], "the ") {
		m.start += 4
		for m.start < m.end && m.x.s.Text[m.start] == ' ' {
			m.start++
		}
	}
}

// next returns the token after the expression, if any.
func (m *match) next() (doc.Token, bool) {
	for _, t := range m.x.toks {
		if t.Start >= m.x.s.Start+m.end {
			return t, true
		}
	}
	return doc.Token{}, false
}

type dateRule struct {
	// pat is the pattern as written, index the rule's place in the list;
	// re is its expression and idx maps a group name to its indexes, both
	// set by prepare.
	pat      string
	index    int
	ready    sync.Once
	re       *prefilter.Regexp
	idx      map[string][]int
	hint     hint
	hintText string
	// common is set for rules whose expressions begin with a common word,
	// which is capitalised only at the start of a sentence.
	common bool
	// deictic is set on rules whose words fix where the expression lies
	// from the reference ("next week", "two days ago", "yesterday"), so the
	// clause's tense does not bear on it.
	deictic bool
	// year is set on the rule of a bare year, which a following name
	// modifies ("1990 BellSouth earnings").
	year      bool
	modifiers []string
	// durationMods is set when the modifiers are a duration's bounds
	// ("nearly", "at least"), taken only when the match is a duration:
	// "at least [the first two quarters of 1990]" is a date.
	durationMods bool
	fn           func(m *match) (typ, val string, ok bool)
}

// macros are the building blocks of the rule patterns, expanded before
// compiling. Every rule is case-insensitive; rules that need a capital (month
// and day names) check it in their function.
var macros = &lazyReplacer{oldnew: []string{
	"{MON}", `(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`,
	"{MONF}", `(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)`,
	"{DAY}", `(?P<day>[0-3]?\d)(?:st|nd|rd|th)?`,
	"{YEAR}", `(?P<year>(?:1[5-9]|20)\d\d)`,
	"{WD}", `(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`,
	"{PART}", `(?P<part>morning|afternoon|evening|night|overnight)`,
	"{SYEAR}", `(?P<sy>nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|(?:the\s+year\s+)two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`,
	"{SEASON}", `(?P<season>spring|summer|fall|autumn|winter)`,
	"{REL}", `(?P<rel>this\s+past|this\s+coming|last|this|next|coming|past|previous|current|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+current)`,
	"{EM}", `(?:(?P<em>early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of)[\s-]+)?`,
	"{TIME}", `(?:(?P<hh>[012]?\d)(?:[:.](?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?\s*(?P<ap>[ap]\.\s?m\.|[ap]\.m|[ap]m)|(?P<hh>[012]?\d):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?|(?P<hh>[012]\d)(?P<mm>[0-5]\d)\s+(?P<tz>GMT|UTC)|(?P<hh>[012]?\d)\s+o'clock|(?P<noon>noon|midnight|midday))(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|BST|CET|local\s+time))?`,
	"{NUM}", `(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|dozen|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|few|several|many|some|an|a)`,
	"{UNIT}", `(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|years?|decades?|centuries|century|quarters?)`,
	"{APPROX}", `(?:(?P<approx>about|around|approximately|nearly|almost|roughly|more\s+than|less\s+than|at\s+least|up\s+to)\s+)?`,
	// "earlier" and "later" are signals before a day ("Earlier Friday"),
	// kept outside as TimeBank does; "early"/"late" are modifiers, inside.
	"{EMD}", `(?:(?P<em>early|late|mid)[\s-]+)?`,
	"{EMY}", `(?:(?P<em>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?`,
}}

// compileRule makes a rule of pattern pat; its expression is made at first
// use (see prepare).
func compileRule(pat, hint string, fn func(m *match) (string, string, bool)) *dateRule {
	return &dateRule{pat: pat, hintText: hint, fn: fn, common: true}
}

// ruleExpr expands a rule pattern's macros into its expression.
func ruleExpr(pat string) string {
	// The rules run on an ASCII-lower-cased copy of the sentence (same
	// offsets), which is much faster than case-insensitive matching.
	src := strings.ReplaceAll(strings.ToLower(macros.get().Replace(pat)), "(?p<", "(?P<")
	return `\b(?:` + src + `)`
}

// prepare makes the rule's expression and maps its group names to their
// indexes, at the rule's first use. The capture names and literal
// prefixes come from data/rule-prefixes.txt, so nothing is parsed; the
// expression compiles later still, where one of its prefixes occurs.
func (r *dateRule) prepare(stored []string) {
	r.ready.Do(func() {
		expr := ruleExpr(r.pat)
		if p, ok := storedPrepared(stored, r.index, expr); ok {
			r.re = prefilter.LazyPrepared(expr, p)
		} else {
			r.re = prefilter.Lazy(expr) // stale file: TestRulePrefixes fails
		}
		r.idx = map[string][]int{}
		for i, n := range r.re.SubexpNames() {
			if n != "" {
				r.idx[n] = append(r.idx[n], i)
			}
		}
	})
}

// mods sets the modifiers a rule's expressions take in front.
func (r *dateRule) mods(list []string) *dateRule {
	r.modifiers = list
	return r
}

// extendMods moves the start back over a modifier right before the
// expression: "early" in "early March", "the end of" in "the end of 1990".
func (m *match) extendMods() {
	before := m.x.lower[:m.start]
	i := len(before)
	for i > 0 && (before[i-1] == ' ' || before[i-1] == '-') {
		i--
	}
	if i == len(before) {
		return
	}
	for _, mod := range m.r.modifiers {
		if strings.HasSuffix(before[:i], mod) && (i == len(mod) || !isWordByte(before[i-len(mod)-1])) {
			m.start = i - len(mod)
			return
		}
	}
}

// bounds marks a rule whose modifiers are a duration's bounds (see
// dateRule.durationMods).
func (r *dateRule) bounds() *dateRule {
	r.durationMods = true
	return r
}

// fixed marks a deictic rule (see dateRule.deictic).
func (r *dateRule) fixed() *dateRule {
	r.deictic = true
	return r
}

// isYear marks the rule of a bare year (see dateRule.year).
func (r *dateRule) isYear() *dateRule {
	r.year = true
	return r
}

// proper marks a rule whose expressions may start with a capital anywhere:
// month and day names, holidays, numbers.
func (r *dateRule) proper() *dateRule {
	r.common = false
	return r
}
