package numbers

import "strings"

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
