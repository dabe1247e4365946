package entities

// The boundaries of a mention: what of a tagged span is the name. Leading
// nationality words, articles, sentence-initial common words and
// hyphenated modifiers go; initials make a person; trailing possessives,
// punctuation and stray letters go.

import (
	"slices"
	"strings"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/extract/words"
)

// fixBoundaries trims a mention: leading nationality words become their own
// NORP mention ("German KFOR"), and leading articles, sentence-initial
// common words ("Ethnic", "Source") and hyphenated modifiers ("NATO-led",
// "Serb-dominated") go, as do trailing possessives and punctuation. It
// reports false when nothing of the mention is left.
//
// norp holds the nationalities' token ranges by first token, in order.
func fixBoundaries(rs rules, d *doc.Document, t *nationalities.Tables, m ment, norp [][2]int) (ment, bool) {
	if !rs.on("trim") && !rs.on("norp") {
		return m, true
	}
	m = trimFront(rs, d, t, m, norp)
	if m.a >= m.b {
		return m, false
	}
	if rs.on("trim") {
		m = initialledPerson(d, t, m)
		var ok bool
		if m, ok = trimBack(d, m); !ok {
			return m, false
		}
	}
	if m.a >= m.b {
		return m, false
	}
	if rs.on("norp") && m.b-m.a == 1 && loadNorpWords()[d.Tokens[m.a].Text] {
		m.label, m.fixed = "NORP", true
	}
	return m, true
}

// trimFront drops the leading nationalities (they are mentions of their
// own) and, with the trim rule, leading common words, tokens that start
// with no letter or digit, and hyphenated modifiers, until none is left.
func trimFront(rs rules, d *doc.Document, t *nationalities.Tables, m ment, norp [][2]int) ment {
	for m.a < m.b {
		if rs.on("norp") {
			if end, ok := nationalityAt(norp, m.a, m.b); ok {
				m.a = end
				continue
			}
		}
		tok := d.Tokens[m.a]
		if !rs.on("trim") || !commonWord(rs, d, t, m.a) && words.StartsAlnum(tok.Text) && !modifierWord(tok.Text) {
			break
		}
		m.a++
	}
	return m
}

// nationalityAt returns the end of the first nationality starting at token
// a that ends by token b; norp is sorted by first token, so a binary
// search finds it without a scan.
func nationalityAt(norp [][2]int, a, b int) (int, bool) {
	k, _ := slices.BinarySearchFunc(norp, a, func(r [2]int, a int) int { return r[0] - a })
	for _, r := range norp[k:] {
		if r[0] != a {
			break
		}
		if r[1] <= b {
			return r[1], true
		}
	}
	return 0, false
}

// initialledPerson widens a capitalised mention over the initials before
// it and makes it a PERSON: initials before a surname make a person ("S.
// Waugh", "J. R. Smith"), unless a strong rule chose another label or the
// name is a place.
func initialledPerson(d *doc.Document, t *nationalities.Tables, m ment) ment {
	if initialBefore(d, m.a) == 0 || !words.Capitalised(d.Tokens[m.a].Text) ||
		m.label != "PERSON" && (m.fixed || t.PlaceAt(d.Tokens, m.a) != 0) {
		return m
	}
	for n := initialBefore(d, m.a); n > 0; n = initialBefore(d, m.a) {
		m.a -= n
	}
	m.label, m.fixed = "PERSON", true
	return m
}

// trimBack drops trailing possessives, punctuation and numbers ("England
// 1996-08-31") and words that are no names; it reports false when a lone
// letter is left, an initial or a list mark rather than a name.
func trimBack(d *doc.Document, m ment) (ment, bool) {
	// A closing bracket stays when the name opened it: "Mladost ( L )".
	// A number ends the name of an event or a product ("Euro 96",
	// "Boeing 747", "Windows 95"), which the tagger calls MISC.
	for m.b > m.a && (!startsLetter(d.Tokens[m.b-1].Text) && !closesBracket(d, m) && !numberedMisc(d, m) || d.Tokens[m.b-1].Tag == "POS" ||
		m.b-m.a > 1 && loadNotNames()[d.Tokens[m.b-1].Text]) {
		m.b--
	}
	if m.b-m.a == 1 && len(d.Tokens[m.a].Text) == 1 {
		return m, false
	}
	return m, true
}

// numberedMisc reports whether m is a MISC name of two words or more that
// ends in a number: "Euro 96", "Boeing 747".
func numberedMisc(d *doc.Document, m ment) bool {
	last := d.Tokens[m.b-1].Text
	return m.label == "MISC" && m.b-m.a > 1 && last != "" && last[0] >= '0' && last[0] <= '9'
}

// commonWord reports whether token i is an ordinary word that starts a name
// only by mistake: an article, a word from data/notnames.txt ("Source",
// "Hello"), or a sentence-initial word the tagger did not read as a proper
// noun ("Ethnic").
func commonWord(rs rules, d *doc.Document, t *nationalities.Tables, i int) bool {
	tok := d.Tokens[i]
	if loadNotNames()[tok.Text] {
		return true
	}
	if !rs.on("tagtrim") {
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
