package entities

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/byteset"
	"github.com/newsfacts/newsfacts/internal/extract/lexicon"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/facts"
	"github.com/newsfacts/newsfacts/internal/wordlist"
)

// nameLabels are the tagger's labels (doc.Entity.Label) taken as they
// stand; MISC is read apart, as a NORP word or not at all.
var nameLabels = map[string]string{"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE"}

//go:embed data/notnames.txt
var notNamesTXT string

//go:embed data/norpwords.txt
var norpWordsTXT string

//go:embed data/orgs.txt
var orgsTXT string

//go:embed data/placekinds.tsv
var placeKindsTSV string

// placeKinds are the words of data/placekinds.tsv: by where they stand in
// a name, the label they give it.
type placeKinds struct {
	first, last, name map[string]string
}

var loadPlaceKinds = sync.OnceValue(func() placeKinds {
	k := placeKinds{first: map[string]string{}, last: map[string]string{}, name: map[string]string{}}
	for _, r := range wordlist.Rows(placeKindsTSV) {
		if len(r) != 3 {
			panic("entities: data/placekinds.tsv: want kind, where, word: " + strings.Join(r, "|"))
		}
		switch r[1] {
		case "first":
			k.first[r[2]] = r[0]
		case "last":
			k.last[r[2]] = r[0]
		case "name":
			k.name[r[2]] = r[0]
		default:
			panic("entities: data/placekinds.tsv: unknown position " + r[1])
		}
	}
	return k
})

