package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// quotes fills Out.Quotes with direct quotes (the words between quotation
// marks) and reported speech ("X said (that) CLAUSE", "CLAUSE, X said",
// "according to X, CLAUSE"), each attributed to a speaker.
//
// Mixed quotes: when reported speech carries a quoted part ("He warned that
// NATO troops "will take all necessary actions ...""), a quoted part of
// more than mixedMaxWords words is a direct quote of its own and the
// reported frame around it is not output; a shorter quoted fragment ("called
// the plan "a disgrace"") stays inside a quote of kind mixed whose text is
// the whole reported clause.
func Extract(c *article.Article, ents []facts.Entity) []facts.Quote {
	var out []facts.Quote
	marks := scanQuotes(c.Doc)
	qd := newQuoteDoc(c.Doc, marks)
	defer qd.release()
	// Reported speech first: a report that is mostly one quote lends the
	// quote its attribution.
	items := qd.reported(marks)
	for i := range marks {
		if it := qd.direct(marks, i); it != nil {
			items = append(items, it)
		}
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].start < items[b].start })
	qd.attribute(items, ents)
	for _, it := range items {
		q := facts.Quote{Span: c.Span(it.start, it.end), Kind: it.kind, Speaker: it.speaker}
		if it.cueEnd > it.cueStart {
			q.Cue, q.CueStart, q.CueEnd = c.Doc.Text[it.cueStart:it.cueEnd], it.cueStart, it.cueEnd
		}
		if it.spkEnd > it.spkStart {
			q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = c.Doc.Text[it.spkStart:it.spkEnd], it.spkStart, it.spkEnd
		}
		if it.speaker != "" {
			q.SpeakerLabel, q.SpeakerVia = it.label, it.via
		}
		out = append(out, q)
	}
	return out
}

// mixedMaxWords is the longest quoted term that stays inside a reported
// clause as a mixed quote ("said Americans in Iraq are “restrictees”");
// a longer quoted part is a direct quote of its own (annotation guidelines).
const mixedMaxWords = 2

// directQuoteMinWords is the length from which a quoted span is taken for
// speech even with no reporting verb near it; shorter ones are most often
// scare quotes, nicknames or titles ("the so-called "peace plan"").
const directQuoteMinWords = 4

// quoteItem is a quote being built: its span, and the cue and speaker
// mention that attribute it, before the speaker is named.
type quoteItem struct {
	kind       string
	start, end int
	// lo is the first token of a reported clause.
	lo int
	// para and lastPara are the paragraphs the quote starts and ends in.
	para, lastPara int
	// cue is the reporting verb's byte span.
	cueStart, cueEnd int
	// chain links the paragraphs of one continued quote (0: none).
	chain int
	// who is the attributing mention; empty when the quote takes its
	// speaker from the quotes around it.
	who     quoteMention
	hasWho  bool
	speaker string
	// label is the speaker's entity label (PERSON, ORG, NORP; empty for
	// an unnamed source) and via how it was reached (name, pronoun,
	// role, context): facts.Quote's SpeakerLabel and SpeakerVia.
	label, via string
	// narrative is set when who is the subject of the sentence before
	// the quote (narrativeSubject), not an attribution.
	narrative bool
	// spk is the mention that attributes the quote, in bytes.
	spkStart, spkEnd int
}

// direct builds the quote for marks[k], or nil for a short quoted span that
// nothing attributes, or one that belongs inside a mixed quote.
func (qd *quoteDoc) direct(marks []markedQuote, k int) *quoteItem {
	q := marks[k]
	d := qd.d
	// The span is all between the marks, punctuation inside them too
	// ("...,'' he said" keeps its comma), as the annotation guidelines
	// have it.
	start, end := q.Start, q.End
	it := &quoteItem{kind: "direct", start: start, end: end, para: q.FirstPara, lastPara: q.LastPara, chain: q.Chain}
	words := len(strings.Fields(d.Text[start:end]))
	a, ok := qd.attributeDirect(marks, k)
	if !ok {
		a, ok = qd.absorbed[k]
	}
	if ok {
		it.cueStart, it.cueEnd, it.who, it.hasWho = a.cueStart, a.cueEnd, a.who, !a.who.empty()
		if a.fragment && words <= mixedMaxWords {
			return nil
		}
		if a.frameStart > 0 && words <= mixedMaxWords {
			// A quoted term in a characterising frame is the subject's
			// word for the object: a mixed quote spanning the frame,
			// marks included ("the plan as a "disaster"").
			it.kind, it.start, it.end = "mixed", a.frameStart, q.End+quoteMarkLen(d.Text, q.End)
		}
		return it
	}
	if !q.Closed && words < 2*directQuoteMinWords {
		return nil
	}
	if words < directQuoteMinWords && !quoteWholeSentence(d.Text[start:end]) {
		return nil
	}
	if m, ok := qd.clauseSubjectOf(q); ok {
		it.who, it.hasWho = m, true
	} else if m, ok := qd.narrativeSubject(q); ok {
		it.who, it.hasWho, it.narrative = m, true, true
	}
	return it
}

