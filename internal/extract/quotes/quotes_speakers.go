package quotes

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// Kinds of speaker, for matching pronouns: he/she take a person, they a
// group or organisation, it an organisation. Unknown names match any.
const (
	spkUnknown = ""
	spkPerson  = "person"
	spkGroup   = "group"
	spkOrg     = "org"
)

// quoteSpeaker is a speaker already named in the article, in text order.
type quoteSpeaker struct {
	name, kind string
	// label is the entity label of a named speaker; empty for an unnamed
	// source ("a spokesman", "hospital sources").
	label     string
	para, pos int
	// written is the name as the text writes it here, titles dropped
	// ("Chris Murphy"), where its first name tells a gender; the
	// fullest name may belong to someone else of the same surname.
	written string
}

// speakerLabel is the label of a named speaker of kind k: a person, a
// group named by a proper plural ("Democrats") or an organisation.
func speakerLabel(k string) string {
	switch k {
	case spkPerson:
		return "PERSON"
	case spkGroup:
		return "NORP"
	}
	return "ORG"
}

// quotePersonNouns head noun phrases that denote a person ("a spokesman for the
// ministry", "an official"), on top of the titles list.
var quotePersonNouns = map[string]bool{"official": true, "witness": true, "resident": true, "analyst": true,
	"expert": true, "man": true, "woman": true, "doctor": true, "lawyer": true, "source": true,
	"diplomat": true, "activist": true, "survivor": true, "victim": true, "mother": true, "father": true,
	"aide": true, "negotiator": true, "representative": true, "worker": true, "farmer": true}

// attribute names the speaker of every quote in text order. Pronouns go to
// the most recent compatible speaker, preferring the previous quote's
// speaker within a run of paragraphs (news convention); quotes with no
// quoteAttribution of their own take the speaker of the quotes around them.
func (qd *quoteDoc) attribute(items []*quoteItem, ents []facts.Entity) {
	var hist []quoteSpeaker
	gender := map[string]string{}
	for _, it := range items {
		if !it.hasWho {
			continue
		}
		_, it.spkStart, it.spkEnd = qd.mentionText(it.who)
		var ref quoteSpeaker
		it.via = "name"
		if p := qd.pronoun(it.who.first); p != "" && it.who.last == it.who.first+1 {
			r, ok := qd.resolvePronoun(p, it.spkStart, it.para, hist, ents, gender)
			if !ok {
				continue
			}
			ref, it.via = r, "pronoun"
			if p == "he" || p == "she" {
				gender[ref.name] = p
			}
		} else if r, ok := qd.sameDescription(it.who, hist); ok {
			// "the spokeswoman said" after "an IBM spokeswoman said".
			ref, it.via = r, "role"
		} else if qd.isOrgAnaphor(it.who) {
			// "the company said": the company last named, else the
			// organisation last speaking.
			it.via = "role"
			if name, ok := qd.lastCompany(it.spkStart); ok && qd.lower(it.who.last-1) != "group" {
				ref = quoteSpeaker{name: name, kind: spkOrg, label: "ORG"}
			} else if r, ok := qd.resolvePronoun("it", it.spkStart, it.para, hist, ents, gender); ok {
				ref = r
			} else {
				ref.name, ref.kind, ref.label = qd.name(it.who, ents)
				it.via = "name"
			}
		} else {
			ref.name, ref.kind, ref.label = qd.name(it.who, ents)
			if g := quoteTitleGender(qd.lower(it.who.first)); g != "" {
				gender[ref.name] = g
			} else if text, _, _ := qd.mentionText(it.who); ref.kind == spkPerson && gender[ref.name] == "" {
				// "Chris Murphy said": the first name as written.
				if g := qd.nameGender(strings.Join(qd.stripTitles(strings.Fields(text)), " ")); g != "" {
					gender[ref.name] = g
				}
			}
		}
		ref.para, ref.pos = it.para, it.spkStart
		it.speaker, it.label = ref.name, ref.label
		hist = append(hist, ref)
	}
	inh := newInheritance(items)
	for i, it := range items {
		if it.kind == "direct" && !it.hasWho {
			if from := inh.from(items, i); from != nil {
				// Attributed by context alone: no cue or mention of its own.
				// The mention is the one that attributes the quote it
				// continues ("...," she said. "..." shares "she").
				it.speaker, it.label, it.via = from.speaker, from.label, "context"
				it.spkStart, it.spkEnd = from.spkStart, from.spkEnd
			}
		}
		inh.done(items, i)
	}
}

