package numbers

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/extract/words"
)

// What a number counts: the noun after it ("19 Hungarian soldiers",
// "hundreds of troops").

// quantityWords are dropped from the front of a counted phrase: "hundreds of
// more troops" counts troops.
var quantityWords = map[string]bool{"more": true, "other": true, "such": true, "further": true}

var ofDeterminers = map[string]bool{"the": true, "these": true, "those": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "my": true, "your": true, "all": true}

// countedNoun finds the noun phrase after the number: modifiers, then a
// run of nouns up to the head. A plural noun ends the phrase ("19 Hungarian
// soldiers"); singular nouns may pile up as a compound ("two bomb attacks").
func (p *numParser) countedNoun(c *numCand) {
	k, glued := p.phraseStart(c)
	c.npFirst, c.npEnd = k, k
	if glued {
		// "an 18-hole golf course", "the 30-yard line", "a 4-cylinder
		// engine": the number measures the word glued to it.
		c.head, c.nounFirst, c.npEnd, c.modEnd = k, k, k+1, k
		return
	}
	if d := p.at(k); d.kind == pDecade && !(d.digits == 4 && d.value >= 1000 && d.value <= 2100) && d.digits != 2 {
		// "18 777s": a plural model name is the counted noun, and the
		// number "777" a name in this article.
		c.head, c.nounFirst, c.npEnd, c.modEnd = k, k, k+1, k
		p.names[strings.TrimSuffix(d.text, "s")] = true
		return
	}
	lastWasName := false
	for n := 0; k < len(p.ps) && n < 6; k, n = k+1, n+1 {
		if !p.nounStep(c, k, &lastWasName) {
			break
		}
	}
	p.settleCounted(c)
}

// phraseStart returns the first piece of the counted phrase: after "of",
// its determiner, a possessor and numbers ("one of the three countries"),
// after the determiner of a proportion ("half the country"), and past the
// quantity words ("hundreds of more troops"). glued is set for a singular
// noun glued to the number by a dash.
func (p *numParser) phraseStart(c *numCand) (int, bool) {
	k := c.last
	switch {
	case p.low(k) == "of":
		k++
		if ofDeterminers[p.low(k)] {
			k++
		}
		k = p.skipPossessor(k)
		for p.at(k).kind == pWord || p.at(k).kind == pNum {
			k++
		}
		c.of = true
	case c.x.unit == "fraction" && ofDeterminers[p.low(k)]:
		k++
	case p.at(k).kind == pDash && p.at(k).glued:
		k++
		if w := p.at(k); w.kind == pOther && words.IsWord(w.text) && !strings.Contains(w.low, "-") &&
			!gluedAdjectives[w.low] && !strings.HasSuffix(w.low, "s") {
			return k, true
		}
	}
	for quantityWords[p.low(k)] && k < len(p.ps)-1 {
		k++
	}
	return k, false
}

// nounStep takes piece k into the counted phrase and reports whether the
// phrase goes on.
func (p *numParser) nounStep(c *numCand, k int, lastWasName *bool) bool {
	pc := p.at(k)
	if pc.kind != pOther {
		return p.modelInPhrase(c, k, *lastWasName)
	}
	if cx := p.context(k); cx == "weekday" || cx == "month" && isCapitalised(pc.text) {
		return false // "443.6 million Thursday"
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
		// "human rights activists", "arms dealers" go on.
		n := p.at(k + 1)
		return n.kind == pOther && n.tag == "NNS" && !isCapitalised(n.text)
	case "NN", "NNP":
		if c.head >= 0 && isCapitalised(pc.text) && !isCapitalised(p.at(c.head).text) {
			return false // "one senior official Monday"
		}
		if c.head < 0 {
			c.nounFirst = k
		}
		c.head, c.npEnd = k, k+1
		*lastWasName = pc.tag == "NNP" && hasUpper(pc.text)
		return true
	case "JJ", "JJR", "JJS", "VBN", "VBG":
		if c.head >= 0 && !*lastWasName {
			return false // an adjective after a proper noun goes on: "Octel common shares"
		}
		c.npEnd = k + 1
		return true
	}
	return false
}

// modelInPhrase takes a model number inside the counted phrase ("Boeing
// 787 Dreamliner aircraft", "five Boeing 737s") and reports whether the
// phrase goes on.
func (p *numParser) modelInPhrase(c *numCand, k int, lastWasName bool) bool {
	pc, n := p.at(k), p.at(k+1)
	if !(lastWasName || p.names[pc.text]) || !(pc.kind == pDecade ||
		(pc.kind == pCode || pc.kind == pNum) && n.kind == pOther && strings.HasPrefix(n.tag, "NN")) {
		return false
	}
	c.npEnd = k + 1
	p.names[strings.TrimSuffix(pc.text, "s")] = true
	if pc.kind == pDecade {
		c.head = k // a plural model is the head
		return false
	}
	return true
}

// settleCounted ends the counted phrase: an adjective after "of" when no
// noun came ("30 of the injured"); nothing for a level ("the 5000 mark")
// or a time anchored by a determiner ("rose 15,000 last week").
func (p *numParser) settleCounted(c *numCand) {
	if c.head < 0 {
		c.nounFirst = c.npEnd
		if c.of && c.npEnd > c.npFirst {
			c.head, c.nounFirst = c.npEnd-1, c.npFirst
		}
	}
	if c.head >= 0 && levelNouns[p.low(c.head)] {
		c.head, c.nounFirst, c.npEnd = -1, c.npFirst, c.npFirst
	}
	if c.head >= 0 && p.context(c.head) == "timeunit" && p.temporalDeterminer(c) {
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
