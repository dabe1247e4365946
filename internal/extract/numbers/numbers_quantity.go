package numbers

import (
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/units"
)

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

// quantity reads [currency] number [scale...] [unit] at piece i, in
// steps: the currency before, a proportion or multiplier, the number, its
// unit.
func (p *numParser) quantity(i int) (qty, bool) {
	q := qty{first: i, scale: 1}
	j := i
	neg := false
	if p.low(j) == "minus" || p.low(j) == "negative" {
		neg = true
		j++
	}
	j = p.currencyBefore(&q, j)
	if !q.money && !neg {
		// "two-thirds of", "half the country": a proportion; "triple the
		// size": a multiplier.
		if v, end, ok := p.fraction(j); ok {
			q.value, q.unit, q.words, q.end = v, "fraction", true, end
			return q, true
		}
		if v, ok := p.multiplier(j); ok {
			q.value, q.unit, q.words, q.end = v, "times", true, j+1
			return q, true
		}
	}
	j, done, ok := p.numeral(&q, j, neg)
	if done || !ok {
		return q, ok
	}
	if neg {
		q.value = -q.value
	}
	if q.money && p.at(i).text == "#" && q.scale == 1 && !q.num.sep && !q.num.dec {
		return q, false // "#1" is a rank
	}
	q.numEnd = j
	j = p.unitAfter(&q, j)
	if q.frac && q.unit == "" {
		return q, false // "3/4" alone is a date or a score more often than a quantity
	}
	q.end = j
	return q, true
}

// currencyBefore reads a currency sign or code before the number at piece
// j ("$", "US $", "EUR", "c $", "RM", "usd") and returns the next piece.
func (p *numParser) currencyBefore(q *qty, j int) int {
	pc, next := p.at(j), p.at(j+1)
	numberNext := next.kind == pNum || next.kind == pWord
	switch {
	case pc.kind == pCur:
		q.unit, q.money = pc.unit, true
		return j + 1
	case (pc.low == "us" || pc.low == "u.s.") && next.kind == pCur:
		q.unit, q.money = next.unit, true
		return j + 2
	case p.lx.symFirst.May(pc.text) && (p.lx.symUnits[pc.text].class == "code" || p.lx.symUnits[pc.text].class == "sym"):
		if numberNext {
			q.unit, q.money = p.lx.symUnits[pc.text].unit, true
			return j + 1
		}
	case next.kind == pCur && next.text == "$" && words.IsWord(pc.text) && len(pc.text) <= 3 && pc.low != "a" && pc.low != "s":
		// "c $ 16.4 million", "hk $ 10": a dollar's country written apart
		// (but "a $5 bill", and the "s" of a split "'s").
		if code, ok := signBefore(strings.ToUpper(pc.text) + "$"); ok {
			q.unit, q.money = code, true
			return j + 2
		}
	default:
		if !numberNext {
			return j
		}
		if code, ok := signBefore(pc.text); ok {
			q.unit, q.money = code, true // "RM 4.80"
			return j + 1
		}
		if next.kind != pNum || len(pc.text) != 3 || !words.IsWord(pc.text) {
			return j
		}
		if u, ok := p.lx.symUnits[strings.ToUpper(pc.text)]; ok && u.class == "code" {
			q.unit, q.money = u.unit, true // "usd 20" in lower-cased text
			return j + 1
		}
	}
	return j
}

