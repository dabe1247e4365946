package quotes

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/words"
)

// quoteDoc is the view of one document that quote quoteAttribution works on:
// its tokens, which of them lie inside quotation marks, and the names it
// uses, so that a speaker can be given the fullest name the article has.
type quoteDoc struct {
	d      *doc.Document
	lx     *quoteLexicon
	quoted []bool
	names  []quoteName
	marks  []markedQuote
	// absorbed holds, by quote, the attribution of a report that turned
	// out to be mostly that quote.
	absorbed map[int]quoteAttribution
	index    *quoteNameIndex   // built on first use
	ents     *quoteEntityIndex // built on first use
	// histByLast indexes the first histSeen speakers of the attribution
	// history by the last word of their name (sameDescription).
	histByLast map[string][]int
	histSeen   int
	// lows are the tokens in lower case; an ASCII token's is a substring
	// of the text lowered once (asciiLowered), with no string of its own.
	lows []string
	// cueAt caches cue's look-ups by token: 0 not looked up, -1 no
	// reporting verb, k the verb form lx.forms[k-1].
	cueAt []int32
	// scratch holds quoted, lows and cueAt for the next document.
	scratch *quoteArrays
	// speakerLines counts, by word in capitals, the paragraphs it opens
	// before a colon (transcriptSpeakers), built on first use.
	speakerLines map[string]int
}

// quoteArrays are the token-sized arrays of a quoteDoc, reused from
// document to document through quoteScratch.
type quoteArrays struct {
	quoted []bool
	lows   []string
	cueAt  []int32
}

var quoteScratch = sync.Pool{New: func() any { return new(quoteArrays) }}

// grown returns n zero values in the array of s.
func grown[T any](s []T, n int) []T {
	s = slices.Grow(s[:0], n)[:n]
	clear(s)
	return s
}

// release hands the token arrays back for the next document; qd must not
// be used after.
func (qd *quoteDoc) release() {
	sc := qd.scratch
	clear(sc.lows) // hold on to no text
	qd.quoted, qd.lows, qd.cueAt, qd.scratch = nil, nil, nil, nil
	quoteScratch.Put(sc)
}

// quoteName is a run of capitalised proper-noun tokens with the titles before
// the name stripped ("Prime Minister Jonas Gahr Store" -> "Jonas Gahr Store").
type quoteName struct {
	words      []string
	start, end int
	// titled is set when a title was stripped: the name is a person's.
	titled bool
	// quoted is set for a name inside quotation marks: it says who is
	// talked about, not who talks.
	quoted bool
}

// quoteMention is a noun phrase, tokens [first, last) of the document.
type quoteMention struct{ first, last int }

func (m quoteMention) empty() bool { return m.last <= m.first }

// quoteTimeWords and quoteTimeUnits make the time adverbials that come
// between a speaker and the verb, or the verb and the clause: "last week",
// "this month", "earlier this year".
var quoteTimeWords = map[string]bool{"last": true, "this": true, "next": true, "past": true, "on": true,
	"earlier": true, "later": true, "late": true, "early": true}
var quoteTimeUnits = map[string]bool{"week": true, "month": true, "year": true, "weekend": true,
	"night": true, "morning": true, "evening": true, "afternoon": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true}

func newQuoteDoc(d *doc.Document, marks []markedQuote) *quoteDoc {
	sc := quoteScratch.Get().(*quoteArrays)
	n := len(d.Tokens)
	sc.quoted, sc.lows, sc.cueAt = grown(sc.quoted, n), grown(sc.lows, n), grown(sc.cueAt, n)
	qd := &quoteDoc{d: d, lx: quoteLex(), quoted: sc.quoted, marks: marks, lows: sc.lows, cueAt: sc.cueAt,
		absorbed: map[int]quoteAttribution{}, scratch: sc}
	low := words.Lowered(d.Text)
	for i := range d.Tokens {
		t := &d.Tokens[i]
		qd.lows[i] = words.LowerAt(d.Text, low, t.Text, t.Start, t.End)
	}
	qd.markQuoted(marks)
	qd.collectNames()
	return qd
}

