package entities

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// Canonical names: one spelling per entity, the nearest fuller mention that
// shares its words or the expansion of its acronym; and entity ids.

const (
	accented = "áàâäãåéèêëíìîïóòôöõøúùûüýÿñçčćšžđł"
	plain    = "aaaaaaeeeeiiiiooooooouuuuyyncccszdl"
)

// fold lowercases a name and drops the accents of Latin letters.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		// No accented letter to drop; strings.ToLower returns s itself
		// when it has no capital.
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if k := strings.IndexRune(accented, r); k >= 0 {
			r = []rune(plain)[len([]rune(accented[:k]))]
		}
		b.WriteRune(r)
	}
	return b.String()
}

// canonicalise sets each entity's Canonical to the fullest form of its name
// in the document and its Entity to the id of that name.
//
// A mention whose words start or end a longer mention of the same label
// ("Stoltenberg" after "Jens Stoltenberg", "Ford" after "Ford Motor
// Company") takes the nearest such mention before it, not the longest in
// the document: a father and his son who share a surname stay two people,
// each "Smith" going to the Smith named last. When the nearest fuller name
// has a rival in its sentence ("Tom Smith and his son John Smith"), the
// mention is ambiguous and stays as written. With no fuller name before
// it (a headline), it takes the first one after it, if there is only one.
// The label is part of the match, so a name never merges into a longer
// name of another type: "Fairfax County" (GPE) does not become "Fairfax
// County Police Department" (ORG). An abbreviation the article defines
// takes its expansion.
//
// Entity ids number the distinct labels and canonical names from 1 in text
// order, the names compared without case and accents ("ZURICH" in a
// dateline is "Zürich"): every mention of one entity carries the same
// small integer.
//
// cy, when set, is the state of the windows before this one of a large
// document (see Carry): a mention with no fuller name before it in this
// window takes the one carried, ids go on from the carried ones, and cy
// is updated with this window's names and ids. nil is a whole document.
func canonicalise(es []facts.Entity, defs map[string]acronym, cy *Carry) {
	// fuller maps a label and a run of words to the mentions (in text
	// order) of which it is the first or the last words, and not all:
	// one pass to index, one to look up, so a long document costs no more
	// per entity than a short one. A run of words is a slice of the
	// mention's words joined by single spaces, which is a substring of
	// that joined text.
	fuller := make(map[nameKey][]int, 2*len(es))
	joined := make([]string, len(es))
	for j, e := range es {
		w := spaceJoined(e.Text)
		joined[j] = w
		if w == "" {
			continue
		}
		// Each word boundary k gives the first words w[:k] and the last
		// words w[k+1:]. Only the first and last maxCanonicalWords words
		// are indexed, so a mention costs its length, not its length
		// times its words.
		n := min(strings.Count(w, " "), maxCanonicalWords)
		for k, c, suf := 0, 0, len(w); c < n; k++ {
			if w[k] != ' ' {
				continue
			}
			c++
			suf = strings.LastIndexByte(w[:suf], ' ')
			first, last := w[:k], w[suf+1:]
			fuller[nameKey{e.Label, first}] = append(fuller[nameKey{e.Label, first}], j)
			if last != first {
				fuller[nameKey{e.Label, last}] = append(fuller[nameKey{e.Label, last}], j)
			}
		}
	}
	// oneName says whether all the fuller mentions of a key are one name,
	// once per key rather than once per mention that looks it up.
	oneName := make(map[nameKey]bool, len(fuller))
	for k, cands := range fuller {
		one := true
		for _, o := range cands {
			one = one && joined[o] == joined[cands[0]]
		}
		oneName[k] = one
	}
	for i := range es {
		if def, ok := defs[es[i].Text]; ok {
			es[i].Canonical = spaceJoined(def.expansion)
			continue
		}
		es[i].Canonical = joined[i]
		if joined[i] == "" {
			continue
		}
		k := nameKey{es[i].Label, joined[i]}
		j, how := nearestFuller(es, joined, fuller[k], oneName[k], i)
		if how != fullerBefore && how != fullerAmbiguous {
			// The earlier windows come before: their latest fuller name
			// is nearer than one after the mention.
			if name, ok := cy.name(k); ok {
				if name != "" {
					es[i].Canonical = name
				}
				continue
			}
		}
		if (how == fullerBefore || how == fullerAfter) && len(joined[j]) <= maxCanonicalBytes {
			es[i].Canonical = joined[j]
		}
	}
	// A fuller name may itself be short for a fuller one still ("Smith"
	// -> "John Smith" -> "John Smith Jr"), which the loop above resolved
	// first, in text order: the canonical of a canonical is the same.
	if cy == nil {
		ids := make(map[idKey]int, len(es))
		for i := range es {
			k := idKey{es[i].Label, fold(es[i].Canonical)}
			id, ok := ids[k]
			if !ok {
				id = len(ids) + 1
				ids[k] = id
			}
			es[i].Entity = id
		}
		return
	}
	for i := range es {
		es[i].Entity = cy.id(idKey{es[i].Label, fold(es[i].Canonical)}, i)
	}
	carryNames(cy, es, joined, fuller)
	cy.done(len(es))
}

