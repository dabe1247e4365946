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
	para, pos  int
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
		if p := qd.pronoun(it.who.first); p != "" && it.who.last == it.who.first+1 {
			r, ok := qd.resolvePronoun(p, it.spkStart, it.para, hist, ents, gender)
			if !ok {
				continue
			}
			ref = r
			if p == "he" || p == "she" {
				gender[ref.name] = p
			}
		} else if r, ok := qd.sameDescription(it.who, hist); ok {
			// "the spokeswoman said" after "an IBM spokeswoman said".
			ref = r
		} else if qd.isOrgAnaphor(it.who) {
			// "the company said": the company last named, else the
			// organisation last speaking.
			if name, ok := qd.lastCompany(it.spkStart); ok && qd.lower(it.who.last-1) != "group" {
				ref = quoteSpeaker{name: name, kind: spkOrg}
			} else if r, ok := qd.resolvePronoun("it", it.spkStart, it.para, hist, ents, gender); ok {
				ref = r
			} else {
				ref.name, ref.kind = qd.name(it.who, ents)
			}
		} else {
			ref.name, ref.kind = qd.name(it.who, ents)
			if g := quoteTitleGender(qd.lower(it.who.first)); g != "" {
				gender[ref.name] = g
			}
		}
		ref.para, ref.pos = it.para, it.spkStart
		it.speaker = ref.name
		hist = append(hist, ref)
	}
	for i, it := range items {
		if it.kind != "direct" || it.hasWho {
			continue
		}
		if from := quoteInheritFrom(items, i); from != nil {
			// Attributed by context alone: no cue or mention of its own.
			it.speaker = from.speaker
		}
	}
}

