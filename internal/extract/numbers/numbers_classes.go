package numbers

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/extract/words"
)

// The classes of issue 16 beyond counts, money and measures: ages,
// durations, proportions, multipliers and rates. Each is told by its unit
// (docs/annotation-guidelines.md): "age_yr", a time unit ("yr"),
// "fraction", "times", and a rate keeps its denominator in per.

// whenWords follow a duration that says when, not how long: "24 years
// ago" is a date of the dates kind.
var whenWords = map[string]bool{"ago": true, "earlier": true, "later": true, "before": true,
	"after": true, "hence": true, "back": true, "previously": true, "since": true}

// ageAbbrev follow an age in years: "87 yo", "a 40 y.o. man".
var ageAbbrev = map[string]bool{"yo": true, "y.o.": true, "y/o": true}

// ageWords come before a bare age: "aged 60", "age 45".
var ageWords = map[string]bool{"aged": true, "age": true, "ages": true}

// fractionDenominators name a part of one: "half", "a third", "two-thirds".
var fractionDenominators = map[string]float64{"half": 2, "halves": 2, "quarter": 4, "quarters": 4}

// multiplierWords are a multiplier before "the" or "as": "triple the
// size", "twice as many".
var multiplierWords = map[string]float64{"twice": 2, "double": 2, "triple": 3, "treble": 3,
	"quadruple": 4, "thrice": 3}

// multiplierNext follow "N times" that multiplies: "1.75 times the
// amount", "five times as many", "12 times earnings"; not "five times a
// week".
var multiplierNext = map[string]bool{"the": true, "as": true, "more": true, "higher": true,
	"larger": true, "bigger": true, "greater": true, "faster": true, "lower": true, "less": true,
	"that": true, "its": true, "their": true, "his": true, "her": true, "what": true,
	"earnings": true, "sales": true, "revenue": true, "over": true}

// timeUnitOf returns the canonical time unit of a word ("years" -> "yr"),
// "" if it is none.
func timeUnitOf(w string) string {
	if u, ok := lexiconUnit(w, false); ok && timeKind(u) {
		return u.unit
	}
	return ""
}

// ageSuffix reads the "year-old" of "a 52-year-old": the time unit before
// "-old".
func ageSuffix(low string) string {
	w, ok := strings.CutSuffix(low, "-old")
	if !ok {
		return ""
	}
	return timeUnitOf(w)
}

// classify gives a number the class its context shows once its value and
// unit are read: a duration that says when is no number; a time unit with
// "old", "aged" before a bare number or an apposition after a name make an
// age; a rate takes its denominator.
func (p *numParser) classify(c *numCand) {
	x := &c.x
	if x.kind == "time" && !x.money {
		if c.qualifier == "more_than" && p.low(c.first) == "over" && p.low(c.last) != "old" {
			// "costs €1.2 billion over ten years": over a duration is
			// during it, not more than it.
			c.first++
			c.qualifier = "exact"
		}
		switch {
		case whenWords[p.low(c.last)] || p.low(c.last) == "from" && p.low(c.last+1) == "now":
			c.skip = true // "24 years ago"
			return
		case p.low(c.last) == "old" || p.low(c.last) == "of" && p.low(c.last+1) == "age" || ageAbbrev[p.low(c.last)]:
			// "five years old", "six months of age"
			x.unit, x.kind = "age_"+x.unit, "age"
			c.last++
			if p.low(c.last-1) == "of" {
				c.last++
			}
			return
		}
	}
	if x.unit == "" && !x.vague && !x.ordinal && x.value > 0 && x.value < 130 && !x.num.dec {
		if ageWords[p.low(c.first-1)] || p.agedConjunct(c) {
			x.unit, x.kind = "age_yr", "age"
			return
		}
		if ageAbbrev[p.low(c.last)] {
			x.unit, x.kind = "age_yr", "age" // "a 87 yo man"
			c.last++
			return
		}
		if name := p.apposedName(c); name >= 0 {
			// "Mark Weddle, 55, started work": whose age is the name.
			x.unit, x.kind = "age_yr", "age"
			c.npFirst, c.modEnd, c.nounFirst, c.head = name, name, name, c.first-2
			c.aged = true
			return
		}
	}
	if x.unit != "" && x.unit != "fraction" && x.unit != "times" && x.kind != "age" {
		p.rate(c)
	}
}

