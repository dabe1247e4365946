package nationalities

import (
	"slices"
	"strings"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// demonym is one row of data/nationalities.tsv.
type demonym struct {
	form    string
	words   []string
	kind    string // adj, adjp, person, people
	code    string
	country string
	group   string
	note    string
}

// place is one row of data/places.tsv: a country name, alternative spelling
// or capital.
type place struct {
	name  string
	words []string
	code  string
	typ   string
}

// Tables are the gazetteer the nationalities and entities extractors share:
// demonyms, place names and the head words of names. They are generated Go
// arrays (tables_*_gen.go, written by data/gen/tables from the data files):
// sorted keys searched in place, so that a process parses no file and
// builds no map for them. Rows are grouped by their first word, longest
// form first; rows of one form with several codes are adjacent. single
// holds every one-word demonym, for parts of hyphenated words; lastWords
// count only as the last word of a name ("Korean Air"); demonymFirst and
// placeFirst hold the first bytes of the keys.
type Tables struct{}

// LoadTables returns the tables; they need no loading, and the function
// stays for its callers.
func LoadTables() *Tables { return &Tables{} }

//go:generate go run ./data/gen/tables

// search returns the index of s in the sorted keys, or -1.
func search(keys []string, s string) int {
	return searchIn(keys, 0, len(keys), s)
}

// searchIn returns the index of s in keys[lo:hi], sorted, or -1.
func searchIn(keys []string, lo, hi int, s string) int {
	if i, ok := slices.BinarySearch(keys[lo:hi], s); ok {
		return lo + i
	}
	return -1
}

// keyOf returns the index of s among keys, searched among the keys of its
// first byte only (start gives where they begin), or -1.
func keyOf(keys []string, start *[257]uint16, s string) int {
	if s == "" {
		return -1
	}
	return searchIn(keys, int(start[s[0]]), int(start[int(s[0])+1]), s)
}

// demonymsOf returns the rows of the forms whose first word is w.
func demonymsOf(w string) []demonym {
	i := keyOf(demonymKeys[:], &demonymStart, w)
	if i < 0 {
		return nil
	}
	return demonymRows[demonymAt[i]:demonymAt[i+1]:demonymAt[i+1]]
}

// singleOf returns the rows of the one-word form w.
func singleOf(w string) []demonym {
	i := keyOf(singleKeys[:], &singleStart, w)
	if i < 0 {
		return nil
	}
	return singleRows[singleAt[i]:singleAt[i+1]:singleAt[i+1]]
}

// placesOf returns the places whose name's first word is w.
func placesOf(w string) []place {
	i := keyOf(placeKeys[:], &placeStart, w)
	if i < 0 {
		return nil
	}
	return placeRows[placeAt[i]:placeAt[i+1]:placeAt[i+1]]
}

// Extract returns the demonyms of the document:
// whole words ("Hungarian soldiers", "the Briton", "Serbs", "South Korean")
// and parts of hyphenated words ("Serb-dominated", "pro-Russian"). Matching
// is case-sensitive, so "polish" and "turkey" are not nationalities, and
// country names themselves ("China", "Jordan", "Chad") never are: they are
// entities. "ethnic Albanians" reports Albania: the table maps a people to
// the state named after it, and the word "ethnic" does not change that.
// A demonym that starts an organisation or place name ("European Union",
// "Indian Ocean", "Serbian Progressive Party") is part of that name.
func Extract(c *article.Article) []facts.Nationality {
	var out []facts.Nationality
	t := LoadTables()
	var evidence map[string]bool // codes of countries the document names
	for si := range c.Doc.Sentences {
		toks := c.Doc.SentenceTokens(si)
		var places [][2]int // found when the sentence has a demonym
		placesDone := false
		for i := 0; i < len(toks); i++ {
			ds, n := t.matchDemonym(toks, i)
			if n == 0 {
				parts := words.HyphenParts(toks[i])
				for k, p := range parts {
					if ps := singleOf(p.Text); len(ps) > 0 {
						if evidence == nil && len(ps) > 1 {
							evidence = t.namedCountries(c.Doc)
						}
						// The last part is the head: "Cuban-Americans" are
						// people, "Serb-dominated" is a modifier.
						form := "adjective"
						if k == len(parts)-1 && (ps[0].kind == "people" || ps[0].kind == "person") {
							form = ps[0].kind
						}
						out = append(out, nationality(c, p.Start, p.End, resolve(ps, evidence), form))
					}
				}
				continue
			}
			d := ds[0]
			if !placesDone {
				places, placesDone = placeSpans(t, toks), true
			}
			// "Saudi Arabia", "United Arab Emirates": a country's name holds
			// no demonym.
			if inPlace(places, i, n) || t.inName(toks, i+n) || personName(t, toks, i, n, d) || language(toks, i, n) ||
				strings.Contains(d.note, "adjective only") && !nounFollows(toks, i+n) {
				i += n - 1
				continue
			}
			if len(ds) > 1 {
				if evidence == nil {
					evidence = t.namedCountries(c.Doc)
				}
				d = resolve(ds, evidence)
			}
			if d.code == "PS" && (!c.HasRef || c.Ref.Year() < 2012) {
				// Palestine is a state in news from 2012, when the UN made it
				// an observer state; before, or with no date to tell,
				// Palestinians are a people.
				d = demonym{form: d.form, kind: d.kind, group: "Palestinians"}
			}
			form := demonymForm(t, toks, i, n, d.kind)
			out = append(out, nationality(c, toks[i].Start, toks[i+n-1].End, d, form))
			i += n - 1
		}
	}
	return out
}

// placeSpans returns the token spans of the place names in toks.
func placeSpans(t *Tables, toks []doc.Token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		if n := t.PlaceAt(toks, i); n > 0 {
			out = append(out, [2]int{i, i + n})
			i += n - 1
		}
	}
	return out
}