// markQuoted sets quoted for the tokens inside the quotation marks, the
// marks being in text order.
func (qd *quoteDoc) markQuoted(marks []markedQuote) {
	k := 0
	for i, t := range qd.d.Tokens {
		for k < len(marks) && marks[k].Close <= t.Start {
			k++
		}
		if k < len(marks) && t.End > marks[k].Open && t.Start < marks[k].Close {
			qd.quoted[i] = true
		}
	}
}

// collectNames gathers the article's own name runs: capitalised words, with
// particles and initials, of at most five words within a paragraph, titles
// stripped.
func (qd *quoteDoc) collectNames() {
	d := qd.d
	var run []string
	start, end, first := 0, 0, 0
	flush := func() {
		if len(run) > 0 && len(run) <= 5 {
			w := qd.stripTitles(run)
			qd.names = append(qd.names, quoteName{words: w, start: start, end: end, titled: len(w) < len(run), quoted: qd.quoted[first]})
		}
		run = nil
	}
	for i, t := range d.Tokens {
		if i > 0 && d.Sentences[t.Sentence].Paragraph != d.Sentences[d.Tokens[i-1].Sentence].Paragraph {
			flush()
		}
		switch {
		case qd.continuesName(i, run):
			if len(run) == 0 {
				start, first = t.Start, i
			}
			run = append(run, t.Text)
			end = t.End
		case t.Text == "." && len(run) > 0 && qd.isInitial(i-1):
			// "Robert M. Price": the tokenizer splits the initial's
			// full stop, and the segmenter may end a sentence there.
			run[len(run)-1] += "."
			end = t.End
		default:
			flush()
		}
	}
	flush()
}

// continuesName reports whether token i starts or continues the name run:
// a proper noun, a particle inside a name ("Osama bin Laden"), or a
// capitalised word after an initial, where the surname may open a new
// "sentence" and lose its NNP tag.
func (qd *quoteDoc) continuesName(i int, run []string) bool {
	return qd.isProper(i) || len(run) > 0 && qd.isParticle(i) ||
		len(run) > 0 && strings.HasSuffix(run[len(run)-1], ".") && unicode.IsUpper(quoteFirstRune(qd.tok(i).Text)) && qd.isWord(i)
}

// isParticle reports whether token i is a name particle followed by more
// of the name ("bin Laden", "el-Sayed").
func (qd *quoteDoc) isParticle(i int) bool {
	w := qd.tok(i).Text
	if p, rest, ok := strings.Cut(w, "-"); ok {
		return quoteParticles[p] && unicode.IsUpper(quoteFirstRune(rest))
	}
	return quoteParticles[w] && i+1 < len(qd.d.Tokens) && qd.isProper(i+1)
}

// inMarks reports whether byte pos lies inside quotation marks.
func (qd *quoteDoc) inMarks(pos int) bool {
	i := sort.Search(len(qd.marks), func(i int) bool { return qd.marks[i].Close > pos })
	return i < len(qd.marks) && qd.marks[i].Open <= pos
}

// isInitial reports whether token i is a single capital letter, or an
// abbreviation that ends names, followed directly by a full stop that the
// tokenizer split off: "M." in "Robert M. Price", "Corp." in "Intel Corp.".
func (qd *quoteDoc) isInitial(i int) bool {
	t := qd.tok(i)
	if i+1 >= len(qd.d.Tokens) || qd.tok(i+1).Text != "." || qd.tok(i+1).Start != t.End {
		return false
	}
	if len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
		return true
	}
	switch qd.lower(i) {
	case "corp", "inc", "co", "ltd", "jr", "sr", "bros", "cos":
		return true
	}
	return false
}

// isProper reports whether token i is a capitalised proper noun that can be
// part of a name.
func (qd *quoteDoc) isProper(i int) bool {
	t := qd.d.Tokens[i]
	if t.Tag != "NNP" && t.Tag != "NNPS" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsUpper(r) || quoteCalendarWords[qd.lower(i)] {
		return false
	}
	// Datelines and credits ("(AP)_") are tagged NNP too.
	for _, r := range t.Text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".-'’&", r) {
			return false
		}
	}
	return true
}

