package quotes

import (
	"strings"
	"unicode"
)

// subjectRules read the subject of a reporting verb from the token j right
// before it (past adverbs, auxiliaries and a party label), in order; the
// first that applies decides. The noun phrase ending at j is the default.
var subjectRules = []struct {
	name string
	read func(qd *quoteDoc, j, lo int) (m quoteMention, ok bool)
}{
	// "The senator, who said ...": the relative pronoun's antecedent.
	{"relative-antecedent", (*quoteDoc).relativeAntecedent},
	// "Bush today denounced ... and said": the first verb's subject.
	{"coordinated-verb", (*quoteDoc).coordinatedSubject},
	// "an estimated 20,000", "the said company": not a verb.
	{"not-a-verb", (*quoteDoc).notAVerb},
	// "Stoltenberg, the NATO chief, said": past the aside.
	{"aside", (*quoteDoc).asideSubject},
	// "Most of them said", "two of us said".
	{"quantified-pronoun", (*quoteDoc).quantifiedPronoun},
	// "About three in 10 said", "nine of 10 said".
	{"share-polled", (*quoteDoc).sharePolled},
	// "those surveyed said", "voters polled said".
	{"those-polled", (*quoteDoc).thosePolled},
}

// subjectBefore finds the subject of the reporting verb at v: the noun
// phrase before it, past adverbs and auxiliaries, and past an apposition
// ("Stoltenberg, the NATO chief, said" -> "Stoltenberg").
func (qd *quoteDoc) subjectBefore(v, lo int) quoteMention {
	if v-1 >= lo && qd.tok(v-1).Tag == "TO" {
		return qd.controlSubject(v-1, lo)
	}
	j := qd.skipAux(v-1, lo)
	if j < lo {
		return quoteMention{}
	}
	// A party and state label sits between name and verb: "Sen. Jane
	// Doe (D-Ore.) said".
	if k := qd.labelOpen(j, lo); k >= 0 {
		if j = qd.skipAux(k-1, lo); j < lo {
			return quoteMention{}
		}
	}
	for _, rule := range subjectRules {
		if m, ok := rule.read(qd, j, lo); ok {
			return m
		}
	}
	return qd.plainSubject(j, lo)
}

// relativeAntecedent reads "The senator, who said ...": the relative
// pronoun's antecedent.
func (qd *quoteDoc) relativeAntecedent(j, lo int) (quoteMention, bool) {
	if w := qd.lower(j); !(w == "who" || w == "which") || j <= lo || qd.quoted[j] {
		return quoteMention{}, false
	}
	k := j - 1
	if qd.tok(k).Text == "," {
		k--
	}
	if m := qd.npBefore(k, lo); qd.hasHead(m) {
		return m, true
	}
	return quoteMention{}, true
}

// coordinatedSubject reads "Bush today denounced ... and said": the
// subject of the first verb of the sentence.
func (qd *quoteDoc) coordinatedSubject(j, lo int) (quoteMention, bool) {
	if w := qd.lower(j); !(w == "and" || w == "but") || j <= lo {
		return quoteMention{}, false
	}
	s := qd.sentenceSubject(qd.tok(j).Sentence)
	if !s.empty() && s.last <= j && qd.hasHead(s) {
		return s, true
	}
	// After an opening clause the sentence's subject follows its comma:
	// "When asked whom she supported, Ms. Sherry smiled and said".
	for k := j - 1; k > lo && k >= j-quoteAsideMax; k-- {
		if t := qd.tok(k).Tag; t != "VBD" && t != "VBZ" && t != "VBP" {
			continue
		}
		if m := qd.npBefore(k-1, lo); !m.empty() && qd.hasHead(m) && m.first > lo && qd.tok(m.first-1).Text == "," {
			return m, true
		}
		break
	}
	return quoteMention{}, true
}

