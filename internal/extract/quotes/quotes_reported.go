package quotes

import (
	"strings"
	"unicode"
)

// reported finds reported speech, one clause per sentence at most:
// "X said (that) CLAUSE", "X told a news conference CLAUSE", "according to
// X, CLAUSE", then "CLAUSE, X said" and "CLAUSE, according to X".
func (qd *quoteDoc) reported(marks []markedQuote) []*quoteItem {
	var out []*quoteItem
	for _, s := range qd.d.Sentences {
		end := s.Last
		for end > s.First && !qd.isWord(end-1) {
			end--
		}
		if end-s.First < 4 || qd.allQuoted(s.First, end) {
			continue
		}
		for _, it := range qd.reportedIn(s.First, end) {
			if it == nil || !qd.keepClause(it, marks) {
				continue
			}
			it.para, it.lastPara = s.Paragraph, s.Paragraph
			out = append(out, it)
		}
	}
	return out
}

// reportedIn finds the reported speech of one sentence, tokens [first,
// end): an attribution in the middle, else one before the clause, else one
// after it.
func (qd *quoteDoc) reportedIn(first, end int) []*quoteItem {
	if it, rest := qd.reportedMiddle(first, end); it != nil {
		if rest < end {
			// "A, the executives acknowledged, but they said B": two.
			return []*quoteItem{it, qd.reportedBefore(rest, end)}
		}
		return []*quoteItem{it}
	}
	if it := qd.reportedBefore(first, end); it != nil {
		return qd.splitNested(it, end)
	}
	if it := qd.reportedAfter(first, end); it != nil {
		return []*quoteItem{it}
	}
	return []*quoteItem{qd.accordingToInside(first, end)}
}

// accordingToInside reads "according to X" set off inside its sentence,
// where the reporting-verb frames do not reach: "Trump has won 758
// delegates, according to a CNN tally, but his path is narrowing" reports
// the clause before it; "Notably absent, according to members who spoke
// with reporters, was any mention of Benghazi" reports the whole sentence.
func (qd *quoteDoc) accordingToInside(first, end int) *quoteItem {
	for k := first + 2; k < end-3; k++ {
		if qd.tok(k).Text != "," || qd.quoted[k] || !qd.isAccordingTo(k+1, end) {
			continue
		}
		m := qd.npAfter(k+3, end)
		if m.empty() {
			return nil
		}
		c := m.last
		for c < end && c < m.last+quoteAsideMax && qd.tok(c).Text != "," {
			c++
		}
		if c >= end-1 {
			// Runs to the sentence end: reportedAfter's case, past its
			// reach of 24 tokens.
			return qd.clauseItem(first, k, k+1, k+3, m)
		}
		if w := qd.lower(c + 1); quoteContrastWords[w] || w == "and" || qd.tok(c+1).Tag == "CC" {
			return qd.clauseItem(first, k, k+1, k+3, m)
		}
		return qd.clauseItem(first, end, k+1, k+3, m)
	}
	return nil
}

// reportedMiddle finds an attribution set off by commas inside the
// reported words: "IBM has no plans to recall its cards, the spokeswoman
// said, and could circumvent the bugs" is one item over the whole sentence.
// When a new report follows ("..., the executives acknowledged, but they
// said ..."), the item ends before the attribution and rest is where the
// next report starts; otherwise rest is end.
func (qd *quoteDoc) reportedMiddle(first, end int) (*quoteItem, int) {
	lastCue := qd.lastReportCue(first, end)
	for k := first + 1; k < end-2 && k < lastCue; k++ {
		if qd.tok(k).Text != "," || qd.quoted[k] {
			continue
		}
		v, who, ok := qd.middleAttribution(first, k, end)
		if !ok {
			continue
		}
		r := max(v+1, who.last)
		r = qd.skipAdjuncts(r, end)
		if r >= end-1 || qd.tok(r).Text != "," {
			continue
		}
		if lastCue > r {
			if !quoteContrastWords[qd.lower(r+1)] && qd.lower(r+1) != "and" {
				return nil, end
			}
			return qd.clauseItem(first, k, v, v+1, who), r + 2
		}
		return qd.clauseItem(first, end, v, v+1, who), end
	}
	return nil, end
}

