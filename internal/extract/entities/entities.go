package entities

import (
	_ "embed"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/byteset"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// proseLabels maps prose's ACE-style labels to ours. GSP (geo-social-
// political) is a GPE for readers. Whatever tagger fills doc.Entities uses
// these label names; the rules below work on our labels.
var proseLabels = map[string]string{
	"PERSON":       "PERSON",
	"ORGANIZATION": "ORG",
	"GPE":          "GPE",
	"GSP":          "GPE",
	"LOCATION":     "LOC",
	"FACILITY":     "FAC",
}

//go:embed data/notnames.txt
var notNamesTXT string

//go:embed data/norpwords.txt
var norpWordsTXT string

//go:embed data/orgwords.txt
var orgWordsTXT string

//go:embed data/titles.txt
var titlesTXT string

//go:embed data/orgs.txt
var orgsTXT string

// loadOrgs maps the first word of each name in data/orgs.txt to its names
// as word lists, longest first.
var loadOrgs = sync.OnceValue(func() map[string][][]string {
	m := map[string][][]string{}
	for name := range wordSet(orgsTXT) {
		w := strings.Fields(name)
		m[w[0]] = append(m[w[0]], w)
	}
	for _, ns := range m {
		words.SortLongestFirst(ns, func(w []string) int { return len(w) })
	}
	return m
})

// loadOrgFirst holds the first bytes of the first words of data/orgs.txt.
var loadOrgFirst = sync.OnceValue(func() *byteset.Set { return byteset.Of(loadOrgs()) })

var (
	loadTitles    = sync.OnceValue(func() map[string]bool { return wordSet(titlesTXT) })
	loadOrgWords  = sync.OnceValue(func() map[string]bool { return wordSet(orgWordsTXT) })
	loadNotNames  = sync.OnceValue(func() map[string]bool { return wordSet(notNamesTXT) })
	loadNorpWords = sync.OnceValue(func() map[string]bool { return wordSet(norpWordsTXT) })
)

// wordSet reads an embedded list of one word a line with "#" comments.
func wordSet(data string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(data, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}

// entityRules names the post-processing rules. All are on; the
// environment variable NEWSFACTS_ENTITY_RULES_OFF (a comma-separated list of
// these names) turns some off, so that `newsfacts eval` can measure what
// each one is worth.
var entityRules = []string{"trim", "tagtrim", "norp", "orgs", "orghead", "acronym", "caps", "gazetteer", "surname", "title", "orgshort", "consistent", "propagate", "initials", "credit", "parts"}

var rulesOff = sync.OnceValue(func() map[string]bool {
	off := map[string]bool{}
	for _, r := range strings.Split(os.Getenv("NEWSFACTS_ENTITY_RULES_OFF"), ",") {
		off[strings.TrimSpace(r)] = true
	}
	return off
})

// allRulesOn is set when the environment turns no rule off, the usual
// case, so that ruleOn needs no map lookup.
var allRulesOn = sync.OnceValue(func() bool {
	for r := range rulesOff() {
		if r != "" {
			return false
		}
	}
	return true
})

func ruleOn(name string) bool { return allRulesOn() || !rulesOff()[name] }

// ment is an entity mention over document tokens [a, b).
type ment struct {
	a, b int
	// s and e, when e > 0, are byte offsets inside the tokens: the part of
	// "Photo/Bojan" that is a name.
	s, e  int
	label string
	// fixed is set when a rule with strong evidence chose the label, which
	// the document-wide vote must not change.
	fixed bool
}

// Extract post-processes the tagger's entities: nationality words become
// NORP, boundaries are fixed ("German KFOR" is NORP + ORG), capitalised
// common words are dropped ("Source:", "Ethnic Albanians"), acronyms the
// article defines and country names get their labels, one name keeps one
// label through the document, and each entity gets its canonical name.
func Extract(c *article.Article, nats []facts.Nationality) []facts.Entity {
	d := c.Doc
	t := nationalities.LoadTables()
	ms := tagged(d)
	norp := nationalityTokens(c, nats)
	out := make([]ment, 0, len(norp)+len(ms)+8)
	if ruleOn("norp") {
		for _, r := range norp {
			out = append(out, ment{a: r[0], b: r[1], label: "NORP", fixed: true})
		}
	}
	if ruleOn("credit") {
		ms = credits(d, ms)
	}
	for _, m := range ms {
		if m.e > 0 {
			out = append(out, m)
			continue
		}
		if ruleOn("title") {
			ps, n := splitTitle(d, m)
			for _, p := range ps[:n] {
				if p, ok := fixBoundaries(d, t, p, norp); ok {
					out = append(out, p)
				}
			}
			continue
		}
		if m, ok := fixBoundaries(d, t, m, norp); ok {
			out = append(out, m)
		}
	}
	out = dropOverlaps(out)
	if ruleOn("orgs") {
		out = knownOrgs(d, out)
	}
	if ruleOn("orghead") {
		for i := range out {
			if m := &out[i]; !m.fixed && m.b-m.a > 1 && loadOrgWords()[d.Tokens[m.b-1].Text] && t.PlaceAt(d.Tokens, m.a) != m.b-m.a {
				m.label, m.fixed = "ORG", true
			}
		}
	}
	var defs map[string]acronym
	if ruleOn("acronym") {
		defs = acronyms(d, t)
		out = applyAcronyms(d, out, defs)
	}
	if ruleOn("caps") {
		for i := range out {
			// A word in capitals is an organisation's acronym, not a
			// person: "KFOR said".
			if m := &out[i]; !m.fixed && m.label == "PERSON" && m.b-m.a == 1 && acronymLike(d.Tokens[m.a].Text) && !capsLine(d, m.a) &&
				t.PlaceAt(d.Tokens, m.a) == 0 {
				m.label, m.fixed = "ORG", true
			}
		}
	}
	if ruleOn("gazetteer") {
		out = gazetteer(d, t, out, otherNames(d))
	}
	if ruleOn("surname") {
		surnames(d, out)
	}
	if ruleOn("orgshort") {
		orgShortNames(d, t, out)
	}
	if ruleOn("consistent") {
		consistent(d, out)
	}
	if ruleOn("propagate") {
		out = propagate(d, out)
	}
	if ruleOn("initials") {
		out = initialled(d, out)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].a < out[j].a })
	ents := make([]facts.Entity, 0, len(out))
	for _, m := range out {
		if m.label == "NORP" && !ruleOn("norp") {
			continue
		}
		s, e := m.offsets(d)
		ents = append(ents, facts.Entity{Span: c.Span(s, e), Label: m.label})
	}
	if ruleOn("parts") {
		for _, m := range parts(c, nats, out) {
			s, e := m.offsets(d)
			ents = append(ents, facts.Entity{Span: c.Span(s, e), Label: m.label})
		}
	}
	canonicalise(ents, defs)
	return ents
}