// agedConjunct: "aged 19 and 21", the second age after a first.
func (p *numParser) agedConjunct(c *numCand) bool {
	prev := p.low(c.first - 1)
	return (prev == "and" || prev == "or" || prev == "to") && p.at(c.first-2).kind == pNum && ageWords[p.low(c.first-3)]
}

// apposedName returns the first piece of the name an age is set after in
// apposition ("Delfina Miranda, 49, who"), or -1: a bare number under 130
// between commas (or a comma and the end) after capitalised words, with no
// noun of its own.
func (p *numParser) apposedName(c *numCand) int {
	x := c.x
	prev, next := p.at(c.first-1), p.at(x.end)
	if !x.bare || prev.low != "," || next.low != "," && next.low != "." || c.first < 2 {
		return -1
	}
	k := c.first - 2
	if pc := p.at(k); !isCapitalised(pc.text) || !words.IsWord(pc.text) || pc.kind != pOther || p.isMonth(k) || p.context(k) == "weekday" {
		return -1
	}
	for k > 0 && k > c.first-5 && isCapitalised(p.at(k-1).text) && words.IsWord(p.at(k-1).text) && p.at(k-1).kind == pOther && !p.isMonth(k-1) {
		k--
	}
	return k
}

// rate extends a quantity with a unit over its denominator: "$21 an
// hour", "89 cents a share", "1.2 million barrels per day", "30 miles an
// hour". "a year ago" and "a year earlier" say when, and are left alone.
func (p *numParser) rate(c *numCand) {
	if c.x.per != "" {
		c.per = c.x.per // "50 km/ms": the unit's own denominator
		return
	}
	if c.x.money && p.low(c.last) == "to" && p.low(c.last+1) == "the" {
		// "150 yen to the dollar": an exchange rate.
		if u, ok := p.unit(c.last+2, 1); ok && (u.class == "word" || u.class == "code") && u.unit != c.x.unit {
			c.perAt, c.per = c.last, u.unit
			c.last += 3
		}
		return
	}
	a := p.low(c.last)
	if a != "a" && a != "an" && a != "per" && a != "each" {
		return
	}
	d := p.at(c.last + 1)
	if d.kind != pOther || whenWords[p.low(c.last+2)] || strings.HasSuffix(d.low, "s") && d.low != "bus" && a != "per" {
		return
	}
	per := ""
	if u, ok := lexiconUnit(d.text, false); ok && u.class == "measure" {
		per = u.unit
	} else if u, ok := p.lx.units[d.low]; ok && u.class == "measure" {
		per = u.unit
	} else if rateNouns[d.low] {
		per = d.low
	}
	if per == "" {
		return
	}
	c.perAt = c.last
	c.last += 2
	switch {
	case c.x.unit == "mi" && per == "h":
		c.x.unit, per = "mph", "" // "30 miles an hour" is the mph of "30 mph"
	case c.x.unit == "km" && per == "h":
		c.x.unit, per = "km/h", ""
	}
	c.per = per
}

// fraction reads a proportion at piece j: "half of", "a third of",
// "two-thirds", "one-third", "three quarters of", "a quarter of". It
// returns the value as a fraction of one and the end piece.
func (p *numParser) fraction(j int) (float64, int, bool) {
	pc := p.at(j)
	num, k := 1.0, j
	switch {
	case pc.low == "a" || pc.low == "an":
		k++
	case pc.kind == pWord && pc.value >= 1 && pc.value < 20:
		num = pc.value
		k++
		if d := p.at(k); d.kind == pDash && d.glued {
			k++
		}
	case pc.low != "half":
		return 0, j, false
	}
	den := p.denominator(p.low(k))
	if den == 0 {
		return 0, j, false
	}
	next := p.low(k + 1)
	hyphenated := k > j && p.at(k).glued
	// "half of the voters", "a third of", "two-thirds"; "a quarter" and
	// "third" alone are more often a season or a rank.
	if !hyphenated && next != "of" && !(pc.low == "half" && (next == "the" || next == "its" || next == "their")) {
		return 0, j, false
	}
	if k == j && pc.low != "half" {
		return 0, j, false // "third of" alone: "the third of May"
	}
	if num >= den {
		return 0, j, false
	}
	return num / den, k + 1, true
}