// lastReportCue returns the last reporting verb of tokens [first, end), or
// -1. A gerund after a preposition ("was aimed at explaining ...") starts
// no report and is passed over.
func (qd *quoteDoc) lastReportCue(first, end int) int {
	for x := end - 1; x >= first; x-- {
		if _, ok := qd.cue(x); ok {
			if x > first && strings.HasSuffix(qd.lower(x), "ing") && qd.tok(x-1).Tag == "IN" {
				continue
			}
			return x
		}
	}
	return -1
}

// middleAttribution reads the attribution after the comma at k: "..., said
// X, ..." or "..., X said, ...", giving its cue v and speaker.
func (qd *quoteDoc) middleAttribution(first, k, end int) (int, quoteMention, bool) {
	t := k + 1
	if _, ok := qd.cue(t); ok && !qd.quoted[t] {
		// "..., said X, ..." needs reported words before it:
		// "Gary Lukassen, chief financial officer, said ..." has
		// only the speaker there.
		who := qd.npAfter(t+1, end)
		return t, who, !who.empty() && qd.hasVerb(first, k)
	}
	for x := t + 1; x < end && x < t+10; x++ {
		if cv, ok := qd.cue(x); ok && !cv.direct {
			if m := qd.subjectBefore(x, t); !m.empty() && m.first == t {
				return x, m, true
			}
			break
		}
	}
	return -1, quoteMention{}, false
}

// splitNested ends a reported clause where a report of its own begins:
// "Iran said a delegation was en route to deliver Saddam's message, which
// it said it would review ..." gives two items.
func (qd *quoteDoc) splitNested(it *quoteItem, end int) []*quoteItem {
	for k := it.lo; k < end; k++ {
		t := qd.tok(k)
		if t.Text != "," || qd.quoted[k] || k+2 >= end {
			continue
		}
		if inner := qd.nestedReport(k, end); inner != nil {
			it.end = qd.tok(k - 1).End
			return []*quoteItem{it, inner}
		}
	}
	return []*quoteItem{it}
}

// nestedReport reads a report of its own after the comma at k: after a
// relative pronoun ("..., which it said it would review ..."), or after a
// conjunction ("X said A, while other voters said B") when its verb takes
// a clause as reportedBefore reads one.
func (qd *quoteDoc) nestedReport(k, end int) *quoteItem {
	s0 := k + 1
	conj := false
	switch qd.lower(k + 1) {
	case "which", "who", "whom":
		s0 = k + 2
	case "while", "and", "but", "whereas", "although", "though":
		s0, conj = k+2, true
	}
	for v := s0 + 1; v < end && v < s0+7; v++ {
		cv, ok := qd.cue(v)
		if !ok || cv.direct {
			continue
		}
		m := qd.subjectBefore(v, s0)
		if m.empty() || m.first != s0 {
			return nil
		}
		r := qd.skipAdjuncts(v+1, end)
		if r < end && qd.lower(r) == "that" {
			r++
		} else if conj && (cv.needThat || cv.object || r >= end || !quoteClauseOpeners[qd.tok(r).Tag] || !qd.clauseStarts(r, end)) {
			return nil
		}
		return qd.clauseItem(r, end, v, v+1, m)
	}
	return nil
}

func (qd *quoteDoc) allQuoted(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if !qd.quoted[i] && qd.isWord(i) {
			return false
		}
	}
	return true
}

// askedQuestion reads "X asked (Y) whether/if/how ...": the embedded
// question is what X asked. A passive ("when asked whether") names no
// asker and is not read.
func (qd *quoteDoc) askedQuestion(v, first, end int) *quoteItem {
	if b := qd.skipAdverbs(v-1, first); b >= first && quoteBeWords[qd.lower(b)] || strings.HasSuffix(qd.lower(v), "ing") {
		return nil
	}
	subj := qd.subjectBefore(v, first)
	if subj.empty() || !qd.hasHead(subj) {
		return nil
	}
	r := v + 1
	if r < end && !quoteWhWords[qd.lower(r)] {
		if obj := qd.npAfter(r, end); !obj.empty() && obj.last-obj.first <= 6 {
			r = obj.last
		}
	}
	r = qd.skipAdjuncts(r, end)
	if r+1 >= end || !quoteWhWords[qd.lower(r)] || !qd.whClause(r, end) {
		return nil
	}
	return qd.clauseItem(r, end, v, v+1, subj)
}

