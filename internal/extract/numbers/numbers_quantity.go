package numbers

import "strings"

// Reading one quantity: its value from digits or words, its unit, a range
// ("12 to 15", "between 10 and 20 percent") and the finishing touches.

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
