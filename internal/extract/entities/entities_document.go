package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/extract/words"
)

// Document-wide rules: gazetteer look-ups, surnames and short names that
// refer back to a full name, one label per name through the article, and
// names propagated to their other mentions.

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
		if _, ok := nameLabels[e.Label]; ok {
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
		if d.Tokens[i].Sentence != d.Tokens[i+n-1].Sentence {
			// A name never runs from one sentence into the next: "Czech"
			// ending one and "Republic" opening the next are two words.
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
// person's fuller name: "Stoltenberg" after "Jens Stoltenberg". One fuller
// name does not outvote the tagger on a word it labels one other way many
// times over: a headline's "Yeltsin endorses Lebed Chechnya peace plan"
// makes no person of the seven "Chechnya" (GPE) of its story
// (maxOutvoted); a word the tagger cannot settle ("Slepian" MISC, ORG and
// GPE after "Barnett Slepian") is the person's.
func surnames(d *doc.Document, ms []ment) {
	// full counts the fuller person names ending in a word, other counts
	// the one-word mentions of it with another label, while they all share
	// that label (-1 once they disagree).
	type others struct {
		label string
		n     int
	}
	full, other := map[string]int{}, map[string]others{}
	for _, m := range ms {
		switch {
		case m.label == "PERSON" && m.b-m.a > 1:
			full[d.Tokens[m.b-1].Text]++
		case m.label != "PERSON" && m.b-m.a == 1 && !m.fixed:
			w := d.Tokens[m.a].Text
			o, seen := other[w]
			switch {
			case !seen:
				o = others{m.label, 1}
			case o.n >= 0 && o.label == m.label:
				o.n++
			default:
				o.n = -1
			}
			other[w] = o
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.b-m.a != 1 || m.label == "PERSON" || m.fixed {
			continue
		}
		w := d.Tokens[m.a].Text
		if n := full[w]; n > 0 && other[w].n <= maxOutvoted*n {
			m.label, m.fixed = "PERSON", true
		}
	}
}

// maxOutvoted is how many one-word mentions of another label one fuller
// person name may relabel: a slip of the tagger or two ("Stoltenberg" an
// ORG once), not a word it reads as something else throughout.
const maxOutvoted = 2

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
// closed set (nameLabels, MISC and NORP, which never votes).
func voteIndex(label string) int {
	for k, l := range voteLabels {
		if l == label {
			return k
		}
	}
	panic("extract: unknown entity label " + label)
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
