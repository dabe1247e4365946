package quotes

import (
	"strings"
	"unicode"
)

// beforeCue is the candidate token v that the reportedBefore rules read, in
// the sentence tokens [first, end), with its reporting verb if it is one.
type beforeCue struct {
	v, first, end int
	cv            quoteCue
	isCue         bool
}

// beforeVerdict says what a reportedBefore rule made of its token.
type beforeVerdict int

const (
	// tryNext: the rule does not apply; the next rule reads the token.
	tryNext beforeVerdict = iota
	// nextToken: the rule applies but finds no report; the next token.
	nextToken
	// settled: the rule decides the sentence; its item, even nil, is the
	// answer.
	settled
)

// reportedBeforeRules are the ways an attribution introduces its clause,
// tried in order on each token of the sentence.
var reportedBeforeRules = []struct {
	name string
	// narrow, when set, gives the sentence end for this token and the
	// later ones, before read runs.
	narrow func(qd *quoteDoc, c beforeCue) int
	read   func(qd *quoteDoc, c beforeCue) (*quoteItem, beforeVerdict)
}{
	// "according to X, CLAUSE".
	{"according-to", nil, (*quoteDoc).accordingToBefore},
	// "the senator's claim that CLAUSE".
	{"noun-cue", nil, (*quoteDoc).nounCueBefore},
	// "X asked whether CLAUSE".
	{"asked-question", nil, (*quoteDoc).askedBefore},
	// Neither a reporting verb nor one for reported speech: no report here.
	{"not-a-cue", nil, (*quoteDoc).notReportingCue},
	// "As The Atlantic recently noted, CLAUSE".
	{"as-X-noted", nil, (*quoteDoc).asNotedBefore},
	// "a statement saying that CLAUSE", "critics saying CLAUSE".
	{"participle", nil, (*quoteDoc).participleBefore},
	// "X said (that) CLAUSE", "X told reporters CLAUSE".
	{"finite-verb", (*quoteDoc).relativeClauseNarrow, (*quoteDoc).finiteBefore},
}

// reportedBefore finds an attribution that introduces the clause: "X said
// (that) CLAUSE" or "according to X, CLAUSE". Tokens [first, end) are the
// sentence without its final punctuation.
func (qd *quoteDoc) reportedBefore(first, end int) *quoteItem {
	if it := qd.nameColon(first, end); it != nil {
		return it
	}
	// A rule may narrow c.end for the tokens after it (finite-verb).
	// The rules take c by value: it stays on the stack.
	c := beforeCue{first: first, end: end}
	for c.v = first; c.v < c.end; c.v++ {
		c.cv, c.isCue = qd.cue(c.v)
		for _, rule := range reportedBeforeRules {
			if rule.narrow != nil {
				c.end = rule.narrow(qd, c)
			}
			it, verdict := rule.read(qd, c)
			if verdict == settled {
				return it
			}
			if verdict == nextToken {
				break
			}
		}
	}
	return nil
}

// accordingToBefore reads "according to X, CLAUSE" at the start of the
// sentence or after a comma or an adverb.
func (qd *quoteDoc) accordingToBefore(c beforeCue) (*quoteItem, beforeVerdict) {
	v, first, end := c.v, c.first, c.end
	if !qd.isAccordingTo(v, end) || !(v == first || qd.tok(v-1).Text == "," || qd.isWord(v-1) && qd.tok(v-1).Tag == "RB") {
		return nil, tryNext
	}
	m := qd.npAfter(v+2, end)
	if m.empty() {
		return nil, nextToken
	}
	if m.last < end && qd.tok(m.last).Text != "," && v == first {
		// The source carries a modifier up to the comma: "According
		// to a poll from Florida Atlantic University broadcast on
		// MSNBC, ...", "According to early results of exit polls
		// conducted for The Associated Press, ...".
		c := m.last
		for c < end && c < m.last+quoteAsideMax && qd.tok(c).Text != "," && !qd.finiteAt(c) {
			c++
		}
		if c < end && qd.tok(c).Text == "," {
			return qd.clauseItem(c+1, end, v, v+2, m), settled
		}
	}
	if m.last >= end || qd.tok(m.last).Text != "," {
		return nil, nextToken
	}
	// After a clause of its own, "according to X" closes it
	// ("Clinton broke it, according to Andrew McCarthy, who
	// prosecuted ..."): reportedAfter reads that.
	if qd.hasFiniteVerb(max(first, v-2*quoteAsideMax), v) || m.last+1 < end && quoteRelatives[qd.lower(m.last+1)] {
		return nil, nextToken
	}
	return qd.clauseItem(m.last+1, end, v, v+2, m), settled
}

