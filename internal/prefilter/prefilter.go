// Package prefilter runs a leftmost-longest regular expression only where
// a match can start.
//
// Go's regexp has no literal scan for a pattern that opens with an
// alternation ("monday|tuesday|...", "the|last|next|[0-9]"): it tries every
// byte of the input as a start, and the date rules of internal/extract,
// each a big alternation, spent most of their time there. A Regexp here
// reads from the pattern's syntax tree the literal prefixes every match
// must begin with, finds their occurrences in one byte scan, and runs the
// expression anchored at each of those positions only. FindAll gives
// exactly what regexp's FindAllStringSubmatchIndex gives (the fuzz test
// compares the two); where the pattern has no usable prefixes it simply
// calls regexp.
package prefilter

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Prefixes are given up on when a pattern would need more than this many;
// the scan then still works with shorter, truncated ones.
const maxPrefixes = 400

// maxLen cuts prefixes: four bytes tell most words apart, and longer ones
// would only multiply (the rule "(the )?(past|last|...)? (one|two|...)"
// has thousands of full spellings).
const maxLen = 4

// classLimit is the largest character class expanded into its characters
// ("[\s-]" is 7); a bigger one ends the prefix there.
const classLimit = 12

// Regexp is a leftmost-longest expression with its prefilter. Nothing of
// it is compiled before it is needed: newsfacts runs once per article,
// and a short article needs few of a program's expressions.
type Regexp struct {
	expr string
	// prepared guards what prepare reads from the syntax tree at first
	// use: the prefixes and the capture names.
	prepared sync.Once
	given    *Prepared
	names    []string
	// prefixes are the literals every match begins with; nil when the
	// pattern has none (every position may start a match).
	prefixes *Literals
	scan     bool
	// boundary is set when every match starts with \b: a position
	// between two word bytes or two non-word bytes is skipped unseen.
	boundary bool
	// begins is set when the expression asserts the start of the text or
	// of a line (^, \A), which FindAllSpaced cannot show it.
	begins bool
	// plain is the expression itself, compiled only when it is run (no
	// prefixes) or asked for; atStart and after are the expression
	// anchored at the start of the text, and anchored one byte in: run
	// on s[p-1:] it sees the byte before p, so \b at p reads the same
	// context as in s. Each is compiled the first time a prefix occurs
	// where it is needed, so a rule whose prefixes a text never holds
	// costs no compilation.
	plain, atStart, after lazy
}

// lazy is a leftmost-longest regexp compiled at first use.
type lazy struct {
	once sync.Once
	expr string
	re   *regexp.Regexp
}

func (l *lazy) get() *regexp.Regexp {
	l.once.Do(func() { l.re = longest(l.expr) })
	return l.re
}

// Lazy returns expr as a Regexp whose syntax is read and compiled at first
// use: an invalid expression panics there, not here, so every caller's
// expressions must be run by a test.
func Lazy(expr string) *Regexp {
	return &Regexp{expr: expr, plain: lazy{expr: expr}, atStart: lazy{expr: `^(?:` + expr + `)`},
		after: lazy{expr: `^(?s:.)(?:` + expr + `)`}}
}

// LazyPrepared is Lazy with what Derive reads from expr given, so that
// first use parses nothing and compiles only the anchored form a position
// needs. p must be Derive(expr): a caller that stores it checks that in a
// test.
func LazyPrepared(expr string, p Prepared) *Regexp {
	r := Lazy(expr)
	r.given = &p
	return r
}

// MustCompileLongest compiles expr at once, as regexp.MustCompile with
// Longest does, together with everything Lazy leaves to first use.
func MustCompileLongest(expr string) *Regexp {
	r := Lazy(expr)
	r.plain.get()
	if r.Scans() {
		r.atStart.get()
		r.after.get()
	}
	return r
}

// prepare sets the prefixes and the capture names, from the syntax tree or
// as given.
func (r *Regexp) prepare() {
	p := r.given
	if p == nil {
		d := Derive(r.expr)
		p = &d
	}
	r.names = p.Names
	if p.Prefixes == nil {
		return
	}
	r.scan = true
	r.prefixes = new(Literals)
	for _, l := range p.Prefixes {
		r.prefixes.Add(l, 0)
	}
	r.boundary = p.Boundary
	r.begins = p.Begins
}