// inheritance picks the quote whose speaker an unattributed direct quote
// shares: another direct quote of its paragraph (the previous, else the
// next), else the last quote of the paragraph before, as a paragraph that
// is only a quote continues the speaker before it. A quote continued over
// paragraphs has one speaker, wherever its attribution is (often only in
// its last paragraph).
//
// Items are visited in order and the answers kept, so that no quote walks
// the others (issue 18: a document of quotes opened and never closed, one
// chain, looped over every item for every quote of the chain; a paragraph
// of many unattributed quotes walked itself for each).
type inheritance struct {
	// chain is the first quote of each chain that names its speaker.
	chain map[int]*quoteItem
	// next is, for each item, the next of its paragraph that is a direct
	// quote naming its own speaker, or -1.
	next []int
	// spoken is the last item so far of the current paragraph with a
	// speaker, or -1; para is that paragraph.
	spoken, para int
	// before is the answer of the paragraph before, for paragraph
	// beforePara, once asked.
	before     *quoteItem
	beforePara int
}

func newInheritance(items []*quoteItem) *inheritance {
	in := &inheritance{chain: map[int]*quoteItem{}, next: make([]int, len(items)), spoken: -1, para: -1, beforePara: -1}
	for _, o := range items {
		if _, ok := in.chain[o.chain]; !ok && o.chain > 0 && o.hasWho && o.speaker != "" {
			in.chain[o.chain] = o
		}
	}
	for i := len(items) - 1; i >= 0; i-- {
		in.next[i] = -1
		if j := i + 1; j < len(items) && items[j].para == items[i].para {
			if o := items[j]; o.kind == "direct" && o.speaker != "" && o.hasWho {
				in.next[i] = j
			} else {
				in.next[i] = in.next[j]
			}
		}
	}
	return in
}

// from is the quote item i inherits its speaker from, or nil.
func (in *inheritance) from(items []*quoteItem, i int) *quoteItem {
	it := items[i]
	if it.chain > 0 {
		if o := in.chain[it.chain]; o != nil {
			return o
		}
	}
	if in.para == it.para && in.spoken >= 0 {
		return items[in.spoken]
	}
	if j := in.next[i]; j >= 0 {
		return items[j]
	}
	if in.beforePara != it.para {
		in.beforePara, in.before = it.para, nil
		first := i
		for first > 0 && items[first-1].para == it.para {
			first--
		}
		for j := first - 1; j >= 0 && items[j].lastPara >= it.para-1; j-- {
			if items[j].lastPara < it.para && items[j].speaker != "" {
				in.before = items[j]
				break
			}
		}
	}
	return in.before
}

// done records item i, its speaker now final.
func (in *inheritance) done(items []*quoteItem, i int) {
	if items[i].para != in.para {
		in.para, in.spoken = items[i].para, -1
	}
	if items[i].speaker != "" {
		in.spoken = i
	}
}

// nameGender is the gender a person's first name implies ("he" for Marco
// Rubio, "she" for Hillary Clinton), or "" for a name of either sex or not
// on the list (data/first-names.tsv, from US birth records).
func (qd *quoteDoc) nameGender(name string) string {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return "" // a surname alone says nothing
	}
	return qd.lx.firstNames[first]
}

// genderFits reports whether a name as written can be what pronoun p
// points to: "she" is never "Marco Rubio".
func (qd *quoteDoc) genderFits(p, written string) bool {
	if p != "he" && p != "she" {
		return true
	}
	g := qd.nameGender(written)
	return g == "" || g == p
}

func quoteTitleGender(w string) string {
	switch w {
	case "mr", "mr.", "sir", "lord", "king", "prince":
		return "he"
	case "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess":
		return "she"
	}
	return ""
}

