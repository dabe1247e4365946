package numbers

import "strings"

// exclusion is a named rule that tells a parsed number is no quantity:
// part of a date, a time, a name, a code, a telephone number, or an idiom.
// The rules run in table order and the first that fires drops the number;
// each has its own rows in TestExclusions.
type exclusion struct {
	name string
	why  string
	test func(p *numParser, c *numCand) bool
}

// exclusions is the table a reader can scan. Context, not digit shape:
// a qualifier or a verb-governed position keeps a quantity ("About 1500
// came", "fell to 15234").
var exclusions = []exclusion{
	{"inside-date", "a number inside a date or time of the dates kind is part of it (durations excepted: they are numbers too)", (*numParser).insideDate},
	{"year-in-words", `"nineteen ninety-four" is a year read aloud`, func(p *numParser, c *numCand) bool { return c.x.year }},
	{"year", `four digits that count no plural noun, or follow "in", "since", "the", are a year ("in 2008", "its 2019 polls", "the 2000 Olympics")`, (*numParser).year},
	{"day-of-month", `the day of a date: "May 30", "30 May", "30th of May", "April 24 and 25"`, (*numParser).dayOfMonth},
	{"clock-time", `a number before a clock word or "in the morning" is a time: "5 p.m.", "4 in the morning"`, (*numParser).clockTime},
	{"year-or-conjunct", `"the year 2000"; "a year or two": the second number of a duration`, (*numParser).yearOrConjunct},
	{"time-noun", `a bare number before a time noun the lexicon has no unit for, or counting one: "two quarters", "hundreds of years"`, (*numParser).timeNoun},
	{"ordinal", `ordinals rank and are not output ("the third attack", "21st")`, func(p *numParser, c *numCand) bool { return c.x.ordinal }},
	{"ratio-out-of", `"one out of every 200": a ratio`, (*numParser).outOf},
	{"code-digits", `five digits or more, no separator, counting nothing, in no verb-governed position: a code ("80386")`, (*numParser).codeDigits},
	{"leading-zero", `"0800 GMT", "007": a leading zero is a time or a code`, (*numParser).leadingZero},
	{"label", `after a label word: "Section 12", "No. 1", "Article 5"`, (*numParser).label},
	{"name", `inside a name or model: "Boeing 747", "FTSE 100", "Group of Seven"`, (*numParser).name},
	{"telephone", `"call 555 1234", "+44 20 7946 0958", "(212) 555-1234"`, (*numParser).telephone},
	{"one-pronoun", `"one" as a pronoun or idiom: "one of them", "no one", "at one point"`, (*numParser).onePronoun},
}

// exclusionNames lists the rules in table order, for tests.
func exclusionNames() []string {
	out := make([]string, len(exclusions))
	for i, r := range exclusions {
		out[i] = r.name
	}
	return out
}

// notCount reports whether the parsed number is not a quantity: the first
// exclusion that fires.
func (p *numParser) notCount(c *numCand) bool {
	// The rules see a copy held by the parser: c itself, handed to
	// functions through a table, would escape to the heap, one allocation
	// per candidate. The rules only read it (name marks p.names).
	p.rulesCand = *c
	for _, r := range exclusions {
		if !p.off[r.name] && r.test(p, &p.rulesCand) {
			return true
		}
	}
	return false
}

// countsPlural reports whether the number counts a plural noun.
func (p *numParser) countsPlural(c *numCand) bool {
	return c.head >= 0 && (p.at(c.head).tag == "NNS" || p.at(c.head).tag == "NNPS" || capsPlural(p.at(c.head).text))
}

// plain reports whether a number has no unit, is no range or vague
// multiple and no qualifier: what a year, a day, a code or a name part
// looks like. A qualifier keeps a quantity ("About 1500 came").
func plain(c *numCand) bool {
	return c.x.unit == "" && !c.x.vague && c.qualifier == "exact"
}

// insideDate looks at the number itself, without its unit or rate: "24"
// of "24 years ago" is inside a date, "10" of "10 kilometers per hour" is
// not inside the SET "per hour", nor "$100 billion" inside "a year".
func (p *numParser) insideDate(c *numCand) bool {
	end := c.last
	if c.x.numEnd > c.x.first && c.x.numEnd < end {
		end = c.x.numEnd
	}
	if c.perAt > 0 && c.perAt < end {
		end = c.perAt
	}
	return p.dates.overlaps(p.at(c.first).start, p.at(end-1).end)
}