// denominator is the denominator a fraction word names: "half" 2,
// "thirds" 3, "quarter" 4, "fifth" 5, 0 for none.
func (p *numParser) denominator(w string) float64 {
	if d, ok := fractionDenominators[w]; ok {
		return d
	}
	o, ok := p.lx.words[strings.TrimSuffix(w, "s")]
	if !ok || o.kind != "ord" || o.value < 3 {
		return 0
	}
	return o.value
}

// multiplier reads "triple the size", "twice as many" at piece j.
func (p *numParser) multiplier(j int) (float64, bool) {
	if w := p.low(j); len(w) < 5 || w[0] != 't' && w[0] != 'd' && w[0] != 'q' {
		return 0, false // none of twice, double, triple, treble, thrice, quadruple
	}
	v, ok := multiplierWords[p.low(j)]
	if !ok {
		return 0, false
	}
	switch p.low(j + 1) {
	case "the", "as", "that", "its", "their":
		return v, true
	}
	return 0, false
}

// centWords name the hundredth of whatever currency they follow; the
// lexicon reads them as the US cent.
var centWords = map[string]bool{"cent": true, "cents": true, "c": true, "¢": true}

// compoundMinor maps a unit to the unit a compound amount goes on in and
// how many of it make one: "3 dollars 50 cents", "5 feet 2 inches", "6 lb
// 4 oz".
var compoundMinor = map[string]struct {
	words []string
	per   float64
}{
	"ft": {[]string{"in", "in.", "inch", "inches", "″", "\""}, 12},
	"lb": {[]string{"oz", "ounce", "ounces"}, 16},
}

// compound extends an amount over a second part in a smaller unit: "3
// dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars
// 50" (cents unsaid), "5 feet 2 inches". Only a whole amount with no
// scale word takes one, and a bare second number only when it ends the
// clause ("$5 and 20 people" is two numbers).
func (p *numParser) compound(c *numCand) {
	x := &c.x
	if c.max != nil || c.qualifier != "exact" && c.qualifier != "about" || x.scale != 1 || x.value != float64(int64(x.value)) || x.unit == "" {
		return
	}
	k := c.last
	if p.low(k) == "and" {
		k++
	}
	if x.money {
		y, ok := p.quantity(k)
		switch {
		case !ok || y.ordinal || y.vague || y.scale != 1:
			return
		case y.money && (y.unit == x.unit || centWords[p.low(y.end-1)]) && y.value < 1 && y.value > 0:
			// "50 cents" is already 0.5 USD; after another currency a cent
			// is its hundredth: "3 CAD 3 cents", "20 ringgit and 43c".
			x.value += y.value
		case y.unit == "" && y.value >= 1 && y.value < 100 && y.value == float64(int64(y.value)) && p.endsClause(y.end):
			x.value += y.value / 100 // "15 dollars 50"
		default:
			return
		}
		c.last = y.end
		return
	}
	m, ok := compoundMinor[x.unit]
	if !ok || p.at(k).kind != pNum {
		return
	}
	for _, w := range m.words {
		if p.at(k+1).low == w {
			x.value += p.at(k).value / m.per
			c.last = k + 2
			return
		}
	}
}

// endsClause reports whether piece i ends a clause: punctuation or the end
// of the sentence.
func (p *numParser) endsClause(i int) bool {
	if i >= len(p.ps) {
		return true
	}
	switch p.low(i) {
	case ".", ",", ";", ":", "!", "?", ")":
		return true
	}
	return false
}