// nounCue reads a noun of speech at v with its "that" clause. The speaker
// is the possessor ("the senator's claim that" -> the senator); after a
// possessive pronoun or an article, the sentence's subject when it comes
// first ("Clinton repeated her claim that ...", "Ryan made the statement
// that ..."); with neither, no report.
func (qd *quoteDoc) nounCue(v, first, end int) *quoteItem {
	if !quoteNounCues[qd.lower(v)] || qd.quoted[v] || !qd.isNoun(v) || v+2 >= end || qd.lower(v+1) != "that" || v-1 < first {
		return nil
	}
	var subj quoteMention
	switch qd.tok(v - 1).Tag {
	case "POS":
		// Only as an object ("critics mocked the senator's claim that
		// ..."): as the subject, the clause would run into the main
		// verb ("The senator's claim that X drew scorn").
		subj = qd.npBefore(v-2, first)
		if subj.empty() || !qd.hasVerb(max(first, subj.first-quoteAsideMax), subj.first) {
			return nil
		}
	case "PRP$", "DT", "JJ":
		s := qd.sentenceSubject(qd.tok(v).Sentence)
		if s.empty() || s.last > v || s.first < first || !qd.hasHead(s) {
			return nil
		}
		subj = s
	default:
		return nil
	}
	if subj.empty() || !qd.hasHead(subj) || !qd.clauseStarts(v+2, end) {
		return nil
	}
	return qd.clauseItem(v+2, end, v, v+1, subj)
}

// nameColon reads a name and a colon before a clause, as headlines and
// transcripts attribute: "Gingrich: Trump Must Decide If He Wants a
// Two-Pirate Ticket", "Matthews: Here's the irony of our time". The name is
// at most five words, all of it capitalised, and the clause has a finite
// verb.
func (qd *quoteDoc) nameColon(first, end int) *quoteItem {
	c := first
	line := qd.opensParagraph(first) && qd.headlineSource(first)
	for c < end && c < first+6 && qd.tok(c).Text != ":" {
		if quoteHeadlineLabels[qd.lower(c)] {
			return nil
		}
		if !qd.isProper(c) && !(c > first && qd.tok(c).Text == "." && qd.isInitial(c-1)) && !(line && qd.headlineWord(c, first)) {
			return nil
		}
		c++
	}
	if c == first || c >= end || qd.tok(c).Text != ":" || qd.quoted[c] || !qd.hasFiniteVerb(c+1, end) {
		return nil
	}
	return qd.clauseItem(c+1, end, c, c+1, quoteMention{first, c})
}

var quoteRelatives = map[string]bool{"who": true, "which": true, "that": true, "whose": true}

// sourceModifier reports whether the tokens from i that follow a source's
// noun phrase modify it: a participle ("released Tuesday") or, after a
// comma, a relative clause ("who prosecuted terrorists").
func (qd *quoteDoc) sourceModifier(i, end int) bool {
	if i >= end {
		return true
	}
	w := qd.lower(i)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return true
	}
	return qd.tok(i).Text == "," && i+1 < end && quoteRelatives[qd.lower(i+1)]
}

// whClause reports whether the wh-word at r opens an embedded question: a
// clause after it ("whether the law has hurt women"), or a finite verb
// right after it, the wh-word being its subject ("what happened").
func (qd *quoteDoc) whClause(r, end int) bool {
	if qd.clauseStarts(r+1, end) {
		return true
	}
	switch qd.tok(r + 1).Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// quoteWhWords open an embedded question.
var quoteWhWords = map[string]bool{"whether": true, "how": true, "why": true, "what": true, "if": true, "when": true, "where": true}

// skipAdverbs steps left from i over adverbs.
func (qd *quoteDoc) skipAdverbs(i, lo int) int {
	for i >= lo && strings.HasPrefix(qd.tok(i).Tag, "RB") {
		i--
	}
	return i
}

var quoteBeWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true}

