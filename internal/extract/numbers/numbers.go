package numbers

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// numbers fills Out.Numbers with the quantities of each sentence: counts
// ("at least 30 NATO soldiers"), money ("$40bn"), percentages, measures
// and index points, with their qualifier and, for counts, the noun phrase
// counted. The conventions are those of docs/annotation-guidelines.md.
//
// What a number's span holds: the number with its qualifier words ("at
// least 30", "more than 53", "between 10 and 20", "from 5 to 10"), its
// currency sign or word and its unit ("$40bn", "2.5 billion dollars", "40
// percent", "5 km") and, for a vague multiple, the "of" ("hundreds of").
// The counted noun phrase is never part of the span.
//
// Values are in the major unit: "$40bn" is 40000000000, "40 cents" 0.4
// USD; a vague multiple has the value of its unit ("hundreds of" 100).
//
// What Counted holds: the noun phrase after the number, through adjectives,
// nationalities and compound nouns up to its head ("19 Hungarian soldiers"
// counts "Hungarian soldiers"); after "of", the phrase without its
// determiner or possessor ("30 of the injured" counts "injured"). Leading
// quantity words ("more", "other", "such", "further") are dropped, so
// "hundreds of more troops" counts "troops". A number whose noun is elided
// before a coordination takes the nouns of the next conjunct and keeps its
// own modifiers: in "Eleven Italian and 19 Hungarian soldiers", Eleven
// counts "Italian soldiers". A number with no noun at all takes the nouns of
// the first count of its sentence ("killed 200 people and wounded over
// 5,000"). Money, percentages, measures and points count nothing.
//
// Beyond counts, money, percentages and measures (issue 16, see
// numbers_classes.go): durations ("three days", unit "d"), ages ("a
// 20-year-old", "Smith, 49,": unit "age_yr", counting whose age),
// proportions ("two-thirds of the votes": unit "fraction", value 0.667),
// multipliers ("1.75 times the amount", "sixfold": unit "times") and rates
// ("$21 an hour": per "h"). Units come from data/numbers-units.txt and, for
// any it lacks, the generated lexicon of package units.
//
// Ordinals are read, so that "21st" is not taken for 21, and never output:
// "the third attack" ranks, it does not count, and no gold marks them.
//
// Not quantities, and left out by the named rules of numbers_rules.go:
// years ("in 2008", "its 2008 declaration"), the day of a date ("May 30,
// 2023"), clock times, durations that say when ("24 years ago"), numbers
// inside names and codes ("Boeing 747", "G7", "COVID-19", "Section 12"),
// telephone numbers, scores ("3-1"), ratios ("one in five"), "one" as a
// pronoun ("no one", "one of them"), and any number inside a date span of
// the dates extractor other than a duration.
func Extract(c *article.Article, dates []facts.Date, opt Options) []facts.Number {
	var off map[string]bool
	for _, n := range opt.Disable {
		if slices.Contains(exclusionNames(), n) {
			if off == nil {
				off = map[string]bool{}
			}
			off[n] = true
		}
	}
	return extract(c, dates, off, false)
}

// Options says which exclusion rules to switch off, by name (RuleNames),
// for an ablation in newsfacts eval; names of other kinds' rules are
// passed over.
type Options struct {
	Disable []string
}

// RuleNames lists the exclusion rules Options.Disable can name, in the
// order they are tried.
func RuleNames() []string { return exclusionNames() }

// extract is Extract with the exclusion rules named in off switched off,
// for an ablation or a test of one rule; exhaustive tries a number at
// every piece (see numParser.exhaustive).
func extract(c *article.Article, dates []facts.Date, off map[string]bool, exhaustive bool) []facts.Number {
	lx := numbersLexicon()
	d := c.Doc
	names := map[string]bool{}
	// Numbers wait until the whole article is read: a bare number may turn
	// out to be a name (see nameElsewhere). The pieces buffer is reused
	// from sentence to sentence.
	type pending struct {
		n    facts.Number
		name string // the bare number a later name may claim, or ""
	}
	var out []pending
	// The pieces and candidates of a sentence live in buffers reused from
	// sentence to sentence and, through numScratch, from document to
	// document.
	sc := numScratch.Get().(*numBuffers)
	defer sc.release()
	buf := sc.ps
	nl := newNumLexer(lx, d.Text)
	p := &numParser{lx: lx, c: c, names: names, dates: newSpanIndex(dates), cands: sc.cands, next: sc.next, off: off, exhaustive: exhaustive}
	for _, s := range d.Sentences {
		buf = lexSentence(nl, buf[:0], d.Tokens[s.First:s.Last], s.First)
		p.ps, p.cands, p.sentence, p.shoutKnown = buf, p.cands[:0], d.Text[s.Start:s.End], false
		p.run()
		sc.ps, sc.cands, sc.next = buf, p.cands, p.next
		for _, c := range p.cands {
			if c.skip {
				continue
			}
			pd := pending{n: p.number(c)}
			if p.nameCandidate(c) {
				pd.name = c.x.num.text
			}
			out = append(out, pd)
		}
	}
	nums := make([]facts.Number, 0, len(out))
	for _, pd := range out {
		if pd.name == "" || !names[pd.name] {
			nums = append(nums, pd.n)
		}
	}
	return nums
}