// singleNameSubject reports whether a one-word name opening its sentence
// is a person acting as subject ("Zelenskyy, speaking in his address,
// thanked ..."): followed by a verb or an aside, and labelled as no
// organisation or place by the entity tagger.
func (qd *quoteDoc) singleNameSubject(n quoteName, ents []facts.Entity) bool {
	for _, j := range qd.entityIndex(ents).overlapping(ents, n.start, n.start+1) {
		if e := ents[j]; e.Start <= n.start && n.start < e.End && e.Label != "PERSON" {
			return false
		}
	}
	si := qd.d.SentenceAt(n.start)
	s := qd.d.Sentences[si]
	for i := s.First; i+1 < s.Last; i++ {
		if qd.tok(i).Start == n.start {
			next := qd.tok(i + 1)
			return next.Text == "," || strings.HasPrefix(next.Tag, "VB") && next.Tag != "VBG"
		}
	}
	return false
}

// recentEntity returns the last entity of the kind a pronoun wants that
// ends before pos and starts after after; subject keeps only entities that
// open their sentence.
func (qd *quoteDoc) recentEntity(ents []facts.Entity, pos, after int, want string, subject bool) (quoteSpeaker, bool) {
	within := qd.entityIndex(ents).overlapping(ents, after+1, pos)
	for k := len(within) - 1; k >= 0; k-- {
		e := ents[within[k]]
		if e.End > pos || e.Start <= after {
			continue
		}
		kind := quoteEntityKind(e.Label)
		if want == spkPerson && kind != spkPerson || want != spkPerson && e.Label != "ORG" {
			continue
		}
		if subject && !qd.opensSentence(e.Start) || !quoteIsName(e.Text) || qd.inMarks(e.Start) {
			continue
		}
		if w := strings.Fields(strings.ToLower(e.Text)); kind == spkPerson && qd.lx.orgHeads[w[len(w)-1]] {
			// "White House" tagged PERSON.
			continue
		}
		words := qd.stripTitles(strings.Fields(e.Text))
		for _, n := range qd.names[qd.nameIndex().firstHolding(qd.names, e.End):] {
			// The article's own name run around the entity, which
			// the tagger may have cut short ("Ahmed Maher" of "Ahmed
			// Maher el-Sayed"). Names are in text order.
			if n.start > e.Start {
				break
			}
			if n.start <= e.Start && e.End <= n.end && len(n.words) > len(words) {
				words = n.words
				break
			}
		}
		label := e.Label
		if label != "PERSON" && label != "NORP" {
			label = "ORG" // a country or city speaking is its government
		}
		return quoteSpeaker{name: qd.fullest(words, e.Start), kind: kind, label: label, pos: e.Start,
			written: strings.Join(qd.stripTitles(strings.Fields(e.Text)), " ")}, true
	}
	return quoteSpeaker{}, false
}

// opensSentence reports whether byte pos starts its sentence, past a title.
func (qd *quoteDoc) opensSentence(pos int) bool {
	si := qd.d.SentenceAt(pos)
	if si < 0 {
		return false
	}
	s := qd.d.Sentences[si]
	for i := s.First; i < s.Last && qd.tok(i).Start < pos; i++ {
		if !qd.lx.titles[qd.lower(i)] && qd.tok(i).Tag != "DT" && qd.tok(i).Tag != "JJ" {
			return false
		}
	}
	return true
}

func quoteEntityKind(label string) string {
	switch label {
	case "PERSON":
		return spkPerson
	case "ORG", "GPE", "NORP":
		return spkOrg
	}
	return spkUnknown
}

// name gives the speaker named by quoteMention m and its kind. A phrase headed
// by a name gives the name's fullest form in the article, without titles;
// a common noun phrase ("hospital sources") is its own name.
func (qd *quoteDoc) name(m quoteMention, ents []facts.Entity) (string, string, string) {
	h := qd.nameHeadEnd(m)
	if qd.coordinated(m) {
		// Coordinated speakers are named as written; named people
		// ("Clinton and Sanders") are people.
		label := ""
		for j := m.first; j < m.last; j++ {
			if qd.isProper(j) {
				label = "PERSON"
			}
		}
		return qd.describe(m), spkGroup, label
	}
	if qd.isProper(h-1) || qd.isParticle(h-1) {
		return qd.properName(m, h, ents)
	}
	text := qd.describe(m)
	if name, k, ok := qd.taggedCapitalised(h-1, text, ents); ok {
		return name, k, speakerLabel(k)
	}
	return text, qd.commonNounKind(h - 1), ""
}