// tagged returns the tagger's entities as token ranges with our labels.
func tagged(d *doc.Document) []ment {
	out := make([]ment, 0, len(d.Entities))
	ti := 0
	for _, e := range d.Entities {
		label, ok := proseLabels[e.Label]
		if !ok && e.Label == "MISC" && loadNorpWords()[e.Text] {
			// The tagger's MISC holds religions and parties ("Muslim",
			// "Republicans"): NORP. Nationalities come from the
			// nationalities extractor.
			label, ok = "NORP", true
		}
		if !ok && e.Label == "MISC" {
			// Other named things: events, products, laws, works
			// ("World Cup", "Boeing 747"): kept as MISC, as CoNLL does.
			label, ok = "MISC", true
		}
		if !ok {
			continue
		}
		for ti > 0 && d.Tokens[ti-1].End > e.Start {
			ti--
		}
		for ti < len(d.Tokens) && d.Tokens[ti].End <= e.Start {
			ti++
		}
		a := ti
		b := a
		for b < len(d.Tokens) && d.Tokens[b].Start < e.End {
			b++
		}
		if a < b {
			out = append(out, ment{a: a, b: b, label: label})
		}
	}
	return out
}

// nationalityTokens returns the token ranges of whole-word nationalities
// ("German", "Serbs", "South Korean"); parts of hyphenated words are not
// names of their own.
func nationalityTokens(c *article.Article, nats []facts.Nationality) [][2]int {
	var out [][2]int
	toks := c.Doc.Tokens
	ti := 0
	for _, n := range nats {
		for ti < len(toks) && toks[ti].Start < n.Start {
			ti++
		}
		if ti == len(toks) || toks[ti].Start != n.Start {
			continue
		}
		b := ti
		for b < len(toks) && toks[b].End <= n.End {
			b++
		}
		if b > ti && toks[b-1].End == n.End {
			out = append(out, [2]int{ti, b})
		}
	}
	return out
}

