package numbers

import (
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
// Ordinals are left out: "the third attack" ranks, it does not count, and
// the gold standards (MEANTIME's VALUE, the project's guidelines) do not
// mark them. The parser still reads them, so that "21st" is not taken for
// 21, and keepOrdinals turns them into numbers marked Ordinal with
// qualifier exact (3 for "third", counting "attack").
//
// Not counts, and left out: years ("in 2008", "its 2008 declaration"), the
// day and year of a date ("May 30, 2023"), clock times, durations and ages
// ("three days", "a 20-year-old", "Smith, 49,"), which the dates kind owns;
// numbers inside names and codes ("Boeing 747", "G7", "COVID-19", "Section
// 12"), telephone numbers, scores ("3-1"), fractions and ratios standing
// alone ("one-third", "one in five"), "one" as a pronoun ("no one", "one of
// them"), and any number inside a span the dates extractor found.
func Extract(c *article.Article, dates []facts.Date) []facts.Number {
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
	p := &numParser{lx: lx, c: c, names: names, dates: newSpanIndex(dates), cands: sc.cands}
	for _, s := range d.Sentences {
		buf = lexSentence(nl, buf[:0], d.Tokens[s.First:s.Last], s.First)
		p.ps, p.cands, p.shouting = buf, p.cands[:0], shouting(d.Text[s.Start:s.End])
		p.run()
		sc.ps, sc.cands = buf, p.cands
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
}

var numScratch = sync.Pool{New: func() any { return new(numBuffers) }}

// release clears the buffers, so that they hold on to no document, and
// returns them to numScratch.
func (b *numBuffers) release() {
	clear(b.ps[:cap(b.ps)])
	clear(b.cands[:cap(b.cands)])
	b.ps, b.cands = b.ps[:0], b.cands[:0]
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

// keepOrdinals makes the extractor output ordinals; see numbers.
var keepOrdinals = false

type numParser struct {
	lx    *numLexicon
	c     *article.Article
	ps    []piece
	cands []numCand
	// names holds the bare numbers of the article found inside names.
	names    map[string]bool
	dates    spanIndex // the dates extractor's spans
	shouting bool
	key      []byte // the buffer of unit
}

// qty is one number with its currency and unit, before qualifiers, ranges
// and the counted noun are looked at.
type qty struct {
	first, end int // pieces [first, end)
	value      float64
	scale      float64 // the product of the scale words: 1e6 for "2.5 million"
	unit       string
	money      bool
	vague      bool
	ordinal    bool
	words      bool // spelled out: "Eleven"
	bare       bool // a single piece of digits: what a year, a day or a name part looks like
	year       bool // a year in words
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
		if d, prev := p.ps[i], p.ps[i-1]; d.kind == pDecade && prev.kind == pOther && hasUpper(prev.text) && words.IsWord(prev.text) && !p.shouting {
			p.names[strings.TrimSuffix(d.text, "s")] = true
		}
	}
	for i := 0; i < len(p.ps); {
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
// counts people twice. Decimals are levels or prices, not counts.
func (p *numParser) parallel() {
	for i := range p.cands {
		a := &p.cands[i]
		if a.skip || a.head >= 0 || a.of || a.x.unit != "" || a.x.ordinal || a.x.num.dec || !p.clauseStart(a) {
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
				if y, ok := p.quantity(x.end + 1); ok && !y.ordinal && !(x.bare && isYear(x.num)) && unitsAgree(&x, &y) && x.value < y.value {
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

// phrase matches the longest phrase of qs at piece i and returns its
// qualifier and length in pieces.
func (p *numParser) phrase(i int, qs map[string][]numQualifier) (string, int) {
	if !p.lx.qualFirst.May(p.low(i)) {
		return "", 0
	}
	for _, q := range qs[p.low(i)] {
		ok := true
		for k, w := range q.words {
			if p.low(i+k) != w {
				ok = false
				break
			}
		}
		if ok {
			return q.qualifier, len(q.words)
		}
	}
	return "", 0
}

// quantity reads [currency] number [scale...] [unit] at piece i.
func (p *numParser) quantity(i int) (qty, bool) {
	q := qty{first: i, scale: 1}
	j := i
	neg := false
	if p.low(j) == "minus" || p.low(j) == "negative" {
		neg = true
		j++
	}
	switch pc := p.at(j); {
	case pc.kind == pCur:
		q.unit, q.money = pc.unit, true
		j++
	case (pc.low == "us" || pc.low == "u.s.") && p.at(j+1).kind == pCur:
		q.unit, q.money = p.at(j+1).unit, true
		j += 2
	case p.lx.symFirst.May(pc.text) && (p.lx.symUnits[pc.text].class == "code" || p.lx.symUnits[pc.text].class == "sym"):
		if n := p.at(j + 1); n.kind == pNum || n.kind == pWord {
			q.unit, q.money = p.lx.symUnits[pc.text].unit, true
			j++
		}
	}
	pc := p.at(j)
	switch {
	case pc.kind == pVague:
		// "hundreds of", "tens of thousands of"; "tens" and "scores" only
		// count before "of" ("test scores").
		if (pc.low == "tens" || pc.low == "scores") && p.low(j+1) != "of" {
			return q, false
		}
		q.value, q.vague = pc.value, true
		j++
		for p.low(j) == "of" && p.at(j+1).kind == pVague {
			q.value *= p.at(j + 1).value
			j += 2
		}
	case (pc.low == "several" || pc.low == "few" || pc.low == "many") && p.at(j+1).kind == pScale:
		q.value, q.vague = p.at(j+1).value, true
		j += 2
	case pc.low == "a" && p.low(j+1) == "few" && p.at(j+2).kind == pScale:
		q.value, q.vague = p.at(j+2).value, true
		j += 3
	case pc.kind == pNum:
		q.value, q.bare, q.num = pc.value, true, *pc
		j++
		// Thousands grouped by a no-break or thin space: "1 234 567".
		for grouping := q.num.digits <= 3 && !q.num.dec && !q.num.sep && q.value >= 0; grouping && p.groupSpace(j); {
			g := p.at(j)
			q.value = q.value*1000 + g.value
			q.num.sep, q.num.dec = true, g.dec
			q.num.end = g.end
			j++
			if g.dec {
				break
			}
		}
		if p.andHalf(j) {
			q.value += 0.5
			q.bare = false
			j += 3
		} else if f := p.at(j); f.kind == pFrac && !f.glued && !q.num.dec && q.value >= 0 {
			// "12 3/4%", "$32 1/8"
			q.value += f.value
			q.bare = false
			j++
		}
		for p.at(j).kind == pScale || p.pluralScale(j) {
			// "2.5 million", "200 dozens"
			q.scale *= p.at(j).value
			q.bare = false
			j++
		}
		q.value *= q.scale
	case pc.kind == pOrd:
		if q.money || neg {
			return q, false
		}
		q.value, q.ordinal, q.num = pc.value, true, *pc
		q.end = j + 1
		return q, true
	default:
		v, scale, end, ok := p.words(j)
		if !ok {
			return q, false
		}
		if pl := p.at(end); p.pluralScale(end) && !pl.glued {
			// "three billions", "two hundred dozens"
			v, scale = v*pl.value, scale*pl.value
			end++
		}
		if n := p.at(end); end == j+1 && v >= 11 && v <= 20 && n.kind == pWord && n.value >= 10 {
			// "nineteen ninety-four": a year read aloud.
			q.end, q.words, q.year = end+1, true, true
			return q, true
		}
		q.value, q.scale, q.words = v, scale, true
		j = end
	}
	if neg {
		q.value = -q.value
	}
	if q.money && p.at(i).text == "#" && q.scale == 1 && !q.num.sep && !q.num.dec {
		return q, false // "#1" is a rank
	}
	// A unit after the number.
	switch u := p.at(j); {
	case u.kind == pMeasure && u.low == "m" && (strings.HasPrefix(p.at(j+1).tag, "NNS") || p.low(j+1) == "of"):
		// "1.5m people", "3m of them": m before a count is million.
		q.value *= 1e6
		q.scale *= 1e6
		q.bare = false
		j++
	case u.kind == pPct || u.kind == pMeasure || u.kind == pMoney:
		if !q.money {
			q.unit, q.money = u.unit, u.kind == pMoney
		}
		j++
	case u.kind == pDash && u.glued && !q.money:
		// "two-percent", "the 8,000-point level"
		if unit, n := p.unitPhrase(j + 1); n == 1 && (unit.class == "pct" || unit.class == "measure") {
			q.unit = unit.unit
			j += 2
		}
	case q.money:
		// "$5.9 billion dollars": the currency said twice.
		if unit, n := p.unitPhrase(j); n > 0 && unit.unit == q.unit && unit.class == "word" {
			j += n
		}
	case !q.money:
		k := j
		if q.vague && p.low(k) == "of" {
			k++ // "billions of dollars"
		}
		// A singular "point" is a unit only when glued: "the 8,000-point
		// level", but "at one point".
		if unit, n := p.unitPhrase(k); n > 0 && p.low(k) != "point" && (k == j || p.unitClass(k, n) == "word") {
			q.unit, q.money = unit.unit, unit.class == "word" || unit.class == "code"
			if major, ok := strings.CutSuffix(q.unit, "/100"); ok {
				// "40 cents" is 0.4 USD.
				q.unit, q.value = major, q.value/100
			}
			if unit.unit == "GBP" && strings.HasPrefix(p.low(k), "pound") && (p.low(k+n) == "of" || p.weighs(q.first)) {
				q.unit, q.money = "lb", false // "500 pounds of medical supplies" is a weight
			}
			j = k + n
		} else if u.kind == pCur && !startsQuantity(p.at(j+1)) {
			q.unit, q.money = u.unit, true // "150 million $"
			j++
		}
	}
	q.end = j
	return q, true
}

// groupSpace reports whether piece j is a group of three digits after a
// no-break, narrow no-break or thin space: ordinary spaces separate two
// numbers ("in 2008 30 people") more often than they group digits.
func (p *numParser) groupSpace(j int) bool {
	g, prev := p.at(j), p.at(j-1)
	if g.kind != pNum || g.digits != 3 || g.sep || g.value < 0 || j == 0 {
		return false
	}
	switch p.c.Doc.Text[prev.end:g.start] {
	case "\u00a0", "\u202f", "\u2009":
		return true
	}
	return false
}

func startsQuantity(pc *piece) bool {
	return pc.kind == pNum || pc.kind == pWord || pc.kind == pScale
}

// unit looks up the unit named by the n pieces from i, lowercased and
// joined by spaces, in a key buffer that spares a string per lookup.
func (p *numParser) unit(i, n int) (numUnit, bool) {
	if !p.lx.unitFirst.May(p.low(i)) {
		return numUnit{}, false
	}
	if n == 1 {
		u, ok := p.lx.units[p.low(i)]
		return u, ok
	}
	p.key = p.key[:0]
	for k := range n {
		if k > 0 {
			p.key = append(p.key, ' ')
		}
		p.key = append(p.key, p.low(i+k)...)
	}
	u, ok := p.lx.units[string(p.key)]
	return u, ok
}

// unitClass is the class of the unit named by the n pieces from i.
func (p *numParser) unitClass(i, n int) string {
	u, _ := p.unit(i, n)
	return u.class
}

// unitPhrase matches the longest unit name at piece i.
func (p *numParser) unitPhrase(i int) (numUnit, int) {
	for n := p.lx.maxUnitWords; n >= 1; n-- {
		if i+n > len(p.ps) {
			continue
		}
		if u, ok := p.unit(i, n); ok {
			// A unit written as a symbol must be glued or a unit word;
			// "m" or "g" standing alone after a count is rarely a unit.
			if n == 1 && len(p.low(i)) == 1 && p.low(i) != "%" && u.class == "measure" {
				return numUnit{}, 0
			}
			return u, n
		}
	}
	return numUnit{}, 0
}

// words reads a spelled-out number: "eleven", "twenty one", "one hundred
// and five", "three thousand", "a dozen", "a million", "half a million".
// It returns the value, the product of its scale words and the end piece.
func (p *numParser) words(i int) (float64, float64, int, bool) {
	k := i
	// "a half million", "a quarter million", "half million".
	j := k
	if p.low(j) == "a" || p.low(j) == "an" {
		j++
	}
	if n := p.at(j + 1); n.kind == pScale && n.value >= 100 {
		if v, ok := scaleFractions[p.low(j)]; ok {
			s := n.value
			return v * s, s, j + 2, true
		}
	}
	if p.low(k) == "half" && (p.low(k+1) == "a" || p.low(k+1) == "an") {
		if p.at(k+2).kind == pScale {
			s := p.at(k + 2).value
			return s / 2, s, k + 3, true
		}
		if u, n := p.unitPhrase(k + 2); n > 0 && u.class == "pct" {
			return 0.5, 1, k + 2, true // "half a percent"
		}
	}
	if (p.low(k) == "a" || p.low(k) == "an") && p.low(k+1) == "half" && p.low(k+2) == "dozen" {
		return 6, 12, k + 3, true // "a half dozen states"
	}
	total, cur, scale := 0.0, 0.0, 1.0
	any := false
	if (p.low(k) == "a" || p.low(k) == "an") && p.at(k+1).kind == pScale {
		cur, any = 1, true
		k++
	}
	lastTens, lastScale := false, false
loop:
	for ; k < len(p.ps); k++ {
		pc := p.at(k)
		switch {
		case pc.kind == pWord:
			if any && !lastScale && !(lastTens && pc.value < 10) {
				break loop
			}
			cur += pc.value
			lastTens = pc.value >= 20 && pc.value < 100 && int(pc.value)%10 == 0
			lastScale = false
			any = true
		case pc.kind == pScale && any && !pc.glued:
			if cur == 0 {
				cur = 1
			}
			scale *= pc.value
			if cur == 1 && lastScale && total > 0 && total < pc.value {
				// "three lakh crore": a scale of a scale.
				total *= pc.value
				cur = 0
			} else if pc.value < 1000 {
				cur *= pc.value
			} else {
				total += cur * pc.value
				cur = 0
			}
			lastScale, lastTens = true, false
		case pc.low == "and" && lastScale && p.at(k+1).kind == pWord && p.at(k+1).value < 100:
			// "one hundred and five"
		case pc.low == "point" && !lastScale && any && p.at(k+1).kind == pWord && p.at(k+1).value < 10:
			// "one point six billion"
			frac, div := 0.0, 1.0
			for k++; p.at(k).kind == pWord && p.at(k).value < 10; k++ {
				div *= 10
				frac += p.at(k).value / div
			}
			cur += frac
			for p.at(k).kind == pScale && !p.at(k).glued {
				scale *= p.at(k).value
				cur *= p.at(k).value
				k++
			}
			break loop
		case pc.low == "and" && !lastScale && cur > 0 && p.andHalf(k):
			// "two and a half million", "two and a half years"
			cur += 0.5
			k += 3
			lastTens, lastScale = false, false
			for p.at(k).kind == pScale && !p.at(k).glued {
				scale *= p.at(k).value
				cur *= p.at(k).value
				k++
			}
			break loop
		default:
			break loop
		}
	}
	if !any {
		return 0, 0, i, false
	}
	return total + cur, scale, k, true
}

// weighs reports whether a verb of weighing comes just before piece i:
// "weighs 150 to 175 pounds".
func (p *numParser) weighs(i int) bool {
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		if p.context(k) == "weight" {
			return true
		}
	}
	return false
}

// pluralScale reports whether piece j is a plural multiple used as a
// scale ("three billions", "200 dozens"), not a vague number of its own:
// "in 2008 hundreds of people" is two numbers.
func (p *numParser) pluralScale(j int) bool {
	pc := p.at(j)
	return pc.kind == pVague && pc.low != "tens" && pc.low != "scores" && p.low(j+1) != "of"
}

// scaleFractions come before a scale word: "a half million".
var scaleFractions = map[string]float64{"half": 0.5, "quarter": 0.25}

// andHalf reports whether "and a half" starts at piece k.
func (p *numParser) andHalf(k int) bool {
	return p.low(k) == "and" && (p.low(k+1) == "a" || p.low(k+1) == "an") && p.low(k+2) == "half"
}

// unitsAgree reports whether x and y can be the two ends of one range, and
// gives each the unit and scale the other states: "$300 to 350 million",
// "10 to 20 percent".
func unitsAgree(x, y *qty) bool {
	if x.vague || y.vague || x.ordinal || y.ordinal {
		return false
	}
	if x.unit != "" && y.unit != "" && x.unit != y.unit {
		return false
	}
	if x.unit == "" {
		x.unit, x.money = y.unit, y.money
	}
	if y.unit == "" {
		y.unit, y.money = x.unit, x.money
	}
	if x.scale == 1 && y.scale > 1 && x.value*y.scale <= y.value {
		x.value *= y.scale
		x.scale = y.scale
	}
	return true
}

// rangeAfter extends c over a second number: "10-20", "10 to 20", "two or
// three". "from 5 to 10" and "by 5 to 10" are a change, not a range, and
// leave two numbers.
func (p *numParser) rangeAfter(c *numCand) {
	x := c.x
	e := x.end
	sep := p.at(e)
	isDash := sep.kind == pDash || sep.low == "-" || sep.low == "–" || sep.low == "—" || sep.low == "--"
	if !isDash && sep.low != "to" && sep.low != "or" {
		return
	}
	if prev := p.low(x.first - 1); sep.low == "to" && (prev == "from" || prev == "by" || p.context(x.first-1) == "change") && c.qualifier == "exact" {
		return
	}
	y, ok := p.quantity(e + 1)
	if !ok || x.ordinal || y.ordinal {
		return
	}
	if sep.kind == pDash && x.bare && y.bare && !x.num.dec && !y.num.dec && x.value >= y.value {
		// "3-1", "52-35": a score or a vote.
		c.last, c.skip = y.end, true
		return
	}
	if sep.low == "or" && (x.unit != "" || y.money != x.money) {
		return
	}
	if sep.low == "to" && x.bare && y.bare && !x.num.dec && !y.num.dec && x.value > y.value {
		// "voted 84 to 31": a vote or a score, not two counts.
		c.last, c.skip = y.end, true
		return
	}
	// A unit other than money on the first number only ("1.2% to 452.76"),
	// or ends far apart
	// ("75 cents to $16.25") are a change of level, not a range.
	if x.unit != "" && y.unit == "" && !x.money {
		return
	}
	if !unitsAgree(&x, &y) || x.value >= y.value || x.value > 0 && y.value > 10*x.value {
		return
	}
	if x.bare && isYear(x.num) {
		// "2010-11", "1990 to 1995": a span of years.
		c.last, c.skip = y.end, true
		return
	}
	hi := y.value
	c.x, c.max, c.qualifier, c.last = x, &hi, "range", y.end
}

// finish reads what follows the number (a qualifier after it, the counted
// noun) and decides whether it is a quantity at all.
func (p *numParser) finish(c *numCand) {
	if q, n := p.phrase(c.last, p.lx.post); n > 0 && c.qualifier == "exact" && !c.x.ordinal {
		c.qualifier, c.last = q, c.last+n
	} else if p.at(c.last).kind == pPlus && c.qualifier == "exact" {
		c.qualifier, c.last = "at_least", c.last+1
	} else if p.at(c.last).kind == pDash && p.low(c.last+1) == "odd" && c.qualifier == "exact" {
		c.qualifier, c.last = "about", c.last+2
	}
	// A ratio: "one in five voters", "1 in 4 children". Neither number
	// counts.
	if y := p.at(c.last + 1); p.low(c.last) == "in" && c.x.unit == "" && c.qualifier != "range" &&
		(y.kind == pWord || y.kind == pNum) && c.x.value < y.value && !isYear(*y) && !y.dec {
		if yq, ok := p.quantity(c.last + 1); ok && yq.unit == "" {
			c.last, c.skip = yq.end, true
			return
		}
	}
	c.npFirst, c.nounFirst, c.npEnd = c.last, c.last, c.last
	if c.x.unit == "" {
		p.countedNoun(c)
		if c.x.vague && c.of && c.head >= 0 {
			c.last++ // "hundreds of": the "of" belongs to the vague number
		}
	}
	// International telephone numbers: "+44 20 7946 0958".
	if strings.HasPrefix(c.x.num.text, "+") && p.at(c.last).kind == pNum {
		for p.at(c.last).kind == pNum {
			c.last++
		}
		c.skip = true
	}
	c.skip = c.skip || p.notCount(c)
}

// quantityWords are dropped from the front of a counted phrase: "hundreds of
// more troops" counts troops.
var quantityWords = map[string]bool{"more": true, "other": true, "such": true, "further": true}

var ofDeterminers = map[string]bool{"the": true, "these": true, "those": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "my": true, "your": true, "all": true}

// countedNoun finds the noun phrase after the number: modifiers, then a
// run of nouns up to the head. A plural noun ends the phrase ("19 Hungarian
// soldiers"); singular nouns may pile up as a compound ("two bomb attacks").
func (p *numParser) countedNoun(c *numCand) {
	k := c.last
	if p.low(k) == "of" {
		k++
		if ofDeterminers[p.low(k)] {
			k++
		}
		k = p.skipPossessor(k)
		for p.at(k).kind == pWord || p.at(k).kind == pNum {
			k++ // "one of the three countries"
		}
		c.of = true
	} else if p.at(k).kind == pDash && p.at(k).glued {
		// "a 20-storey building": the noun glued to the number.
		k++
	}
	for quantityWords[p.low(k)] && k < len(p.ps)-1 {
		k++
	}
	c.npFirst, c.npEnd = k, k
	if d := p.at(k); d.kind == pDecade && !(d.digits == 4 && d.value >= 1000 && d.value <= 2100) && d.digits != 2 {
		// "18 777s": a plural model name is the counted noun, and the
		// number "777" a name in this article.
		c.head, c.nounFirst, c.npEnd, c.modEnd = k, k, k+1, k
		p.names[strings.TrimSuffix(d.text, "s")] = true
		return
	}
	lastWasName := false
loop:
	for n := 0; k < len(p.ps) && n < 6; k, n = k+1, n+1 {
		pc := p.at(k)
		if pc.kind != pOther {
			if n := p.at(k + 1); (lastWasName || p.names[pc.text]) && (pc.kind == pDecade ||
				(pc.kind == pCode || pc.kind == pNum) && n.kind == pOther && strings.HasPrefix(n.tag, "NN")) {
				// "Boeing 787 Dreamliner aircraft": a model inside the phrase.
				c.npEnd = k + 1
				p.names[strings.TrimSuffix(pc.text, "s")] = true
				if pc.kind == pDecade {
					c.head = k // "five Boeing 737s": a plural model is the head
					break loop
				}
				continue
			}
			break
		}
		if cx := p.context(k); cx == "weekday" || cx == "month" && isCapitalised(pc.text) {
			break loop // "443.6 million Thursday"
		}
		tag := pc.tag
		if tag == "VBZ" && c.head >= 0 && (c.x.value != 1 || c.of) && strings.HasSuffix(pc.low, "s") {
			// "two of Elian's Miami cousins": after a count (or "one of")
			// and a noun, a word tagged as a verb in -s is the plural head.
			tag = "NNS"
		}
		switch tag {
		case "NNS", "NNPS":
			if c.head < 0 {
				c.nounFirst = k
			}
			c.head, c.npEnd = k, k+1
			if n := p.at(k + 1); n.kind == pOther && n.tag == "NNS" && !isCapitalised(n.text) {
				continue // "human rights activists", "arms dealers"
			}
			break loop
		case "NN", "NNP":
			if c.head >= 0 && isCapitalised(pc.text) && !isCapitalised(p.at(c.head).text) {
				break loop // "one senior official Monday"
			}
			if c.head < 0 {
				c.nounFirst = k
			}
			c.head, c.npEnd = k, k+1
			lastWasName = pc.tag == "NNP" && hasUpper(pc.text)
		case "JJ", "JJR", "JJS", "VBN", "VBG":
			if c.head >= 0 && !lastWasName {
				break loop // an adjective after a proper noun goes on: "Octel common shares"
			}
			c.npEnd = k + 1
		default:
			break loop
		}
	}
	if c.head < 0 {
		c.nounFirst = c.npEnd
		if c.of && c.npEnd > c.npFirst {
			// No noun: "30 of the injured" counts the adjective.
			c.head, c.nounFirst = c.npEnd-1, c.npFirst
		}
	}
	if c.head >= 0 && levelNouns[p.low(c.head)] {
		// "the 5000 mark" names a level; nothing is counted.
		c.head, c.nounFirst, c.npEnd = -1, c.npFirst, c.npFirst
	}
	if c.head >= 0 && p.context(c.head) == "timeunit" && p.temporalDeterminer(c) {
		// "rose 15,000 last week": the phrase says when, not what.
		c.head, c.nounFirst, c.npEnd = -1, c.npFirst, c.npFirst
	}
	c.modEnd = c.nounFirst
}

// skipPossessor steps over a possessor after "of": "two of Elian's
// Miami cousins", "eight of Saddam Hussein's palaces".
func (p *numParser) skipPossessor(k int) int {
	for j := k; j < k+4 && j < len(p.ps); j++ {
		pc := p.at(j)
		if pc.low == "'s" || pc.low == "'" || pc.tag == "POS" {
			if j > k {
				return j + 1
			}
			return k
		}
		if pc.kind != pOther || !strings.HasPrefix(pc.tag, "NN") && pc.tag != "DT" {
			return k
		}
	}
	return k
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// fractionWord reports whether w names a fraction: "half", "third",
// "quarters".
func fractionWord(lx *numLexicon, w string) bool {
	switch w {
	case "half", "halves", "quarter", "quarters":
		return true
	}
	o, ok := lx.words[strings.TrimSuffix(w, "s")]
	return ok && o.kind == "ord"
}

// capsPlural reports whether s is a word in capitals ending in S, which
// prose tags as a proper noun: "FIVE SOLDIERS".
func capsPlural(s string) bool {
	return len(s) > 2 && strings.HasSuffix(s, "S") && strings.ToUpper(s) == s && words.IsWord(s)
}

func isQuoteOrBracket(s string) bool {
	switch s {
	case "\"", "``", "“", "'", "‘", "(", "[", "--", "—", "–", ":", "-":
		return true
	}
	return false
}

func isYear(n piece) bool {
	return n.kind == pNum && n.digits == 4 && !n.sep && !n.dec && n.value >= 1000 && n.value <= 2100
}

func isCapitalised(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// levelNouns follow a number that is a level, not a model: "the 5000
// mark", "the 8000 level".
var levelNouns = map[string]bool{"mark": true, "level": true, "barrier": true, "threshold": true,
	"line": true, "figure": true, "milestone": true}

// oneIdioms follow a "one" that does not count: "at one point", "for one
// thing", "one way or another".
var oneIdioms = map[string]bool{"point": true, "thing": true, "way": true, "time": true,
	"side": true, "hand": true, "more": true}

// invariantPlurals are plural nouns that prose may tag as singular: "300
// aircraft" is a count, not a model number.
var invariantPlurals = map[string]bool{"aircraft": true, "personnel": true, "staff": true,
	"police": true, "cattle": true, "sheep": true, "fish": true, "deer": true, "livestock": true,
	"people": true, "crew": true, "infantry": true, "cavalry": true, "spacecraft": true, "militia": true}

// yearDeterminers come before a year used as a modifier ("the 2024
// elections", "its 2019 polls"); a count of a thousand or more is written
// with a separator ("the 1,500 soldiers").
var yearDeterminers = map[string]bool{"the": true, "'s": true, "its": true, "their": true,
	"this": true, "that": true, "last": true, "next": true, "his": true, "her": true, "our": true}

// yearPrepositions introduce a year: "in 2008", "since 1999".
var yearPrepositions = map[string]bool{"in": true, "since": true, "by": true, "until": true,
	"till": true, "of": true, "from": true, "before": true, "after": true, "during": true,
	"early": true, "late": true, "mid": true, "through": true, "fiscal": true, "around": true}

// notCount reports whether the parsed number is not a quantity: part of a
// date, time, duration, age, name, code or telephone number.
func (p *numParser) notCount(c *numCand) bool {
	x := c.x
	start, end := p.at(c.first).start, p.at(c.last-1).end
	if p.dates.overlaps(start, end) {
		return true
	}
	prev, next := p.at(c.first-1), p.at(x.end)
	plural := c.head >= 0 && (p.at(c.head).tag == "NNS" || p.at(c.head).tag == "NNPS" || capsPlural(p.at(c.head).text))
	if x.year {
		return true
	}
	// Years: four digits, no separator, and not counting a plural noun;
	// after "in", "since"... always a year.
	if x.bare && isYear(x.num) && x.unit == "" && c.max == nil {
		// "the 2000 Olympics": a capitalised plural after a year is a name.
		if !plural || yearPrepositions[p.low(x.first-1)] || yearDeterminers[p.low(x.first-1)] ||
			isCapitalised(p.at(c.head).text) && !p.shouting {
			return true
		}
	}
	// The day or year of a date: "May 30", "30 May", "30th of May".
	if (x.bare || x.ordinal) && x.unit == "" && x.value >= 1 && x.value <= 31 && !x.num.dec {
		if p.isMonth(x.first-1) || p.isMonth(x.end) || p.low(x.end) == "of" && p.isMonth(x.end+1) ||
			p.low(x.first-1) == "." && p.isMonth(x.first-2) {
			return true
		}
		// "April 24 and 25": a second day after a day of a month.
		if conj := p.low(x.first - 1); conj == "and" || conj == "or" || conj == "to" || conj == "-" || conj == "–" {
			if d := p.at(x.first - 2); d.kind == pNum && d.value >= 1 && d.value <= 31 && p.isMonth(x.first-3) {
				return true
			}
		}
	}
	// Clock times and durations: "5 p.m.", "16:08 UTC", "three days", "a
	// 20-year-old", "hundreds of years".
	if p.context(x.end) == "clock" && x.unit == "" {
		return true
	}
	// "4 in the morning", "the year two thousand", "a year or two".
	if x.unit == "" && p.low(x.end) == "in" && p.low(x.end+1) == "the" {
		switch p.low(x.end + 2) {
		case "morning", "afternoon", "evening", "night":
			return true
		}
	}
	if x.unit == "" && (p.low(c.first-1) == "year" && x.value >= 1000 || p.low(c.first-1) == "or" && p.context(c.first-2) == "timeunit") {
		return true
	}
	if !x.money && x.unit != "percent" {
		k := x.end
		if p.at(k).kind == pDash || p.low(k) == "of" {
			k++
		}
		// "20-year-old": the unit is the first part of the glued word.
		w, _, _ := strings.Cut(p.low(k), "-")
		if p.lx.context[w] == "timeunit" || c.head >= 0 && p.context(c.head) == "timeunit" {
			return true
		}
	}
	if x.ordinal {
		// "First Security Corp.", "Third Way": an ordinal in a name.
		if isCapitalised(p.at(x.first).text) && next.tag == "NNP" && isCapitalised(next.text) {
			return true
		}
		return !keepOrdinals || !p.ordinalNumber(c)
	}
	// Fractions and ratios: "one-third", "one out of every 200".
	if next.kind == pDash && next.glued && fractionWord(p.lx, p.low(x.end+1)) || next.low == "out" && p.low(x.end+1) == "of" {
		return true
	}
	// "80386": five digits without a separator that count nothing are a
	// code; news writes counts of ten thousand and more with commas.
	if x.bare && !x.num.sep && !x.num.dec && x.num.digits >= 5 && c.head < 0 && x.unit == "" && c.qualifier == "exact" {
		return true
	}
	// "0800 GMT", "007": a leading zero is a clock time or a code.
	if x.bare && x.num.digits > 1 && strings.HasPrefix(strings.TrimLeft(x.num.text, "-−+"), "0") && !x.num.dec {
		return true
	}
	if x.unit == "" && (c.qualifier == "exact" || c.qualifier == "range" && p.dashRange(c)) {
		// Names and identifiers: "Section 12", "No. 1", "Boeing 747 jets",
		// "FTSE 100"; a capitalised word before a bare number makes it part of
		// a name, unless a capitalised plural follows, as in a title-case
		// headline ("NATO Sends 700 Troops").
		if p.context(c.first-1) == "label" {
			return true
		}
		if p.nameRule(c, prev, next, plural) {
			if x.bare {
				p.names[x.num.text] = true
			}
			return true
		}
	}
	if x.unit != "" || x.vague || c.qualifier != "exact" {
		return false
	}
	// Ages belong to the dates kind: "aged 45", "Delfina Miranda, 49, who".
	if prev.low == "aged" || prev.low == "age" {
		return true
	}
	if (prev.low == "and" || prev.low == "or") && p.at(c.first-2).kind == pNum && (p.low(c.first-3) == "aged" || p.low(c.first-3) == "age") {
		return true // "aged 19 and 21"
	}
	if pp := p.at(c.first - 2); x.bare && prev.low == "," && isCapitalised(pp.text) && words.IsWord(pp.text) && (next.low == "," || next.low == ".") &&
		x.value > 0 && x.value < 120 && !x.num.dec && c.head < 0 {
		return true
	}
	// Telephone numbers: "call 555 1234", "+44 20 7946 0958", "(212) 555-1234".
	if p.context(c.first-1) == "cue" || strings.HasPrefix(x.num.text, "+") && next.kind == pNum {
		return true
	}
	if prev.low == "(" && next.low == ")" && p.at(x.end+1).kind == pCode {
		return true
	}
	// "one" as a pronoun: "one of them", "no one", "the one".
	if x.words && x.value == 1 && x.end == x.first+1 {
		return prev.low == "no" || next.kind == pDash && next.glued || // "one-time losses"
			c.head < 0 || next.low == "another" || oneIdioms[next.low]
	}
	return false
}

// nameRule reports whether a number is part of a name or model.
func (p *numParser) nameRule(c *numCand, prev, next *piece, plural bool) bool {
	x := c.x
	if p.shouting {
		return false
	}
	titleCount := plural && isCapitalised(p.at(c.head).text)
	if (x.bare || x.words) && prev.kind == pOther && hasUpper(prev.text) && words.IsWord(prev.text) &&
		(c.first > 1 || strings.HasPrefix(prev.tag, "NN") || prev.tag == "VBG") && !p.isMonth(c.first-1) &&
		p.context(c.first-1) != "weekday" && !titleCount {
		return true
	}
	// "Boeing's 747", "Standard & Poor's 500".
	if x.bare && prev.low == "'s" && hasUpper(p.at(c.first-2).text) && !plural {
		return true
	}
	// A model number: three or more digits without a separator before a
	// singular noun or a name ("the 737 replacement", "the 787
	// Dreamliner"); a count of 100 or more takes a plural.
	if x.bare && !x.num.dec && x.num.digits >= 3 && !x.num.sep && x.value >= 100 &&
		(next.tag == "NN" && !invariantPlurals[next.low] && !levelNouns[next.low] || next.tag == "NNP" && isCapitalised(next.text) && !plural) {
		return true
	}
	if x.words && c.first > 0 && isCapitalised(p.at(c.first).text) && next.tag == "NNP" && isCapitalised(next.text) && !titleCount {
		return true // "Three Gorges Dam" mid-sentence
	}
	// "Group of Seven", "Formula One": a capitalised number word inside a
	// sentence that counts nothing.
	if x.words && c.first > 0 && isCapitalised(p.at(c.first).text) && c.head < 0 && !isQuoteOrBracket(prev.text) {
		return true
	}
	return false
}

// temporalDeterminers anchor a time noun in time rather than measure it:
// "rose 15,000 last week" counts nothing in weeks.
var temporalDeterminers = map[string]bool{"last": true, "next": true, "this": true, "past": true,
	"previous": true, "coming": true, "following": true, "same": true, "each": true, "every": true}

func (p *numParser) temporalDeterminer(c *numCand) bool {
	for k := c.npFirst; k < c.head; k++ {
		if temporalDeterminers[p.low(k)] {
			return true
		}
	}
	return false
}

// ordinalNumber reports whether an ordinal is used as a number ("the third
// attack", "21st Battalion") rather than as an adverb ("first reported").
func (p *numParser) ordinalNumber(c *numCand) bool {
	pc := p.at(c.x.first)
	if pc.tag == "RB" || p.low(c.first-1) == "at" {
		return false
	}
	switch p.at(c.first - 1).tag {
	case "DT", "PRP$", "POS":
		return true
	}
	return c.head >= 0
}

// isMonth reports whether piece i is a capitalised month name; "May." at
// the end of a sentence is one token.
func (p *numParser) isMonth(i int) bool {
	pc := p.at(i)
	return isCapitalised(pc.text) && (p.lx.context[pc.low] == "month" ||
		p.lx.context[strings.TrimSuffix(pc.low, ".")] == "month")
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
		Qualifier: c.qualifier, Unit: c.x.unit, Ordinal: c.x.ordinal}
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