// nameHeadEnd returns the end of the head of m: the phrase up to its first
// preposition, past an "of" inside a name ("The Organization of African
// Unity").
func (qd *quoteDoc) nameHeadEnd(m quoteMention) int {
	h := m.first
	for h < m.last && !(h > m.first && quoteNPPreps[qd.lower(h)]) {
		h++
	}
	for h+1 < m.last && qd.lower(h) == "of" && qd.isProper(h-1) && qd.isProper(h+1) &&
		(qd.lx.orgHeads[qd.lower(h-1)] || qd.lx.titles[qd.lower(h-1)]) {
		h += 2
		for h < m.last && qd.isProper(h) {
			h++
		}
	}
	return h
}

// coordinated reports whether m joins speakers with "and" ("Clinton and
// Sanders").
func (qd *quoteDoc) coordinated(m quoteMention) bool {
	for i := m.first; i < m.last; i++ {
		if qd.lower(i) == "and" {
			return true
		}
	}
	return false
}

// properName names a phrase whose head, ending at h, is a name: its fullest
// form without titles, a person's when a title comes before it, else of
// the kind the entities give it.
func (qd *quoteDoc) properName(m quoteMention, h int, ents []facts.Entity) (string, string, string) {
	r := h - 1
	for r-1 >= m.first && (qd.isProper(r-1) || qd.isParticle(r-1) || qd.lower(r-1) == "of" && r-2 >= m.first && qd.isProper(r-2)) {
		r--
	}
	var words []string
	for i := r; i < h; i++ {
		words = append(words, qd.tok(i).Text)
	}
	stripped := qd.stripTitles(words)
	full := qd.fullest(stripped, qd.tok(r).Start)
	if len(stripped) < len(words) || r > m.first && qd.lx.titles[qd.lower(r-1)] {
		// A title before the name makes it a person's, whatever
		// the entity tagger says ("Ambassador Ahmed Maher").
		return full, spkPerson, "PERSON"
	}
	k := qd.nameKind(full, qd.tok(r).Start, qd.tok(h-1).End, ents)
	return full, k, speakerLabel(k)
}

// taggedCapitalised reads a name the tagger did not tag as one ("Pence"
// opening a sentence) at head token i: the entity tagger's label decides.
func (qd *quoteDoc) taggedCapitalised(i int, text string, ents []facts.Entity) (string, string, bool) {
	if r := quoteFirstRune(qd.tok(i).Text); !unicode.IsUpper(r) {
		return "", "", false
	}
	t := qd.tok(i)
	for _, j := range qd.entityIndex(ents).overlapping(ents, t.Start, t.End) {
		if e := ents[j]; e.Start <= t.Start && t.End <= e.End {
			if k := quoteEntityKind(e.Label); k != spkUnknown {
				return qd.fullest(qd.stripTitles(strings.Fields(text)), t.Start), k, true
			}
		}
	}
	return "", "", false
}

// commonNounKind is the kind of speaker a common noun head at i names: a
// person ("a spokesman"), a group (a plural, "police") or an organisation.
func (qd *quoteDoc) commonNounKind(i int) string {
	head := qd.lower(i)
	switch {
	case quotePersonNouns[head] || qd.lx.titles[head]:
		return spkPerson
	case qd.tok(i).Tag == "NNS" || qd.tok(i).Tag == "NNPS" || head == "police":
		return spkGroup
	}
	return spkOrg
}

func quoteIsAllCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// fullest returns the longest name in the article that ends with words
// ("Jens Stoltenberg" for "Stoltenberg"), the nearest one before pos when
// several are as long.
func (qd *quoteDoc) fullest(words []string, pos int) string {
	if len(words) == 0 {
		return ""
	}
	idx := qd.nameIndex()
	best := words
	if l := idx.longestEnding(qd.names, words); len(l.names) > 0 {
		best = qd.names[l.pick(qd.names, pos)].words
	}
	if len(best) == len(words) && len(words) == 1 {
		if full := qd.expandAcronym(words[0]); full != "" {
			return full
		}
	}
	if len(best) == len(words) {
		if full := qd.startingWith(words); full != "" {
			return full
		}
	}
	return strings.Join(best, " ")
}

