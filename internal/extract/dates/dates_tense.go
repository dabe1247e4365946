package dates

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// tense is the time of the clause around an expression, which decides
// whether "on Tuesday" or "in March" is the last one or the next one.
type tense int

const (
	tenseNone tense = iota
	tensePast
	tensePresent
	tenseFuture
)

// Words right before an expression that settle its direction whatever the
// verb: "payable Dec. 15", "effective Feb. 1", "planned for early March",
// "since Jan. 13".
var (
	futureCues = dateWords["future-cues"]
	pastCues   = dateWords["past-cues"]
	// Verbs whose infinitive complement lies ahead: "plans to meet Friday".
	planVerbs      = dateWords["plan-verbs"]
	reportingVerbs = dateWords["reporting-verbs"]
	// Passive participles that speak of what lies ahead: "is expected in December".
	futureParticiples = dateWords["future-participles"]
)

// tense looks outwards from the expression for the nearest verb that marks
// tense, alternating left and right so that in "told a news conference on
// Tuesday" the verb of the expression's own clause wins over a distant one.
func (m *match) tense() tense {
	if m.tenseDone {
		return m.tenseVal
	}
	m.tenseDone = true
	toks := m.x.toks
	first, last := -1, -1
	st, en := m.x.s.Start+m.start, m.x.s.Start+m.end
	for i, t := range toks {
		if t.End > st && t.Start < en {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return tenseNone
	}
	// A cue word just before the expression, past a preposition or two.
	for j, skipped := first-1, 0; j >= 0 && skipped <= 2; j-- {
		w := strings.ToLower(toks[j].Text)
		if futureCues[w] {
			m.tenseVal = tenseFuture
			return m.tenseVal
		}
		if w == "until" || w == "till" || w == "by" {
			// "closed until Friday", "done by May" look ahead; in a
			// past clause the end point may have passed ("Iraq had until
			// noon Saturday") or not ("ordered him to stay until March
			// 6"): the nearest such day.
			// The verb the phrase hangs on is the one before it: in
			// "will double its flights by August in the search for
			// markets untouched by the crisis" it is "will double".
			m.tenseVal = tenseFuture
			if leftVerbTense(toks, first) == tensePast {
				m.tenseVal = tensePresent
			}
			return m.tenseVal
		}
		if w == "through" && toks[first].Tag == "NNP" {
			// "through January" ends a span: in a past clause it has
			// passed ("stayed through January"); in the present perfect
			// ("has extended loans through January") it is the nearest
			// such month; else ahead.
			switch leftVerbTense(toks, first) {
			case tensePast:
				m.tenseVal = tensePast
				if presentPerfectBefore(toks, first) {
					m.tenseVal = tensePresent
				}
			case tenseFuture, tensePresent:
				m.tenseVal = tenseFuture
			default:
				m.tenseVal = tenseNone
			}
			return m.tenseVal
		}
		if pastCues[w] {
			m.tenseVal = tensePast
			return m.tenseVal
		}
		if toks[j].Tag != "IN" && toks[j].Tag != "DT" && toks[j].Tag != "TO" && toks[j].Tag != "JJ" {
			break
		}
		skipped++
	}
	m.tenseVal = m.verbTense(first, last)
	return m.tenseVal
}

// verbTense is the tense of the nearest tense-marking verb around tokens
// first..last.
func (m *match) verbTense(first, last int) tense {
	toks := m.x.toks
	// floor is the first token of the reported clause the expression is
	// in, once its reporting verb is passed: what comes before ("Merieux,
	// which holds a stake, said that at the close of business Thursday
	// ... shares had been tendered") is another clause.
	floor := 0
	for d := 1; d < len(toks); d++ {
		for _, i := range [2]int{first - d, last + d} {
			if i < floor || i >= len(toks) {
				continue
			}
			// A reporting verb tells when something was said; it does
			// not date an expression inside the reported clause ("said
			// that the vote will be on Friday", "... in early March, an
			// official said").
			if d > 2 && reportingVerbs[strings.ToLower(toks[i].Text)] && reportedClause(toks, i, first, last) {
				if i < first {
					floor = i + 1
				}
				continue
			}
			if t := verbTense(toks, i); t != tenseNone {
				return t
			}
		}
	}
	return tenseNone
}

// verbTense reads the tense marked by token i and its auxiliaries;
// tenseNone means token i settles nothing and the search goes on.
func verbTense(toks []doc.Token, i int) tense {
	w := strings.ToLower(toks[i].Text)
	switch toks[i].Tag {
	case "MD":
		switch w {
		case "will", "'ll", "shall", "wo", "would", "'d":
			return tenseFuture
		}
		// "could be located Wednesday": can, could, may, must say
		// nothing of time.
		return tenseNone
	case "VBD":
		return tensePast
	case "VBN", "VBG", "VB":
		// The auxiliaries before the verb decide: "will be held", "has
		// said", "was meeting", "is going to", "plans to meet".
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			a := strings.ToLower(toks[j].Text)
			switch {
			case toks[j].Tag == "MD":
				return verbTense(toks, j)
			case a == "to":
				if j > 0 && planVerbs[strings.ToLower(toks[j-1].Text)] {
					if pastPerfectBefore(toks, j-1) {
						// "had been scheduled to expire Friday": a plan
						// overtaken by events, its day the nearest one.
						return tensePresent
					}
					return tenseFuture
				}
				// A purpose clause ("fell on Friday to close at $20")
				// says nothing; look further.
				return tenseNone
			case a == "has" || a == "have" || a == "had" || a == "was" || a == "were" || a == "did":
				if futureParticiple(toks, i) && a != "had" && a != "did" {
					return tenseFuture
				}
				return tensePast
			case a == "be" || a == "been" || a == "being":
				// "will be held", "has been killed": the auxiliary before
				// decides.
				continue
			case a == "is" || a == "are" || a == "am" || a == "'s" && toks[j].Tag != "POS" || a == "'re":
				if toks[i].Tag == "VBG" || futureParticiple(toks, i) {
					// "is meeting on Friday" speaks of a planned event.
					return tenseFuture
				}
				return tensePresent
			}
		}
		switch toks[i].Tag {
		case "VBN":
			if futureParticiple(toks, i) {
				return tenseFuture
			}
			return tensePast
		case "VB":
			// A bare verb with no auxiliary is mostly a mis-tagged present.
			return tensePresent
		}
		return tenseNone
	case "VBZ", "VBP":
		if i+1 < len(toks) {
			n := strings.ToLower(toks[i+1].Text)
			if futureParticiples[n] || n == "going" {
				return tenseFuture
			}
		}
		return tensePresent
	}
	return tenseNone
}