// clauseSubjectOf finds the speaker of a quote that sits inside a sentence
// with no reporting verb: the subject of the sentence's first finite verb
// before the quote, when it is a name or a personal pronoun ("Moore thanked
// him for "stepping up and taking action"", "Trump is labeling Obama's
// actions "a blatant abuse of power""). The quoted words are that
// subject's: reporters quote what the subject of their sentence said. A
// quote that opens its sentence, or a sentence whose subject is a common
// noun ("the ad targets a "corrupt political system""), keeps the speaker
// of the quotes around it.
func (qd *quoteDoc) clauseSubjectOf(q markedQuote) (quoteMention, bool) {
	d := qd.d
	sa := d.SentenceAt(q.Open)
	if sa < 0 {
		return quoteMention{}, false
	}
	s := d.Sentences[sa]
	to := s.First + sort.Search(s.Last-s.First, func(i int) bool { return d.Tokens[s.First+i].End > q.Open })
	for v := s.First + 1; v < to; v++ {
		if qd.quoted[v] {
			return quoteMention{}, false
		}
		if t := qd.tok(v).Tag; t != "VBD" && t != "VBZ" && t != "VBP" && t != "MD" {
			continue
		}
		m := qd.subjectBefore(v, s.First)
		if m.empty() || !qd.hasHead(m) {
			return quoteMention{}, false
		}
		return m, true
	}
	return quoteMention{}, false
}

// quoteWholeSentence reports whether quoted words form a sentence of their
// own ("We are friends."), which a scare quote or a title never does.
func quoteWholeSentence(s string) bool {
	s = strings.TrimRight(s, "'’\"”")
	return len(s) > 1 && unicode.IsUpper(quoteFirstRune(s)) && strings.ContainsAny(s[len(s)-1:], ".?!")
}

// quoteAttribution is what was found around a quote: the cue and the mention of
// the speaker. fragment is set when the quote is embedded in reported speech
// rather than being its whole complement.
type quoteAttribution struct {
	cueStart, cueEnd int
	who              quoteMention
	fragment         bool
	// frameStart, when set, is where the object of a characterising
	// verb starts, before the quoted words.
	frameStart int
}

// attributeDirect looks for the reporting verb of a direct quote in its own
// sentence: after it ("...," he said / said X / X, the minister, said),
// then before it (X said: "..." / X warned that NATO troops "...").
func (qd *quoteDoc) attributeDirect(marks []markedQuote, k int) (quoteAttribution, bool) {
	q := marks[k]
	sb := qd.d.SentenceAt(max(q.Close-1, q.Open))
	if sb < 0 {
		return quoteAttribution{}, false
	}
	if a, ok := qd.rightFrame(qd.rightFrameTokens(q, sb)); ok {
		return a, true
	}
	return qd.leftFrameOf(q)
}

// rightFrameTokens returns the tokens [lo, hi) after a quote that closes in
// sentence sb: from the closing mark to the end of its sentence, run on
// past a sentence end the segmenter put after an initial or inside the
// marks, and cut at the next quote.
func (qd *quoteDoc) rightFrameTokens(q markedQuote, sb int) (int, int) {
	d := qd.d
	first := d.Sentences[sb].First
	lo := first + sort.Search(d.Sentences[sb].Last-first, func(i int) bool { return d.Tokens[first+i].Start >= q.Close })
	hi := d.Sentences[sb].Last
	// The segmenter ends sentences after initials ("Robert M. | Price,
	// chairman, said"): the attribution runs on into the next sentence.
	for s := sb; s+1 < len(d.Sentences) && hi-2 >= lo && qd.isInitial(hi-2) &&
		d.Sentences[s+1].Paragraph == d.Sentences[s].Paragraph; s++ {
		hi = d.Sentences[s+1].Last
	}
	if qd.onlyPunct(lo, hi) && qd.continuesQuoteSentence(q, sb) {
		lo, hi = d.Sentences[sb+1].First, d.Sentences[sb+1].Last
	}
	for i := lo; i < hi; i++ {
		if qd.quoted[i] {
			return lo, i
		}
	}
	return lo, hi
}