// stripTitles drops the words up to the last title in a name run, unless
// nothing would be left ("Martin Luther King"). Past an organisation noun
// and "of" the words name the organisation ("Bureau of Labor Statistics",
// where "Labor" is also a title as in "Labor Secretary"): a title there is
// one only before a first name ("Bureau of Labor Statistics Commissioner
// Erica Groshen").
func (qd *quoteDoc) stripTitles(ws []string) []string {
	if len(ws) == 0 || words.LowerIn(qd.lx.orgHeads, ws[len(ws)-1]) {
		return ws
	}
	last := -1
	orgOf := false
	for i, w := range ws {
		if i > 0 && strings.EqualFold(w, "of") && words.LowerIn(qd.lx.orgHeads, ws[i-1]) {
			orgOf = true
		}
		if words.LowerIn(qd.lx.titles, w) && (!orgOf || i+1 < len(ws) && firstNameGender(ws[i+1]) != "") {
			last = i
		}
	}
	if last >= 0 && last+1 < len(ws) {
		return ws[last+1:]
	}
	return ws
}

func (qd *quoteDoc) tok(i int) doc.Token { return qd.d.Tokens[i] }

// lower returns the lowercase form of token i.
func (qd *quoteDoc) lower(i int) string { return qd.lows[i] }

// isWord reports whether token i holds a letter or digit: prose tags bare
// quotation marks as nouns, which must not enter a noun phrase.
func (qd *quoteDoc) isWord(i int) bool {
	for _, r := range qd.d.Tokens[i].Text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// cue returns the reporting verb at token i, if any. The common forms are
// trusted whatever their tag; the rest must be tagged as verbs, since
// "claims", "notes" and "reports" are often nouns.
func (qd *quoteDoc) cue(i int) (quoteCue, bool) {
	if qd.quoted[i] {
		return quoteCue{}, false
	}
	// "as Tom Ridge put it:": put is a cue only with "it" after it.
	if w := qd.lower(i); (w == "put" || w == "puts") && i+1 < len(qd.d.Tokens) && qd.lower(i+1) == "it" {
		return quoteCue{lemma: "put it", direct: true}, true
	}
	// ""...," she went on.": go is a cue only with "on" after it.
	if w := qd.lower(i); (w == "went" || w == "goes") && i+1 < len(qd.d.Tokens) && qd.lower(i+1) == "on" {
		return quoteCue{lemma: "go on", direct: true}, true
	}
	if cv, ok := qd.phrasalCue(i); ok {
		return cv, true
	}
	k := qd.cueForm(i)
	if k < 0 {
		return quoteCue{}, false
	}
	v := qd.lx.forms[k]
	if qd.lx.trusted[k] || strings.HasPrefix(qd.tok(i).Tag, "VB") {
		return v, true
	}
	return v, qd.cueByForm(i)
}

// cueForm is the index in the lexicon's forms of token i's word, whatever
// its tag, or -1. The frames ask about one token many times: its form is
// looked up once.
func (qd *quoteDoc) cueForm(i int) int {
	k := qd.cueAt[i]
	if k == 0 {
		k = -1
		if j, ok := qd.lx.formIndex[qd.lower(i)]; ok {
			k = j + 1
		}
		qd.cueAt[i] = k
	}
	if k < 0 {
		return -1
	}
	return int(k) - 1
}

// invertedCue reads a reporting verb right after a quote whatever the
// tagger made of it, when a name follows it: ""...," scoffed Arianna
// Gil" (the tagger reads "scoffed" after a closing mark as an adjective
// or a participle). A past or present form followed by a capitalised
// word has no other reading there.
func (qd *quoteDoc) invertedCue(i, hi int) (quoteCue, bool) {
	k := qd.cueForm(i)
	if k < 0 || qd.quoted[i] || i+1 >= hi || !unicode.IsLower(quoteFirstRune(qd.tok(i).Text)) {
		return quoteCue{}, false
	}
	if w := qd.lower(i); !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && w != "said" && w != "told" && w != "wrote" {
		return quoteCue{}, false
	}
	if !unicode.IsUpper(quoteFirstRune(qd.tok(i + 1).Text)) {
		return quoteCue{}, false
	}
	return qd.lx.forms[k], true
}

// cueByForm reports whether a reporting verb's form that the tagger read
// as a noun is a verb by its place: a finite form ("notes", "reported")
// right after a name or a pronoun, not followed by a preposition that
// makes it a noun ("Conway notes." and "CNN reports that ..." but not
// "Trump's claims of fraud").
func (qd *quoteDoc) cueByForm(i int) bool {
	w := qd.lower(i)
	if i == 0 || !(strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")) || unicode.IsUpper(quoteFirstRune(qd.tok(i).Text)) {
		// A capitalised form is a name's word: "the United States".
		return false
	}
	prev := qd.tok(i - 1)
	if prev.Tag != "NNP" && prev.Tag != "NNPS" && prev.Tag != "PRP" || qd.quoted[i-1] {
		return false
	}
	if i+1 < len(qd.d.Tokens) && qd.tok(i+1).Sentence == qd.tok(i).Sentence {
		switch qd.lower(i + 1) {
		case "of", "about", "for", "to", "from", "on", "in", "by", "with", "and", "'s", "’s":
			return false
		}
	}
	return true
}

// isAccordingTo reports whether tokens i, i+1 are "according to".
func (qd *quoteDoc) isAccordingTo(i, hi int) bool {
	return i+1 < hi && qd.lower(i) == "according" && qd.lower(i+1) == "to" && !qd.quoted[i]
}

var quoteNPTags = map[string]bool{"NNP": true, "NNPS": true, "NN": true, "NNS": true, "JJ": true,
	"DT": true, "CD": true, "POS": true, "PRP$": true, "JJS": true, "PDT": true}

// quoteNPPreps join a prepositional phrase to the noun before it inside a
// speaker's noun phrase ("a spokesman for the ministry").
var quoteNPPreps = map[string]bool{"of": true, "for": true, "at": true, "in": true, "from": true, "to": true}

func (qd *quoteDoc) inNP(i int) bool {
	if i > 0 && qd.tok(i).Text == "." && qd.isInitial(i-1) && !qd.quoted[i] {
		return true
	}
	if qd.quoted[i] || !qd.isWord(i) {
		return false
	}
	t := qd.tok(i)
	if quoteNPTags[t.Tag] {
		return true
	}
	// prose often tags capitalised words it does not know as other
	// parts of speech; a capitalised word inside a phrase is a name.
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) && t.Tag != "PRP" && t.Tag != "IN" && t.Tag != "CC" && t.Tag != "WP" && t.Tag != "WDT"
}