// quoteClauseOpeners are the tags a reported clause without "that" starts with:
// its subject ("said the alliance will ...", "said he would ...").
var quoteClauseOpeners = map[string]bool{"DT": true, "PRP": true, "NNP": true, "NNPS": true, "NN": true,
	"NNS": true, "CD": true, "JJ": true, "EX": true, "PRP$": true}

// quoteSayOpeners are the further tags a clause after "say" may open with.
var quoteSayOpeners = map[string]bool{"VBG": true, "RB": true, "JJR": true, "JJS": true, "WDT": true, "WP": true, "IN": true}

// adjunctRules are what may stand between a reporting verb and its clause
// ("said in a statement on Tuesday that"), tried in order at token r. Each
// returns where the adjunct ends, r when the clause starts at r, or -1 when
// it does not apply.
var adjunctRules = []struct {
	name string
	skip func(qd *quoteDoc, r, end int) int
}{
	{"adverb-or-calendar-word", (*quoteDoc).adverbAdjunct},
	{"time-span", (*quoteDoc).timeSpanAdjunct},
	{"calendar-preposition", (*quoteDoc).calendarPrepAdjunct},
	{"along-with", (*quoteDoc).alongWithAdjunct},
	{"quantity-opens-clause", (*quoteDoc).quantityOpensClause},
	{"prepositional-phrase", (*quoteDoc).prepPhraseAdjunct},
}

// skipAdjuncts steps over the prepositional phrases and adverbs between a
// reporting verb and its clause ("said in a statement on Tuesday that").
func (qd *quoteDoc) skipAdjuncts(r, end int) int {
	for r < end && !qd.quoted[r] {
		next := -1
		for _, rule := range adjunctRules {
			if next = rule.skip(qd, r, end); next >= 0 {
				break
			}
		}
		if next < 0 || next == r {
			return r
		}
		r = next
	}
	return r
}

// adverbAdjunct: "said again", "said Tuesday".
func (qd *quoteDoc) adverbAdjunct(r, _ int) int {
	if qd.tok(r).Tag == "RB" || quoteCalendarWords[qd.lower(r)] {
		return r + 1
	}
	return -1
}

// timeSpanAdjunct: "said last week".
func (qd *quoteDoc) timeSpanAdjunct(r, end int) int {
	if quoteTimeWords[qd.lower(r)] && r+1 < end && quoteTimeUnits[qd.lower(r+1)] {
		return r + 2
	}
	return -1
}

// calendarPrepAdjunct: "said on Tuesday".
func (qd *quoteDoc) calendarPrepAdjunct(r, end int) int {
	if qd.tok(r).Tag == "IN" && r+1 < end && quoteCalendarWords[qd.lower(r+1)] {
		return r + 2
	}
	return -1
}

// alongWithAdjunct: "told a news conference along with ...".
func (qd *quoteDoc) alongWithAdjunct(r, end int) int {
	if w := qd.lower(r); (w == "along" || w == "together" || w == "ahead") && r+1 < end && (qd.lower(r+1) == "with" || qd.lower(r+1) == "of") {
		return r + 1
	}
	return -1
}

// quantityOpensClause: "said about half of ...": a quantity opens the
// clause.
func (qd *quoteDoc) quantityOpensClause(r, end int) int {
	if w := qd.lower(r); (w == "about" || w == "nearly" || w == "around") && r+1 < end && (qd.tok(r+1).Tag == "CD" || qd.lower(r+1) == "half") {
		return r
	}
	return -1
}

// quoteClausePreps are prepositions and subordinators that open the clause
// or an adverbial clause rather than an adjunct phrase.
var quoteClausePreps = map[string]bool{"that": true, "because": true, "if": true, "as": true, "after": true,
	"before": true, "while": true}