// clauseBetween reports a clause boundary ("that", a comma, a quote) between
// token i and token j > i: "told reporters that the vote will be on Friday".
func clauseBetween(toks []doc.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "that", ",", "``", "\"", "“", ":":
			return true
		}
	}
	return false
}

// reportedClause reports whether the expression at tokens first..last lies
// in the clause reported by the reporting verb at token i: after "said
// that", or before ", an official said"; not when it opens the sentence
// as the reporting clause's own adverbial ("In September, it announced").
func reportedClause(toks []doc.Token, i, first, last int) bool {
	if i < first {
		return clauseBetween(toks, i, first)
	}
	if !clauseBetween(toks, last, i) {
		return false
	}
	for _, t := range toks[:first] {
		if t.Tag != "IN" && t.Tag != "DT" && t.Tag != "RB" && t.Tag != "``" {
			return true
		}
	}
	return false
}

// pastPerfectBefore reports "had" or "had been" right before token i.
func pastPerfectBefore(toks []doc.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "had", "'d":
			return true
		case "been", "previously", "originally", "initially", "also":
			continue
		}
		return false
	}
	return false
}

// leftVerbTense is the tense of the nearest tense-marking verb before token
// first, or, with none, of the nearest after it.
func leftVerbTense(toks []doc.Token, first int) tense {
	for i := first - 1; i >= 0; i-- {
		if t := verbTense(toks, i); t != tenseNone {
			return t
		}
	}
	for i := first + 1; i < len(toks); i++ {
		if t := verbTense(toks, i); t != tenseNone {
			return t
		}
	}
	return tenseNone
}

// futureParticiple reports a participle of what lies ahead: "scheduled",
// "expected"; "set" only as "set for" or "set to", since "a record set on
// Aug. 6" was set then.
func futureParticiple(toks []doc.Token, i int) bool {
	w := strings.ToLower(toks[i].Text)
	if !futureParticiples[w] {
		return false
	}
	if w == "set" {
		if i+1 >= len(toks) {
			return false
		}
		n := strings.ToLower(toks[i+1].Text)
		return n == "for" || n == "to"
	}
	return true
}

// presentPerfectBefore reports that the nearest verb before token first is
// a participle after "has" or "have": "has extended".
func presentPerfectBefore(toks []doc.Token, first int) bool {
	for i := first - 1; i >= 0; i-- {
		if !strings.HasPrefix(toks[i].Tag, "VB") && toks[i].Tag != "MD" {
			continue
		}
		if toks[i].Tag != "VBN" {
			return false
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			switch strings.ToLower(toks[j].Text) {
			case "has", "have", "'s", "'ve":
				return true
			case "been", "also", "already", "just", "now":
				continue
			}
			return false
		}
		return false
	}
	return false
}