// credits reads photo credits, "(AP Photo/Bojan Slavkovic)", as the
// agency (ORG) and the photographer (PERSON), and the name after a
// "Source:" line as an organisation, whatever the tagger made of them.
func credits(d *doc.Document, ms []ment) []ment {
	var add []ment
	for k, tk := range d.Tokens {
		slash := strings.IndexByte(tk.Text, '/')
		if slash < 0 || (tk.Text[:slash] != "Photo" && tk.Text[:slash] != "Photos") || slash == len(tk.Text)-1 ||
			!words.Capitalised(tk.Text[slash+1:]) {
			continue
		}
		sn := d.Sentences[tk.Sentence]
		a := k
		for a > sn.First && words.Capitalised(d.Tokens[a-1].Text) && d.Tokens[a-1].Sentence == tk.Sentence {
			a--
		}
		b := k + 1
		for b < sn.Last && words.Capitalised(d.Tokens[b].Text) {
			b++
		}
		if a < k {
			add = append(add, ment{a: a, b: k, label: "ORG", fixed: true})
		}
		add = append(add, ment{a: k, b: b, s: tk.Start + slash + 1, e: d.Tokens[b-1].End, label: "PERSON", fixed: true})
	}
	for _, sn := range d.Sentences {
		f := sn.First
		if sn.Last-f < 3 || d.Tokens[f].Text != "Source" && d.Tokens[f].Text != "Sources" || d.Tokens[f+1].Text != ":" {
			continue
		}
		a, b := f+2, f+2
		for b < sn.Last && words.StartsAlnum(d.Tokens[b].Text) {
			b++
		}
		if b > a && words.Capitalised(d.Tokens[a].Text) {
			add = append(add, ment{a: a, b: b, label: "ORG", fixed: true})
		}
	}
	if len(add) == 0 {
		return ms
	}
	takenp := borrowBools(len(d.Tokens))
	defer giveBackBools(takenp)
	taken := *takenp
	for _, m := range add {
		for j := m.a; j < m.b; j++ {
			taken[j] = true
		}
	}
	out := add
	for _, m := range ms {
		free := true
		for j := m.a; j < m.b; j++ {
			free = free && !taken[j]
		}
		if free {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].a < out[j].a })
	return out
}

// parts finds names inside hyphenated words that no mention covers: the
// nationality in "Serb-dominated" (NORP) and a name the document tags
// elsewhere, as NATO in "NATO-led".
func parts(c *article.Article, nats []facts.Nationality, ms []ment) []ment {
	d := c.Doc
	usedp := borrowBools(len(d.Tokens))
	defer giveBackBools(usedp)
	used := *usedp
	label := map[string]string{}
	for _, m := range ms {
		for j := m.a; j < m.b; j++ {
			used[j] = true
		}
		if m.label != "NORP" {
			label[mentionText(d, m)] = m.label
		}
	}
	norp := map[[2]int]bool{}
	for _, n := range nats {
		norp[[2]int{n.Start, n.End}] = true
	}
	var out []ment
	for j, tk := range d.Tokens {
		if used[j] {
			continue
		}
		for _, p := range words.HyphenParts(tk) {
			switch {
			case norp[[2]int{p.Start, p.End}] && ruleOn("norp"):
				out = append(out, ment{a: j, b: j + 1, s: p.Start, e: p.End, label: "NORP"})
			case label[p.Text] != "" && words.Capitalised(p.Text):
				out = append(out, ment{a: j, b: j + 1, s: p.Start, e: p.End, label: label[p.Text]})
			}
		}
	}
	return out
}

// knownOrgs labels ORG the organisations of data/orgs.txt, tagged or not.
// A mention that holds one and more ("Reuters Television") keeps its span.
func knownOrgs(d *doc.Document, ms []ment) []ment {
	orgs, orgFirst := loadOrgs(), loadOrgFirst()
	atp := borrowInts(len(d.Tokens))
	defer giveBackInts(atp)
	at := *atp
	for k, m := range ms {
		for j := m.a; j < m.b; j++ {
			at[j] = k + 1
		}
	}
	for i := 0; i < len(d.Tokens); i++ {
		if !orgFirst.May(d.Tokens[i].Text) {
			continue
		}
		for _, w := range orgs[d.Tokens[i].Text] {
			if !words.Match(d.Tokens, i, w) {
				continue
			}
			b := i + len(w)
			if k := at[i]; k > 0 {
				if m := &ms[k-1]; m.a == i && m.b == b {
					m.label, m.fixed = "ORG", true
				}
			} else if at[b-1] == 0 {
				ms = append(ms, ment{a: i, b: b, label: "ORG", fixed: true})
			}
			i = b - 1
			break
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].a < ms[j].a })
	return ms
}

// splitTitle splits a mention at a title before a name: "Apple Computer
// CEO Steve Jobs" is "Apple Computer" and the person "Steve Jobs";
// "President Bill Clinton" is the person "Bill Clinton". A name ending in
// an organisation word ("General Motors") has no title in it. It returns
// the parts and how many there are, with no allocation.
func splitTitle(d *doc.Document, m ment) ([2]ment, int) {
	titles := loadTitles()
	if loadOrgWords()[d.Tokens[m.b-1].Text] {
		return [2]ment{m}, 1
	}
	first, last := -1, -1
	for k := m.a; k < m.b-1; k++ {
		if titles[d.Tokens[k].Text] {
			if first < 0 {
				first = k
			}
			last = k
		} else if first >= 0 {
			break
		}
	}
	if last < 0 || !words.Capitalised(d.Tokens[last+1].Text) {
		return [2]ment{m}, 1
	}
	person := ment{a: last + 1, b: m.b, label: "PERSON", fixed: true}
	if first > m.a {
		return [2]ment{{a: m.a, b: first, label: m.label}, person}, 2
	}
	return [2]ment{person}, 1
}