// prepPhraseAdjunct: "said in a statement": a preposition and its noun
// phrase; a preposition with no noun phrase ends the adjuncts.
func (qd *quoteDoc) prepPhraseAdjunct(r, end int) int {
	if w := qd.lower(r); qd.tok(r).Tag != "IN" || quoteClausePreps[w] || quoteWhWords[w] {
		return -1
	}
	m := qd.npAfter(r+1, end)
	if m.empty() {
		return r
	}
	return m.last
}

// quoteFiniteWords are verbs prose often mistags; a clause needs one finite verb.
var quoteFiniteWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "should": true, "shall": true, "did": true, "does": true, "do": true}

func (qd *quoteDoc) hasFiniteVerb(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		switch qd.tok(i).Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		if quoteFiniteWords[qd.lower(i)] {
			return true
		}
	}
	return false
}

// reportedAfter finds an attribution that follows its clause after a
// comma: "CLAUSE, X said (on Tuesday)", "CLAUSE, said X", "CLAUSE, X, the
// minister, said", "CLAUSE, according to X".
func (qd *quoteDoc) reportedAfter(first, end int) *quoteItem {
	for k := end - 2; k > first && k >= end-24; k-- {
		t := k + 1
		if qd.tok(k).Text != "," && qd.isAccordingTo(k, end) && k-1 > first && qd.isWord(k-1) {
			// Without a comma: "Clinton leads by 271 delegates
			// according to a count by The Associated Press".
			t = k
		} else if qd.tok(k).Text != "," || qd.quoted[k] {
			continue
		}
		if qd.isAccordingTo(t, end) {
			m := qd.npAfter(t+2, end)
			// The source may carry a participle or a relative clause:
			// "according to a Suffolk University poll released
			// Tuesday", "according to Andrew McCarthy, who prosecuted".
			if m.empty() || qd.hasFiniteVerb(m.last, end) && !qd.sourceModifier(m.last, end) {
				continue
			}
			return qd.clauseItem(first, k, t, t+2, m)
		}
		if cv, ok := qd.cue(t); ok && !cv.direct && !strings.HasSuffix(qd.lower(t), "ing") {
			// Inversion is finite: "..., said X"; "..., claiming his
			// third victory" has an object, not a speaker.
			m := qd.npAfter(t+1, end)
			if m.empty() || !qd.tailOnlyAdjuncts(quoteCue{}, m.last, end) {
				continue
			}
			return qd.clauseItem(first, k, t, t+1, m)
		}
		for v := t + 1; v < end && v < t+12; v++ {
			cv, ok := qd.cue(v)
			if !ok || cv.direct {
				continue
			}
			m := qd.subjectBefore(v, t)
			if m.empty() || m.first != t {
				break
			}
			if !qd.tailOnlyAdjuncts(cv, v+1, end) {
				break
			}
			return qd.clauseItem(first, k, v, v+1, m)
		}
	}
	return nil
}

// quoteContrastWords end one clause and begin the one an attribution after it
// reports: "Three soldiers were wounded, but their injuries are not
// life-threatening, KFOR said".
var quoteContrastWords = map[string]bool{"but": true, "yet": true, "while": true, "although": true,
	"though": true, "whereas": true}

// clauseItem builds the reported clause tokens [lo, hi) with its cue
// tokens [c0, c1) and speaker quoteMention.
func (qd *quoteDoc) clauseItem(lo, hi, c0, c1 int, who quoteMention) *quoteItem {
	if hi <= lo {
		return nil
	}
	// Where the clause comes first, it starts after the last contrast.
	if c0 >= hi {
		lo = qd.afterLastContrast(lo, hi)
	}
	lo = qd.pastDateline(lo, hi)
	lo = qd.pastSentenceAdverbs(lo, hi)
	for hi > lo && !qd.isWord(hi-1) && !qd.quoted[hi-1] {
		hi--
	}
	if hi-lo < 3 || !qd.hasVerb(lo, hi) {
		return nil
	}
	return &quoteItem{kind: "indirect", lo: lo, start: qd.tok(lo).Start, end: qd.clauseEnd(hi),
		cueStart: qd.tok(c0).Start, cueEnd: qd.tok(c1 - 1).End, who: who, hasWho: !who.empty()}
}