// numBuffers are the pieces and candidates buffers of the numbers
// extractor.
type numBuffers struct {
	ps    []piece
	cands []numCand
	next  []int
}

var numScratch = sync.Pool{New: func() any { return new(numBuffers) }}

// release clears the buffers, so that they hold on to no document, and
// returns them to numScratch.
func (b *numBuffers) release() {
	clear(b.ps[:cap(b.ps)])
	clear(b.cands[:cap(b.cands)])
	b.ps, b.cands, b.next = b.ps[:0], b.cands[:0], b.next[:0]
	numScratch.Put(b)
}

// nameCandidate reports whether a number is a bare number that counts
// nothing, which is a name if the same digits are part of a name
// elsewhere in the article: after "Boeing 787", "the 787" is the aircraft
// (one sense per discourse).
func (p *numParser) nameCandidate(c numCand) bool {
	// "five new 737 aircraft" after "Boeing 737s": a singular or invariant
	// head does not make the number a count.
	singular := c.head < 0 || p.at(c.head).tag == "NN" && c.x.num.digits >= 3
	return c.x.bare && c.x.unit == "" && (singular && c.qualifier == "exact" || c.qualifier == "range" && p.dashRange(&c))
}

// dashRange reports whether c is a range written with a glued dash
// ("10-20", but also the model "737-800").
func (p *numParser) dashRange(c *numCand) bool {
	d := p.at(c.x.end)
	return d.kind == pDash && d.glued
}