// continuesQuoteSentence reports whether the sentence after sb carries the
// attribution of a quote that ends sb. A sentence that opens in lower case
// continues the one before, even past a blank line (a closing mark, then
// "said Stephen Harper" in the next paragraph). In the same paragraph,
// "?" or "!" inside the marks ended the sentence for the segmenter, not
// the attribution: ""Why now?" Perez said."; so did a byline dash: ""..."
// ― Maria Ortiz". rightFrame still wants a speaker (and a cue or the
// dash) there.
func (qd *quoteDoc) continuesQuoteSentence(q markedQuote, sb int) bool {
	d := qd.d
	if sb+1 >= len(d.Sentences) || d.Sentences[sb+1].Paragraph > d.Sentences[sb].Paragraph+1 {
		return false
	}
	ns := d.Sentences[sb+1]
	if ns.First >= ns.Last {
		return false
	}
	return unicode.IsLower(quoteFirstRune(d.Tokens[ns.First].Text)) || ns.Paragraph == d.Sentences[sb].Paragraph &&
		(quoteEndsQuestion(d.Text[q.Start:q.End]) || quoteBylineDash[d.Tokens[ns.First].Text] || qd.attributionOnly(sb+1))
}

// attributionOnly reports whether sentence si is nothing but an
// attribution: a speaker and a reporting verb with at most adjuncts after
// it (""... missing." Trump said."), as when the segmenter ended the
// quote's sentence at the full stop inside the marks. "Trump said he
// would ..." reports a clause of its own.
func (qd *quoteDoc) attributionOnly(si int) bool {
	s := qd.d.Sentences[si]
	end := s.Last
	for end > s.First && !qd.isWord(end-1) {
		end--
	}
	if end-s.First > quoteAsideMax || end <= s.First || qd.quoted[s.First] {
		return false
	}
	a, ok := qd.rightFrame(s.First, end)
	if !ok || a.who.empty() {
		return false
	}
	v := s.First + sort.Search(end-s.First, func(i int) bool { return qd.tok(s.First+i).Start >= a.cueStart })
	r := max(v+1, a.who.last)
	return qd.skipAdjuncts(r, end) >= end
}

// leftFrameOf reads the attribution before a quote: in its own sentence
// up to the opening mark, or, for a quote that opens its paragraph, a
// sentence before it ending in a colon ("Stoltenberg told reporters:").
func (qd *quoteDoc) leftFrameOf(q markedQuote) (quoteAttribution, bool) {
	d := qd.d
	sa := d.SentenceAt(q.Open)
	if sa < 0 {
		return quoteAttribution{}, false
	}
	s := d.Sentences[sa]
	to := s.First + sort.Search(s.Last-s.First, func(i int) bool { return d.Tokens[s.First+i].End > q.Open })
	from := to
	for from > s.First && !qd.quoted[from-1] {
		from--
	}
	colon := to-1 > from && qd.tok(to-1).Text == ":"
	if a, ok := qd.leftFrame(sa, from, to); ok {
		// A cue with no speaker of its own far from a colon leaves the
		// clause before the colon to name one: "Asked which county was
		// his favorite, he demurred: "..."".
		if a.who.empty() && colon {
			// The main clause follows the last comma.
			main := from
			for k := to - 2; k > from; k-- {
				if qd.tok(k).Text == "," {
					main = k + 1
					break
				}
			}
			if c, ok := qd.colonFrame(main, to-1); ok && !c.who.empty() {
				return c, true
			}
		}
		return a, true
	}
	if colon {
		return qd.colonFrame(from, to-1)
	}
	if q.Open == d.Paragraphs[q.FirstPara].Start && q.FirstPara > 0 && sa > 0 {
		ps := d.Sentences[sa-1]
		if strings.HasSuffix(strings.TrimSpace(ps.Text), ":") && ps.Last > ps.First {
			if a, ok := qd.leftFrame(sa-1, ps.First, ps.Last-1); ok {
				return a, true
			}
			return qd.colonFrame(ps.First, ps.Last-1)
		}
	}
	return quoteAttribution{}, false
}