// notAVerb rules out "an estimated 20,000", "the said company": after a
// determiner or a preposition, the cue is no verb and has no subject.
func (qd *quoteDoc) notAVerb(j, _ int) (quoteMention, bool) {
	t := qd.tok(j).Tag
	return quoteMention{}, t == "DT" || t == "PRP$" || t == "IN"
}

// asideSubject reads a subject before an aside that ends in a comma at j.
// The aside may be a noun phrase ("Stoltenberg, the NATO chief, said"), a
// relative clause or a participle ("a detective, speaking on condition of
// anonymity, said").
func (qd *quoteDoc) asideSubject(j, lo int) (quoteMention, bool) {
	mark := qd.tok(j).Text
	if mark != "," && !quoteAsideDashes[mark] {
		return quoteMention{}, false
	}
	// An aside set off by dashes closes with the same dash: "Many
	// speakers at the service — including Muslims, Jews — said".
	k := j - 1
	for k >= lo && k > j-quoteAsideMax && qd.tok(k).Text != mark && !qd.quoted[k] {
		k--
	}
	if k < lo || k <= j-quoteAsideMax || qd.tok(k).Text != mark || k == j-1 {
		return quoteMention{}, mark == ","
	}
	head := qd.npBefore(qd.skipLabel(k-1, lo), lo)
	if head.empty() || !qd.hasHead(head) {
		return quoteMention{}, true
	}
	head = qd.nameBeforeAppositions(head, lo)
	// "Smith's spokesman, John Brown, said": the name in the aside
	// names the speaker better than the description before it.
	if app := qd.npBefore(j-1, k+1); app.first == k+1 && app.last == j && qd.isProper(app.last-1) &&
		!qd.isProper(head.last-1) && qd.pronoun(head.first) == "" {
		return app, true
	}
	return head, true
}

// nameBeforeAppositions steps from a description back over up to three
// appositions to the name before them: "Maria Lopez, the Democratic mayor
// of Tucson, one of the cities suing, said" -> "Maria Lopez".
func (qd *quoteDoc) nameBeforeAppositions(head quoteMention, lo int) quoteMention {
	for n := 0; n < 3 && !qd.isProper(head.first) && head.first-2 >= lo && qd.tok(head.first-1).Text == "," &&
		qd.pronoun(head.first) == ""; n++ {
		name := qd.npBefore(qd.skipLabel(head.first-2, lo), lo)
		if name.empty() || !qd.isProper(name.first) || !qd.isProper(name.last-1) {
			break
		}
		head = name
	}
	return head
}

// quantifiedPronoun reads "Most of them said", "two of us said": the
// quantified phrase.
func (qd *quoteDoc) quantifiedPronoun(j, lo int) (quoteMention, bool) {
	if w := qd.lower(j); (w == "them" || w == "us") && j-2 >= lo && qd.lower(j-1) == "of" {
		if q := qd.npBefore(j-2, lo); !q.empty() {
			return quoteMention{q.first, j + 1}, true
		}
	}
	return quoteMention{}, false
}

// sharePolled reads "About three in 10 said", "two out of three said",
// "nine of 10 said": a share of those polled.
func (qd *quoteDoc) sharePolled(j, lo int) (quoteMention, bool) {
	if qd.tok(j).Tag != "CD" || j-2 < lo || !(qd.lower(j-1) == "in" || qd.lower(j-1) == "of") || qd.tok(j-2).Tag != "CD" {
		return quoteMention{}, false
	}
	f := j - 2
	if f-1 >= lo && qd.lower(f-1) == "out" {
		f--
	}
	if f-1 >= lo && (qd.tok(f-1).Tag == "RB" || qd.tok(f-1).Tag == "IN") && unicode.IsUpper(quoteFirstRune(qd.tok(f-1).Text)) {
		f-- // "About", "Nearly"
	}
	return quoteMention{f, j + 1}, true
}