// startingWith is the first name in the article that starts with words and
// goes on with a company suffix, or, after one word, with one word that is
// no organisation noun or title: "Intel" -> "Intel Corp.", "Saddam" ->
// "Saddam Hussein"; "" if none. It does not depend on where words are, so
// it is kept per words.
func (qd *quoteDoc) startingWith(words []string) string {
	idx := qd.nameIndex()
	key := strings.Join(words, "\x00")
	if full, ok := idx.starting[key]; ok {
		return full
	}
	full := ""
	for _, i := range idx.byFirst[words[0]] {
		n := qd.names[i]
		if len(n.words) <= len(words) || len(n.words) > len(words)+2 || !quoteStartsWithWords(n.words, words) {
			continue
		}
		extra := n.words[len(words):]
		if quoteAllSuffixes(extra) || len(words) == 1 && len(extra) == 1 &&
			!qd.lx.orgHeads[strings.ToLower(extra[0])] && !qd.lx.titles[strings.ToLower(extra[0])] {
			full = strings.Join(n.words, " ")
			break
		}
	}
	if idx.starting == nil {
		idx.starting = map[string]string{}
	}
	idx.starting[key] = full
	return full
}

// expandAcronym returns the name in the article whose capitalised words'
// initials spell acronym ("United Auto Workers" for "UAW"), or "".
func (qd *quoteDoc) expandAcronym(acronym string) string {
	if len(acronym) < 2 || len(acronym) > 6 || !quoteIsAllCaps(acronym) || strings.ContainsAny(acronym, ".-") {
		return ""
	}
	if i, ok := qd.nameIndex().byInitials[acronym]; ok {
		return strings.Join(qd.names[i].words, " ")
	}
	return ""
}

// quoteNameIndex finds the article's names by their first word, last word
// and initials, so that looking a speaker up costs the same in a long
// document as in a short one. Lists keep the article's order.
type quoteNameIndex struct {
	byFirst, byLast map[string][]int
	// byInitials maps the initials of a name whose every word is
	// capitalised to its first occurrence.
	byInitials map[string]int
	// inOrder is set when the names are in text order (by start), as
	// they are found; span is the longest name in bytes.
	inOrder bool
	span    int
	// longest and starting keep longestEnding's and startingWith's
	// answers.
	longest  map[string]longestNames
	starting map[string]string
}

// longestNames are the longest names (of at most four words) that end with
// some words and are longer than them, in text order.
type longestNames struct {
	names []int
	// ascending is set when their starts strictly ascend, as names are
	// found left to right: pick can then search.
	ascending bool
}

// longestEnding finds the longest names that end with words, once per
// words: a speaker named thousands of times in a long document is not
// matched against every name ending in the same word at every quote
// (issue 18).
func (idx *quoteNameIndex) longestEnding(names []quoteName, words []string) longestNames {
	key := strings.Join(words, "\x00")
	if l, ok := idx.longest[key]; ok {
		return l
	}
	l := longestNames{ascending: true}
	m := len(words)
	for _, i := range idx.byLast[words[len(words)-1]] {
		n := names[i]
		if len(n.words) < m || len(n.words) > 4 || !quoteEndsWithWords(n.words, words) {
			continue
		}
		if len(n.words) > m {
			m, l.names = len(n.words), l.names[:0]
		}
		if len(n.words) == m && m > len(words) {
			if k := len(l.names); k > 0 && names[l.names[k-1]].start >= n.start {
				l.ascending = false
			}
			l.names = append(l.names, i)
		}
	}
	if idx.longest == nil {
		idx.longest = map[string]longestNames{}
	}
	idx.longest[key] = l
	return l
}