// nounCueBefore reads a noun of speech with its "that" clause (nounCue).
func (qd *quoteDoc) nounCueBefore(c beforeCue) (*quoteItem, beforeVerdict) {
	if it := qd.nounCue(c.v, c.first, c.end); it != nil {
		return it, settled
	}
	return nil, tryNext
}

// askedBefore reads "X asked (Y) whether ..." (askedQuestion).
func (qd *quoteDoc) askedBefore(c beforeCue) (*quoteItem, beforeVerdict) {
	if !c.isCue || c.cv.lemma != "ask" {
		return nil, tryNext
	}
	if it := qd.askedQuestion(c.v, c.first, c.end); it != nil {
		return it, settled
	}
	return nil, tryNext
}

// notReportingCue ends the token's reading when it is no reporting verb,
// or one that introduces direct quotes only ("he asked").
func (qd *quoteDoc) notReportingCue(c beforeCue) (*quoteItem, beforeVerdict) {
	if !c.isCue || c.cv.direct {
		return nil, nextToken
	}
	return nil, tryNext
}

// participleBefore reads a participle of a reporting verb ("saying that
// ...") that is not part of a progressive ("Obama is telling donors that
// ...", read by finiteBefore as a finite verb).
func (qd *quoteDoc) participleBefore(c beforeCue) (*quoteItem, beforeVerdict) {
	v, first, end := c.v, c.first, c.end
	if !strings.HasSuffix(qd.lower(v), "ing") {
		return nil, tryNext
	}
	if b := qd.skipAdverbs(v-1, first); b >= first && quoteBeWords[qd.lower(b)] {
		return nil, tryNext
	}
	subj := qd.participleSpeaker(v, first)
	if subj.empty() || !qd.hasHead(subj) || v+1 >= end {
		return qd.thatClause(c, qd.fallbackSubject(v, first))
	}
	// "saying that ...", "saying in a tweet that ...", and
	// "saying" with a clause of its own ("911 calls saying shots
	// have been fired").
	r := qd.skipAdjuncts(qd.afterCue(v, c.cv), end)
	if r < end && qd.lower(r) == "that" {
		if it := qd.clauseItem(r+1, end, v, v+1, subj); it != nil {
			return it, settled
		}
		return nil, nextToken
	}
	if c.cv.object {
		// "telling USA TODAY he had nothing to do with it".
		r = qd.skipAdjuncts(qd.pastHearer(v, qd.afterCue(v, c.cv), end), end)
	}
	// Any reporting verb that may drop "that" takes a bare clause:
	// "..., arguing Trump's proposal could make the threat worse",
	// "..., claiming he was wasting time", "adding he intended to".
	if c.cv.needThat || r >= end || !(quoteClauseOpeners[qd.tok(r).Tag] || quoteContracted(qd.lower(r))) || !qd.clauseStarts(r, end) {
		return nil, nextToken
	}
	if it := qd.clauseItem(r, end, v, v+1, subj); it != nil {
		return it, settled
	}
	return nil, nextToken
}

// participleSpeaker finds who speaks through the participle at v: after a
// comma, a quote or a document noun, the sentence's subject ("dismissed the
// claim, saying that ..."); after a noun, that noun ("critics saying that
// ...").
func (qd *quoteDoc) participleSpeaker(v, first int) quoteMention {
	var subj quoteMention
	switch {
	case v > first && (qd.tok(v-1).Text == "," || qd.quoted[v-1] && !qd.isWord(v-1) || qd.afterDocumentNoun(v, first)):
		// "The town released a statement Wednesday saying ...":
		// the issuer speaks.
		subj = qd.participleSubject(v, first)
	case v > first && qd.isNoun(v-1):
		// Only the noun phrase itself: "in response to | critics".
		subj = qd.npBefore(v-1, first)
		for i := subj.last - 1; i > subj.first; i-- {
			if quoteNPPreps[qd.lower(i)] {
				subj.first = i + 1
				break
			}
		}
	}
	return subj
}