// thosePolled reads "those surveyed said", "voters polled said".
func (qd *quoteDoc) thosePolled(j, lo int) (quoteMention, bool) {
	if j-1 >= lo && qd.tok(j).Tag == "VBN" && (qd.lower(j-1) == "those" || qd.lower(j-1) == "voters") {
		return quoteMention{j - 1, j + 1}, true
	}
	return quoteMention{}, false
}

// plainSubject is the noun phrase ending at j, or the one before a
// participle or relative clause that the phrase belongs to.
func (qd *quoteDoc) plainSubject(j, lo int) quoteMention {
	m := qd.npBefore(j, lo)
	if !qd.hasHead(m) {
		return quoteMention{}
	}
	// "A senior official speaking on the condition of anonymity said":
	// the phrase before the verb belongs to a participle; the subject is
	// the noun phrase before that.
	if p := m.first - 1; p-1 > lo && qd.tok(p).Tag == "IN" && strings.HasSuffix(qd.lower(p-1), "ing") {
		if h := qd.npBefore(p-2, lo); qd.hasHead(h) {
			return h
		}
	}
	// "Committee sources who spoke on the condition of anonymity said":
	// likewise past a relative clause.
	if h, ok := qd.pastRelativeClause(m, lo); ok {
		return h
	}
	return m
}

// pastRelativeClause finds the noun phrase before a relative clause of at
// most six tokens that ends with the phrase m ("Committee sources who
// spoke on the condition of anonymity").
func (qd *quoteDoc) pastRelativeClause(m quoteMention, lo int) (quoteMention, bool) {
	p := m.first - 1
	if p <= lo || !(qd.tok(p).Tag == "IN" || strings.HasPrefix(qd.tok(p).Tag, "VB")) {
		return quoteMention{}, false
	}
	for q := p - 1; q > lo && q >= p-6; q-- {
		if w := qd.lower(q); (w == "who" || w == "that" || w == "which") && qd.isNoun(q-1) {
			if h := qd.npBefore(q-1, lo); qd.hasHead(h) {
				return h, true
			}
			return quoteMention{}, false
		}
		if qd.tok(q).Text == "," {
			break
		}
	}
	return quoteMention{}, false
}

// quoteAsideDashes set off an aside as commas do.
var quoteAsideDashes = map[string]bool{"—": true, "–": true, "--": true}

// controlSubject is the speaker of a reporting verb in an infinitive, "to"
// at token to: the subject of the finite verb the infinitive completes
// ("Mr. Trump was prompted to say", "Auerbach went so far as to say").
// After a noun or pronoun the infinitive's subject is that object, who has
// not spoken yet ("urged Albright to tell Americans that ..."): no
// speaker; so after a verb that denies the saying ("declined to say").
func (qd *quoteDoc) controlSubject(to, lo int) quoteMention {
	for f := to - 1; f >= lo && f > to-6; f-- {
		if qd.isNoun(f) && qd.lower(f) != "far" || strings.HasPrefix(qd.tok(f).Tag, "PRP") || qd.pronoun(f) != "" || qd.quoted[f] ||
			quoteDenyingVerbs[qd.lower(f)] {
			return quoteMention{}
		}
		switch qd.tok(f).Tag {
		case "VBD", "VBZ", "VBP", "MD":
			m := qd.subjectBefore(f, lo)
			if m.last == m.first+1 && (qd.lower(m.first) == "it" || qd.lower(m.first) == "this") {
				// "It's not enough to argue", "it is important
				// to note": an extraposed infinitive has no speaker.
				return quoteMention{}
			}
			return m
		}
	}
	return quoteMention{}
}

// quoteDenyingVerbs take an infinitive of saying that was not said: "He
// declined to say if the weapons included missiles".
var quoteDenyingVerbs = map[string]bool{
	"declined": true, "declines": true, "decline": true, "refused": true, "refuses": true, "refuse": true,
	"failed": true, "fails": true, "fail": true, "hesitated": true, "hesitates": true,
}