// afterLastContrast moves the start of a clause that comes before its
// attribution past its last semicolon, colon or ", but": only the last
// clause is what the attribution reports.
func (qd *quoteDoc) afterLastContrast(lo, hi int) int {
	for i := hi - 1; i > lo; i-- {
		if qd.quoted[i] {
			continue
		}
		if w := qd.tok(i).Text; w == ";" || w == ":" || quoteContrastWords[qd.lower(i)] && qd.tok(i-1).Text == "," {
			return i + 1
		}
	}
	return lo
}

// quoteDatelineEnds are the tokens that end a dateline ("MOSCOW (AP) _").
var quoteDatelineEnds = map[string]bool{"_": true, "--": true, "—": true, "-": true, "–": true}

// pastDateline moves the start past a dateline, which is not part of what
// was said: "MOSCOW (AP)_ The mayor ...". A dateline is capitalised words
// in the first eight tokens.
func (qd *quoteDoc) pastDateline(lo, hi int) int {
	for i := lo; i < hi && i < lo+8; i++ {
		if w := qd.tok(i).Text; quoteDatelineEnds[w] || strings.HasSuffix(w, ")_") {
			return i + 1
		}
		if qd.isWord(i) && !unicode.IsUpper(quoteFirstRune(qd.tok(i).Text)) {
			break
		}
	}
	return lo
}

// pastSentenceAdverbs moves the start past sentence adverbs and
// conjunctions, which are not part of what was said: "Meanwhile, more than
// 53 civilians were injured".
func (qd *quoteDoc) pastSentenceAdverbs(lo, hi int) int {
	for lo < hi {
		t := qd.tok(lo)
		switch {
		case t.Tag == "CC" || !qd.isWord(lo) && !qd.quoted[lo]:
			lo++
		case t.Tag == "RB" && lo+1 < hi && qd.tok(lo+1).Text == ",":
			lo += 2
		default:
			return lo
		}
	}
	return lo
}

// clauseEnd is the byte end of a clause whose last token is hi-1. The
// tokenizer may leave the full stop on the last word ("Cold War."); it is
// outside the clause, unless it ends an abbreviation.
func (qd *quoteDoc) clauseEnd(hi int) int {
	end := qd.tok(hi - 1).End
	if w := qd.tok(hi - 1).Text; strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 && len(w) > 3 &&
		!quoteAllSuffixes([]string{w}) && hi == qd.d.Sentences[qd.tok(hi-1).Sentence].Last {
		end--
	}
	return end
}

func (qd *quoteDoc) hasVerb(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if strings.HasPrefix(qd.tok(i).Tag, "VB") || qd.tok(i).Tag == "MD" {
			return true
		}
	}
	return false
}

// keepClause decides what a reported clause holding quotation marks is: a
// clause that is mostly one direct quote, or holds a quoted part long enough
// to be a direct quote of its own, is left to the direct quote; one with
// only short quoted fragments becomes a mixed quote.
func (qd *quoteDoc) keepClause(it *quoteItem, marks []markedQuote) bool {
	for k, m := range marks {
		if m.Close <= it.start || m.Open >= it.end {
			continue
		}
		if len(strings.Fields(qd.d.Text[m.Start:m.End])) > mixedMaxWords || qd.unquotedWords(it) < 2 {
			// "saying that A and that the issue "has been blown out of
			// proportion"": A stays reported speech, the quote direct.
			for x := it.lo + 2; x < len(qd.d.Tokens) && qd.tok(x).Start < m.Open; x++ {
				if qd.lower(x) == "that" && (qd.lower(x-1) == "and" || qd.lower(x-1) == "but") && x-2 > it.lo {
					it.end = qd.tok(x - 2).End
					return true
				}
			}
			// The report's cue and speaker attribute the quote
			// ("``It's high time'' the boy went back, said Wayne Smith").
			if _, ok := qd.absorbed[k]; !ok {
				qd.absorbed[k] = quoteAttribution{cueStart: it.cueStart, cueEnd: it.cueEnd, who: it.who}
			}
			return false
		}
		it.kind = "mixed"
		switch {
		case m.Close > it.end && m.Open >= it.start:
			// The clause takes the closing mark of its quoted term.
			it.end = m.Close
		case m.Close < it.end && m.End > m.Start && strings.ContainsAny(qd.d.Text[m.End-1:m.End], ".?!") &&
			unicode.IsUpper(quoteFirstRune(strings.TrimLeft(qd.d.Text[m.Close:it.end], " "))):
			// A sentence the segmenter missed ends inside the marks:
			// "it would review ``with optimism.'' Saddam appeared ...".
			it.end = m.Close
			return true
		}
	}
	return true
}