func (qd *quoteDoc) isNoun(i int) bool {
	if strings.HasSuffix(qd.lower(i), "-old") && (i+1 >= len(qd.d.Tokens) || !strings.HasPrefix(qd.tok(i+1).Tag, "NN")) {
		// "said the 46-year-old": an age read as an adjective is the
		// noun of its phrase when no noun follows.
		return true
	}
	return strings.HasPrefix(qd.tok(i).Tag, "NN") && qd.isWord(i)
}

// pronoun returns the attributing pronoun at token i ("he"), or "".
func (qd *quoteDoc) pronoun(i int) string {
	w := qd.lower(i)
	if _, ok := qd.lx.pronouns[w]; ok && !qd.quoted[i] {
		return w
	}
	return ""
}

// skipAux steps left from i over adverbs and auxiliaries between a subject
// and its verb ("he also said", "she has said").
func (qd *quoteDoc) skipAux(i, lo int) int {
	for i >= lo {
		t := qd.tok(i)
		switch {
		case t.Tag == "RB" || t.Tag == "MD":
		case quoteAuxWords[qd.lower(i)]:
		case quoteReflexives[qd.lower(i)]:
			// "Cruz himself said": an intensifier after the subject.
		case quoteCalendarWords[qd.lower(i)]:
			// "President Bush on Tuesday said"
			if i-1 >= lo && (qd.tok(i-1).Tag == "IN" || quoteTimeWords[qd.lower(i-1)]) {
				i--
			}
		case quoteTimeUnits[qd.lower(i)] && i-1 >= lo && quoteTimeWords[qd.lower(i-1)]:
			// "Hewlett last week announced"
			i--
		case strings.EqualFold(t.Text, "as") && i-1 >= lo && strings.EqualFold(qd.tok(i-1).Text, "quoted"):
			// "X was quoted as saying"
			i--
		default:
			return i
		}
		i--
	}
	return i
}