// Prepared is what a Regexp reads from its expression's syntax tree before
// it can run. Parsing a big alternation costs more than compiling it
// later, so a program that runs the same expressions in every process can
// store this (see String and ParsePrepared) and give it to LazyPrepared.
type Prepared struct {
	// Names are regexp's SubexpNames: "" for the whole match, then each
	// capture's name in the order of its opening parenthesis.
	Names []string
	// Prefixes are the literals every match begins with, none a prefix of
	// another, sorted; nil when the expression has none (it runs at every
	// position).
	Prefixes []string
	// Boundary is set when every match starts with \b.
	Boundary bool
	// Begins is set when the expression asserts the start of the text or
	// of a line anywhere (^, \A).
	Begins bool
}

// Derive parses expr and reads its Prepared.
func Derive(expr string) Prepared {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("prefilter: " + err.Error())
	}
	// regexp takes SubexpNames from the same call; anchoring the
	// expression adds no capture, so they hold for atStart and after.
	p := Prepared{Names: tree.CapNames(), Begins: assertsStart(tree)}
	tree = tree.Simplify()
	lits, ok := prefixes(tree)
	if !ok || len(lits) == 0 || slices.ContainsFunc(lits, func(l lit) bool { return l.s == "" }) {
		return p
	}
	p.Prefixes = minimal(lits)
	p.Boundary = startsWithBoundary(tree)
	return p
}

// String writes p on one line: its flags ("b" for Boundary, "^" for
// Begins, "-" for neither), a tab, the capture names joined by commas (the
// first is always ""), a tab, and the prefixes quoted
// (strconv.QuoteToASCII) and separated by spaces, or "-" for none.
func (p Prepared) String() string {
	var b strings.Builder
	if p.Boundary {
		b.WriteByte('b')
	}
	if p.Begins {
		b.WriteByte('^')
	}
	if !p.Boundary && !p.Begins {
		b.WriteByte('-')
	}
	b.WriteByte('\t')
	b.WriteString(strings.Join(p.Names, ","))
	b.WriteByte('\t')
	if p.Prefixes == nil {
		b.WriteByte('-')
	}
	for i, l := range p.Prefixes {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.QuoteToASCII(l))
	}
	return b.String()
}

// ParsePrepared reads a line written by Prepared.String.
func ParsePrepared(line string) (Prepared, error) {
	f := strings.Split(line, "\t")
	if len(f) != 3 || !slices.Contains([]string{"-", "b", "^", "b^"}, f[0]) {
		return Prepared{}, fmt.Errorf("prefilter: bad prepared line %q", line)
	}
	p := Prepared{Boundary: f[0][0] == 'b', Begins: strings.HasSuffix(f[0], "^"), Names: strings.Split(f[1], ",")}
	if f[2] == "-" {
		return p, nil
	}
	for rest := f[2]; ; {
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			return Prepared{}, fmt.Errorf("prefilter: bad prefix in %q", line)
		}
		l, _ := strconv.Unquote(q)
		p.Prefixes = append(p.Prefixes, l)
		if rest = rest[len(q):]; rest == "" {
			break
		}
		if rest[0] != ' ' {
			return Prepared{}, fmt.Errorf("prefilter: bad prefix in %q", line)
		}
		rest = rest[1:]
	}
	return p, nil
}

func longest(expr string) *regexp.Regexp {
	re := regexp.MustCompile(expr)
	re.Longest()
	return re
}

// String returns the expression as given.
func (r *Regexp) String() string { return r.expr }

// Regexp returns the plain expression, compiling it if need be.
func (r *Regexp) Regexp() *regexp.Regexp { return r.plain.get() }

// SubexpNames is regexp's SubexpNames, without compiling the expression.
func (r *Regexp) SubexpNames() []string {
	r.prepared.Do(r.prepare)
	return r.names
}

// Scans reports whether r runs only at its prefixes' occurrences.
func (r *Regexp) Scans() bool {
	r.prepared.Do(r.prepare)
	return r.scan
}

