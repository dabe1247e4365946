package quotes

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// pronounQuery is one attributing pronoun to resolve: the pronoun p at
// byte pos in paragraph para, the speakers so far (hist), the entities
// and the genders known by name.
type pronounQuery struct {
	p         string
	pos, para int
	hist      []quoteSpeaker
	ents      []facts.Entity
	gender    map[string]string
	// want is the kind of speaker the pronoun stands for.
	want string
	// lastPos is where the last speaker was named, or -1.
	lastPos int
}

// fits reports whether a speaker of that name and kind can be what the
// pronoun stands for: its kind, and its gender when known.
func (q pronounQuery) fits(name, kind string) bool {
	if g := q.gender[name]; g != "" && (q.p == "he" || q.p == "she") && g != q.p {
		return false
	}
	switch q.want {
	case spkPerson:
		return kind == spkPerson || kind == spkUnknown
	case spkGroup:
		return kind == spkGroup || kind == spkOrg
	}
	return kind == spkOrg
}

// pronounRules are the referents of an attributing pronoun, from the
// likeliest: the first that finds one decides.
var pronounRules = []struct {
	name    string
	resolve func(qd *quoteDoc, q pronounQuery) (quoteSpeaker, bool)
}{
	{"subject-entity-since-speaker", (*quoteDoc).subjectEntitySinceSpeaker},
	{"subject-name-since-speaker", (*quoteDoc).subjectNameSinceSpeaker},
	{"last-speaker", (*quoteDoc).lastSpeakerNearby},
	{"speaker-within-three-paragraphs", (*quoteDoc).recentSpeaker},
	{"plural-subject", (*quoteDoc).pluralSubject},
	{"nearby-entity", (*quoteDoc).nearbyEntity},
	{"any-earlier-speaker", (*quoteDoc).anyEarlierSpeaker},
}

// resolvePronoun finds who an attributing pronoun at byte pos refers to.
func (qd *quoteDoc) resolvePronoun(p string, pos, para int, hist []quoteSpeaker, ents []facts.Entity, gender map[string]string) (quoteSpeaker, bool) {
	// The rules take q by value: it stays on the stack.
	q := pronounQuery{p: p, pos: pos, para: para, hist: hist, ents: ents, gender: gender,
		want: qd.lx.pronouns[p], lastPos: -1}
	if n := len(hist); n > 0 {
		q.lastPos = hist[n-1].pos
	}
	for _, rule := range pronounRules {
		if s, ok := rule.resolve(qd, q); ok {
			return s, true
		}
	}
	return quoteSpeaker{}, false
}

// subjectEntitySinceSpeaker: a person named as subject since the last
// speaker is the likelier referent ("Jones, the mayor, disagreed. "...,"
// he said").
func (qd *quoteDoc) subjectEntitySinceSpeaker(q pronounQuery) (quoteSpeaker, bool) {
	if e, found := qd.recentEntity(q.ents, q.pos, q.lastPos, q.want, true); found && q.fits(e.name, e.kind) && qd.genderFits(q.p, e.written) {
		return e, true
	}
	return quoteSpeaker{}, false
}

// subjectNameSinceSpeaker: the same from the article's own name runs,
// where the entity tagger missed the person ("Egyptian Ambassador Ahmed
// Maher el-Sayed ... condemned the bombings. "...," he said").
func (qd *quoteDoc) subjectNameSinceSpeaker(q pronounQuery) (quoteSpeaker, bool) {
	if q.want != spkPerson {
		return quoteSpeaker{}, false
	}
	for j := qd.nameIndex().lastBefore(qd.names, q.pos); j >= 0; j-- {
		n := qd.names[j]
		if n.start >= q.pos {
			continue
		}
		if n.start <= q.lastPos || q.para >= 3 && n.start < qd.d.Paragraphs[q.para-3].Start {
			break
		}
		full := qd.fullest(n.words, n.start)
		if n.quoted || !qd.opensSentence(n.start) || !q.fits(full, spkPerson) || !qd.genderFits(q.p, strings.Join(n.words, " ")) {
			continue
		}
		if len(n.words) >= 2 && (n.titled || qd.nameKind(full, n.start, n.start+1, q.ents) == spkPerson) ||
			len(n.words) == 1 && qd.singleNameSubject(n, q.ents) {
			return quoteSpeaker{name: full, kind: spkPerson, label: "PERSON", pos: n.start}, true
		}
	}
	return quoteSpeaker{}, false
}

// lastSpeakerNearby: the last speaker, named at most two paragraphs back.
func (qd *quoteDoc) lastSpeakerNearby(q pronounQuery) (quoteSpeaker, bool) {
	if n := len(q.hist); n > 0 && q.fits(q.hist[n-1].name, q.hist[n-1].kind) && q.para-q.hist[n-1].para <= 2 {
		return q.hist[n-1], true
	}
	return quoteSpeaker{}, false
}

// recentSpeaker: the latest speaker that fits, within three paragraphs.
func (qd *quoteDoc) recentSpeaker(q pronounQuery) (quoteSpeaker, bool) {
	for j := len(q.hist) - 1; j >= 0 && q.para-q.hist[j].para <= 3; j-- {
		if q.fits(q.hist[j].name, q.hist[j].kind) {
			return q.hist[j], true
		}
	}
	return quoteSpeaker{}, false
}

// pluralSubject: "Cuban Americans ... It is a plot, they say": a plural
// subject of the sentences since the last speaker.
func (qd *quoteDoc) pluralSubject(q pronounQuery) (quoteSpeaker, bool) {
	if q.want != spkGroup {
		return quoteSpeaker{}, false
	}
	si := qd.d.SentenceAt(q.pos)
	for s := si; s >= 0 && s > si-4; s-- {
		m := qd.sentenceSubject(s)
		if m.empty() || qd.tok(m.first).Start >= q.pos || qd.tok(m.first).Start <= q.lastPos {
			continue
		}
		if t := qd.tok(m.last - 1).Tag; (t == "NNS" || t == "NNPS") && qd.hasHead(m) &&
			m.last < len(qd.d.Tokens) && (strings.HasPrefix(qd.tok(m.last).Tag, "VB") || qd.tok(m.last).Tag == "MD") {
			name, _, label := qd.name(m, q.ents)
			return quoteSpeaker{name: name, kind: spkGroup, label: label, pos: qd.tok(m.first).Start}, true
		}
	}
	return quoteSpeaker{}, false
}

// nearbyEntity: an entity of the wanted kind in the 2,000 bytes before the
// paragraph or in it.
func (qd *quoteDoc) nearbyEntity(q pronounQuery) (quoteSpeaker, bool) {
	// With the entities in text order, the search can stop there with
	// the same answer, rather than walk every entity before the pronoun
	// (issue 18).
	after := -1
	if qd.entityIndex(q.ents).inOrder {
		after = qd.d.Paragraphs[q.para].Start - 2000
	}
	if e, found := qd.recentEntity(q.ents, q.pos, after, q.want, false); found && q.fits(e.name, e.kind) && qd.genderFits(q.p, e.written) &&
		qd.d.Paragraphs[q.para].Start-2000 < e.pos {
		return e, true
	}
	return quoteSpeaker{}, false
}

// anyEarlierSpeaker: the latest speaker that fits, however far back.
func (qd *quoteDoc) anyEarlierSpeaker(q pronounQuery) (quoteSpeaker, bool) {
	for j := len(q.hist) - 1; j >= 0; j-- {
		if q.fits(q.hist[j].name, q.hist[j].kind) {
			return q.hist[j], true
		}
	}
	return quoteSpeaker{}, false
}