// inPlace reports whether tokens [i, i+n) lie inside a longer place name.
func inPlace(places [][2]int, i, n int) bool {
	for _, p := range places {
		if p[0] <= i && i+n <= p[1] && p[1]-p[0] > n {
			return true
		}
	}
	return false
}

func nationality(c *article.Article, start, end int, d demonym, form string) facts.Nationality {
	return facts.Nationality{Span: c.Span(start, end), Country: d.country, Code: d.code, Form: form, Group: d.group}
}

// matchDemonym returns the rows of the longest form starting at token i
// (several rows when the form names several countries) and its length in
// tokens, or 0.
func (t *Tables) matchDemonym(toks []doc.Token, i int) ([]demonym, int) {
	if !demonymFirst.May(toks[i].Text) {
		return nil, 0
	}
	cands := demonymsOf(toks[i].Text)
	for k, d := range cands {
		if !words.Match(toks, i, d.words) {
			continue
		}
		end := k + 1
		for end < len(cands) && cands[end].form == d.form {
			end++
		}
		return cands[k:end], len(d.words)
	}
	return nil, 0
}

// inName reports whether the capitalised words from token i on form a name
// with an organisation or place head word: "European Union", "Serbian
// Orthodox Church", "Indian Ocean".
func (t *Tables) inName(toks []doc.Token, i int) bool {
	for ; i < len(toks) && words.Capitalised(toks[i].Text); i++ {
		last := i+1 == len(toks) || !words.Capitalised(toks[i+1].Text)
		if search(nameWords[:], toks[i].Text) >= 0 || last && search(lastWords[:], toks[i].Text) >= 0 {
			return true
		}
	}
	return false
}

// language reports a demonym used as the name of a language: "in rapid-fire
// Spanish", "spoke German", "translated into Chinese".
func language(toks []doc.Token, i, n int) bool {
	if nounFollows(toks, i+n) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch w := strings.ToLower(toks[k].Text); {
		case w == "in" || w == "into" || w == "fluent" || strings.HasPrefix(w, "speak") || w == "spoke" || w == "spoken":
			return true
		case !strings.HasPrefix(toks[k].Tag, "JJ") && !strings.HasPrefix(toks[k].Tag, "RB") && !strings.Contains(toks[k].Text, "-"):
			return false
		}
	}
	return false
}

// personName reports whether a demonym is part of a person's name: a
// surname after a capitalised given name ("Peter German said") or a given
// name such as Finn before a surname ("Finn Russell").
func personName(t *Tables, toks []doc.Token, i, n int, d demonym) bool {
	next := ""
	if i+n < len(toks) {
		next = toks[i+n].Text
	}
	if strings.Contains(d.note, "given name") && words.Capitalised(next) {
		return true
	}
	if i == 0 || nounFollows(toks, i+n) {
		return false
	}
	prev := toks[i-1]
	if !words.Capitalised(prev.Text) || !strings.HasPrefix(prev.Tag, "NNP") || words.IsUpper(prev.Text) {
		return false
	}
	// "Kosovo Serb", "Bosnian Serbs": a place or another demonym before.
	_, m := t.matchDemonym(toks, i-1)
	return m == 0 && len(placesOf(prev.Text)) == 0 && !strings.HasSuffix(prev.Text, ".")
}

