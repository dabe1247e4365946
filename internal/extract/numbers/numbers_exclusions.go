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

// yearDeterminers come before a year used as a modifier ("the 2024
// elections", "its 2019 polls"); a count of a thousand or more is written
// with a separator ("the 1,500 soldiers").
var yearDeterminers = map[string]bool{"the": true, "'s": true, "its": true, "their": true,
	"this": true, "that": true, "last": true, "next": true, "his": true, "her": true, "our": true}

// yearPrepositions introduce a year: "in 2008", "since 1999".
var yearPrepositions = map[string]bool{"in": true, "since": true, "by": true, "until": true,
	"till": true, "of": true, "from": true, "before": true, "after": true, "during": true,
	"early": true, "late": true, "mid": true, "through": true, "fiscal": true, "around": true}

// nameRule reports whether a number is part of a name or model.
func (p *numParser) nameRule(c *numCand, prev, next *piece, plural bool) bool {
	if p.isShouting() {
		return false
	}
	titleCount := plural && isCapitalised(p.at(c.head).text)
	return p.afterCapitalised(c, prev, titleCount) || p.modelNumber(c, prev, next, plural) ||
		p.capitalisedNumberWord(c, prev, next, titleCount)
}

// afterCapitalised: a capitalised word before a bare number makes it part
// of a name ("Section 12", "FTSE 100"), unless a capitalised plural follows
// as in a title-case headline ("NATO Sends 700 Troops").
func (p *numParser) afterCapitalised(c *numCand, prev *piece, titleCount bool) bool {
	x := c.x
	return (x.bare || x.words) && prev.kind == pOther && hasUpper(prev.text) && words.IsWord(prev.text) &&
		(c.first > 1 || strings.HasPrefix(prev.tag, "NN") || prev.tag == "VBG") && !p.isMonth(c.first-1) &&
		p.context(c.first-1) != "weekday" && !titleCount
}

// modelNumber: "Boeing's 747", "Standard & Poor's 500"; three or more
// digits without a separator before a singular noun or a name ("the 737
// replacement", "the 787 Dreamliner"): a count of 100 or more takes a
// plural.
func (p *numParser) modelNumber(c *numCand, prev, next *piece, plural bool) bool {
	x := c.x
	if x.bare && prev.low == "'s" && hasUpper(p.at(c.first-2).text) && !plural {
		return true
	}
	if !x.bare || x.num.dec || x.num.digits < 3 || x.num.sep || x.value < 100 {
		return false
	}
	return next.tag == "NN" && !invariantPlurals[next.low] && !levelNouns[next.low] ||
		next.tag == "NNP" && isCapitalised(next.text) && !plural
}

// capitalisedNumberWord: "Three Gorges Dam" mid-sentence; "Group of
// Seven", "Formula One": a capitalised number word inside a sentence that
// counts nothing.
func (p *numParser) capitalisedNumberWord(c *numCand, prev, next *piece, titleCount bool) bool {
	if !c.x.words || c.first == 0 || !isCapitalised(p.at(c.first).text) {
		return false
	}
	return next.tag == "NNP" && isCapitalised(next.text) && !titleCount ||
		c.head < 0 && !isQuoteOrBracket(prev.text)
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

// isMonth reports whether piece i is a capitalised month name; "May." at
// the end of a sentence is one token.
func (p *numParser) isMonth(i int) bool {
	pc := p.at(i)
	return isCapitalised(pc.text) && (p.lx.context[pc.low] == "month" ||
		p.lx.context[strings.TrimSuffix(pc.low, ".")] == "month")
}