func (p *numParser) year(c *numCand) bool {
	x := c.x
	if !x.bare || !isYear(x.num) || x.unit != "" || c.max != nil || c.qualifier != "exact" {
		return false
	}
	before := p.low(x.first - 1)
	return !p.countsPlural(c) || yearPrepositions[before] || yearDeterminers[before] ||
		isCapitalised(p.at(c.head).text) && !p.isShouting()
}

func (p *numParser) dayOfMonth(c *numCand) bool {
	x := c.x
	if !(x.bare || x.ordinal) || x.unit != "" || x.value < 1 || x.value > 31 || x.num.dec {
		return false
	}
	if p.isMonth(x.first-1) || p.isMonth(x.end) || p.low(x.end) == "of" && p.isMonth(x.end+1) ||
		p.low(x.first-1) == "." && p.isMonth(x.first-2) {
		return true
	}
	conj := p.low(x.first - 1)
	if conj != "and" && conj != "or" && conj != "to" && conj != "-" && conj != "–" {
		return false
	}
	d := p.at(x.first - 2)
	return d.kind == pNum && d.value >= 1 && d.value <= 31 && p.isMonth(x.first-3)
}

func (p *numParser) clockTime(c *numCand) bool {
	x := c.x
	if x.unit != "" {
		return false
	}
	if p.context(x.end) == "clock" {
		return true
	}
	if p.low(x.end) != "in" || p.low(x.end+1) != "the" {
		return false
	}
	switch p.low(x.end + 2) {
	case "morning", "afternoon", "evening", "night":
		return true
	}
	return false
}

func (p *numParser) yearOrConjunct(c *numCand) bool {
	return c.x.unit == "" && (p.low(c.first-1) == "year" && c.x.value >= 1000 ||
		p.low(c.first-1) == "or" && p.context(c.first-2) == "timeunit")
}

func (p *numParser) timeNoun(c *numCand) bool {
	x := c.x
	if x.money || x.unit != "" {
		return false
	}
	k := x.end
	if p.at(k).kind == pDash || p.low(k) == "of" {
		k++
	}
	// "20-odd-year": the unit is the first part of the glued word.
	w, _, _ := strings.Cut(p.low(k), "-")
	return p.lx.context[w] == "timeunit" || c.head >= 0 && p.context(c.head) == "timeunit"
}

func (p *numParser) outOf(c *numCand) bool {
	return p.low(c.x.end) == "out" && p.low(c.x.end+1) == "of"
}

// verbGoverned: "fell to 15234", "at 20000": a level a verb reaches.
var verbGoverned = map[string]bool{"to": true, "at": true, "by": true, "from": true}

func (p *numParser) codeDigits(c *numCand) bool {
	x := c.x
	return x.bare && !x.num.sep && !x.num.dec && x.num.digits >= 5 && c.head < 0 && plain(c) &&
		!verbGoverned[p.low(c.first-1)]
}

func (p *numParser) leadingZero(c *numCand) bool {
	x := c.x
	return x.bare && x.num.digits > 1 && strings.HasPrefix(strings.TrimLeft(x.num.text, "-−+"), "0") && !x.num.dec
}

// nameable: a number without a unit, exact or a glued dash range ("the
// 737-800").
func (p *numParser) nameable(c *numCand) bool {
	return c.x.unit == "" && (c.qualifier == "exact" || c.qualifier == "range" && p.dashRange(c))
}

func (p *numParser) label(c *numCand) bool {
	return p.nameable(c) && p.context(c.first-1) == "label"
}

func (p *numParser) name(c *numCand) bool {
	if !p.nameable(c) || !p.nameRule(c, p.at(c.first-1), p.at(c.x.end), p.countsPlural(c)) {
		return false
	}
	if c.x.bare {
		p.names[c.x.num.text] = true
	}
	return true
}

func (p *numParser) telephone(c *numCand) bool {
	x := c.x
	if !plain(c) {
		return false
	}
	prev, next := p.at(c.first-1), p.at(x.end)
	return p.context(c.first-1) == "cue" || strings.HasPrefix(x.num.text, "+") && next.kind == pNum ||
		prev.low == "(" && next.low == ")" && p.at(x.end+1).kind == pCode
}

func (p *numParser) onePronoun(c *numCand) bool {
	x := c.x
	if !plain(c) || !x.words || x.value != 1 || x.end != x.first+1 {
		return false
	}
	prev, next := p.at(c.first-1), p.at(x.end)
	return prev.low == "no" || next.kind == pDash && next.glued || // "one-time losses"
		c.head < 0 || next.low == "another" || oneIdioms[next.low]
}