var quoteReflexives = map[string]bool{"himself": true, "herself": true, "themselves": true, "itself": true}

var quoteAuxWords = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true,
	"is": true, "are": true, "will": true, "would": true, "also": true, "later": true, "then": true,
	"again": true, "did": true, "does": true}

// npBefore returns the noun phrase ending at token j (inclusive), not
// reaching before lo.
func (qd *quoteDoc) npBefore(j, lo int) quoteMention {
	if j < lo {
		return quoteMention{}
	}
	if qd.pronoun(j) != "" {
		return quoteMention{j, j + 1}
	}
	k := qd.npStartBefore(j, lo)
	m := quoteMention{k + 1, j + 1}
	// Coordinated speakers: "AST Research Inc. and Sun Microsystems Inc.",
	// "Sun, Hewlett-Packard and others".
	if k-1 >= lo && qd.lower(k) == "and" && !qd.quoted[k] && (qd.isNoun(k-1) || qd.tok(k-1).Text == "." && qd.inNP(k-1)) && !m.empty() {
		m.first = qd.conjunctsStart(k, lo, m.first)
	}
	// "On Tuesday, the ministry said": no calendar word opens a speaker.
	// A number in words opens a speaker ("one official", "two aides"); one
	// in digits is a date's ("Oct. 5 the ministry").
	for !m.empty() && (quoteCalendarWords[qd.lower(m.first)] || qd.tok(m.first).Tag == "CD" && m.last-m.first > 1 && !quoteNumberWords[qd.lower(m.first)]) {
		m.first++
	}
	return m
}

// npStartBefore walks left from j over the phrase and returns the token
// before it: a determiner starts the phrase, and a preposition between
// nouns joins two ("a spokesman for | the ministry").
func (qd *quoteDoc) npStartBefore(j, lo int) int {
	k := j
	for k >= lo && qd.inNP(k) {
		attached := k-2 >= lo && quoteNPPreps[qd.lower(k-1)] && qd.isNoun(k-2)
		if qd.tok(k).Tag == "DT" || qd.tok(k).Tag == "PRP$" {
			// A determiner starts the phrase unless a preposition
			// attaches it to a noun before.
			if attached {
				k -= 2
				continue
			}
			return k - 1
		}
		if attached && qd.isNoun(k) {
			k -= 2
			continue
		}
		k--
	}
	return k
}

// conjunctsStart returns where coordinated speakers start when "and" at k
// joins a phrase before it to one starting at first, taking in a list of
// short names before it ("Sun, Hewlett-Packard and others").
func (qd *quoteDoc) conjunctsStart(k, lo, first int) int {
	c := qd.npBefore(k-1, lo)
	if c.empty() {
		return first
	}
	first = c.first
	for first-2 >= lo && qd.tok(first-1).Text == "," && qd.isProper(first-2) {
		c := qd.npBefore(first-2, lo)
		if c.empty() || c.last-c.first > 4 {
			break
		}
		first = c.first
	}
	return first
}

var quoteNumberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// npAfter returns the noun phrase starting at token i, not reaching hi.
func (qd *quoteDoc) npAfter(i, hi int) quoteMention {
	if i >= hi {
		return quoteMention{}
	}
	if qd.pronoun(i) != "" {
		return quoteMention{i, i + 1}
	}
	if t := qd.tok(i).Tag; (t == "VBN" || t == "VBG") && i+1 < hi && qd.inNP(i+1) && !qd.quoted[i] {
		// A participle premodifies a role: "said retired neurosurgeon
		// Ben Carson", "said acting Mayor Jane Doe".
		if m := (quoteMention{i, qd.lastNounEnd(i+1, qd.npReachAfter(i+1, hi))}); m.last > i+1 {
			return m
		}
	}
	return quoteMention{i, qd.lastNounEnd(i, qd.npReachAfter(i, hi))}
}

