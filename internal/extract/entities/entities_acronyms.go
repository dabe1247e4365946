package entities

import (
	"sort"
	"strings"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/extract/words"
)

// Acronyms the article defines ("the Kosovo Force (KFOR)") and their
// expansions.

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