// shouting reports whether a sentence is set in capitals ("NATO GROWS TO
// EMBRACE 3 FORMER ENEMIES"), where capitals say nothing about names.
func shouting(s string) bool {
	upper, lower := 0, 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, the most of news text, without a table look-up.
			if 'A' <= c && c <= 'Z' {
				upper++
			} else if 'a' <= c && c <= 'z' {
				lower++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	return upper > 3*lower
}

// isShouting reports whether the sentence is set in capitals (shouting).
func (p *numParser) isShouting() bool {
	if !p.shoutKnown {
		p.shouting, p.shoutKnown = shouting(p.sentence), true
	}
	return p.shouting
}

type numParser struct {
	lx    *numLexicon
	c     *article.Article
	ps    []piece
	cands []numCand
	// names holds the bare numbers of the article found inside names.
	names map[string]bool
	dates spanIndex // the dates extractor's spans
	// sentence is the text of the sentence; whether it is shouting is
	// read on first need (isShouting), as most sentences hold no number.
	sentence             string
	shoutKnown, shouting bool
	key                  []byte          // the buffer of unit
	off                  map[string]bool // exclusion rules switched off (nil: none)
	// rulesCand is the candidate the exclusion rules read (see notCount).
	rulesCand numCand
	// next is the buffer of nextCores.
	next []int
	// exhaustive makes run try every piece, without the skip over pieces
	// no number is within reach of: the slow path the tests compare the
	// fast one with.
	exhaustive bool
}

// qty is one number with its currency and unit, before qualifiers, ranges
// and the counted noun are looked at.
type qty struct {
	first, end int // pieces [first, end)
	numEnd     int // the end of the number before its unit: "24" of "24 years ago"
	value      float64
	scale      float64 // the product of the scale words: 1e6 for "2.5 million"
	unit       string
	kind       string // the kind of a measure of the generated lexicon: "time"...
	money      bool
	vague      bool
	ordinal    bool
	words      bool   // spelled out: "Eleven"
	bare       bool   // a single piece of digits: what a year, a day or a name part looks like
	year       bool   // a year in words
	frac       bool   // a fraction alone: "1/4" of "1/4 mile"
	per        string // the denominator of a unit written with a slash: "ms" of "50 km/ms"
	num        piece
}

// numCand is a parsed number expression with its counted noun phrase.
type numCand struct {
	first, last int // pieces [first, last) of the span
	x           qty
	max         *float64
	qualifier   string
	skip        bool // parsed only to step over it: not a quantity
	// The counted noun phrase: the number's own modifiers are pieces
	// [npFirst, modEnd), its nouns [nounFirst, head]; after coordination
	// the nouns are those of the next conjunct. head is -1 when there is no
	// noun; npEnd ends the phrase in the sentence.
	npFirst, modEnd, nounFirst, npEnd, head int
	of                                      bool
	// aged is set for an age whose counted name comes before it ("Mark
	// Weddle, 55,").
	aged bool
	// per is the denominator of a rate, perAt the piece of its "a" or
	// "per" (0 when there is none): the dates overlap test stops there, so
	// "a year" of "$100 billion a year" does not hide the amount.
	per   string
	perAt int
}

func (p *numParser) at(i int) *piece {
	if i < 0 || i >= len(p.ps) {
		return &piece{kind: pOther}
	}
	return &p.ps[i]
}

func (p *numParser) low(i int) string { return p.at(i).low }

func (p *numParser) context(i int) string {
	if !p.lx.contextFirst.May(p.low(i)) {
		return ""
	}
	return p.lx.context[p.low(i)]
}

func (p *numParser) run() {
	// "Boeing 737s": a plural model after a name makes its digits a name.
	for i := 1; i < len(p.ps); i++ {
		if d, prev := &p.ps[i], &p.ps[i-1]; d.kind == pDecade && prev.kind == pOther && hasUpper(prev.text) && words.IsWord(prev.text) && !p.isShouting() {
			p.names[strings.TrimSuffix(d.text, "s")] = true
		}
	}
	next := p.nextCores()
	for i := 0; i < len(p.ps); {
		if d := next[i] - i; !p.exhaustive && d > quantityReach {
			if d > p.reach() {
				// No number is within reach of piece i: skip to the first
				// piece from which the next one is.
				if next[i] == len(p.ps) {
					break
				}
				i = next[i] - p.reach()
				continue
			}
			if !p.leads(i) {
				i++
				continue
			}
		}
		c, ok := p.parseAt(i)
		if !ok {
			i++
			continue
		}
		p.cands = append(p.cands, c)
		i = c.last
	}
	p.coordinate()
	p.parallel()
}

// parallel restores an elided noun from an earlier count of the same
// sentence: "killed more than 200 people ... and wounded over 5,000"
// counts people twice; "to 5.1 million phones, up from 4.3 million" counts
// phones twice. Decimals without a scale word are levels or prices, not
// counts.
func (p *numParser) parallel() {
	for i := range p.cands {
		a := &p.cands[i]
		if a.skip || a.head >= 0 || a.of || a.x.unit != "" || a.x.ordinal || a.x.num.dec && a.x.scale == 1 || !p.clauseStart(a) {
			continue
		}
		best := -1
		for j := i - 1; j >= 0; j-- {
			b := p.cands[j]
			if !p.elidable(a, b) {
				continue
			}
			if best < 0 {
				best = j
			}
			// The count a verb governs is the parallel one: "killed 259
			// people on the plane and 11 on the ground"; "employs 1,500
			// staff across 20 countries, up from 1,200" counts staff.
			if p.clauseStart(&b) {
				best = j
				break
			}
		}
		if best >= 0 {
			b := p.cands[best]
			a.modEnd = a.npFirst
			a.head, a.nounFirst = b.head, b.nounFirst
		}
	}
}

// elidable reports whether count b can lend its noun to a: only a plural
// head is elided ("wounded over 5,000 [people]"), only nearby, and not
// from an "including" aside ("killed 200 people, including 12 Americans,
// and wounded over 5,000").
func (p *numParser) elidable(a *numCand, b numCand) bool {
	if b.skip || b.head < 0 || b.x.unit != "" || b.x.ordinal || p.low(b.first-1) == "including" || a.first-b.head > 30 {
		return false
	}
	h := p.at(b.head)
	return h.tag == "NNS" || h.tag == "NNPS" || capsPlural(h.text) || invariantPlurals[h.low]
}

// clauseStart reports whether a number opens what a verb or a coordination
// governs ("killed 200", "and 11", "up from 1,200"), the places where a
// noun is elided in parallel; after a label ("Injured: 74") it is not.
func (p *numParser) clauseStart(c *numCand) bool {
	if c.qualifier != "exact" && c.qualifier != "range" {
		return true
	}
	prev := p.at(c.first - 1)
	switch prev.low {
	case "and", "or", "but", ",", "from", "to", "while", "with", "another", "further", "only", "just", "including":
		return true
	}
	return strings.HasPrefix(prev.tag, "VB")
}

// parseAt reads a number expression starting at piece i.
func (p *numParser) parseAt(i int) (numCand, bool) {
	c := numCand{first: i, qualifier: "exact", head: -1}
	if p.low(i) == "between" {
		if x, ok := p.quantity(i + 1); ok && p.low(x.end) == "and" {
			if y, ok := p.quantity(x.end + 1); ok && !x.ordinal && !y.ordinal && unitsAgree(&x, &y) {
				lo, hi := min(x.value, y.value), max(x.value, y.value)
				x.value = lo
				c.x, c.max, c.qualifier, c.last = x, &hi, "range", y.end
				if x.bare && isYear(x.num) && x.unit == "" {
					c.skip = true // "between 2014 and 2016"
					return c, true
				}
				p.finish(&c)
				return c, true
			}
		}
	}
	if p.low(i) == "from" {
		// "from 5,600 to 8,870 nautical miles": a range; "from 16 members
		// to 19" has a noun between and is two numbers.
		if x, ok := p.quantity(i + 1); ok && !x.ordinal {
			if sep := p.low(x.end); sep == "to" || p.at(x.end).kind == pDash || sep == "-" || sep == "–" {
				y, ok := p.quantity(x.end + 1)
				if ok && sep == "to" {
					y = p.nestedUpper(y)
				}
				if ok && !y.ordinal && !(x.bare && isYear(x.num)) && unitsAgree(&x, &y) && x.value < y.value {
					hi := y.value
					c.x, c.max, c.qualifier, c.last = x, &hi, "range", y.end
					p.finish(&c)
					return c, true
				}
			}
		}
		return c, false
	}
	if q, n := p.phrase(i, p.lx.pre); n > 0 {
		if x, ok := p.quantity(i + n); ok && !x.ordinal {
			c.x, c.qualifier, c.last = x, q, x.end
			p.rangeAfter(&c)
			p.finish(&c)
			return c, true
		}
	}
	x, ok := p.quantity(i)
	if !ok {
		return c, false
	}
	c.x, c.last = x, x.end
	p.rangeAfter(&c)
	p.finish(&c)
	return c, true
}

// coordinate gives a number whose noun is elided the head of the next
// conjunct: "Eleven Italian and 19 Hungarian soldiers". It walks from the
// right so a chain ("Eleven Italian, 19 Hungarian and three Polish
// soldiers") passes the head along.
func (p *numParser) coordinate() {
	for i := len(p.cands) - 2; i >= 0; i-- {
		a, b := &p.cands[i], &p.cands[i+1]
		// "rose 166.5 and 93.3 percent": a unit stated once for both.
		if conj := p.low(a.last); !a.skip && !b.skip && a.x.unit == "" && a.head < 0 && a.npEnd == a.last &&
			b.x.unit != "" && !b.x.money && (conj == "and" || conj == "or") && a.last+1 == b.first && a.x.bare {
			a.x.unit = b.x.unit
			continue
		}
		if a.skip || b.skip || a.head >= 0 || a.of || b.head < 0 || a.x.unit != "" || a.x.ordinal != b.x.ordinal {
			continue
		}
		if conj := p.low(a.npEnd); (conj == "and" || conj == "or" || conj == ",") && a.npEnd+1 == b.first {
			a.modEnd = a.npEnd
			a.head, a.nounFirst = b.head, b.nounFirst
		}
	}
}

// roundValue drops the binary noise of scaling decimals: 525.8 * 1e6 is
// 525799999.99999994 in floating point, and 17.3 / 100 is
// 0.17300000000000001. Twelve significant digits keep every figure news
// prints.
func roundValue(v float64) float64 {
	if v == math.Trunc(v) && math.Abs(v) < 1e12 {
		return v // a whole number of at most twelve digits has no noise
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// trimWord cuts what a tokeniser left glued to the end of a phrase:
// `countries..."is` ends at "countries".
func trimWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) && r != '-' && r != '\'' && r != '&' && r != '.' {
			return strings.TrimRight(s[:i], ". ")
		}
	}
	return s
}