// fixBoundaries trims a mention: leading nationality words become their own
// NORP mention ("German KFOR"), and leading articles, sentence-initial
// common words ("Ethnic", "Source") and hyphenated modifiers ("NATO-led",
// "Serb-dominated") go, as do trailing possessives and punctuation. It
// reports false when nothing of the mention is left.
//
// norp holds the nationalities' token ranges by first token, in order.
func fixBoundaries(d *doc.Document, t *nationalities.Tables, m ment, norp [][2]int) (ment, bool) {
	if !ruleOn("trim") && !ruleOn("norp") {
		return m, true
	}
	for changed := true; changed && m.a < m.b; {
		changed = false
		tok := d.Tokens[m.a]
		if ruleOn("norp") {
			// The nationalities starting at token m.a, found without a scan.
			k, _ := slices.BinarySearchFunc(norp, m.a, func(r [2]int, a int) int { return r[0] - a })
			for _, r := range norp[k:] {
				if r[0] != m.a {
					break
				}
				if r[1] <= m.b {
					m.a, changed = r[1], true
					break
				}
			}
			if changed {
				continue
			}
		}
		if !ruleOn("trim") {
			break
		}
		if commonWord(d, t, m.a) || !words.StartsAlnum(tok.Text) || modifierWord(tok.Text) {
			m.a, changed = m.a+1, true
		}
	}
	if m.a >= m.b {
		return m, false
	}
	if ruleOn("trim") && initialBefore(d, m.a) > 0 && words.Capitalised(d.Tokens[m.a].Text) &&
		(m.label == "PERSON" || !m.fixed && t.PlaceAt(d.Tokens, m.a) == 0) {
		// Initials before a surname make a person: "S. Waugh", "J. R. Smith".
		for n := initialBefore(d, m.a); n > 0; n = initialBefore(d, m.a) {
			m.a -= n
		}
		m.label, m.fixed = "PERSON", true
	}
	if ruleOn("trim") {
		// Trailing possessives, punctuation and numbers: "England 1996-08-31".
		// A closing bracket stays when the name opened it: "Mladost ( L )".
		for m.b > m.a && (!startsLetter(d.Tokens[m.b-1].Text) && !closesBracket(d, m) || d.Tokens[m.b-1].Tag == "POS" ||
			m.b-m.a > 1 && loadNotNames()[d.Tokens[m.b-1].Text]) {
			m.b--
		}
		// A lone letter is an initial or a list mark, not a name.
		if m.b-m.a == 1 && len(d.Tokens[m.a].Text) == 1 {
			return m, false
		}
	}
	if m.a >= m.b {
		return m, false
	}
	if ruleOn("norp") && m.b-m.a == 1 && loadNorpWords()[d.Tokens[m.a].Text] {
		m.label, m.fixed = "NORP", true
	}
	return m, true
}

// commonWord reports whether token i is an ordinary word that starts a name
// only by mistake: an article, a word from data/notnames.txt ("Source",
// "Hello"), or a sentence-initial word the tagger did not read as a proper
// noun ("Ethnic").
func commonWord(d *doc.Document, t *nationalities.Tables, i int) bool {
	tok := d.Tokens[i]
	if loadNotNames()[tok.Text] {
		return true
	}
	if !ruleOn("tagtrim") {
		return false
	}
	switch tok.Tag {
	case "DT", "CC", "PRP", "PRP$", "UH", "MD", "WDT", "WP":
		return !t.IsPlace(tok.Text) // "The Hague"
	}
	return false
}

// closesBracket reports whether the mention ends with a bracket it opened.
func closesBracket(d *doc.Document, m ment) bool {
	if d.Tokens[m.b-1].Text != ")" {
		return false
	}
	for _, tk := range d.Tokens[m.a : m.b-1] {
		if tk.Text == "(" {
			return true
		}
	}
	return false
}