// finiteBefore reads a finite reporting verb with its subject before it and
// its clause after: "X said (that) CLAUSE", "X told reporters CLAUSE", "X
// was told by officials that CLAUSE".
func (qd *quoteDoc) finiteBefore(c beforeCue) (*quoteItem, beforeVerdict) {
	v, first, end := c.v, c.first, c.end
	subj := qd.subjectBefore(v, first)
	if subj.empty() {
		if it, verdict := qd.thatClause(c, qd.fallbackSubject(v, first)); verdict == settled || !c.isCue || c.cv.lemma != "say" {
			return it, verdict
		}
		// "said" takes a clause whatever the tagger made of its subject
		// ("Jolly/RB said he has worked ...", "Some/DT say they hear
		// ...", "58 percent of voters overall/VBP said they ...").
		if subj = qd.looseSubject(v, first); subj.empty() {
			return nil, nextToken
		}
		return qd.clauseAfterCue(c.cv, v, qd.skipAdjuncts(qd.afterCue(v, c.cv), end), end, subj)
	}
	if it, verdict := qd.nonRestrictiveReport(c, subj); verdict == settled {
		return it, verdict
	}
	if qd.inRelativeClause(subj, first) {
		return nil, nextToken
	}
	if it, ok := qd.passiveAgentReport(v, first, end); ok {
		return it, settled
	}
	r := qd.afterCue(v, c.cv)
	if c.cv.object {
		r = qd.pastHearer(v, r, end)
	}
	if r < end && qd.lower(r) == "that" && qd.tok(r).Tag == "IN" && qd.clauseStarts(r+1, end) {
		// "told MSNBC that Friday's announcement suggested": the
		// complementizer, not "that Friday" as a time adjunct.
		return qd.clauseItem(r+1, end, v, v+1, subj), settled
	}
	r0 := r
	r = qd.skipAdjuncts(r, end)
	it, verdict := qd.clauseAfterCue(c.cv, v, r, end, subj)
	if verdict != settled && r0 < r && c.cv.lemma == "say" && qd.clauseStarts(r0, end) {
		// What looked like adjuncts opens the clause's subject: "said
		// much of his discussion with Trump was about Israel".
		return qd.clauseItem(r0, end, v, v+1, subj), settled
	}
	return it, verdict
}

// relativeClauseNarrow is relativeClauseEnd at the cue token.
func (qd *quoteDoc) relativeClauseNarrow(c beforeCue) int {
	return qd.relativeClauseEnd(c.v, c.first, c.end)
}

// relativeClauseEnd narrows the sentence end to the comma that closes a
// relative clause whose verb is at v: "Barkley, who said he votes
// Democratic, said ...". The narrowed end holds for the later tokens too.
func (qd *quoteDoc) relativeClauseEnd(v, first, end int) int {
	if j := qd.skipAux(v-1, first); j >= first && qd.lower(j) == "who" {
		for x := v + 1; x < end; x++ {
			if qd.tok(x).Text == "," && !qd.quoted[x] {
				return x
			}
		}
	}
	return end
}

// inRelativeClause reports whether subj is the subject of a relative
// clause ("the 8,000 employees that Unisys said would be laid off"), whose
// reported words lack their subject.
func (qd *quoteDoc) inRelativeClause(subj quoteMention, first int) bool {
	p := subj.first - 1
	return p-1 >= first && (qd.lower(p) == "that" || qd.lower(p) == "which") && qd.isNoun(p-1)
}

// passiveAgentReport reads a passive, "X was told by State Department
// officials that ...": the agent is the speaker. ok says the sentence is
// settled, with the clause item, even nil.
func (qd *quoteDoc) passiveAgentReport(v, first, end int) (*quoteItem, bool) {
	if v+2 >= end || qd.lower(v+1) != "by" || v-1 < first || !quoteBeWords[qd.lower(v-1)] {
		return nil, false
	}
	agent := qd.npAfter(v+2, end)
	if !qd.hasHead(agent) {
		return nil, false
	}
	if r := qd.skipAdjuncts(agent.last, end); r < end && qd.lower(r) == "that" {
		return qd.clauseItem(r+1, end, v, v+1, agent), true
	}
	return nil, false
}

// pastHearer steps from r over the hearer of a verb that takes one ("told
// reporters"). The tagger often mistags the hearer ("told African
// envoys/VBZ that"): a "that" a few words on still opens the clause.
func (qd *quoteDoc) pastHearer(v, r, end int) int {
	if obj := qd.npAfter(r, end); !obj.empty() {
		r = obj.last
	}
	for x := r; x < end && x < v+8; x++ {
		if qd.lower(x) == "that" {
			return x
		}
		if t := qd.tok(x).Tag; !qd.isWord(x) || t == "MD" || t == "VBD" || t == "TO" || t == "VB" {
			break
		}
	}
	return r
}