// demonymForm tells the adjective ("Hungarian soldiers", "he is Hungarian",
// "Italian and 19 Hungarian soldiers") from the noun for one person ("a
// Hungarian", "the Briton") or the whole people ("Serbs", "the Dutch").
func demonymForm(t *Tables, toks []doc.Token, i, n int, kind string) string {
	switch kind {
	case "person":
		return "person"
	case "people":
		return "people"
	}
	j := i + n
	if nounFollows(toks, j) {
		return "adjective"
	}
	// A quoted noun: the Saudi "window of vulnerability".
	if j+1 < len(toks) && isQuote(toks[j].Text) && nounFollows(toks, j+1) && !isQuote(toks[j+1].Text) {
		return "adjective"
	}
	// Coordinated modifiers share the noun: "Italian and Hungarian troops",
	// "Eleven Italian and 19 Hungarian soldiers", "an Arab and Muslim
	// nation", "British or foreign"; but "the British and Americans" are
	// two peoples.
	if j+1 < len(toks) && toks[j].Tag == "CC" && nounFollows(toks, j+1) {
		ds, m := t.matchDemonym(toks, j+1)
		if m == 0 || ds[0].kind == "adj" || ds[0].kind == "adjp" {
			return "adjective"
		}
	}
	if j+1 < len(toks) && toks[j].Text == "," {
		ds, m := t.matchDemonym(toks, j+1)
		if m > 0 && ds[0].kind != "people" && ds[0].kind != "person" || toks[j+1].Tag == "CD" {
			return "adjective"
		}
	}
	prev := ""
	if i > 0 {
		prev = strings.ToLower(toks[i-1].Text)
	}
	switch prev {
	case "is", "are", "was", "were", "be", "been", "being", "become", "became", "becomes",
		"seem", "seems", "seemed", "remain", "remains", "remained", "not", "fully", "partly":
		return "adjective"
	case "a", "an", "one", "another", "each", "every", "any":
		return "person"
	}
	if kind == "adjp" {
		return "people"
	}
	switch prev {
	case "the", "this", "that", "his", "her", "their", "our", "its", "no":
		return "person"
	}
	if i > 0 && toks[i-1].Tag == "POS" {
		return "person"
	}
	return "adjective"
}

// nounFollows reports whether token j can be the noun a demonym modifies:
// a noun, adjective, participle, number or a capitalised word ("Norwegian
// Prime Minister", "German KFOR soldiers").
func nounFollows(toks []doc.Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	tk := toks[j]
	if !words.StartsAlnum(tk.Text) {
		return false
	}
	if words.Capitalised(tk.Text) {
		return true
	}
	// Anything but a function word or a finite verb: the tagger often
	// misreads the noun after a demonym ("Cuban kindergarten teacher").
	switch tk.Tag {
	case "IN", "DT", "CC", "TO", "MD", "VB", "VBD", "VBZ", "VBP", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB",
		"RB", "RBR", "RBS", "POS", "EX", "PDT", "RP", "UH":
		return false
	}
	return true
}

// resolve picks among the rows of a form shared by several countries
// (Congolese, Dominican): the one country the document names, else the row
// marked default, else no code with the group naming the candidates.
func resolve(ds []demonym, named map[string]bool) demonym {
	if len(ds) == 1 {
		return ds[0]
	}
	var hit []demonym
	for _, d := range ds {
		if named[d.code] {
			hit = append(hit, d)
		}
	}
	if len(hit) == 1 {
		return hit[0]
	}
	for _, d := range ds {
		if strings.HasPrefix(d.note, "default") {
			return d
		}
	}
	codes := make([]string, len(ds))
	for k, d := range ds {
		codes[k] = d.country + " (" + d.code + ")"
	}
	return demonym{form: ds[0].form, kind: ds[0].kind, group: ds[0].form + ": " + strings.Join(codes, " or ")}
}

// namedCountries returns the codes of the countries whose names or capitals
// the document mentions.
func (t *Tables) namedCountries(d *doc.Document) map[string]bool {
	named := map[string]bool{}
	for i := 0; i < len(d.Tokens); i++ {
		if !placeFirst.May(d.Tokens[i].Text) {
			continue
		}
		for _, p := range placesOf(d.Tokens[i].Text) {
			if words.Match(d.Tokens, i, p.words) {
				if p.code != "" {
					named[p.code] = true
				}
				i += len(p.words) - 1
				break
			}
		}
	}
	return named
}

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}