// initialBefore returns how many tokens before token i spell an initial
// ("S." as one token, or "S" and "."), or 0.
func initialBefore(d *doc.Document, i int) int {
	if i >= len(d.Tokens) {
		return 0
	}
	letter := func(s string) bool { return len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' }
	same := func(j int) bool { return j >= 0 && d.Tokens[j].Sentence == d.Tokens[i].Sentence }
	if same(i-1) && len(d.Tokens[i-1].Text) == 2 && letter(d.Tokens[i-1].Text[:1]) && d.Tokens[i-1].Text[1] == '.' {
		return 1
	}
	if same(i-2) && d.Tokens[i-1].Text == "." && letter(d.Tokens[i-2].Text) && d.Tokens[i-2].End == d.Tokens[i-1].Start {
		return 2
	}
	return 0
}

// modifierWord reports a hyphenated modifier such as "NATO-led" or
// "Serb-dominated": a compound whose last part is lowercase.
func modifierWord(s string) bool {
	k := strings.LastIndex(s, "-")
	return k > 0 && k < len(s)-1 && !words.Capitalised(s[k+1:]) && words.StartsAlnum(s[k+1:])
}

// dropOverlaps keeps the first of overlapping mentions, NORP first since
// they were added first.
func dropOverlaps(ms []ment) []ment {
	out := make([]ment, 0, len(ms))
	n := 0
	for _, m := range ms {
		n = max(n, m.b)
	}
	usedp := borrowBools(n)
	defer giveBackBools(usedp)
	used := *usedp
	for _, m := range ms {
		free := true
		for i := m.a; i < m.b; i++ {
			free = free && !used[i]
		}
		if !free {
			continue
		}
		for i := m.a; i < m.b; i++ {
			used[i] = true
		}
		out = append(out, m)
	}
	return out
}

// Token-sized scratch arrays, reused from document to document: most
// rules mark tokens as they go.
var (
	scratchInts  = sync.Pool{New: func() any { return new([]int) }}
	scratchBools = sync.Pool{New: func() any { return new([]bool) }}
)

// borrowInts returns n zeros from scratchInts; giveBackInts returns them.
func borrowInts(n int) *[]int {
	p := scratchInts.Get().(*[]int)
	*p = slices.Grow((*p)[:0], n)[:n]
	clear(*p)
	return p
}

func giveBackInts(p *[]int) { scratchInts.Put(p) }

// borrowBools returns n falses from scratchBools; giveBackBools returns
// them.
func borrowBools(n int) *[]bool {
	p := scratchBools.Get().(*[]bool)
	*p = slices.Grow((*p)[:0], n)[:n]
	clear(*p)
	return p
}

func giveBackBools(p *[]bool) { scratchBools.Put(p) }

// acronym is an abbreviation the article defines: "Kosovo Force (KFOR)".
type acronym struct {
	expansion string
	a, b      int // the tokens of the expansion where it is defined
	label     string
}

// acronyms finds "Long Name (ABBR)" where the letters of ABBR are prefixes
// of the capitalised words before the bracket, in order: "North Atlantic
// Treaty Organization (NATO)", "Kosovo Force (KFOR)". Function words may
// sit between them ("Democratic Republic of the Congo (DRC)"). The label is
// GPE when the long name is a country or city, else ORG: a name that gets an
// abbreviation in news is mostly an organisation.
func acronyms(d *doc.Document, t *nationalities.Tables) map[string]acronym {
	defs := map[string]acronym{}
	toks := d.Tokens
	for i := 2; i+1 < len(toks); i++ {
		if toks[i-1].Text != "(" || toks[i+1].Text != ")" || !acronymLike(toks[i].Text) {
			continue
		}
		abbr := toks[i].Text
		a, ok := expansion(toks, i-1, abbr)
		if !ok {
			continue
		}
		label := "ORG"
		if t.PlaceAt(toks, a) == i-1-a {
			label = "GPE"
		}
		defs[abbr] = acronym{expansion: d.Text[toks[a].Start:toks[i-2].End], a: a, b: i - 1, label: label}
	}
	return defs
}

var functionWords = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true, "de": true, "&": true}

// expansion returns the first token of the words before token end whose
// initial letters spell abbr.
func expansion(toks []doc.Token, end int, abbr string) (int, bool) {
	var try func(j int, rest string) (int, bool)
	try = func(j int, rest string) (int, bool) {
		if rest == "" {
			return j + 1, true
		}
		if j < 0 || end-j > 10 || toks[j].Sentence != toks[end].Sentence {
			return 0, false
		}
		w := toks[j].Text
		if functionWords[w] {
			return try(j-1, rest)
		}
		if !words.Capitalised(w) {
			return 0, false
		}
		// The last letters of rest are a prefix of this word.
		for k := len(rest) - 1; k >= 0 && len(rest)-k <= len(w); k-- {
			if strings.EqualFold(w[:len(rest)-k], rest[k:]) {
				if a, ok := try(j-1, rest[:k]); ok {
					return a, true
				}
			}
		}
		return 0, false
	}
	return try(end-1, abbr)
}

// applyAcronyms labels each defined abbreviation and its expansion, and
// tags their mentions the tagger missed.
func applyAcronyms(d *doc.Document, ms []ment, defs map[string]acronym) []ment {
	if len(defs) == 0 {
		return ms
	}
	usedp := borrowBools(len(d.Tokens))
	defer giveBackBools(usedp)
	used := *usedp
	for i := range ms {
		m := &ms[i]
		for j := m.a; j < m.b; j++ {
			used[j] = true
		}
		text := mentionText(d, *m)
		if def, ok := defs[text]; ok {
			m.label, m.fixed = def.label, true
		}
		for _, def := range defs {
			if text == def.expansion {
				m.label, m.fixed = def.label, true
			}
		}
	}
	for abbr, def := range defs {
		free := true
		for j := def.a; j < def.b; j++ {
			free = free && !used[j]
		}
		if free {
			ms = append(ms, ment{a: def.a, b: def.b, label: def.label, fixed: true})
			for j := def.a; j < def.b; j++ {
				used[j] = true
			}
		}
		for j, tk := range d.Tokens {
			if tk.Text == abbr && !used[j] {
				ms = append(ms, ment{a: j, b: j + 1, label: def.label, fixed: true})
				used[j] = true
			}
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].a < ms[j].a })
	return ms
}

