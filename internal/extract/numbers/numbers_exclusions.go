package numbers

import (
	"strings"
	"unicode"

	"github.com/newsfacts/newsfacts/internal/extract/words"
)

// Exclusions: numbers that are no quantities (years, names and codes,
// ordinals, idioms, parts of dates).

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
		return !p.keepOrdinals || !p.ordinalNumber(c)
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