// clauseAfterCue reads the clause that opens at r after the reporting verb
// at v: with "that", as an embedded question, or bare when a clause starts.
func (qd *quoteDoc) clauseAfterCue(cv quoteCue, v, r, end int, subj quoteMention) (*quoteItem, beforeVerdict) {
	if r < end && qd.lower(r) == "that" {
		return qd.clauseItem(r+1, end, v, v+1, subj), settled
	}
	// An embedded question is what was asked or told: "asked whether
	// ...", "told attendees how he saved the hotel".
	if r+1 < end && quoteWhWords[qd.lower(r)] && qd.whClause(r, end) {
		return qd.clauseItem(r, end, v, v+1, subj), settled
	}
	// Without "that", "say" takes a clause whenever one follows ("said
	// the push east signifies ...", however the tagger read it);
	// other verbs need its subject and verb in view.
	// After "say", a clause may open with a gerund or a quantity too
	// ("said legalizing it could ...", "said about half of ...").
	opens := r < end && (quoteClauseOpeners[qd.tok(r).Tag] || cv.lemma == "say" && quoteSayOpeners[qd.tok(r).Tag] || quoteContracted(qd.lower(r)))
	if cv.needThat || !opens ||
		!qd.clauseStarts(r, end) && !(cv.lemma == "say" && qd.hasFiniteVerb(r, end)) {
		return nil, nextToken
	}
	return qd.clauseItem(r, end, v, v+1, subj), settled
}

// thatClause reads a reporting verb whose subject the frame rules could
// not find, but whose complement is plainly reported speech: "that" and a
// clause with a finite verb, past adjuncts and a hearer ("Lewandowski
// continued to assert that he never made contact", "by saying that the
// judge can't be impartial", "after telling holdouts that they were
// ..."). The speaker is who, possibly none.
func (qd *quoteDoc) thatClause(c beforeCue, who quoteMention) (*quoteItem, beforeVerdict) {
	v, end := c.v, c.end
	if !c.isCue || c.cv.direct {
		return nil, nextToken
	}
	if v-2 >= c.first && qd.tok(v-1).Tag == "TO" && qd.requestBefore(v-2, c.first) {
		// "urged Albright to tell Americans that ...": a request, not
		// yet speech; "continued to assert that ..." is speech.
		return nil, nextToken
	}
	r := qd.afterCue(v, c.cv)
	if c.cv.object {
		r = qd.pastHearer(v, r, end)
	}
	r = qd.skipAdjuncts(r, end)
	if r >= end || qd.lower(r) != "that" || !qd.hasFiniteVerb(r+1, end) {
		return nil, nextToken
	}
	if v == c.first {
		// "Noting that A, he said B": the participle opens the
		// sentence; its subject is the main clause's, after A.
		if k, m, ok := qd.mainClauseAfter(r+1, end); ok {
			return qd.clauseItem(r+1, k, v, v+1, m), settled
		}
	}
	if it := qd.clauseItem(r+1, end, v, v+1, who); it != nil {
		return it, settled
	}
	return nil, nextToken
}

// requestBefore reports whether a verb that asks someone to speak ends at
// j, a hearer between: "urged Albright | to tell", "asked him | to say".
// Its infinitive is a request, which the annotation guidelines leave out.
func (qd *quoteDoc) requestBefore(j, first int) bool {
	for x := j; x >= first && x > j-6; x-- {
		if cv, ok := qd.cue(x); ok {
			return cv.object || cv.lemma == "urge" || cv.lemma == "ask" || cv.lemma == "call"
		}
		if !qd.inNP(x) {
			return false
		}
	}
	return false
}

// mainClauseAfter finds, after an opening participle's clause starting at
// lo, the comma k and the subject m of the sentence's reporting verb:
// "Noting that the company is offering to buy back notes, | he said ...".
func (qd *quoteDoc) mainClauseAfter(lo, end int) (int, quoteMention, bool) {
	for k := lo + 1; k < end-1; k++ {
		if qd.tok(k).Text != "," || qd.quoted[k] {
			continue
		}
		for v := k + 2; v < end && v < k+quoteAsideMax; v++ {
			if _, ok := qd.cue(v); !ok {
				continue
			}
			if m := qd.subjectBefore(v, k+1); !m.empty() && m.first == k+1 {
				return k, m, true
			}
			break
		}
	}
	return 0, quoteMention{}, false
}