// pick is the name fullest gives for a mention at pos: the nearest before
// pos, else the first. The walk it replaces took the first longest name,
// then each later one before pos.
func (l longestNames) pick(names []quoteName, pos int) int {
	if l.ascending {
		k := sort.Search(len(l.names), func(k int) bool { return names[l.names[k]].start >= pos })
		return l.names[max(k-1, 0)]
	}
	best := l.names[0]
	for _, i := range l.names[1:] {
		if n := names[i]; n.start < pos && n.start > names[best].start {
			best = i
		}
	}
	return best
}

func (qd *quoteDoc) nameIndex() *quoteNameIndex {
	if qd.index != nil {
		return qd.index
	}
	n := len(qd.names)
	idx := &quoteNameIndex{byFirst: make(map[string][]int, n), byLast: make(map[string][]int, n), byInitials: make(map[string]int, n)}
	var buf [8]byte // names have at most five words
	for i, n := range qd.names {
		if len(n.words) == 0 {
			continue
		}
		idx.byFirst[n.words[0]] = append(idx.byFirst[n.words[0]], i)
		idx.byLast[n.words[len(n.words)-1]] = append(idx.byLast[n.words[len(n.words)-1]], i)
		initials := buf[:0]
		for _, w := range n.words {
			if r := quoteFirstRune(w); unicode.IsUpper(r) && r < 128 {
				initials = append(initials, byte(r))
			}
		}
		if len(initials) == len(n.words) {
			if _, seen := idx.byInitials[string(initials)]; !seen {
				idx.byInitials[string(initials)] = i
			}
		}
	}
	idx.inOrder = slices.IsSortedFunc(qd.names, func(a, b quoteName) int { return cmp.Compare(a.start, b.start) })
	for _, n := range qd.names {
		idx.span = max(idx.span, n.end-n.start)
	}
	qd.index = idx
	return idx
}

// lastBefore is where a walk of names back from pos may start: no name
// after it starts before pos. It is the last name when the names are not
// in text order.
func (idx *quoteNameIndex) lastBefore(names []quoteName, pos int) int {
	if !idx.inOrder {
		return len(names) - 1
	}
	return sort.Search(len(names), func(i int) bool { return names[i].start >= pos }) - 1
}

// firstHolding is where a walk of names in text order for one holding a
// span that ends at end may start: no name before it reaches end. It is 0
// when the names are not in text order.
func (idx *quoteNameIndex) firstHolding(names []quoteName, end int) int {
	if !idx.inOrder {
		return 0
	}
	return sort.Search(len(names), func(i int) bool { return names[i].start >= end-idx.span })
}

func quoteStartsWithWords(words, prefix []string) bool {
	if len(prefix) > len(words) {
		return false
	}
	for i, w := range prefix {
		if words[i] != w {
			return false
		}
	}
	return true
}

// quoteAllSuffixes reports whether words are all company designators.
func quoteAllSuffixes(words []string) bool {
	for _, w := range words {
		switch strings.ToLower(strings.TrimSuffix(w, ".")) {
		case "corp", "inc", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "group", "corporation", "company", "cos":
		default:
			return false
		}
	}
	return true
}

func quoteEndsWithWords(words, suffix []string) bool {
	if len(suffix) == 0 || len(suffix) > len(words) {
		return false
	}
	off := len(words) - len(suffix)
	for i, w := range suffix {
		if words[off+i] != w {
			return false
		}
	}
	return true
}

// quoteIsName reports whether an entity's text can name a speaker: words of
// letters, with no quotation marks or brackets the entity tagger let in.
func quoteIsName(s string) bool {
	for _, w := range strings.Fields(s) {
		if !unicode.IsUpper(quoteFirstRune(w)) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !strings.ContainsRune(".-'’", r) {
				return false
			}
		}
	}
	return s != ""
}

// describe is an unnamed speaker's description without its determiner or
// quantifier ("a Sun spokesman" -> "Sun spokesman").
func (qd *quoteDoc) describe(m quoteMention) string {
	f := m.first
	for f < m.last-1 && (qd.tok(f).Tag == "DT" || quoteQuantifiers[qd.lower(f)]) {
		f++
	}
	// "most of them", "those surveyed": the quantifier or determiner is
	// the head, and stays.
	if f > m.first && (qd.lower(f) == "of" || f == m.last-1 && qd.tok(f).Tag == "VBN") {
		f = m.first
	}
	text, _, _ := qd.mentionText(quoteMention{f, m.last})
	return strings.Join(strings.Fields(text), " ")
}