// unquotedWords counts the words of a clause outside quotation marks.
func (qd *quoteDoc) unquotedWords(it *quoteItem) int {
	n := 0
	for i := it.lo; i < len(qd.d.Tokens) && qd.tok(i).Start < it.end; i++ {
		if qd.isWord(i) && !qd.quoted[i] {
			n++
		}
	}
	return n
}

// clauseStarts reports whether a clause without "that" starts at r: a
// subject noun phrase (possibly coordinated: "Soviet women, children and
// invalids") and then a finite verb ("said the alliance will ...").
func (qd *quoteDoc) clauseStarts(r, end int) bool {
	if r < end && quoteContracted(qd.lower(r)) {
		// "he’d support", "she’s running": subject and verb in one token.
		return true
	}
	for i := r; i < end && i < r+12; i++ {
		if qd.quoted[i] {
			return false
		}
		switch {
		case qd.finiteAt(i):
			return i > r
		case qd.inSubject(i):
			// The subject goes on.
		default:
			return false
		}
	}
	return false
}

// finiteAt reports whether token i is a finite verb, by its tag or as a
// verb the tagger often mistags.
func (qd *quoteDoc) finiteAt(i int) bool {
	t := qd.tok(i)
	return t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || quoteFiniteWords[qd.lower(i)]
}

// inSubject reports whether token i may be part of a clause's subject: the
// subject may be coordinated and carry its own modifiers ("the move toward
// standard operating systems means ...").
func (qd *quoteDoc) inSubject(i int) bool {
	t := qd.tok(i)
	return qd.inNP(i) || t.Tag == "PRP" || t.Tag == "EX" || t.Tag == "CC" || t.Text == "," || t.Tag == "POS" || t.Tag == "IN" && !strings.EqualFold(t.Text, "that") ||
		t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "RB" || t.Tag == "TO"
}

// tailOnlyAdjuncts reports whether what follows a reporting verb that ends
// its sentence is only its hearer and adjuncts ("KFOR said on Tuesday",
// "told a news conference along with ..."), not a complement of its own
// ("urged Cuba to return the boy", "said that ...").
func (qd *quoteDoc) tailOnlyAdjuncts(cv quoteCue, r, end int) bool {
	if cv.object {
		if obj := qd.npAfter(r, end); !obj.empty() {
			r = obj.last
		}
	}
	r = qd.skipAdjuncts(r, end)
	for i := r; i < end; i++ {
		w := qd.lower(i)
		if w == "that" || qd.quoted[i] || w == "to" && i+1 < end && qd.tok(i+1).Tag == "VB" {
			return false
		}
	}
	return !qd.hasFiniteVerb(r, end)
}

// quoteContracted reports whether w is a pronoun with its verb contracted
// onto it ("he’d", "she's", "they’ll"), a clause's subject and verb in one
// token when the tokenizer leaves the apostrophe in.
func quoteContracted(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	i := strings.IndexByte(w, '\'')
	if i <= 0 {
		return false
	}
	switch w[:i] {
	case "he", "she", "they", "we", "i", "it", "you", "there", "that":
	default:
		return false
	}
	switch w[i+1:] {
	case "d", "s", "ll", "re", "ve", "m":
		return true
	}
	return false
}
