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

// attribute names the speaker of every quote in text order. Pronouns go to
// the most recent compatible speaker, preferring the previous quote's
// speaker within a run of paragraphs (news convention); quotes with no
// quoteAttribution of their own take the speaker of the quotes around them.
func (qd *quoteDoc) attribute(items []*quoteItem, ents []facts.Entity) {
	// The rules take st by value (gender is a map they write through):
	// it stays on the stack.
	st := speakerState{gender: map[string]string{}, ents: ents}
	for _, it := range items {
		if !it.hasWho {
			continue
		}
		_, it.spkStart, it.spkEnd = qd.mentionText(it.who)
		// An item whose pronoun finds no referent keeps via "name" and
		// no speaker.
		it.via = "name"
		ref, ok := qd.chooseSpeaker(it, st)
		if !ok {
			continue
		}
		ref.para, ref.pos = it.para, it.spkStart
		it.speaker, it.label = ref.name, ref.label
		if it.narrative && it.via == "name" {
			it.via = "context"
		}
		st.hist = append(st.hist, ref)
	}
	qd.inheritSpeakers(items)
}

// speakerState is what attribute knows so far: the speakers in text order,
// the gender each name has shown, and the article's entities.
type speakerState struct {
	hist   []quoteSpeaker
	gender map[string]string
	ents   []facts.Entity
}

// speakerVerdict says what a speaker rule made of a mention.
type speakerVerdict int

const (
	// notThisRule: the rule does not apply; the next rule reads it.
	notThisRule speakerVerdict = iota
	// speakerFound: the rule names the speaker.
	speakerFound
	// noSpeaker: the rule applies but finds no referent; the item stays
	// without a speaker.
	noSpeaker
)

// speakerRules choose who a quote's speaker mention names, tried in order;
// each sets the item's via.
var speakerRules = []struct {
	name   string
	choose func(qd *quoteDoc, it *quoteItem, st speakerState) (quoteSpeaker, speakerVerdict)
}{
	// "he said": the most recent compatible speaker.
	{"pronoun", (*quoteDoc).pronounSpeaker},
	// "the spokeswoman said" after "an IBM spokeswoman said".
	{"same-description", (*quoteDoc).sameDescriptionSpeaker},
	// "the company said": the company last named, else the organisation
	// last speaking.
	{"organisation-anaphor", (*quoteDoc).orgAnaphorSpeaker},
	// Anything else names itself: "Stoltenberg", "hospital sources".
	{"name", (*quoteDoc).namedSpeaker},
}

// chooseSpeaker applies speakerRules to the item's mention.
func (qd *quoteDoc) chooseSpeaker(it *quoteItem, st speakerState) (quoteSpeaker, bool) {
	for _, rule := range speakerRules {
		switch ref, verdict := rule.choose(qd, it, st); verdict {
		case speakerFound:
			return ref, true
		case noSpeaker:
			return quoteSpeaker{}, false
		}
	}
	return quoteSpeaker{}, false
}

// pronounSpeaker resolves a one-word pronoun mention (resolvePronoun); "he"
// and "she" record the referent's gender.
func (qd *quoteDoc) pronounSpeaker(it *quoteItem, st speakerState) (quoteSpeaker, speakerVerdict) {
	p := qd.pronoun(it.who.first)
	if p == "" || it.who.last != it.who.first+1 {
		return quoteSpeaker{}, notThisRule
	}
	ref, ok := qd.resolvePronoun(p, it.spkStart, it.para, st.hist, st.ents, st.gender)
	if !ok {
		return quoteSpeaker{}, noSpeaker
	}
	it.via = "pronoun"
	// The gender a pronoun shows is recorded for the name, unless the
	// name's own first name says otherwise: "he" once taken for "Hillary
	// Clinton" (written "Clinton") must not bar her from every later
	// "she".
	if g := qd.nameGender(ref.name); (p == "he" || p == "she") && (g == "" || g == p) {
		st.gender[ref.name] = p
	}
	return ref, speakerFound
}

// sameDescriptionSpeaker: "the spokeswoman said" after "an IBM
// spokeswoman said" is that speaker again.
func (qd *quoteDoc) sameDescriptionSpeaker(it *quoteItem, st speakerState) (quoteSpeaker, speakerVerdict) {
	ref, ok := qd.sameDescription(it.who, st.hist)
	if !ok {
		return quoteSpeaker{}, notThisRule
	}
	it.via = "role"
	return ref, speakerFound
}