// colonFrame reads a clause ending in a colon, tokens [from, c), that
// introduces a quote with a verb the cue lexicon does not hold: the
// verb's subject speaks ("17-year-old Jared Potts echoed:", "The Heritage
// Foundation website notes:"), or, inverted, the name after a verb that
// opens the clause ("Stated Stone:", "Continued Stone:"). The colon is the
// cue. A clause without a verb ("Transcript as follows:") names no
// speaker.
func (qd *quoteDoc) colonFrame(from, c int) (quoteAttribution, bool) {
	cue := quoteAttribution{cueStart: qd.tok(c).Start, cueEnd: qd.tok(c).End}
	if strings.HasPrefix(qd.tok(from).Tag, "VB") && c-from <= 4 {
		if m := qd.npAfter(from+1, c); m.last == c && qd.isProper(m.last-1) {
			cue.who = m
			return cue, true
		}
	}
	for v := from + 1; v < c; v++ {
		// The tagger reads some verbs outside the lexicon as nouns
		// ("echoed/NN"): a finite form after a name is a verb.
		if t := qd.tok(v).Tag; !(t == "VBD" || t == "VBZ" || t == "VBP" || qd.cueByForm(v)) || qd.quoted[v] {
			continue
		}
		m := qd.subjectBefore(v, from)
		if m.empty() || !qd.hasHead(m) {
			return quoteAttribution{}, false
		}
		cue.who = m
		return cue, true
	}
	return quoteAttribution{}, false
}