// npReachAfter walks right from i over the words a noun phrase may hold,
// a preposition between nouns included, and returns where it stops.
func (qd *quoteDoc) npReachAfter(i, hi int) int {
	k := i
	for k < hi {
		if t := qd.tok(k).Tag; k > i && (t == "DT" || t == "PRP$") && qd.isNoun(k-1) {
			// "told reporters | the strikes had hit ...": a new
			// phrase begins.
			return k
		}
		if qd.inNP(k) {
			k++
			continue
		}
		if k+1 < hi && k > i && qd.tok(k).Tag == "VBN" && qd.tok(k-1).Tag == "DT" && qd.inNP(k+1) && !qd.quoted[k] {
			// A participle after a determiner premodifies: "said the
			// printed Cruz slate card".
			k++
			continue
		}
		if k+1 < hi && k > i && quoteNPPreps[qd.lower(k)] && qd.isNoun(k-1) && qd.inNP(k+1) {
			k++
			continue
		}
		return k
	}
	return k
}

// lastNounEnd cuts the phrase [i, k) back to its last noun, past a trailing
// day and its preposition: "said a U.S. official on Tuesday".
func (qd *quoteDoc) lastNounEnd(i, k int) int {
	for k > i && !qd.isNoun(k-1) {
		k--
	}
	for k > i && quoteCalendarWords[qd.lower(k-1)] {
		k--
		for k > i && (quoteNPPreps[qd.lower(k-1)] || qd.lower(k-1) == "on") {
			k--
		}
	}
	return k
}

// quoteAsideMax is the longest aside, in tokens, between a speaker and the
// reporting verb ("Alex Castellanos, a veteran media consultant who earlier
// in the season had tried to organize an anti-Trump campaign, said").
const quoteAsideMax = 28

// labelOpen returns the "(" of a party and state label ending at token j
// ("(D-Ore.)", "(R)"), or -1: a short bracket right after a name.
func (qd *quoteDoc) labelOpen(j, lo int) int {
	if j < lo || qd.tok(j).Text != ")" || qd.quoted[j] {
		return -1
	}
	for k := j - 1; k >= lo && k >= j-6; k-- {
		switch qd.tok(k).Text {
		case "(":
			if k-1 >= lo && k < j-1 && qd.isProper(k-1) {
				return k
			}
			return -1
		case ",", ")":
			return -1
		}
	}
	return -1
}

// skipLabel steps left over a party and state label ending at token j.
func (qd *quoteDoc) skipLabel(j, lo int) int {
	if k := qd.labelOpen(j, lo); k >= 0 {
		return k - 1
	}
	return j
}

// participleSubject is the speaker of a participle cue at v ("..., saying
// that"): the subject of an earlier reporting verb of the sentence
// (""...," Zelensky said, adding that ..."), else the sentence's subject.
func (qd *quoteDoc) participleSubject(v, lo int) quoteMention {
	for x := v - 2; x >= lo && x > v-16; x-- {
		if _, ok := qd.cue(x); ok && !strings.HasSuffix(qd.lower(x), "ing") {
			if m := qd.subjectBefore(x, lo); !m.empty() {
				return m
			}
			if p := x - 1; p >= lo && (qd.tok(p).Text == "," || qd.quoted[p] && !qd.isWord(p)) {
				// ""...," said Smith, adding ...": inversion right
				// after the quote; elsewhere the phrase after the
				// verb is its object ("seemed to mock his talk,
				// saying").
				if m := qd.npAfter(x+1, v); !m.empty() && qd.hasHead(m) {
					return m
				}
			}
		}
	}
	m := qd.sentenceSubject(qd.tok(v).Sentence)
	if m.empty() || m.first < lo && qd.tok(v).Sentence != qd.tok(lo).Sentence {
		return quoteMention{}
	}
	return m
}