// quoteInheritFrom picks the quote whose speaker an unattributed direct quote
// shares: another direct quote of its paragraph (the previous, else the
// next), else the last quote of the paragraph before, as a paragraph that
// is only a quote continues the speaker before it.
func quoteInheritFrom(items []*quoteItem, i int) *quoteItem {
	it := items[i]
	if it.chain > 0 {
		// A quote continued over paragraphs has one speaker, wherever
		// its attribution is (often only in its last paragraph).
		for _, o := range items {
			if o.chain == it.chain && o.hasWho && o.speaker != "" {
				return o
			}
		}
	}
	for j := i - 1; j >= 0 && items[j].para == it.para; j-- {
		if items[j].speaker != "" {
			return items[j]
		}
	}
	for j := i + 1; j < len(items) && items[j].para == it.para; j++ {
		if items[j].kind == "direct" && items[j].speaker != "" && items[j].hasWho {
			return items[j]
		}
	}
	for j := i - 1; j >= 0 && items[j].lastPara >= it.para-1; j-- {
		if items[j].lastPara < it.para && items[j].speaker != "" {
			return items[j]
		}
	}
	return nil
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

// resolvePronoun finds who an attributing pronoun at byte pos refers to.
func (qd *quoteDoc) resolvePronoun(p string, pos, para int, hist []quoteSpeaker, ents []facts.Entity, gender map[string]string) (quoteSpeaker, bool) {
	want := qd.lx.pronouns[p]
	ok := func(name, kind string) bool {
		if g := gender[name]; g != "" && (p == "he" || p == "she") && g != p {
			return false
		}
		switch want {
		case spkPerson:
			return kind == spkPerson || kind == spkUnknown
		case spkGroup:
			return kind == spkGroup || kind == spkOrg
		}
		return kind == spkOrg
	}
	// A person named as subject since the last speaker is the likelier
	// referent ("Jones, the mayor, disagreed. "...," he said").
	lastPos := -1
	if n := len(hist); n > 0 {
		lastPos = hist[n-1].pos
	}
	if e, found := qd.recentEntity(ents, pos, lastPos, want, true); found && ok(e.name, e.kind) {
		return e, true
	}
	if want == spkPerson {
		// The same from the article's own name runs, where the entity
		// tagger missed the person ("Egyptian Ambassador Ahmed Maher
		// el-Sayed ... condemned the bombings. "...," he said").
		for j := len(qd.names) - 1; j >= 0; j-- {
			n := qd.names[j]
			if n.start >= pos {
				continue
			}
			if n.start <= lastPos || para >= 3 && n.start < qd.d.Paragraphs[para-3].Start {
				break
			}
			full := qd.fullest(n.words, n.start)
			if n.quoted || !qd.opensSentence(n.start) || !ok(full, spkPerson) {
				continue
			}
			if len(n.words) >= 2 && (n.titled || qd.nameKind(full, n.start, n.start+1, ents) == spkPerson) ||
				len(n.words) == 1 && qd.singleNameSubject(n, ents) {
				return quoteSpeaker{name: full, kind: spkPerson, pos: n.start}, true
			}
		}
	}
	if n := len(hist); n > 0 && ok(hist[n-1].name, hist[n-1].kind) && para-hist[n-1].para <= 2 {
		return hist[n-1], true
	}
	for j := len(hist) - 1; j >= 0 && para-hist[j].para <= 3; j-- {
		if ok(hist[j].name, hist[j].kind) {
			return hist[j], true
		}
	}
	if want == spkGroup {
		// "Cuban Americans ... It is a plot, they say": a plural
		// subject of the sentences since the last speaker.
		si := qd.d.SentenceAt(pos)
		for s := si; s >= 0 && s > si-4; s-- {
			m := qd.sentenceSubject(s)
			if m.empty() || qd.tok(m.first).Start >= pos || qd.tok(m.first).Start <= lastPos {
				continue
			}
			if t := qd.tok(m.last - 1).Tag; (t == "NNS" || t == "NNPS") && qd.hasHead(m) &&
				m.last < len(qd.d.Tokens) && (strings.HasPrefix(qd.tok(m.last).Tag, "VB") || qd.tok(m.last).Tag == "MD") {
				name, _ := qd.name(m, ents)
				return quoteSpeaker{name: name, kind: spkGroup, pos: qd.tok(m.first).Start}, true
			}
		}
	}
	if e, found := qd.recentEntity(ents, pos, -1, want, false); found && ok(e.name, e.kind) &&
		qd.d.Paragraphs[para].Start-2000 < e.pos {
		return e, true
	}
	for j := len(hist) - 1; j >= 0; j-- {
		if ok(hist[j].name, hist[j].kind) {
			return hist[j], true
		}
	}
	return quoteSpeaker{}, false
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
		for _, n := range qd.names {
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
		return quoteSpeaker{name: qd.fullest(words, e.Start), kind: kind, pos: e.Start}, true
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
func (qd *quoteDoc) name(m quoteMention, ents []facts.Entity) (string, string) {
	h := m.first
	for h < m.last && !(h > m.first && quoteNPPreps[qd.lower(h)]) {
		h++
	}
	// "The Organization of African Unity": "of" inside a name.
	for h+1 < m.last && qd.lower(h) == "of" && qd.isProper(h-1) && qd.isProper(h+1) &&
		(qd.lx.orgHeads[qd.lower(h-1)] || qd.lx.titles[qd.lower(h-1)]) {
		h += 2
		for h < m.last && qd.isProper(h) {
			h++
		}
	}
	for i := m.first; i < m.last; i++ {
		if qd.lower(i) == "and" {
			// Coordinated speakers are named as written.
			return qd.describe(m), spkGroup
		}
	}
	if qd.isProper(h-1) || qd.isParticle(h-1) {
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
			return full, spkPerson
		}
		return full, qd.nameKind(full, qd.tok(r).Start, qd.tok(h-1).End, ents)
	}
	text := qd.describe(m)
	head := qd.lower(h - 1)
	switch {
	case quotePersonNouns[head] || qd.lx.titles[head]:
		return text, spkPerson
	case qd.tok(h-1).Tag == "NNS" || qd.tok(h-1).Tag == "NNPS" || head == "police":
		return text, spkGroup
	}
	return text, spkOrg
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
	best, bestPos := words, -1
	for _, i := range idx.byLast[words[len(words)-1]] {
		n := qd.names[i]
		if len(n.words) < len(best) || len(n.words) > 4 || !quoteEndsWithWords(n.words, words) {
			continue
		}
		if len(n.words) > len(best) || n.start < pos && n.start > bestPos {
			best, bestPos = n.words, n.start
		}
	}
	if len(best) == len(words) && len(words) == 1 {
		if full := qd.expandAcronym(words[0]); full != "" {
			return full
		}
	}
	if len(best) == len(words) {
		// No longer name ends with these words; one may start with them:
		// "Intel" -> "Intel Corp.", "Saddam" -> "Saddam Hussein".
		for _, i := range idx.byFirst[words[0]] {
			n := qd.names[i]
			if len(n.words) <= len(words) || len(n.words) > len(words)+2 || !quoteStartsWithWords(n.words, words) {
				continue
			}
			extra := n.words[len(words):]
			if quoteAllSuffixes(extra) || len(words) == 1 && len(extra) == 1 &&
				!qd.lx.orgHeads[strings.ToLower(extra[0])] && !qd.lx.titles[strings.ToLower(extra[0])] {
				return strings.Join(n.words, " ")
			}
		}
	}
	return strings.Join(best, " ")
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
	qd.index = idx
	return idx
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
	kind := spkUnknown
	words := strings.Fields(full)
	if len(words) > 1 && qd.lx.orgHeads[strings.ToLower(words[len(words)-1])] {
		// "White House", "Foreign Ministry": whatever the tagger says.
		return spkOrg
	}
	for _, j := range qd.entityIndex(ents).candidates(ents, full, words, start, end) {
		e := ents[j]
		if e.Start < end && e.End > start || e.Text == full || e.Canonical == full ||
			e.Label == "PERSON" && quoteEndsWithWords(strings.Fields(e.Text), words) {
			switch k := quoteEntityKind(e.Label); {
			case k == spkPerson:
				return spkPerson
			case k != spkUnknown:
				kind = k
			}
		}
	}
	if kind != spkUnknown {
		return kind
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

// candidates returns, in ascending order and once each, the entities that
// may name full: by offset, text, canonical form or a person's last word.
func (idx *quoteEntityIndex) candidates(ents []facts.Entity, full string, words []string, start, end int) []int {
	out := idx.overlapping(ents, start, end)
	out = append(out, idx.byText[full]...)
	out = append(out, idx.byCanonical[full]...)
	if len(words) > 0 {
		out = append(out, idx.personByLast[words[len(words)-1]]...)
	}
	sort.Ints(out)
	return slices.Compact(out)
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
