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

// String is the tense as facts.Date.Tense names it.
func (t tense) String() string {
	switch t {
	case tensePast:
		return "past"
	case tensePresent:
		return "present"
	case tenseFuture:
		return "future"
	}
	return ""
}

// tense looks outwards from the expression for the nearest verb that marks
// tense, alternating left and right so that in "told a news conference on
// Tuesday" the verb of the expression's own clause wins over a distant one.
func (m *match) tense() tense {
	if m.tenseDone {
		return m.tenseVal
	}
	m.tenseDone = true
	toks := m.x.toks
	first, last := m.tokenRange()
	if first < 0 {
		return tenseNone
	}
	// A cue word just before the expression, past a preposition or two.
	for j, skipped := first-1, 0; j >= 0 && skipped <= 2; j-- {
		w := strings.ToLower(toks[j].Text)
		if lex().futureCues[w] {
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
		if lex().pastCues[w] {
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

// maxTenseReach bounds how far verbTense looks from the expression, in
// tokens each way: a verb further off belongs to another clause, and
// without a bound a long sentence with many dates and no verb (a table, a
// list) costs the square of its length.
const maxTenseReach = 128

// verbTense is the tense of the nearest tense-marking verb around tokens
// first..last, within maxTenseReach.
func (m *match) verbTense(first, last int) tense {
	return nearestTense(m.x.toks, first, last)
}

// nearestTense is the tense of the nearest tense-marking verb around
// tokens first..last of a sentence, alternating left and right, passing
// over a reporting verb whose clause the expression is not in.
func nearestTense(toks []doc.Token, first, last int) tense {
	// floor is the first token of the reported clause the expression is
	// in, once its reporting verb is passed: what comes before ("Merieux,
	// which holds a stake, said that at the close of business Thursday
	// ... shares had been tendered") is another clause.
	floor := 0
	// later is the tense of the nearest verb after the expression in
	// another clause ("told voters on Sunday that he would"), which counts
	// only when nothing before the expression marks tense (a fronted
	// adverbial: "On Sunday, he told voters").
	later := tenseNone
	for d := 1; d < min(len(toks), maxTenseReach); d++ {
		for _, i := range [2]int{first - d, last + d} {
			if i < floor || i >= len(toks) {
				continue
			}
			if i > last && later == tenseNone && clauseBetween(toks, last, i) {
				later = verbTense(toks, i)
				if later != tenseNone {
					continue
				}
			}
			if i > last && later != tenseNone {
				continue
			}
			if i < first && strings.HasPrefix(toks[i].Tag, "VB") && infinitive(toks, i) && !planned(toks, i) {
				// "subpoenaed him to testify before the committee on
				// Feb. 10": the date is the infinitive's, whose time
				// the governing verb does not fix; the nearest such day.
				return tensePresent
			}
			// A reporting verb tells when something was said; it does
			// not date an expression inside the reported clause ("said
			// that the vote will be on Friday", "... in early March, an
			// official said").
			if d > 2 && lex().reportingVerbs[strings.ToLower(toks[i].Text)] && reportedClause(toks, i, first, last) {
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
	return later
}

// verbTense reads the tense marked by token i and its auxiliaries;
// tenseNone means token i settles nothing and the search goes on.
func verbTense(toks []doc.Token, i int) tense {
	switch toks[i].Tag {
	case "MD":
		return modalTense(strings.ToLower(toks[i].Text))
	case "VBD":
		return tensePast
	case "VBN", "VBG", "VB":
		// The auxiliaries before the verb decide: "will be held", "has
		// said", "was meeting", "is going to", "plans to meet".
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if t, ok := auxiliaryTense(toks, i, j); ok {
				return t
			}
		}
		return unaidedTense(toks, i)
	case "VBZ", "VBP":
		if i+1 < len(toks) {
			n := strings.ToLower(toks[i+1].Text)
			if lex().futureParticiples[n] || n == "going" {
				return tenseFuture
			}
		}
		return tensePresent
	}
	return tenseNone
}

// modalTense is the tense a modal marks: "could be located Wednesday":
// can, could, may, must say nothing of time.
func modalTense(w string) tense {
	switch w {
	case "will", "'ll", "shall", "wo", "would", "'d":
		return tenseFuture
	}
	return tenseNone
}

// auxiliaryTense reads the word at token j before the verb at token i; ok
// is false when that word decides nothing and the next one back is read.
func auxiliaryTense(toks []doc.Token, i, j int) (tense, bool) {
	a := strings.ToLower(toks[j].Text)
	switch {
	case toks[j].Tag == "MD":
		return verbTense(toks, j), true
	case a == "to":
		return planTense(toks, j), true
	case a == "has" || a == "have" || a == "had" || a == "was" || a == "were" || a == "did":
		if futureParticiple(toks, i) && a != "had" && a != "did" {
			return tenseFuture, true
		}
		return tensePast, true
	case a == "be" || a == "been" || a == "being":
		// "will be held", "has been killed": the auxiliary before
		// decides.
		return tenseNone, false
	case a == "is" || a == "are" || a == "am" || a == "'s" && toks[j].Tag != "POS" || a == "'re":
		if toks[i].Tag == "VBG" || futureParticiple(toks, i) {
			// "is meeting on Friday" speaks of a planned event.
			return tenseFuture, true
		}
		return tensePresent, true
	}
	return tenseNone, false
}

// planTense reads the "to" at token j: after a verb of planning it marks
// the future ("plans to meet").
func planTense(toks []doc.Token, j int) tense {
	if j > 0 && lex().planVerbs[strings.ToLower(toks[j-1].Text)] {
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
}

// unaidedTense is the tense of a participle or bare verb with no auxiliary
// before it.
func unaidedTense(toks []doc.Token, i int) tense {
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
	if !lex().futureParticiples[w] {
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

// tokenRange is the first and last token of the expression, or -1, -1.
// Tokens are in text order, so a binary search finds the first: every
// date of a sentence looks its tokens up, and a scan would make a
// sentence full of dates quadratic.
func (m *match) tokenRange() (first, last int) {
	return tokenRange(m.x.toks, m.x.s.Start+m.start, m.x.s.Start+m.end)
}

// notAdverbialBefore are the words before an expression that make it the
// end point of a change or a term rather than the time of the clause's
// event: "extended to Nov. 20", "open until Friday", "of record Nov. 22",
// "debentures due 2007", "payable Dec. 7".
// "Held the Saturday before Christmas", "ahead of Friday's vote": the event
// precedes the date, which may well lie after the article.
var notAdverbialBefore = &lazyMap[string, bool]{build: func() map[string]bool {
	return map[string]bool{"to": true, "until": true, "till": true, "through": true,
		"by": true, "record": true, "due": true, "payable": true, "effective": true, "expiring": true, "maturing": true,
		"before": true, "ahead": true, "of": true}
}}

// clauseTense is the tense of the clause's verb when the expression dates
// that verb's event, as an adverbial ("were held on June 5", "met
// Friday"), and tenseNone when it does not: when it names the time of a
// thing ("the Jan. 14 deadline", "his 1990 forecast", "1990 earnings", "set
// Nov. 10 as the deadline"), ends a change or a term (see
// notAdverbialBefore), or fixes its own direction (a deictic rule: "next
// year", "two days ago"). This is the reading facts.Date.Tense carries to
// the date-after-article check.
func (m *match) clauseTense() tense {
	if m.r.deictic {
		return tenseNone
	}
	toks := m.x.toks
	first, last := m.tokenRange()
	if first < 0 {
		return tenseNone
	}
	if first > 0 {
		p := toks[first-1]
		switch p.Tag {
		case "DT", "PRP$", "POS", "JJ", "CD", "NN", "NNS", "NNP", "NNPS":
			// "the Jan. 14 deadline", "the Iowa caucuses Feb. 1", "A
			// Very Clinton Christmas": the time of a thing, or a name.
			return tenseNone
		}
		if notAdverbialBefore.get()[strings.ToLower(p.Text)] {
			return tenseNone
		}
	}
	if last+1 < len(toks) {
		n := toks[last+1]
		switch {
		case n.Tag == "NN" || n.Tag == "NNS" || strings.EqualFold(n.Text, "as"):
			return tenseNone
		case n.Tag == "NNP" && m.r.year:
			// "1990 BellSouth earnings"
			return tenseNone
		}
	}
	// The verb an adverbial dates is the nearest one before it ("were held
	// on June 5"), within adverbialReach; only a fronted adverbial ("On
	// June 5, troops left") dates the verb after it.
	for i := first - 1; i >= 0 && i >= first-1-adverbialReach; i-- {
		if strings.HasPrefix(toks[i].Tag, "VB") && infinitive(toks, i) {
			// "subpoenaed him to testify on Feb. 10", "guidelines to be
			// published in early November": the infinitive's event
			// comes after the verb that governs it.
			return tenseFuture
		}
		t := verbTense(toks, i)
		if t == tenseNone {
			continue
		}
		for j := i; j < first; j++ {
			if futureParticiple(toks, j) {
				// "had been talking about the slated visit ... in
				// September": the date is the planned thing's.
				return tenseFuture
			}
		}
		if t == tensePast && presentPerfectBefore(toks, first) {
			// "has invited them to a ceremony on March 12": the
			// perfect speaks of now, the date of what it leads to.
			return tensePresent
		}
		return t
	}
	for _, t := range toks[:first] {
		if t.Tag != "IN" && t.Tag != "DT" && t.Tag != "RB" && t.Tag != "``" && t.Tag != "," {
			// Neither near its verb nor fronted: most likely the date
			// of a noun between ("told companies of a cutback in its oil
			// supply in September").
			return tenseNone
		}
	}
	return m.tense()
}

// adverbialReach is how many tokens may stand between a verb and the
// adverbial that dates it ("said in an editorial on Monday, Oct. 26");
// further away the date mostly belongs to a noun in between.
const adverbialReach = 6

// planned reports an infinitive after a plan verb ("plans to meet"), which
// verbTense reads as the future.
func planned(toks []doc.Token, i int) bool {
	for j := i - 1; j > 0 && j >= i-3; j-- {
		if strings.EqualFold(toks[j].Text, "to") {
			return lex().planVerbs[strings.ToLower(toks[j-1].Text)]
		}
	}
	return false
}

// infinitive reports that the verb at token i is an infinitive: "to" before
// it, past "be" and adverbs ("to testify", "to be published").
func infinitive(toks []doc.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch w := strings.ToLower(toks[j].Text); {
		case w == "to":
			return toks[i].Tag == "VB" || j < i-1
		case w == "be" || toks[j].Tag == "RB":
			continue
		}
		return false
	}
	return false
}