// sentenceSubject is the noun phrase that opens sentence si, for participle
// cues whose subject is the sentence's ("Stoltenberg condemned the
// violence, saying ...").
func (qd *quoteDoc) sentenceSubject(si int) quoteMention {
	s := qd.d.Sentences[si]
	i := s.First
	for i < s.Last && !qd.isWord(i) {
		i++
	}
	// A sentence may open with a time adverbial before its subject:
	// "Last month, he said", "Hours later, Trump ... telling Reuters".
	if c := qd.timeAdverbialEnd(i, s.Last); c > i {
		i = c
	}
	// A sentence may open with an adverbial before its subject: "In a
	// statement released Thursday, Rep. Hakeem Jeffries reacted ...".
	if i < s.Last && qd.tok(i).Tag == "IN" && !qd.quoted[i] {
		for c := i + 1; c < s.Last && c < i+quoteAsideMax; c++ {
			if qd.quoted[c] {
				break
			}
			if qd.tok(c).Text == "," {
				if m := qd.npAfter(c+1, s.Last); !m.empty() && qd.hasHead(m) {
					return m
				}
				break
			}
		}
	}
	return qd.npAfter(i, s.Last)
}

func (qd *quoteDoc) mentionText(m quoteMention) (string, int, int) {
	start, end := qd.tok(m.first).Start, qd.tok(m.last-1).End
	return qd.d.Text[start:end], start, end
}

// hasHead reports whether mention m holds a noun or pronoun: "an
// estimated 20,000" has none, so "estimated" is no reporting verb there.
func (qd *quoteDoc) hasHead(m quoteMention) bool {
	for i := m.first; i < m.last; i++ {
		if qd.isNoun(i) || qd.pronoun(i) != "" {
			return true
		}
	}
	// "A senior official/JJ": the tagger misreads some person nouns.
	return !m.empty() && (quotePersonNouns[qd.lower(m.last-1)] || qd.lx.titles[qd.lower(m.last-1)])
}

// quotePhrasalCues are reporting verbs of two words, by the forms of their
// verb and their particle: "he points out that", ""...," Bennett shot
// back".
var quotePhrasalCues = map[string]quoteCue{
	"point out": {lemma: "point out"}, "points out": {lemma: "point out"}, "pointed out": {lemma: "point out"},
	"pointing out": {lemma: "point out"},
	"shot back":    {lemma: "shoot back", direct: true}, "shoots back": {lemma: "shoot back", direct: true},
	"fired back": {lemma: "fire back", direct: true}, "fires back": {lemma: "fire back", direct: true},
	"hit back": {lemma: "hit back", direct: true}, "hits back": {lemma: "hit back", direct: true},
}

// phrasalCue reads a two-word reporting verb starting at token i.
func (qd *quoteDoc) phrasalCue(i int) (quoteCue, bool) {
	if i+1 >= len(qd.d.Tokens) {
		return quoteCue{}, false
	}
	switch qd.lower(i + 1) {
	case "out", "back":
	default:
		return quoteCue{}, false
	}
	cv, ok := quotePhrasalCues[qd.lower(i)+" "+qd.lower(i+1)]
	return cv, ok
}

// quoteAdverbialTimes are the further words of an opening time
// adverbial: "Hours later", "Two years ago", "Moments after".
var quoteAdverbialTimes = map[string]bool{"ago": true, "hours": true, "days": true, "weeks": true,
	"months": true, "years": true, "minutes": true, "moments": true, "in": true}

// timeAdverbialEnd returns the token after the comma that closes a time
// adverbial opening at i, or i when none opens there.
func (qd *quoteDoc) timeAdverbialEnd(i, hi int) int {
	for c := i; c < hi && c < i+6; c++ {
		w := qd.lower(c)
		switch {
		case qd.tok(c).Text == ",":
			if c > i {
				return c + 1
			}
			return i
		case quoteTimeWords[w] || quoteTimeUnits[w] || quoteAdverbialTimes[w] || quoteCalendarWords[w] || qd.tok(c).Tag == "CD":
		default:
			return i
		}
	}
	return i
}