// FindAllStringSubmatchIndex is regexp's method of the same name with
// n = -1, run only where a match can start.
func (r *Regexp) FindAllStringSubmatchIndex(s string) [][]int {
	if !r.Scans() {
		return r.plain.get().FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for p := 0; p < len(s); p++ {
		if !r.startsAt(s, p) {
			continue
		}
		loc := r.matchAt(s, p)
		if loc == nil {
			continue
		}
		out = append(out, loc)
		// Every match is non-empty (each prefix is), so the next search
		// starts where this one ended, as regexp's own loop does.
		p = loc[1] - 1
	}
	return out
}

// FindAllSpaced is FindAllStringSubmatchIndex on s = spaced[1:], where
// spaced[0] is a space, in s's offsets. To \b and \B a space before the
// text reads as its start does, so one anchored form of the expression,
// run from the byte before each candidate position, serves every position
// and the form anchored at the start is never compiled. An expression
// that asserts ^ or \A is run as FindAllStringSubmatchIndex runs it.
func (r *Regexp) FindAllSpaced(spaced string) [][]int {
	if spaced == "" || spaced[0] != ' ' {
		panic("prefilter: FindAllSpaced without the leading space")
	}
	s := spaced[1:]
	if !r.Scans() || r.begins {
		return r.FindAllStringSubmatchIndex(s)
	}
	var out [][]int
	for p := 0; p < len(s); p++ {
		if !r.startsAt(s, p) {
			continue
		}
		// s[p-1:] is spaced[p:].
		loc := r.after.get().FindStringSubmatchIndex(spaced[p:])
		if loc == nil {
			continue
		}
		for i, v := range loc {
			if v >= 0 {
				loc[i] = v + p - 1
			}
		}
		loc[0] = p
		out = append(out, loc)
		p = loc[1] - 1
	}
	return out
}

// assertsStart reports whether re asserts the start of the text or of a
// line anywhere.
func assertsStart(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginText || re.Op == syntax.OpBeginLine {
		return true
	}
	return slices.ContainsFunc(re.Sub, assertsStart)
}

// startsAt reports whether one of the prefixes occurs at p.
func (r *Regexp) startsAt(s string, p int) bool {
	cands := r.prefixes.Candidates(s, p)
	if len(cands) == 0 {
		return false
	}
	if r.boundary && p > 0 && isWordByte(s[p-1]) == isWordByte(s[p]) {
		// Only ASCII letters, digits and "_" are word characters for \b,
		// so the bytes alone decide it (a UTF-8 byte is never one).
		return false
	}
	for _, c := range cands {
		if strings.HasPrefix(s[p:], c.S) {
			return true
		}
	}
	return false
}

// matchAt runs the anchored expression at p and returns the match in s's
// offsets, or nil.
func (r *Regexp) matchAt(s string, p int) []int {
	if p == 0 {
		return r.atStart.get().FindStringSubmatchIndex(s)
	}
	// A prefix starts with an ASCII byte or a UTF-8 lead byte, so "." over
	// s[p-1] takes exactly that one byte (a lone continuation byte decodes
	// as one RuneError).
	loc := r.after.get().FindStringSubmatchIndex(s[p-1:])
	if loc == nil {
		return nil
	}
	for i, v := range loc {
		if v >= 0 {
			loc[i] = v + p - 1
		}
	}
	loc[0] = p
	return loc
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// lit is a literal prefix of a sub-expression's matches; complete means
// the sub-expression matches exactly s on this path, so what follows it
// may extend the prefix.
type lit struct {
	s        string
	complete bool
}

// prefixes returns literals one of which begins every match of re, or
// ok=false when re can begin with too many different strings to list.
func prefixes(re *syntax.Regexp) ([]lit, bool) {
	if re.Flags&syntax.FoldCase != 0 && re.Op == syntax.OpLiteral {
		return nil, false
	}
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []lit{{"", true}}, true
	case syntax.OpLiteral:
		if s := string(re.Rune); len(s) > maxLen {
			return []lit{{s[:maxLen], false}}, true
		}
		return []lit{{string(re.Rune), true}}, true
	case syntax.OpCharClass:
		return classPrefixes(re.Rune)
	case syntax.OpCapture:
		return prefixes(re.Sub[0])
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		return repeatPrefixes(re)
	case syntax.OpAlternate:
		var out []lit
		for _, s := range re.Sub {
			sub, ok := prefixes(s)
			if !ok {
				return nil, false
			}
			out = append(out, sub...)
		}
		out = dedupe(out)
		return out, len(out) <= maxPrefixes
	case syntax.OpConcat:
		return concatPrefixes(re.Sub)
	}
	// Any character, big classes and the like.
	return nil, false
}

// classPrefixes lists the characters of a small class, each a complete
// one-character prefix.
func classPrefixes(ranges []rune) ([]lit, bool) {
	n := 0
	for i := 0; i < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
	}
	if n > classLimit {
		return nil, false
	}
	var out []lit
	for i := 0; i < len(ranges); i += 2 {
		for c := ranges[i]; c <= ranges[i+1]; c++ {
			if !utf8.ValidRune(c) {
				return nil, false
			}
			out = append(out, lit{string(c), true})
		}
	}
	return out, true
}