// quoteMarkLen is the length of the quotation mark at byte i: two
// apostrophes or backquotes, else one character.
func quoteMarkLen(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	if strings.HasPrefix(text[i:], "''") || strings.HasPrefix(text[i:], "``") {
		return 2
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	return size
}

// quoteEndsQuestion reports whether quoted words end in "?" or "!".
func quoteEndsQuestion(s string) bool {
	s = strings.TrimRight(s, " \t\n'’\"”")
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

func quoteFirstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// onlyPunct reports whether tokens [lo, hi) hold no word.
func (qd *quoteDoc) onlyPunct(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if qd.isWord(i) {
			return false
		}
	}
	return true
}

// rightFrame reads the attribution that follows a quote, tokens [lo, hi).
func (qd *quoteDoc) rightFrame(lo, hi int) (quoteAttribution, bool) {
	i := lo
	for i < hi && !qd.isWord(i) {
		i++
	}
	if i >= hi {
		return quoteAttribution{}, false
	}
	if a, ok := qd.bylineFrame(i, lo, hi); ok {
		return a, true
	}
	if qd.isAccordingTo(i, hi) {
		m := qd.npAfter(i+2, hi)
		return qd.attr(i, i+2, m), !m.empty()
	}
	// "..., as Cruz said on Monday": the attribution as a comparison.
	if qd.lower(i) == "as" && i+2 < hi {
		i++
	}
	cv, ok := qd.cue(i)
	if !ok {
		cv, ok = qd.invertedCue(i, hi)
	}
	if ok && !quoteObjectCue(cv) {
		// Inversion: "...," said a U.S. Embassy official.
		m := qd.npAfter(i+1, hi)
		return qd.attr(i, i+1, m), !m.empty()
	}
	return qd.subjectVerbFrame(i, hi)
}

// bylineFrame reads a vox-pop byline at the first word i after a quote:
// ""We just want jobs." ― Maria Ortiz, 54, a nurse".
func (qd *quoteDoc) bylineFrame(i, lo, hi int) (quoteAttribution, bool) {
	if i <= lo || !quoteBylineDash[qd.tok(i-1).Text] || !qd.nameWord(i) {
		return quoteAttribution{}, false
	}
	if m := qd.npAfter(i, hi); !m.empty() && qd.nameWord(m.last-1) {
		return quoteAttribution{cueStart: qd.tok(i - 1).Start, cueEnd: qd.tok(i - 1).Start, who: m}, true
	}
	return quoteAttribution{}, false
}

// subjectVerbFrame reads "...," the minister said / X, the NATO chief,
// said: the first reporting verb whose subject starts the frame at i, and
// that does not end in a colon opening the next quote.
func (qd *quoteDoc) subjectVerbFrame(i, hi int) (quoteAttribution, bool) {
	for v := i + 1; v < hi && v < i+quoteAsideMax; v++ {
		if cv, ok := qd.cue(v); !ok || quoteObjectCue(cv) && !qd.quoteIsObject(v, hi) {
			continue
		}
		m := qd.subjectBefore(v, i)
		if m.empty() || m.first != i && !qd.appositionStart(i, m) {
			return quoteAttribution{}, false
		}
		// An infinitive cue after a quote attributes it only when nothing
		// but adjuncts follows (""...," he went on to say"); "X seemed to
		// agree that ..." reports a clause of its own.
		if qd.tok(v-1).Tag == "TO" && !qd.quoteIsObject(v, hi) {
			return quoteAttribution{}, false
		}
		if qd.introducesNext(v, hi) {
			return quoteAttribution{}, false
		}
		return qd.attr(v, v+1, m), true
	}
	return quoteAttribution{}, false
}

// quoteBylineDash are the dashes that set a name after a quote as its
// byline.
var quoteBylineDash = map[string]bool{"―": true, "—": true, "–": true, "-": true, "--": true}

// introducesNext reports whether the cue at v ends in a colon ("Mr. Zahed
// said:"): it opens the quote that follows, not the one before it.
func (qd *quoteDoc) introducesNext(v, hi int) bool {
	r := qd.skipAdjuncts(v+1, hi)
	return r < len(qd.d.Tokens) && qd.tok(r).Text == ":"
}

// afterDocumentNoun reports whether the participle cue at v follows a
// document noun, past a day or time ("a statement Wednesday saying").
func (qd *quoteDoc) afterDocumentNoun(v, lo int) bool {
	i := v - 1
	for i > lo && (quoteCalendarWords[qd.lower(i)] || qd.tok(i).Tag == "RB") {
		i--
	}
	return i >= lo && quoteDocumentNouns[qd.lower(i)]
}

// quoteObjectCue reports whether cv takes quoted words as its object
// rather than introducing speech ("condemned the "cowardly" bombings").
func quoteObjectCue(cv quoteCue) bool {
	switch cv.lemma {
	case "condemn", "denounce", "call", "describe", "hail", "praise",
		// Characterising frames: "slammed the plan as a "disaster"",
		// "compared the law to "tearing up the rulebook"".
		"slam", "blast", "brand", "label", "dub", "compare", "liken", "characterize",
		"dismiss", "decry", "mock", "criticize":
		return true
	}
	return false
}

// quoteIsObject reports whether a characterising verb at v after a quote
// has the quote for its object: nothing but adjuncts follows it to the end
// of the frame (""...," he mocks.", ""...," Trump blasted on Twitter"),
// where "..., he mocked the plan" has an object of its own.
func (qd *quoteDoc) quoteIsObject(v, hi int) bool {
	r := qd.skipAdjuncts(v+1, hi)
	return r >= hi || !qd.isWord(r)
}

// appositionStart allows a subject found past an apposition to start the
// frame ("...," Stoltenberg, the NATO chief, said).
func (qd *quoteDoc) appositionStart(i int, m quoteMention) bool {
	if m.first == i {
		return true
	}
	// The subject is the name in an aside after a description that
	// starts the frame: "...," another fraternity brother, Stuart
	// Oltchick, said.
	c := m.first - 1
	return c > i && qd.tok(c).Text == "," && m.last < len(qd.d.Tokens) && qd.tok(m.last).Text == "," &&
		qd.isProper(m.first) && qd.isProper(m.last-1) && qd.npAfter(i, c).last == c
}

// leftFrame reads the attribution that introduces a quote: tokens [from,
// to) of sentence si come before the opening mark.
func (qd *quoteDoc) leftFrame(si, from, to int) (quoteAttribution, bool) {
	if a, ok := qd.nameColonFrame(from, to); ok {
		return a, true
	}
	for v := to - 1; v >= from && v >= to-12; v-- {
		if qd.isAccordingTo(v, to) {
			m := qd.npAfter(v+2, to)
			return qd.attr(v, v+2, m), !m.empty()
		}
		cv, ok := qd.cue(v)
		if !ok {
			continue
		}
		m := qd.leftSpeaker(si, from, v)
		if m.empty() && (v == from || qd.tok(v-1).Text == ",") {
			// Inverted before a colon: "Stated Stone:", "Added the
			// senator:".
			m = qd.npAfter(v+1, to)
		}
		a := qd.attr(v, v+1, m)
		if quoteObjectCue(cv) {
			return qd.objectCueFrame(cv, v, to, a)
		}
		// The quote is the verb's whole complement when only "that", a
		// colon or comma, or the hearer ("told reporters") come between.
		rest := v + 1
		if cv.object {
			rest = qd.npAfter(rest, to).last
		}
		for rest < to && (!qd.isWord(rest) || qd.lower(rest) == "that") {
			rest++
		}
		a.fragment = rest < to
		return a, true
	}
	return quoteAttribution{}, false
}

// nameColonFrame reads a name and a colon right before the quote: "Frank
// Newport and Jim Harter: "..."", "More from Jones: "..."".
func (qd *quoteDoc) nameColonFrame(from, to int) (quoteAttribution, bool) {
	c := to - 1
	if c <= from || qd.tok(c).Text != ":" || !qd.nameWord(c-1) {
		return quoteAttribution{}, false
	}
	// The name opens its sentence or follows a dash: after a verb it
	// is the hearer ("She says to Nevadans: ...").
	m := qd.npBefore(c-1, from)
	if !m.empty() && qd.nameWord(m.first) && m.last-m.first <= 6 && (m.first == from || !qd.isWord(m.first-1)) {
		return quoteAttribution{cueStart: qd.tok(c).Start, cueEnd: qd.tok(c).End, who: m}, true
	}
	if f := c - 2; f >= from && (qd.lower(f) == "from" || qd.lower(f) == "by") {
		// "More from Jones:".
		return quoteAttribution{cueStart: qd.tok(c).Start, cueEnd: qd.tok(c).End, who: quoteMention{c - 1, c}}, true
	}
	return quoteAttribution{}, false
}

// leftSpeaker finds who speaks through the reporting verb at v before a
// quote. After a participle ("Stoltenberg condemned the violence, saying
// that ..."; "X was quoted as saying"; "The UAW issued a statement saying
// ...") the sentence's subject speaks; otherwise the verb's own subject.
func (qd *quoteDoc) leftSpeaker(si, from, v int) quoteMention {
	if strings.HasSuffix(qd.lower(v), "ing") && v > from && (qd.tok(v-1).Text == "," || quoteParticiplePreps[qd.lower(v-1)] || qd.afterDocumentNoun(v, from)) {
		return qd.participleSubject(v, qd.d.Sentences[si].First)
	}
	return qd.subjectBefore(v, from)
}

// quoteParticiplePreps open an adverbial participle whose subject is the
// sentence's: "X was quoted as saying", "deflected questions before
// saying", "ended by saying", "attack a friend without saying".
var quoteParticiplePreps = map[string]bool{"as": true, "by": true, "before": true, "after": true, "while": true, "without": true}

// objectCueFrame reads a verb that frames its object as speech or a name
// ("call", "describe"). "Martonyi called Hungary's admission "returning to
// her natural habitat"" is speech; "what it calls "the data solutions"
// business" and "the plan, called "Way Forward"" only name things: the
// verb needs its subject right before it and, for call, an object before
// the quote.
func (qd *quoteDoc) objectCueFrame(cv quoteCue, v, to int, a quoteAttribution) (quoteAttribution, bool) {
	m := a.who
	participle := strings.HasSuffix(qd.lower(v), "ing") && qd.tok(v-1).Text == ","
	if m.empty() || !participle && qd.tok(v-1).Text != "," && m.last != qd.skipAux(v-1, m.last-1)+1 || qd.tok(m.first).Tag == "WP" ||
		(cv.lemma == "call" || cv.lemma == "describe") && v+1 >= to {
		return quoteAttribution{}, false
	}
	if v+1 < to {
		// A characterising frame: "slammed the plan as a
		// "disaster"" runs from the object to the quote.
		a.frameStart = qd.tok(v + 1).Start
	}
	return a, true
}

func (qd *quoteDoc) attr(c0, c1 int, m quoteMention) quoteAttribution {
	return quoteAttribution{cueStart: qd.tok(c0).Start, cueEnd: qd.tok(c1 - 1).End, who: m}
}