// number builds the fact of a parsed number.
func (p *numParser) number(c numCand) facts.Number {
	d := p.c.Doc
	start, end := p.at(c.first).start, p.at(c.last-1).end
	if c.max != nil {
		m := roundValue(*c.max)
		c.max = &m
	}
	n := facts.Number{Span: p.c.Span(start, end), Value: roundValue(c.x.value), ValueMax: c.max,
		Qualifier: c.qualifier, Unit: c.x.unit, Per: c.per}
	if c.x.vague && c.qualifier == "exact" {
		n.Qualifier = "vague"
	}
	if c.head >= 0 {
		var parts []string
		if c.npFirst < c.modEnd {
			parts = append(parts, d.Text[p.at(c.npFirst).start:p.at(c.modEnd-1).end])
		}
		parts = append(parts, d.Text[p.at(c.nounFirst).start:p.at(c.head).end])
		n.Counted = trimWord(strings.Join(strings.Fields(strings.Join(parts, " ")), " "))
		n.CountedHead = trimWord(p.at(c.head).text)
	}
	return n
}

// spanIndex answers whether a byte range overlaps any of a set of spans in
// logarithmic time, so a long document does not cost a scan per number.
type spanIndex struct {
	spans  [][2]int // sorted by start
	maxLen int
}