// repeatPrefixes handles ?, *, + and {m,n}: a repetition that may match
// nothing adds the empty prefix, and one that may match more than once
// leaves its prefixes incomplete.
func repeatPrefixes(re *syntax.Regexp) ([]lit, bool) {
	sub, ok := prefixes(re.Sub[0])
	if !ok {
		return nil, false
	}
	switch {
	case re.Op == syntax.OpQuest || re.Op == syntax.OpStar:
		out := []lit{{"", true}}
		for _, l := range sub {
			out = append(out, lit{l.s, l.complete && re.Op == syntax.OpQuest})
		}
		return out, true
	case re.Op == syntax.OpPlus:
		return partial(sub), true
	case re.Min == 0:
		return append([]lit{{"", true}}, partial(sub)...), true
	case re.Min == 1 && re.Max == 1:
		return sub, true
	}
	return partial(sub), true
}

// concatPrefixes extends each complete prefix by the prefixes of the next
// sub-expression, up to maxLen bytes and maxPrefixes strings.
func concatPrefixes(subs []*syntax.Regexp) ([]lit, bool) {
	out := []lit{{"", true}}
	for _, s := range subs {
		if !slices.ContainsFunc(out, func(l lit) bool { return l.complete }) {
			break
		}
		sub, ok := prefixes(s)
		if !ok {
			// What comes next is unknown: the prefixes so far stand.
			return partial(out), true
		}
		next, ok := extend(out, sub)
		if !ok {
			return partial(out), true
		}
		out = next
	}
	return out, true
}

// extend appends every prefix of sub to every complete prefix of out, or
// returns false when that would make more than maxPrefixes.
func extend(out, sub []lit) ([]lit, bool) {
	n := 0
	for _, l := range out {
		if l.complete && len(l.s) < maxLen {
			n += len(sub)
		} else {
			n++
		}
	}
	if n > maxPrefixes {
		return nil, false
	}
	next := make([]lit, 0, n)
	for _, l := range out {
		if !l.complete || len(l.s) >= maxLen {
			next = append(next, lit{l.s, false})
			continue
		}
		for _, m := range sub {
			if t := l.s + m.s; len(t) > maxLen {
				next = append(next, lit{t[:maxLen], false})
			} else {
				next = append(next, lit{t, m.complete})
			}
		}
	}
	return dedupe(next), true
}

// dedupe drops repeated prefixes, keeping their order.
func dedupe(ls []lit) []lit {
	seen := make(map[lit]bool, len(ls))
	out := ls[:0]
	for _, l := range ls {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

func partial(ls []lit) []lit {
	out := make([]lit, len(ls))
	for i, l := range ls {
		out[i] = lit{l.s, false}
	}
	return out
}

// minimal drops every prefix that has a shorter one of the list as its
// own prefix: finding "a" at p already makes p a candidate.
func minimal(ls []lit) []string {
	var ss []string
	for _, l := range ls {
		ss = append(ss, l.s)
	}
	slices.Sort(ss)
	ss = slices.Compact(ss)
	var out []string
	for _, s := range ss {
		if len(out) > 0 && strings.HasPrefix(s, out[len(out)-1]) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// startsWithBoundary reports whether every match of re begins with \b.
func startsWithBoundary(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return startsWithBoundary(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && startsWithBoundary(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !startsWithBoundary(s) {
				return false
			}
		}
		return true
	}
	return false
}
