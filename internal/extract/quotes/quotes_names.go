package quotes

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// The naming of speakers: a mention's name and kind, the fullest form of a
// name in the article, and the index of the article's own name runs.

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

// nameWord reports whether token i is a proper name's word even where the
// tagger read it as a common noun ("Clinton/NN: ...", "- Sanders/NNS"): a
// capitalised word that ends a name the document uses elsewhere.
func (qd *quoteDoc) nameWord(i int) bool {
	if qd.isProper(i) {
		return true
	}
	t := qd.tok(i)
	if !strings.HasPrefix(t.Tag, "NN") || !unicode.IsUpper(quoteFirstRune(t.Text)) || qd.quoted[i] {
		return false
	}
	for _, r := range t.Text {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	idx := qd.nameIndex()
	return len(idx.longestEnding(qd.names, []string{t.Text}).names) > 0
}