// loadOrgs maps the first word of each name in data/orgs.txt to its names
// as word lists, longest first.
var loadOrgs = sync.OnceValue(func() map[string][][]string {
	m := map[string][][]string{}
	for _, name := range wordlist.Entries(orgsTXT) {
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
	loadTitles   = sync.OnceValue(func() map[string]bool { return lexicon.Set(lexicon.SplitTitles()) })
	loadOrgWords = sync.OnceValue(func() map[string]bool { return lexicon.Set(lexicon.NameOrgWords()) })
	loadNotNames = sync.OnceValue(func() map[string]bool {
		// and the month and weekday names of package lexicon (not May, a name)
		m := wordlist.Set(notNamesTXT)
		for _, w := range lexicon.CalendarWords(false, "month", "weekday") {
			m[w] = true
		}
		return m
	})
	loadNorpWords = sync.OnceValue(func() map[string]bool { return wordlist.Set(norpWordsTXT) })
)

// Rule is one named post-processing rule of the extractor.
type Rule struct {
	Name string
	// Why says what the rule fixes in the tagger's output.
	Why string
}

// Rules are the post-processing rules, each switched on unless
// Options.Disable names it (an ablation of newsfacts eval --disable; the
// shipped pipeline runs them all).
var Rules = []Rule{
	{"trim", `boundaries: drop leading common words and trailing punctuation, possessives and numbers ("England 1996-08-31"); initials make a person ("S. Waugh")`},
	{"tagtrim", `a leading determiner, pronoun or conjunction is no part of a name, unless a place starts with it ("The Hague")`},
	{"norp", "nationality, religion and party words are NORP entities, tagged or not, and are split off the name they start (\"German KFOR\")"},
	{"namednorp", `a nationality opening the name of an event or a work stays in it ("British Masters", "European Tour"), and nationalities that make up one name are one NORP ("Bosnian Serb")`},
	{"orgs", "news agencies and international bodies of data/orgs.txt are ORG wherever they stand"},
	{"orghead", `a name ending in an organisation word of lexicon/data/orgwords.txt is an ORG ("Kurdistan Democratic Party")`},
	{"acronym", `acronyms the article defines take the label and canonical name of their expansion ("Kosovo Force (KFOR)")`},
	{"caps", `a one-word PERSON in capitals is an organisation's acronym ("KFOR said")`},
	{"maker", `a company's name standing alone is an ORG, not a product (MISC), unless a model follows ("Boeing said"; "Boeing 787" stays MISC)`},
	{"gazetteer", "country names, their other spellings and capitals (data/places.tsv) are GPE, whether the tagger missed them or gave another label"},
	{"placekind", `places the tagger found are LOC when natural or a region ("Atlantic Ocean", "Mount Everest", "Europe") and FAC when built ("Changi International Airport"), by the words of data/placekinds.tsv; countries, cities and states stay GPE`},
	{"surname", `a mention repeating the last words of a person's fuller name is a PERSON ("Stoltenberg" after "Jens Stoltenberg"), unless the tagger reads the word one other way more than twice as often ("Chechnya" after a headline's "Lebed Chechnya")`},
	{"title", `titles and roles before a name are split off it ("Prime Minister Jonas Gahr Store")`},
	{"orgshort", `a one-word mention that starts an organisation's full name is an ORG ("Ford" after "Ford Motor Company")`},
	{"consistent", "every mention of one name gets one label: a fixed one, else the most frequent"},
	{"propagate", "untagged repetitions of a name tagged elsewhere, and of a tagged person's surname, are tagged"},
	{"initials", `a run of initials and a surname is one PERSON ("J. R. Smith")`},
	{"credit", `photo credits ("AP Photo/Bojan Slavkovic") are agency ORG and photographer PERSON; the name after "Source:" is an ORG`},
	{"parts", `names inside hyphenated words: the nationality of "Serb-dominated", NATO in "NATO-led"`},
}

// Options are the settings of an ablation; the zero value runs every rule.
type Options struct {
	// Disable names rules of Rules to switch off.
	Disable []string
	// Carry, when set, is the state of the earlier windows of a large
	// document, which canonical names and ids go on from (see Carry).
	Carry *Carry
}

// CheckRules returns an error naming the first name that is no rule.
func CheckRules(names []string) error {
	for _, n := range names {
		if !slices.ContainsFunc(Rules, func(r Rule) bool { return r.Name == n }) {
			return fmt.Errorf("unknown entity rule %q", n)
		}
	}
	return nil
}

// rules tells which rules are on.
type rules struct{ off map[string]bool }

func newRules(disable []string) rules {
	if len(disable) == 0 {
		return rules{}
	}
	off := map[string]bool{}
	for _, n := range disable {
		off[n] = true
	}
	return rules{off}
}

// on reports whether rule name runs; with nothing disabled, the usual
// case, it needs no map lookup.
func (r rules) on(name string) bool { return r.off == nil || !r.off[name] }

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
func Extract(c *article.Article, nats []facts.Nationality, opt Options) []facts.Entity {
	rs := newRules(opt.Disable)
	d := c.Doc
	t := nationalities.LoadTables()
	out := dropOverlaps(candidates(rs, c, t, nats))
	out = runPasses(rs, d, t, out, labelPasses)
	var defs map[string]acronym
	if rs.on("acronym") {
		defs = acronyms(d, t)
		out = applyAcronyms(d, out, defs)
	}
	out = runPasses(rs, d, t, out, documentPasses)
	ents := entitiesOf(rs, c, nats, out)
	canonicalise(ents, defs, opt.Carry)
	return ents
}

// candidates gathers the mentions before any document-wide rule: the
// nationalities, the tagger's entities with credits read, titles split off
// and boundaries fixed, and the religion and party words. Overlaps remain;
// the order decides which one wins.
func candidates(rs rules, c *article.Article, t *nationalities.Tables, nats []facts.Nationality) []ment {
	d := c.Doc
	ms := tagged(d)
	norp := nationalityTokens(c, nats)
	if rs.on("norp") && rs.on("namednorp") {
		norp = namedNorp(d, ms, norp)
	}
	out := make([]ment, 0, len(norp)+len(ms)+8)
	if rs.on("norp") {
		for _, r := range norp {
			out = append(out, ment{a: r[0], b: r[1], label: "NORP", fixed: true})
		}
	}
	if rs.on("credit") {
		ms = credits(d, ms)
	}
	for _, m := range ms {
		if m.e > 0 {
			out = append(out, m)
			continue
		}
		ps, n := [2]ment{m}, 1
		if rs.on("title") {
			ps, n = splitTitle(d, m)
		}
		for _, p := range ps[:n] {
			if p, ok := fixBoundaries(rs, d, t, p, norp); ok {
				out = append(out, p)
			}
		}
	}
	if rs.on("norp") {
		// Religions and parties are a closed class: a word of
		// data/norpwords.txt the tagger left untagged ("Most Muslims in
		// the city") is NORP all the same. Appended last, it yields to any
		// mention the tagger or the rules above found on its token.
		for i, tok := range d.Tokens {
			if loadNorpWords()[tok.Text] {
				out = append(out, ment{a: i, b: i + 1, label: "NORP", fixed: true})
			}
		}
	}
	return out
}

// pass is a document-wide rule of Rules over the mentions, run in the
// order of its table.
type pass struct {
	name string
	run  func(d *doc.Document, t *nationalities.Tables, ms []ment) []ment
}

// labelPasses run before the acronyms are read, so that an acronym's
// definition sees the organisations they found.
var labelPasses = []pass{
	{"orgs", func(d *doc.Document, _ *nationalities.Tables, ms []ment) []ment { return knownOrgs(d, ms) }},
	{"orghead", orgHeads},
}

// documentPasses run after the acronyms, in this order: each one reads the
// labels the ones before it settled.
var documentPasses = []pass{
	{"caps", capsAcronyms},
	{"maker", func(d *doc.Document, _ *nationalities.Tables, ms []ment) []ment { makers(d, ms); return ms }},
	{"gazetteer", func(d *doc.Document, t *nationalities.Tables, ms []ment) []ment {
		return gazetteer(d, t, ms, otherNames(d))
	}},
	{"placekind", func(d *doc.Document, t *nationalities.Tables, ms []ment) []ment { placeKind(d, t, ms); return ms }},
	{"surname", func(d *doc.Document, _ *nationalities.Tables, ms []ment) []ment { surnames(d, ms); return ms }},
	{"orgshort", func(d *doc.Document, t *nationalities.Tables, ms []ment) []ment { orgShortNames(d, t, ms); return ms }},
	{"consistent", func(d *doc.Document, _ *nationalities.Tables, ms []ment) []ment { consistent(d, ms); return ms }},
	{"propagate", func(d *doc.Document, _ *nationalities.Tables, ms []ment) []ment { return propagate(d, ms) }},
	{"initials", func(d *doc.Document, _ *nationalities.Tables, ms []ment) []ment { return initialled(d, ms) }},
}

// runPasses runs the passes that are switched on, in order.
func runPasses(rs rules, d *doc.Document, t *nationalities.Tables, ms []ment, ps []pass) []ment {
	for _, p := range ps {
		if rs.on(p.name) {
			ms = p.run(d, t, ms)
		}
	}
	return ms
}

// orgHeads labels ORG a name of two words or more ending in an
// organisation word, unless the whole name is a place.
func orgHeads(d *doc.Document, t *nationalities.Tables, ms []ment) []ment {
	for i := range ms {
		if m := &ms[i]; !m.fixed && m.b-m.a > 1 && loadOrgWords()[d.Tokens[m.b-1].Text] && t.PlaceAt(d.Tokens, m.a) != m.b-m.a {
			m.label, m.fixed = "ORG", true
		}
	}
	return ms
}

// capsAcronyms relabels ORG a one-word PERSON in capitals: a word in
// capitals is an organisation's acronym, not a person ("KFOR said").
func capsAcronyms(d *doc.Document, t *nationalities.Tables, ms []ment) []ment {
	for i := range ms {
		if m := &ms[i]; !m.fixed && m.label == "PERSON" && m.b-m.a == 1 && acronymLike(d.Tokens[m.a].Text) && !capsLine(d, m.a) &&
			t.PlaceAt(d.Tokens, m.a) == 0 {
			m.label, m.fixed = "ORG", true
		}
	}
	return ms
}

// entitiesOf turns the mentions into entities in text order, leaving out
// NORP when its rule is off, then adds the names inside hyphenated words.
func entitiesOf(rs rules, c *article.Article, nats []facts.Nationality, out []ment) []facts.Entity {
	d := c.Doc
	sort.Slice(out, func(i, j int) bool { return out[i].a < out[j].a })
	ents := make([]facts.Entity, 0, len(out))
	for _, m := range out {
		if m.label == "NORP" && !rs.on("norp") {
			continue
		}
		s, e := m.offsets(d)
		ents = append(ents, facts.Entity{Span: c.Span(s, e), Label: m.label})
	}
	if rs.on("parts") {
		for _, m := range parts(rs, c, nats, out) {
			s, e := m.offsets(d)
			ents = append(ents, facts.Entity{Span: c.Span(s, e), Label: m.label})
		}
		// The parts come after the mentions; canonical names and entity
		// ids are given in text order, so they take their place.
		sort.SliceStable(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
	}
	return ents
}

// placeKind relabels the places the tagger read as GPE (its LOC) that are
// natural places, regions or structures, and the organisations named as
// structures ("Heathrow Airport" is a place people land at). A name the
// place gazetteer knows whole stays GPE: "Cayman Islands" is a territory.
func placeKind(d *doc.Document, t *nationalities.Tables, ms []ment) {
	k := loadPlaceKinds()
	for i := range ms {
		m := &ms[i]
		if m.e > 0 || (m.label != "GPE" && m.label != "ORG") || m.fixed && m.label == "ORG" {
			continue
		}
		if t.PlaceAt(d.Tokens, m.a) == m.b-m.a {
			continue
		}
		label := ""
		if m.b-m.a > 1 {
			if l, ok := k.last[d.Tokens[m.b-1].Text]; ok {
				label = l
			} else if l, ok := k.first[d.Tokens[m.a].Text]; ok {
				label = l
			}
		}
		if l, ok := k.name[mentionText(d, *m)]; ok {
			label = l
		}
		// An organisation only becomes a structure, never a region:
		// "Pacific Gas" stays a company.
		if label == "" || m.label == "ORG" && label != "FAC" {
			continue
		}
		m.label, m.fixed = label, true
	}
}

// tagged returns the tagger's entities as token ranges with our labels.
func tagged(d *doc.Document) []ment {
	out := make([]ment, 0, len(d.Entities))
	ti := 0
	for _, e := range d.Entities {
		label, ok := nameLabels[e.Label]
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
func parts(rs rules, c *article.Article, nats []facts.Nationality, ms []ment) []ment {
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
			case norp[[2]int{p.Start, p.End}] && rs.on("norp"):
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
	// A title opens a person's name; in the name of a league or an event
	// the tagger calls MISC it is a word of the name: "Major League
	// Baseball". (The tagger's ORG also covers a title before a person it
	// misread: "Senator McCain".)
	if loadOrgWords()[d.Tokens[m.b-1].Text] || m.label == "MISC" {
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