// numeral reads the number itself at piece j: a vague multiple, digits, a
// fraction, an ordinal or words. done is set when q is complete (an
// ordinal, a year in words); ok is false when there is no number.
func (p *numParser) numeral(q *qty, j int, neg bool) (int, bool, bool) {
	pc := p.at(j)
	switch {
	case pc.kind == pVague:
		// "hundreds of", "tens of thousands of"; "tens" and "scores" only
		// count before "of" ("test scores").
		if (pc.low == "tens" || pc.low == "scores") && p.low(j+1) != "of" {
			return j, false, false
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
		j = p.digits(q, j)
	case pc.kind == pFrac && !pc.glued && !q.money:
		// "1/4 mile", "½ teaspoon": a fraction alone is a quantity only with
		// a unit (see quantity).
		q.value, q.num, q.frac = pc.value, *pc, true
		j++
	case pc.kind == pOrd:
		if q.money || neg {
			return j, false, false
		}
		q.value, q.ordinal, q.num = pc.value, true, *pc
		q.end = j + 1
		return j, true, true
	default:
		return p.spelled(q, j)
	}
	return j, false, true
}

// digits reads a number in digits at piece j with what completes it:
// groups after a thin space, "and a half", a fraction, scale words.
func (p *numParser) digits(q *qty, j int) int {
	pc := p.at(j)
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
	if b := p.at(j); (b.text == "B" || b.text == "M") && (q.money || p.unitClass(j+1, 1) == "word") {
		// "3 B dollars", "$3 B": a capital B or M after a sum of money or
		// between a number and a currency is a scale.
		q.scale = map[string]float64{"B": 1e9, "M": 1e6}[b.text]
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
	return j
}

// spelled reads a number in words at piece j (see words), with a plural
// scale after it; "nineteen ninety-four" is a year read aloud.
func (p *numParser) spelled(q *qty, j int) (int, bool, bool) {
	v, scale, end, ok := p.words(j)
	if !ok {
		return j, false, false
	}
	if pl := p.at(end); p.pluralScale(end) && !pl.glued {
		// "three billions", "two hundred dozens"
		v, scale = v*pl.value, scale*pl.value
		end++
	}
	if n := p.at(end); end == j+1 && v >= 11 && v <= 20 && n.kind == pWord && n.value >= 10 {
		q.end, q.words, q.year = end+1, true, true
		return end, true, true
	}
	q.value, q.scale, q.words = v, scale, true
	return end, false, true
}

// unitAfter reads the unit after the number at piece j and returns the
// piece after it.
func (p *numParser) unitAfter(q *qty, j int) int {
	switch u := p.at(j); {
	case u.kind == pMeasure && u.low == "m" && (strings.HasPrefix(p.at(j+1).tag, "NNS") || p.low(j+1) == "of" || q.money && u.glued):
		// "1.5m people", "3m of them": m before a count is million; and
		// after a currency ("$ 2.1m." when the sign is a token of its
		// own): money is not measured in metres.
		q.value *= 1e6
		q.scale *= 1e6
		q.bare = false
		return j + 1
	case u.kind == pPct || u.kind == pMeasure || u.kind == pMoney:
		if !q.money {
			q.unit, q.money, q.kind = u.unit, u.kind == pMoney, u.unitKind
			if major, div := minorUnit(q.unit); div != 1 {
				q.unit, q.value = major, q.value/div // "25sen"
			}
		}
		return j + 1
	case u.kind == pDash && u.glued && !q.money:
		return p.gluedUnit(q, j)
	case q.money:
		// "$5.9 billion dollars": the currency said twice.
		if unit, n := p.unitPhrase(j); n > 0 && unit.unit == q.unit && unit.class == "word" {
			return j + n
		}
	case len(u.text) > 2 && isOpenBracket(u.text[:1]) && p.bracketedToken(u):
		// "20 {kg}": the brackets and the unit one token.
		unit, _ := lexiconUnit(u.text[1:len(u.text)-1], false)
		q.unit, q.kind = unit.unit, unit.kind
		return j + 1
	case isOpenBracket(u.text) && p.closes(j+2, u.text) && p.bracketedUnit(j+1):
		// "20 (kg)", "20 [kg]": a unit in brackets after the number.
		unit, _ := p.unit(j+1, 1)
		q.unit, q.kind = unit.unit, unit.kind
		return j + 3
	case millionCode(u.text) != "":
		// "120 MEUR", "30 MUSD": M before a code is million.
		q.unit, q.money = millionCode(u.text), true
		q.value *= 1e6
		q.scale *= 1e6
		return j + 1
	case u.low == "times" && multiplierNext[p.low(j+1)]:
		q.unit = "times" // "1.75 times the amount", "12 times earnings"
		return j + 1
	default:
		return p.unitWords(q, j)
	}
	return j
}

// gluedUnit reads a unit glued by a dash: "two-percent", "the 8,000-point
// level", "a 52-year-old".
func (p *numParser) gluedUnit(q *qty, j int) int {
	if a := ageSuffix(p.low(j + 1)); a != "" {
		q.unit, q.kind = "age_"+a, "age"
		return j + 2
	}
	unit, n := p.unitPhrase(j + 1)
	switch {
	case n == 1 && (unit.class == "pct" || unit.class == "measure"):
		q.unit, q.kind = unit.unit, unit.kind
		return j + 2
	case n == 1 && unit.class == "word" && !q.vague:
		// "its one-yen bid", "a 12-cent dividend": money glued to a noun.
		q.unit, q.money = unit.unit, true
		if major, div := minorUnit(q.unit); div != 1 {
			q.unit, q.value = major, q.value/div
		}
		return j + 2
	}
	return j
}

// unitWords reads a unit written in words after a number that has no
// currency yet: "40 percent", "2.5 billion dollars", "billions of
// dollars", "40 cents", "500 pounds of supplies" (a weight), "150 million
// $".
func (p *numParser) unitWords(q *qty, j int) int {
	k := j
	if q.vague && p.low(k) == "of" {
		k++ // "billions of dollars"
	}
	// A singular "point" is a unit only when glued: "the 8,000-point
	// level", but "at one point".
	unit, n := p.unitPhrase(k)
	if n == 0 || p.low(k) == "point" || k != j && p.unitClass(k, n) != "word" {
		if k == j && !q.money {
			if end := p.unitMark(q, j); end > j {
				return end
			}
		}
		if u := p.at(j); u.kind == pCur && !startsQuantity(p.at(j+1)) {
			q.unit, q.money = u.unit, true // "150 million $"
			return j + 1
		}
		return j
	}
	q.unit, q.money = unit.unit, unit.class == "word" || unit.class == "code"
	if major, div := minorUnit(q.unit); div != 1 {
		// "40 cents" is 0.4 USD, "25 sen" 0.25 MYR.
		q.unit, q.value = major, q.value/div
	}
	q.kind = unit.kind
	if unit.unit == "GBP" && strings.HasPrefix(p.low(k), "pound") && (p.low(k+n) == "of" || p.weighs(q.first) || p.massSentence(k)) {
		q.unit, q.money = "lb", false // "500 pounds of medical supplies" is a weight
	}
	j = k + n
	if sc := p.at(j); q.money && sc.kind == pScale && q.scale == 1 {
		q.value *= sc.value // "75 USD million"
		q.scale = sc.value
		j++
	}
	return j
}

// unitMark reads a unit the lexicon has no phrase for at piece j: a
// rate written with a slash ("50 centimeters/millisecond", "50 km/ms":
// the unit over its denominator), and the inch and foot marks written
// apart before a word of extent ("10 \" long", "6 ' tall"), where a
// closing quotation mark stands nowhere.
func (p *numParser) unitMark(q *qty, j int) int {
	pc := p.at(j)
	if a, b, ok := strings.Cut(pc.text, "/"); ok && a != "" && b != "" {
		num, ok1 := lexiconUnit(a, false)
		den, ok2 := lexiconUnit(b, false)
		if ok1 && ok2 && num.class == "measure" && den.class == "measure" {
			q.unit, q.kind, q.per = num.unit, num.kind, den.unit
			return j + 1
		}
		return j
	}
	if mark := primeMarks[pc.text]; mark != "" && extentWords[p.low(j+1)] {
		q.unit, q.kind = mark, "length"
		return j + 1
	}
	return j
}

// primeMarks are the inch and foot marks typed as quotation marks.
var primeMarks = map[string]string{"\"": "in", "'": "ft", "''": "in"}

// extentWords say what a length measures: "10 \" long".
var extentWords = map[string]bool{"long": true, "wide": true, "tall": true, "high": true, "thick": true,
	"deep": true, "across": true, "diameter": true}

func isOpenBracket(s string) bool { return s == "(" || s == "[" || s == "{" || s == "<" }

// closes reports whether piece i closes the bracket open.
func (p *numParser) closes(i int, open string) bool {
	return p.at(i).text == map[string]string{"(": ")", "[": "]", "{": "}", "<": ">"}[open]
}

// bracketedToken reports whether a token is a measure unit in brackets:
// "{kg}", "<kg>".
func (p *numParser) bracketedToken(u *piece) bool {
	last := u.text[len(u.text)-1:]
	if last != map[string]string{"(": ")", "[": "]", "{": "}", "<": ">"}[u.text[:1]] {
		return false
	}
	unit, ok := lexiconUnit(u.text[1:len(u.text)-1], false)
	return ok && unit.class == "measure"
}

// bracketedUnit reports whether piece i is a measure unit.
func (p *numParser) bracketedUnit(i int) bool {
	u, ok := p.unit(i, 1)
	return ok && u.class == "measure"
}

// millionCode reads "MUSD", "MEUR": M and an ISO code the hand list knows.
func millionCode(s string) string {
	if len(s) != 4 || s[0] != 'M' {
		return ""
	}
	u, ok := numbersLexicon().symUnits[s[1:]]
	if !ok || u.class != "code" {
		return ""
	}
	return u.unit
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
	if p.lx.unitFirst.May(p.low(i)) {
		if n == 1 {
			if u, ok := p.lx.units[p.low(i)]; ok {
				return u, true
			}
		} else {
			p.key = p.key[:0]
			for k := range n {
				if k > 0 {
					p.key = append(p.key, ' ')
				}
				p.key = append(p.key, p.low(i+k)...)
			}
			if u, ok := p.lx.units[string(p.key)]; ok {
				return u, true
			}
		}
	}
	if n == 1 {
		return lexiconUnit(p.at(i).text, p.at(i).glued)
	}
	if !units.StartsPhrase(p.low(i)) {
		return numUnit{}, false
	}
	p.key = p.key[:0]
	for k := range n {
		if k > 0 {
			p.key = append(p.key, ' ')
		}
		p.key = append(p.key, p.at(i+k).text...)
	}
	ascii := true
	for _, b := range p.key {
		ascii = ascii && b < utf8.RuneSelf
	}
	return firstReading(units.LookupBytes(p.key), ascii, false)
}

// unitClass is the class of the unit named by the n pieces from i.
func (p *numParser) unitClass(i, n int) string {
	u, _ := p.unit(i, n)
	return u.class
}

// unitPhrase matches the longest unit name at piece i.
func (p *numParser) unitPhrase(i int) (numUnit, int) {
	// A unit of several words starts with a first word of one (the hand
	// list's or the lexicon's); a piece holding a space is tried in full.
	w := p.low(i)
	multi := p.lx.phraseFirst[w] || units.StartsPhrase(w) || strings.IndexByte(w, ' ') >= 0
	for n := p.lx.maxUnitWords; n >= 1; n-- {
		if i+n > len(p.ps) || n > 1 && !multi {
			continue
		}
		if u, ok := p.unit(i, n); ok {
			// A unit written as one letter apart from the number is a unit
			// only before no noun and no "of": "12 m long", "1 m x 1 m",
			// but "1.5 m people" (million), "3 m of them".
			if n == 1 && len(p.low(i)) == 1 && p.low(i) != "%" && u.class == "measure" {
				if nx := p.at(i + 1); i+1 < len(p.ps) && (strings.HasPrefix(nx.tag, "NN") || nx.low == "of" || nx.kind == pOther && nx.tag == "") || p.low(i) != "m" {
					return numUnit{}, 0
				}
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
	if v, scale, end, ok := p.wordIdiom(i); ok {
		return v, scale, end, true
	}
	k := i
	w := wordSum{scale: 1}
	if (p.low(k) == "a" || p.low(k) == "an") && p.at(k+1).kind == pScale {
		w.cur, w.any = 1, true
		k++
	}
	for k < len(p.ps) {
		next, goOn := w.step(p, k)
		k = next
		if !goOn {
			break
		}
	}
	if !w.any {
		return 0, 0, i, false
	}
	return w.total + w.cur, w.scale, k, true
}

// wordIdiom reads the fixed forms of a number in words: "a half million",
// "a quarter million", "half a million", "half a percent", "a half dozen".
func (p *numParser) wordIdiom(k int) (float64, float64, int, bool) {
	j := k
	if p.low(j) == "a" || p.low(j) == "an" {
		j++
	}
	if n := p.at(j + 1); n.kind == pScale && n.value >= 100 {
		if v, ok := scaleFractions[p.low(j)]; ok {
			return v * n.value, n.value, j + 2, true
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
	return 0, 0, k, false
}

// wordSum adds up a number in words as it is read: total holds the
// thousands and above, cur the part below, scale the product of the scale
// words.
type wordSum struct {
	total, cur, scale   float64
	any                 bool
	lastTens, lastScale bool
}

// step takes piece k and returns the next piece and whether the number
// goes on.
func (w *wordSum) step(p *numParser, k int) (int, bool) {
	pc := p.at(k)
	switch {
	case pc.kind == pWord:
		if w.any && !w.lastScale && !(w.lastTens && pc.value < 10) {
			return k, false
		}
		w.cur += pc.value
		w.lastTens = pc.value >= 20 && pc.value < 100 && int(pc.value)%10 == 0
		w.lastScale, w.any = false, true
	case pc.kind == pScale && w.any && !pc.glued:
		w.addScale(pc.value)
	case pc.low == "and" && w.lastScale && p.at(k+1).kind == pWord && p.at(k+1).value < 100:
		// "one hundred and five"
	case pc.low == "point" && !w.lastScale && w.any && p.at(k+1).kind == pWord && p.at(k+1).value < 10:
		// "one point six billion"
		div := 1.0
		for k++; p.at(k).kind == pWord && p.at(k).value < 10; k++ {
			div *= 10
			w.cur += p.at(k).value / div
		}
		return w.trailingScales(p, k), false
	case pc.low == "and" && !w.lastScale && w.cur > 0 && p.andHalf(k):
		// "two and a half million", "two and a half years"
		w.cur += 0.5
		return w.trailingScales(p, k+3), false
	default:
		return k, false
	}
	return k + 1, true
}

// addScale applies a scale word: "hundred" multiplies the part below a
// thousand, "million" closes it into the total, and "three lakh crore" is
// a scale of a scale.
func (w *wordSum) addScale(v float64) {
	if w.cur == 0 {
		w.cur = 1
	}
	w.scale *= v
	switch {
	case w.cur == 1 && w.lastScale && w.total > 0 && w.total < v:
		w.total *= v
		w.cur = 0
	case v < 1000:
		w.cur *= v
	default:
		w.total += w.cur * v
		w.cur = 0
	}
	w.lastScale, w.lastTens = true, false
}

// trailingScales applies the scale words after a decimal or a half: "one
// point six billion".
func (w *wordSum) trailingScales(p *numParser, k int) int {
	for p.at(k).kind == pScale && !p.at(k).glued {
		w.scale *= p.at(k).value
		w.cur *= p.at(k).value
		k++
	}
	return k
}

// massSentence reports whether the sentence names another unit of mass
// than the "pounds" at piece k: "a metric ton is equal to 2,204.62
// pounds" converts weights, not money.
func (p *numParser) massSentence(k int) bool {
	for i := range p.ps {
		if i == k || p.ps[i].kind != pOther || p.ps[i].low == "pound" || p.ps[i].low == "pounds" {
			continue
		}
		if u, ok := lexiconUnit(p.ps[i].text, false); ok && u.kind == "mass" && len(p.ps[i].text) > 2 {
			return true
		}
	}
	return false
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

// finish reads what follows the number (a qualifier after it, the counted
// noun) and decides whether it is a quantity at all.
func (p *numParser) finish(c *numCand) {
	p.postQualifier(c)
	if p.ratio(c) {
		return
	}
	p.compound(c)
	c.npFirst, c.nounFirst, c.npEnd = c.last, c.last, c.last
	p.classify(c)
	if c.skip {
		return
	}
	if c.x.unit == "" || c.x.unit == "fraction" || c.x.kind == "age" && !c.aged {
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

// postQualifier reads a qualifier after the number: "30 or more", "30+",
// "30-odd".
func (p *numParser) postQualifier(c *numCand) {
	if c.qualifier != "exact" {
		return
	}
	if q, n := p.phrase(c.last, p.lx.post); n > 0 && !c.x.ordinal {
		c.qualifier, c.last = q, c.last+n
	} else if p.at(c.last).kind == pPlus {
		c.qualifier, c.last = "at_least", c.last+1
	} else if p.at(c.last).kind == pDash && p.low(c.last+1) == "odd" {
		c.qualifier, c.last = "about", c.last+2
	}
}

// ratio drops a ratio: "one in five voters", "1 in 4 children". Neither
// number counts.
func (p *numParser) ratio(c *numCand) bool {
	y := p.at(c.last + 1)
	if p.low(c.last) != "in" || c.x.unit != "" || c.qualifier == "range" ||
		y.kind != pWord && y.kind != pNum || c.x.value >= y.value || isYear(*y) || y.dec {
		return false
	}
	yq, ok := p.quantity(c.last + 1)
	if !ok || yq.unit != "" {
		return false
	}
	c.last, c.skip = yq.end, true
	return true
}