// fallbackSubject is the speaker of a reporting verb with no subject of
// its own right before it: after "to" ("continued to assert", "declined
// to say") or a participle, the subject of the sentence, when the verb's
// clause is the sentence's first.
func (qd *quoteDoc) fallbackSubject(v, first int) quoteMention {
	m := qd.sentenceSubject(qd.tok(v).Sentence)
	if m.empty() || m.first < first || m.last > v || !qd.hasHead(m) {
		return quoteMention{}
	}
	return m
}

// looseSubject is the speaker of "said" when no noun phrase ends before
// it: the words from the sentence's start (past a conjunction) to the
// verb, when they are few, hold no comma and begin with a capital ("Jolly
// said", "Some say", "One says"); else none.
func (qd *quoteDoc) looseSubject(v, first int) quoteMention {
	j := qd.skipAux(v-1, first)
	if j < first {
		// All read as adverbs: "Jolly/RB said".
		j = v - 1
	}
	k := first
	for k < j && (qd.tok(k).Tag == "CC" || !qd.isWord(k)) {
		k++
	}
	if j < k || j-k >= 8 || !unicode.IsUpper(quoteFirstRune(qd.tok(k).Text)) {
		return quoteMention{}
	}
	for x := k; x <= j; x++ {
		// A verb before "say" makes it an infinitive or a second
		// verb, not the subject's: "He declined to say if ...".
		if t := qd.tok(x).Tag; !qd.isWord(x) || qd.quoted[x] || t == "TO" || t == "MD" || strings.HasPrefix(t, "VB") && x > k {
			return quoteMention{}
		}
	}
	return quoteMention{k, j + 1}
}

// nonRestrictiveReport reads a report inside a non-restrictive relative
// clause whose gap is the reported clause's subject: "Clinton's email use,
// which an FBI investigation said was "extremely careless"", "the
// department, which he argued seeks to restore equity". The relative
// pronoun stands for the subject, so the item runs from it to the clause's
// end; subj speaks. A restrictive one ("the 8,000 employees that Unisys
// said would be laid off") only picks out a noun and is left alone.
func (qd *quoteDoc) nonRestrictiveReport(c beforeCue, subj quoteMention) (*quoteItem, beforeVerdict) {
	p := subj.first - 1
	if !c.isCue || c.cv.direct || c.cv.object || p-1 < c.first || qd.lower(p) != "which" || qd.tok(p-1).Text != "," {
		return nil, nextToken
	}
	r := qd.skipAdjuncts(c.v+1, c.end)
	if r >= c.end || !qd.finiteAt(r) {
		return nil, nextToken
	}
	if it := qd.clauseItem(p, c.end, c.v, c.v+1, subj); it != nil {
		return it, settled
	}
	return nil, nextToken
}

// asNotedBefore reads an attribution as a comparative clause before what
// it reports: "As The Washington Post reported, even if Sanders managed
// ...", "and as Comey noted, people involved could still be ...". The
// clause after the comma is the report; the cue's subject speaks.
func (qd *quoteDoc) asNotedBefore(c beforeCue) (*quoteItem, beforeVerdict) {
	v, first, end := c.v, c.first, c.end
	if strings.HasSuffix(qd.lower(v), "ing") {
		return nil, tryNext
	}
	subj := qd.subjectBefore(v, first)
	if subj.empty() || subj.first-1 < first || qd.lower(subj.first-1) != "as" {
		return nil, tryNext
	}
	if a := subj.first - 1; a > first && qd.tok(a-1).Text != "," && qd.tok(a-1).Tag != "CC" {
		return nil, tryNext
	}
	r := qd.skipAdjuncts(qd.afterCue(v, c.cv), end)
	if r >= end-1 || qd.tok(r).Text != "," || !qd.clauseStarts(r+1, end) && !qd.hasFiniteVerb(r+1, end) {
		return nil, nextToken
	}
	if it := qd.clauseItem(r+1, end, v, v+1, subj); it != nil {
		return it, settled
	}
	return nil, nextToken
}

// afterCue is the token after the reporting verb at v: past the particle
// of a two-word verb ("points out | that").
func (qd *quoteDoc) afterCue(v int, cv quoteCue) int {
	if strings.HasSuffix(cv.lemma, " out") || strings.HasSuffix(cv.lemma, " back") {
		return v + 2
	}
	return v + 1
}