func newSpanIndex(ds []facts.Date) spanIndex {
	var idx spanIndex
	for _, d := range ds {
		if d.Type == "DURATION" {
			continue // "three days" is a duration date and a number both
		}
		idx.spans = append(idx.spans, [2]int{d.Start, d.End})
		idx.maxLen = max(idx.maxLen, d.End-d.Start)
	}
	sort.Slice(idx.spans, func(i, j int) bool { return idx.spans[i][0] < idx.spans[j][0] })
	return idx
}

// overlaps reports whether [start, end) overlaps a span: only spans that
// start within maxLen before start can reach it.
func (idx spanIndex) overlaps(start, end int) bool {
	i := sort.Search(len(idx.spans), func(i int) bool { return idx.spans[i][0] >= start-idx.maxLen })
	for ; i < len(idx.spans) && idx.spans[i][0] < end; i++ {
		if start < idx.spans[i][1] {
			return true
		}
	}
	return false
}

// A quantity cannot start far from its core: a piece that is a number, a
// number word, a scale, a unit or sign glued to one, a fraction word
// ("half", "thirds") or a multiplier ("twice"). Most pieces of news are
// far from any, and run skips them rather than trying each (a failed
// parseAt costs as much as a found one).

// core reports whether piece i is the core of a quantity.
func (p *numParser) core(i int) bool {
	pc := &p.ps[i]
	return pc.kind != pOther || pc.core
}

// coreWords lists the words of multiplierWords and every word denominator
// reads: the fraction words, the ordinals from three up and their
// plurals.
func coreWords(ws map[string]numWord) map[string]bool {
	m := map[string]bool{}
	for w := range multiplierWords {
		m[w] = true
	}
	for w := range fractionDenominators {
		m[w] = true
	}
	for w, o := range ws {
		if o.kind != "ord" || o.value < 3 {
			continue
		}
		m[w+"s"] = true
		if !strings.HasSuffix(w, "s") {
			m[w] = true
		}
	}
	return m
}

// nextCores returns, for each piece i, the first core piece at or after
// i (len(p.ps) for none), in one pass from the right.
func (p *numParser) nextCores() []int {
	n := len(p.ps)
	if cap(p.next) <= n {
		p.next = make([]int, n+1, 2*n+1)
	}
	p.next = p.next[:n+1]
	p.next[n] = n
	for i := n - 1; i >= 0; i-- {
		p.next[i] = p.next[i+1]
		if p.core(i) {
			p.next[i] = i
		}
	}
	return p.next
}

// quantityReach is how many pieces before its core quantity may start:
// "minus" and then two words before the core ("minus a few million",
// "minus a half million"). A currency before the number is a core piece
// itself or stands right before one ("US $", "RM 4.80"), and so are
// "a" and "several" of a fraction or scale ("a third", "several
// million").
const quantityReach = 3

// reach is how many pieces before its core parseAt may start: a qualifier
// phrase ("no more than") or "between"/"from" before a quantity.
func (p *numParser) reach() int {
	return max(p.lx.maxPre, 1) + quantityReach
}

// leads reports whether piece i may lead a quantity that starts after it:
// "between", "from" or the first word of a qualifier phrase.
func (p *numParser) leads(i int) bool {
	w := p.low(i)
	if w == "between" || w == "from" {
		return true
	}
	if !p.lx.qualFirst.May(w) {
		return false
	}
	_, ok := p.lx.pre[w]
	return ok
}