var quoteQuantifiers = map[string]bool{"some": true, "many": true, "most": true, "several": true,
	"both": true, "few": true, "all": true, "other": true, "another": true}

// nameKind tells a person's name from an organisation's. The entity tagger
// decides where it has a label (PERSON over the others, since it confuses
// surnames with places); else a name of several words not ending in an
// organisation noun is a person's, and a single word (Intel, KFOR) is an
// organisation's: news introduces people by their full names.
func (qd *quoteDoc) nameKind(full string, start, end int, ents []facts.Entity) string {
	words := strings.Fields(full)
	if len(words) > 1 && qd.lx.orgHeads[strings.ToLower(words[len(words)-1])] {
		// "White House", "Foreign Ministry": whatever the tagger says.
		return spkOrg
	}
	idx := qd.entityIndex(ents)
	// The entities that name full are those it matches by text (the same
	// for every call with full: kept) and those at its offsets. The first
	// PERSON among them decides; else the last that has a kind.
	named := idx.namedKind(ents, full, words)
	over := kindOf{last: -1}
	for _, j := range idx.overlapping(ents, start, end) {
		if e := ents[j]; e.Start < end && e.End > start {
			over.add(j, e.Label)
		}
	}
	switch {
	case named.person || over.person:
		return spkPerson
	case named.last >= 0 || over.last >= 0:
		if named.last > over.last {
			return named.kind
		}
		return over.kind
	}
	if len(words) >= 2 && !quoteIsAllCaps(full) && !qd.lx.orgHeads[strings.ToLower(words[len(words)-1])] {
		return spkPerson
	}
	return spkOrg
}

// lastCompany is the company an article is about: the first name in it
// that ends in a company designator ("Control Data Corp."). Business news
// names its company in the lead and says "the company" after.
func (qd *quoteDoc) lastCompany(pos int) (string, bool) {
	for _, n := range qd.names {
		if len(n.words) >= 2 && quoteAllSuffixes(n.words[len(n.words)-1:]) {
			return strings.Join(n.words, " "), true
		}
	}
	return "", false
}

// sameDescription finds the earlier speaker a definite description points
// back to: "the spokeswoman" is the "IBM spokeswoman" who spoke before.
func (qd *quoteDoc) sameDescription(m quoteMention, hist []quoteSpeaker) (quoteSpeaker, bool) {
	n := m.last - m.first - 1
	if n < 1 || n > 3 || qd.lower(m.first) != "the" || !qd.isNoun(m.last-1) || qd.isProper(m.last-1) {
		return quoteSpeaker{}, false
	}
	var desc []string
	for i := m.first + 1; i < m.last; i++ {
		desc = append(desc, qd.lower(i))
	}
	// hist only grows while one document is attributed: index the new
	// speakers by their last word, lower-cased, and walk only those.
	if len(hist) < qd.histSeen {
		qd.histByLast, qd.histSeen = nil, 0
	}
	if qd.histByLast == nil {
		qd.histByLast = map[string][]int{}
	}
	for ; qd.histSeen < len(hist); qd.histSeen++ {
		if w := strings.Fields(strings.ToLower(hist[qd.histSeen].name)); len(w) > 0 {
			qd.histByLast[w[len(w)-1]] = append(qd.histByLast[w[len(w)-1]], qd.histSeen)
		}
	}
	cands := qd.histByLast[desc[len(desc)-1]]
	for k := len(cands) - 1; k >= 0; k-- {
		j := cands[k]
		w := strings.Fields(strings.ToLower(hist[j].name))
		if len(w) > n && quoteEndsWithWords(w, desc) {
			return hist[j], true
		}
	}
	return quoteSpeaker{}, false
}

