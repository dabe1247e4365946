package numbers

// Ranges: two numbers joined by a dash, "to" or "or" as the ends of one
// quantity, and what keeps them two.

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
		x.unit, x.money, x.kind = y.unit, y.money, y.kind
	}
	if y.unit == "" {
		y.unit, y.money, y.kind = x.unit, x.money, x.kind
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
	at := x.end
	if d := p.at(at); (d.kind == pDash || d.low == "-") && d.start == p.at(at-1).end && (p.low(at+1) == "or" || p.low(at+1) == "to") {
		at++ // "5- or 6-foot": a suspended hyphen before the separator
	}
	sep := p.at(at)
	if !p.rangeSeparator(c, sep) || sep.low == "or" && p.respectively(at) {
		return
	}
	y, ok := p.quantity(at + 1)
	if !ok || x.ordinal || y.ordinal {
		return
	}
	if sep.low == "to" {
		y = p.nestedUpper(y)
	}
	if scoreOrVote(sep, &x, &y) {
		// "3-1", "52-35", "voted 84 to 31": a score or a vote, not two
		// counts.
		c.last, c.skip = y.end, true
		return
	}
	// "six or seven dollars" shares the unit; "$5 or 10 people" does not.
	// A unit other than money on the first number only ("1.2% to 452.76")
	// is a change of level, not a range.
	if sep.low == "or" && (x.unit != "" || x.money) || x.unit != "" && y.unit == "" && !x.money {
		return
	}
	// Ends far apart ("75 cents to $16.25") are a change of level.
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

// nestedUpper reads an upper end that is itself a range: "from 12.1 to
// 15-17 billion dollars" runs from 12.1 billion to 17 billion dollars, the
// scale and unit of the inner range shared back to the outer one (see
// unitsAgree). It returns y, or the inner range's upper end in its stead.
func (p *numParser) nestedUpper(y qty) qty {
	d := p.at(y.end)
	if !y.bare || d.kind != pDash || !d.glued {
		return y
	}
	z, ok := p.quantity(y.end + 1)
	if !ok || z.ordinal || !p.at(y.end+1).glued || z.value <= y.value*z.scale/y.scale || !unitsAgree(&y, &z) {
		return y
	}
	z.first = y.first
	return z
}

// respectively reports whether "respectively" comes later in the
// sentence: "bid 30k or 45k for the two houses, respectively" gives two
// values, not a range.
func (p *numParser) respectively(from int) bool {
	for k := from; k < len(p.ps); k++ {
		if p.ps[k].low == "respectively" {
			return true
		}
	}
	return false
}

// rangeSeparator reports whether sep can join the two ends of a range: a
// dash, "to" or "or"; "from 5 to 10" and "by 5 to 10" are a change.
func (p *numParser) rangeSeparator(c *numCand, sep *piece) bool {
	isDash := sep.kind == pDash || sep.low == "-" || sep.low == "–" || sep.low == "—" || sep.low == "--"
	if !isDash && sep.low != "to" && sep.low != "or" {
		return false
	}
	prev := p.low(c.x.first - 1)
	return !(sep.low == "to" && (prev == "from" || prev == "by" || p.context(c.x.first-1) == "change") && c.qualifier == "exact")
}

// scoreOrVote reports whether two bare whole numbers joined by a glued
// dash or "to" go down: "won 3-1", "voted 84 to 31".
func scoreOrVote(sep *piece, x, y *qty) bool {
	if !x.bare || !y.bare || x.num.dec || y.num.dec {
		return false
	}
	return sep.kind == pDash && x.value >= y.value || sep.low == "to" && x.value > y.value
}