// carryNames records in cy, per key of fuller, the name a mention after
// this window would take: the last fuller mention, or "" when a rival
// shares its sentence or it is longer than maxCanonicalBytes.
func carryNames(cy *Carry, es []facts.Entity, joined []string, fuller map[nameKey][]int) {
	for k, cands := range fuller {
		j, how := nearestFuller(es, joined, cands, false, len(es))
		name := ""
		if how == fullerBefore && len(joined[j]) <= maxCanonicalBytes {
			name = joined[j]
		}
		cy.keep(k, name, j)
	}
}

// How nearestFuller found a fuller name.
const (
	fullerNone      = iota
	fullerBefore    // the nearest before the mention
	fullerAmbiguous // the nearest before has a rival in its sentence
	fullerAfter     // none before, the only name after
)

// nearestFuller picks, among cands (mentions of which mention i's words are
// the first or last words, in text order), the one i stands for: the
// nearest before i, unless another distinct name among cands shares its
// sentence (ambiguous); with none before, the first after, when cands are
// all one name (oneName). i may be len(es): after every mention.
func nearestFuller(es []facts.Entity, joined []string, cands []int, oneName bool, i int) (int, int) {
	// cands is in text order: the last one before i is the nearest, and
	// the cands of its sentence stand together around it (a sentence is
	// at most doc.MaxSentenceTokens tokens, so this look is bounded).
	k := len(cands)
	if i < len(es) {
		k = sort.Search(len(cands), func(n int) bool { return es[cands[n]].Start >= es[i].Start })
	}
	if k > 0 {
		j := cands[k-1]
		for n := k - 1; n >= 0 && es[cands[n]].Sentence == es[j].Sentence; n-- {
			if joined[cands[n]] != joined[j] {
				return j, fullerAmbiguous
			}
		}
		for n := k; n < len(cands) && es[cands[n]].Sentence == es[j].Sentence; n++ {
			if joined[cands[n]] != joined[j] {
				return j, fullerAmbiguous
			}
		}
		return j, fullerBefore
	}
	if k < len(cands) && oneName {
		return cands[k], fullerAfter
	}
	return 0, fullerNone
}

// Bounds on canonical names (issue 18: a 1.5 MB run of "Smith Smith ..."
// tagged as one name made every one of 21,358 "Smith" mentions carry the
// 516 KB run as its canonical name, and indexing it cost its words
// squared). No name is longer:
//
//   - maxCanonicalWords: a mention of more words is indexed by its first
//     and last this many words only, so a longer one is never found as the
//     start or end of another;
//   - maxCanonicalBytes: a fuller form longer than this is not given to
//     other mentions, which keep their own text, so that the output stays
//     in proportion to the input.
const (
	maxCanonicalWords = 16
	maxCanonicalBytes = 128
)

// spaceJoined is strings.Join(strings.Fields(s), " "), without a copy when
// s is already so spaced.
func spaceJoined(s string) string {
	prev := true // at the start, a space is leading
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Join(strings.Fields(s), " ")
		}
		sp := asciiSpace(c)
		if sp && (prev || c != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prev = sp
	}
	if prev && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// asciiSpace is unicode.IsSpace for ASCII bytes.
func asciiSpace(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return true
	}
	return false
}

// LinkSpeakers sets each quote's SpeakerEntity to the id of the entity that
// names its speaker: the entity mention on the speaker's words, else the
// first entity whose canonical name is the speaker's name (a speaker
// resolved from a pronoun or a surname elsewhere). ents must be sorted by
// offset, as Extract returns them.
func LinkSpeakers(ents []facts.Entity, qs []facts.Quote) {
	byName := make(map[string]int, len(ents))
	for _, e := range ents {
		if _, ok := byName[e.Canonical]; !ok && (e.Label == "PERSON" || e.Label == "ORG") {
			byName[e.Canonical] = e.Entity
		}
	}
	for qi := range qs {
		q := &qs[qi]
		q.SpeakerEntity = 0
		if q.SpeakerEnd > q.SpeakerStart {
			// The last mention starting before the speaker's end that
			// overlaps the speaker's words: "NATO chief Jens Stoltenberg".
			k := sort.Search(len(ents), func(n int) bool { return ents[n].Start >= q.SpeakerEnd })
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if ents[j].End > q.SpeakerStart && ents[j].Label != "NORP" {
					q.SpeakerEntity = ents[j].Entity
					break
				}
			}
		}
		if q.SpeakerEntity == 0 && q.Speaker != "" {
			q.SpeakerEntity = byName[q.Speaker]
		}
	}
}