// isOrgAnaphor reports whether m is "the company" or the like, which names
// no one but points back to an organisation.
func (qd *quoteDoc) isOrgAnaphor(m quoteMention) bool {
	if m.last-m.first != 2 || qd.lower(m.first) != "the" {
		return false
	}
	switch qd.lower(m.first + 1) {
	case "company", "firm", "bank", "carrier", "airline", "automaker", "retailer", "group":
		return true
	}
	return false
}

// quoteEntityIndex finds entities by text, canonical form, a person's last
// word and offset, so that naming a speaker does not scan every entity of
// a long document. Every look-up returns entity indexes in ascending order,
// the order the scans it replaces walked in.
type quoteEntityIndex struct {
	byText, byCanonical, personByLast map[string][]int
	byStart                           []int // entity indexes sorted by Start
	maxLen                            int
	named                             map[string]kindOf
	// inOrder is set when the entities are in text order (by Start).
	inOrder bool
}

func (qd *quoteDoc) entityIndex(ents []facts.Entity) *quoteEntityIndex {
	if qd.ents != nil {
		return qd.ents
	}
	idx := &quoteEntityIndex{byText: make(map[string][]int, len(ents)), byCanonical: make(map[string][]int, len(ents)),
		personByLast: map[string][]int{}, byStart: make([]int, 0, len(ents))}
	for j, e := range ents {
		idx.byText[e.Text] = append(idx.byText[e.Text], j)
		idx.byCanonical[e.Canonical] = append(idx.byCanonical[e.Canonical], j)
		if e.Label == "PERSON" {
			if w := lastField(e.Text); w != "" {
				idx.personByLast[w] = append(idx.personByLast[w], j)
			}
		}
		idx.byStart = append(idx.byStart, j)
		idx.maxLen = max(idx.maxLen, e.End-e.Start)
	}
	// A stable sort has one result, whatever its algorithm.
	slices.SortStableFunc(idx.byStart, func(a, b int) int { return cmp.Compare(ents[a].Start, ents[b].Start) })
	idx.inOrder = slices.IsSortedFunc(ents, func(a, b facts.Entity) int { return cmp.Compare(a.Start, b.Start) })
	qd.ents = idx
	return idx
}

// overlapping returns, in ascending order, the entities that may overlap
// [start, end): every entity starting in [start-maxLen, end).
func (idx *quoteEntityIndex) overlapping(ents []facts.Entity, start, end int) []int {
	lo := sort.Search(len(idx.byStart), func(k int) bool { return ents[idx.byStart[k]].Start >= start-idx.maxLen })
	var out []int
	for k := lo; k < len(idx.byStart) && ents[idx.byStart[k]].Start < end; k++ {
		out = append(out, idx.byStart[k])
	}
	sort.Ints(out)
	return out
}

// kindOf sums up the kinds of a set of entities for nameKind: whether one
// is a person, and the kind of the last (highest index) that has one.
type kindOf struct {
	person bool
	last   int
	kind   string
}

func (k *kindOf) add(j int, label string) {
	switch kind := quoteEntityKind(label); {
	case kind == spkPerson:
		k.person = true
	case kind != spkUnknown && j > k.last:
		k.last, k.kind = j, kind
	}
}

// namedKind sums up the entities that name full by text: the same text or
// canonical form, or a person whose name ends with full's words. It is
// kept per full, so that a name said thousands of times (a speaker quoted
// all through a long document) is not matched against all its mentions at
// every quote (issue 18).
func (idx *quoteEntityIndex) namedKind(ents []facts.Entity, full string, words []string) kindOf {
	if k, ok := idx.named[full]; ok {
		return k
	}
	k := kindOf{last: -1}
	for _, j := range idx.byText[full] {
		k.add(j, ents[j].Label)
	}
	for _, j := range idx.byCanonical[full] {
		k.add(j, ents[j].Label)
	}
	if len(words) > 0 {
		for _, j := range idx.personByLast[words[len(words)-1]] {
			if quoteEndsWithWords(strings.Fields(ents[j].Text), words) {
				k.add(j, ents[j].Label)
			}
		}
	}
	if idx.named == nil {
		idx.named = map[string]kindOf{}
	}
	idx.named[full] = k
	return k
}

// lastField is the last word of strings.Fields(s), or "" when s has none.
func lastField(s string) string {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	return s[start:end]
}