// acronymLike reports an all-capitals word of two to six letters ("NATO",
// "KFOR", "U.N.").
func acronymLike(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// capsLine reports whether token i sits in an all-capitals line (a
// headline), where capitals say nothing.
func capsLine(d *doc.Document, i int) bool {
	s := d.Sentences[d.Tokens[i].Sentence]
	up, n := 0, 0
	for _, tk := range d.Tokens[s.First:s.Last] {
		if words.StartsAlnum(tk.Text) && !isDigits(tk.Text) {
			n++
			if words.IsUpper(tk.Text) {
				up++
			}
		}
	}
	return n > 1 && up*2 > n
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// otherNames returns the tokens of the tagger's names of other kinds
// (MISC: events, works, "U.S. Open"), where no place is to be found.
func otherNames(d *doc.Document) []bool {
	other := make([]bool, len(d.Tokens))
	j := 0
	for _, e := range d.Entities {
		if _, ok := proseLabels[e.Label]; ok {
			continue
		}
		for j > 0 && d.Tokens[j-1].End > e.Start {
			j--
		}
		for ; j < len(d.Tokens) && d.Tokens[j].Start < e.End; j++ {
			if d.Tokens[j].Start >= e.Start {
				other[j] = true
			}
		}
	}
	return other
}

// gazetteer labels country names, their other spellings and capitals GPE
// (data/places.tsv), both when the tagger missed them and when it gave them
// another label.
func gazetteer(d *doc.Document, t *nationalities.Tables, ms []ment, other []bool) []ment {
	atp := borrowInts(len(d.Tokens))
	defer giveBackInts(atp)
	at := *atp
	for k, m := range ms {
		for i := m.a; i < m.b; i++ {
			at[i] = k + 1
		}
	}
	// A place name the document uses for a person ("Jordan said",
	// "MaliVai Washington") is left alone.
	people := map[string]bool{}
	for _, m := range ms {
		if m.label == "PERSON" {
			people[mentionText(d, m)] = true
			people[d.Tokens[m.b-1].Text] = true
		}
	}
	for i := 0; i < len(d.Tokens); i++ {
		n := t.PlaceAt(d.Tokens, i)
		if n == 0 {
			continue
		}
		if people[d.Text[d.Tokens[i].Start:d.Tokens[i+n-1].End]] {
			i += n - 1
			continue
		}
		b := i + n
		k := at[i]
		switch {
		case k > 0 && ms[k-1].a == i && ms[k-1].b == b:
			// A person's name is often a place's ("Jordan", "Washington"):
			// the document-wide vote decides those.
			if !ms[k-1].fixed && ms[k-1].label != "ORG" && (ms[k-1].label != "PERSON" || n > 1) {
				ms[k-1].label, ms[k-1].fixed = "GPE", true
			}
		case !hyphenated(d, i, b) && inside(ms, at, i, b) && !other[i]:
			// Mentions inside the name ("YORK" of "NEW YORK") give way to it.
			for j := i; j < b; j++ {
				if at[j] > 0 {
					ms[at[j]-1].b = ms[at[j]-1].a // emptied, dropped below
				}
				at[j] = len(ms) + 1
			}
			ms = append(ms, ment{a: i, b: b, label: "GPE", fixed: true})
		}
		i = b - 1
	}
	out := ms[:0]
	for _, m := range ms {
		if m.a < m.b {
			out = append(out, m)
		}
	}
	return out
}

// inside reports whether every mention touching tokens [a, b) lies within
// them.
func inside(ms []ment, at []int, a, b int) bool {
	for j := a; j < b; j++ {
		if k := at[j]; k > 0 && (ms[k-1].a < a || ms[k-1].b > b) {
			return false
		}
	}
	return true
}

// hyphenated reports whether tokens [a, b) are glued by hyphens to their
// neighbours in the text, as in "Russia-Ukraine" written without spaces
// where the tokenizer splits.
func hyphenated(d *doc.Document, a, b int) bool {
	s, e := d.Tokens[a].Start, d.Tokens[b-1].End
	return s > 0 && d.Text[s-1] == '-' || e < len(d.Text) && d.Text[e] == '-'
}

// surnames labels PERSON a mention that repeats the last words of a
// person's fuller name: "Stoltenberg" after "Jens Stoltenberg".
func surnames(d *doc.Document, ms []ment) {
	full := map[string]bool{}
	for _, m := range ms {
		if m.label == "PERSON" && m.b-m.a > 1 {
			full[d.Tokens[m.b-1].Text] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.b-m.a == 1 && m.label != "PERSON" && !m.fixed && full[d.Tokens[m.a].Text] {
			m.label, m.fixed = "PERSON", true
		}
	}
}

// orgShortNames labels ORG a one-word mention that is the first word of an
// organisation's full name in the document: "Ford" after "Ford Motor
// Company", "Apple" after "Apple Computer Inc.". Place names are left out:
// "Kosovo" does not become an organisation after "Kosovo Force".
func orgShortNames(d *doc.Document, t *nationalities.Tables, ms []ment) {
	first := map[string]bool{}
	for _, m := range ms {
		if m.label == "ORG" && m.fixed && m.b-m.a > 1 && t.PlaceAt(d.Tokens, m.a) == 0 && !acronymLike(d.Tokens[m.a].Text) {
			first[d.Tokens[m.a].Text] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.b-m.a == 1 && !m.fixed && first[d.Tokens[m.a].Text] {
			m.label, m.fixed = "ORG", true
		}
	}
}

// consistent gives every mention of one name the same label: the label of
// a mention fixed by strong evidence (an acronym's definition, a surname, a
// credit line), else the most frequent one; on a tie each keeps its own.
// Names are compared folded, so "ZURICH" speaks for "Zürich".
func consistent(d *doc.Document, ms []ment) {
	// votes numbers the names; counts[votes[name]] counts its labels,
	// indexed as in voteLabels.
	votes := map[string]int{}
	counts := make([][len(voteLabels)]int, 0, len(ms))
	fixed := map[string]string{}
	keys := make([]string, len(ms))
	for i, m := range ms {
		if m.label == "NORP" {
			continue
		}
		s := fold(mentionText(d, m))
		keys[i] = s
		// The gazetteer's GPE is weak evidence for other mentions: the
		// tagger may know "Japan" here is a team.
		if m.fixed && m.label != "GPE" {
			fixed[s] = m.label
		}
		v, ok := votes[s]
		if !ok {
			v = len(counts)
			votes[s] = v
			counts = append(counts, [len(voteLabels)]int{})
		}
		counts[v][voteIndex(m.label)]++
	}
	for i := range ms {
		m := &ms[i]
		if m.label == "NORP" || m.fixed {
			continue
		}
		s := keys[i]
		if l, ok := fixed[s]; ok {
			m.label = l
			continue
		}
		// On a tie the mention keeps its own label.
		v := &counts[votes[s]]
		best, n := m.label, v[voteIndex(m.label)]
		for k, l := range voteLabels[:5] {
			if v[k] > n {
				best, n = l, v[k]
			}
		}
		m.label = best
	}
}

// voteLabels are the labels a mention can have besides NORP; the first
// five can win a vote.
var voteLabels = [...]string{"PERSON", "ORG", "GPE", "LOC", "FAC", "MISC"}

// voteIndex returns the index of a label in voteLabels. The labels are a
// closed set (proseLabels, MISC and NORP, which never votes).
func voteIndex(label string) int {
	for k, l := range voteLabels {
		if l == label {
			return k
		}
	}
	panic("extract: unknown entity label " + label)
}

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

const (
	accented = "áàâäãåéèêëíìîïóòôöõøúùûüýÿñçčćšžđł"
	plain    = "aaaaaaeeeeiiiiooooooouuuuyyncccszdl"
)

func mentionText(d *doc.Document, m ment) string {
	s, e := m.offsets(d)
	return d.Text[s:e]
}

// offsets returns the byte offsets of a mention.
func (m ment) offsets(d *doc.Document) (int, int) {
	if m.e > 0 {
		return m.s, m.e
	}
	return d.Tokens[m.a].Start, d.Tokens[m.b-1].End
}

// propagate tags the untagged repetitions of a name tagged elsewhere in the
// document, and of the surname of a tagged person.
func propagate(d *doc.Document, ms []ment) []ment {
	// A name is the words of tokens [a, a+n) with the label of the first
	// mention that has them; names are sought by their first word,
	// longest first, then in the order they were found.
	type name struct {
		first string
		a, n  int
		label string
	}
	var names []name
	seen := map[string]bool{}
	var key []byte
	usedp := borrowBools(len(d.Tokens))
	defer giveBackBools(usedp)
	used := *usedp
	for _, m := range ms {
		for i := m.a; i < m.b; i++ {
			used[i] = true
		}
		// Place names the tagger missed are the gazetteer's business, and
		// spreading a place label spreads the tagger's confusions.
		if m.label != "PERSON" && m.label != "ORG" {
			continue
		}
		// The key of a name is its words joined by spaces.
		k := d.Tokens[m.a].Text
		if m.b-m.a > 1 {
			key = key[:0]
			for j, tk := range d.Tokens[m.a:m.b] {
				if j > 0 {
					key = append(key, ' ')
				}
				key = append(key, tk.Text...)
			}
			if !seen[string(key)] {
				k = string(key)
			} else {
				k = ""
			}
		}
		if k != "" && !seen[k] {
			seen[k] = true
			names = append(names, name{d.Tokens[m.a].Text, m.a, m.b - m.a, m.label})
		}
		if last := d.Tokens[m.b-1].Text; m.label == "PERSON" && m.b-m.a > 1 && !seen[last] {
			seen[last] = true
			names = append(names, name{last, m.b - 1, 1, m.label})
		}
	}
	slices.SortStableFunc(names, func(x, y name) int {
		if c := strings.Compare(x.first, y.first); c != 0 {
			return c
		}
		return y.n - x.n
	})
	// byFirst holds the run of names of a first word.
	byFirst := make(map[string][2]int, len(names))
	for j := 0; j < len(names); {
		e := j + 1
		for e < len(names) && names[e].first == names[j].first {
			e++
		}
		byFirst[names[j].first] = [2]int{j, e}
		j = e
	}
	for i := 0; i < len(d.Tokens); i++ {
		// A name found here starts with this token's text, which must be
		// capitalised.
		if used[i] || !words.Capitalised(d.Tokens[i].Text) {
			continue
		}
		r, ok := byFirst[d.Tokens[i].Text]
		if !ok {
			continue
		}
		for _, n := range names[r[0]:r[1]] {
			b := i + n.n
			if !sameWords(d.Tokens, i, n.a, n.n) || !words.Capitalised(n.first) {
				continue
			}
			free := true
			for k := i; k < b; k++ {
				free = free && !used[k]
			}
			if !free || hyphenated(d, i, b) {
				continue
			}
			ms = append(ms, ment{a: i, b: b, label: n.label})
			i = b - 1
			break
		}
	}
	return ms
}

// sameWords reports whether the n tokens from i spell the n tokens from a.
func sameWords(toks []doc.Token, i, a, n int) bool {
	if i+n > len(toks) {
		return false
	}
	for k := range n {
		if toks[i+k].Text != toks[a+k].Text {
			return false
		}
	}
	return true
}

// initialled tags the untagged names written with initials, as in score
// lists: "J. Russell 56 not out", "H. Morris".
func initialled(d *doc.Document, ms []ment) []ment {
	usedp := borrowBools(len(d.Tokens))
	defer giveBackBools(usedp)
	used := *usedp
	for _, m := range ms {
		for j := m.a; j < m.b; j++ {
			used[j] = true
		}
	}
	for i, tk := range d.Tokens {
		n := initialBefore(d, i)
		if n == 0 || used[i] || used[i-1] || !words.Capitalised(tk.Text) || !strings.HasPrefix(tk.Tag, "NNP") ||
			words.IsUpper(tk.Text) || loadNotNames()[tk.Text] {
			continue
		}
		a := i - n
		for k := initialBefore(d, a); k > 0; k = initialBefore(d, a) {
			a -= k
		}
		ms = append(ms, ment{a: a, b: i + 1, label: "PERSON"})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].a < ms[j].a })
	return ms
}

// canonicalise sets each entity's Canonical to the fullest form of its name
// in the document: the longest mention of the same label whose words start
// or end with the mention's words ("Stoltenberg" after "Jens Stoltenberg"),
// or the expansion of an abbreviation the article defines.
func canonicalise(es []facts.Entity, defs map[string]acronym) {
	// longest maps a label and a run of words to the first of the longest
	// mentions that start or end with those words: one pass to index, one
	// to look up, so a long document costs no more per entity than a
	// short one. A run of words is a slice of the mention's words joined by
	// single spaces, which is a substring of that joined text.
	type key struct{ label, words string }
	longest := make(map[key]int, 2*len(es))
	joined := make([]string, len(es))
	for j, e := range es {
		w := spaceJoined(e.Text)
		joined[j] = w
		if w == "" {
			continue
		}
		// Each word boundary k gives the first words w[:k] and the last
		// words w[k+1:]; the whole of w comes last, as prefix and suffix.
		n := strings.Count(w, " ")
		for k, c := 0, 0; c < n; k++ {
			if w[k] != ' ' {
				continue
			}
			c++
			// The first c words, then the last c words.
			for _, sub := range [2]string{w[:k], w[lastWordsAt(w, c)+1:]} {
				kk := key{e.Label, sub}
				if cur, ok := longest[kk]; !ok || len(e.Text) > len(es[cur].Text) {
					longest[kk] = j
				}
			}
		}
		kk := key{e.Label, w}
		if cur, ok := longest[kk]; !ok || len(e.Text) > len(es[cur].Text) {
			longest[kk] = j
		}
	}
	for i := range es {
		if def, ok := defs[es[i].Text]; ok {
			es[i].Canonical = spaceJoined(def.expansion)
			continue
		}
		best := i
		if j, ok := longest[key{es[i].Label, joined[i]}]; ok && joined[i] != "" && len(es[j].Text) > len(es[i].Text) {
			best = j
		}
		es[i].Canonical = joined[best]
	}
}

// lastWordsAt returns the index of the space before the last c words of w,
// whose words are separated by single spaces.
func lastWordsAt(w string, c int) int {
	k := len(w)
	for ; c > 0; c-- {
		k = strings.LastIndexByte(w[:k], ' ')
	}
	return k
}

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