// orgAnaphorSpeaker: "the company said" is the company last named, else
// the organisation last speaking ("it"), else its own description.
func (qd *quoteDoc) orgAnaphorSpeaker(it *quoteItem, st speakerState) (quoteSpeaker, speakerVerdict) {
	if !qd.isOrgAnaphor(it.who) {
		return quoteSpeaker{}, notThisRule
	}
	it.via = "role"
	if name, ok := qd.lastCompany(it.spkStart); ok && qd.lower(it.who.last-1) != "group" {
		return quoteSpeaker{name: name, kind: spkOrg, label: "ORG"}, speakerFound
	}
	if r, ok := qd.resolvePronoun("it", it.spkStart, it.para, st.hist, st.ents, st.gender); ok {
		return r, speakerFound
	}
	var ref quoteSpeaker
	ref.name, ref.kind, ref.label = qd.name(it.who, st.ents)
	it.via = "name"
	return ref, speakerFound
}

// namedSpeaker names the mention itself and records the gender a title
// ("Mrs.") or a person's first name ("Chris Murphy") shows.
func (qd *quoteDoc) namedSpeaker(it *quoteItem, st speakerState) (quoteSpeaker, speakerVerdict) {
	var ref quoteSpeaker
	ref.name, ref.kind, ref.label = qd.name(it.who, st.ents)
	if g := quoteTitleGender(qd.lower(it.who.first)); g != "" {
		st.gender[ref.name] = g
	} else if text, _, _ := qd.mentionText(it.who); ref.kind == spkPerson && st.gender[ref.name] == "" {
		if g := qd.nameGender(strings.Join(qd.stripTitles(strings.Fields(text)), " ")); g != "" {
			st.gender[ref.name] = g
		}
	}
	return ref, speakerFound
}

// inheritSpeakers gives a direct quote without a cue or mention of its own
// the speaker of the quote it continues (inheritance): "...," she said.
// "..." shares "she".
func (qd *quoteDoc) inheritSpeakers(items []*quoteItem) {
	inh := newInheritance(items)
	for i, it := range items {
		if it.kind == "direct" && !it.hasWho {
			if from := inh.from(items, i); from != nil {
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
	return firstNameGender(first)
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
		if e.End > pos || e.Start <= after || !qd.entityCanSpeak(e, want, subject) {
			continue
		}
		label := e.Label
		if label != "PERSON" && label != "NORP" {
			label = "ORG" // a country or city speaking is its government
		}
		return quoteSpeaker{name: qd.fullest(qd.entityNameWords(e), e.Start), kind: quoteEntityKind(e.Label), label: label, pos: e.Start,
			written: strings.Join(qd.stripTitles(strings.Fields(e.Text)), " ")}, true
	}
	return quoteSpeaker{}, false
}

// entityCanSpeak reports whether entity e can be what a pronoun wanting
// kind want stands for: a person for a person, an organisation otherwise;
// a name outside quotation marks, opening its sentence when subject is
// set; and no organisation's head tagged as a person ("White House").
func (qd *quoteDoc) entityCanSpeak(e facts.Entity, want string, subject bool) bool {
	kind := quoteEntityKind(e.Label)
	if want == spkPerson && kind != spkPerson || want != spkPerson && e.Label != "ORG" {
		return false
	}
	if subject && !qd.opensSentence(e.Start) || !quoteIsName(e.Text) || qd.inMarks(e.Start) {
		return false
	}
	w := strings.Fields(strings.ToLower(e.Text))
	return kind != spkPerson || !qd.lx.orgHeads[w[len(w)-1]]
}

// entityNameWords are the words of an entity's name without titles, or of
// the article's own name run around it, which the tagger may have cut
// short ("Ahmed Maher" of "Ahmed Maher el-Sayed").
func (qd *quoteDoc) entityNameWords(e facts.Entity) []string {
	words := qd.stripTitles(strings.Fields(e.Text))
	for _, n := range qd.names[qd.nameIndex().firstHolding(qd.names, e.End):] {
		// Names are in text order.
		if n.start > e.Start {
			break
		}
		if n.start <= e.Start && e.End <= n.end && len(n.words) > len(words) {
			return n.words
		}
	}
	return words
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
