package ner

import "strings"

// Layout kinds: the kind of line a token is on. News text is not all
// prose: headlines in capitals or in title case capitalise words that are
// not names, tables of results capitalise only names among numbers, a
// dateline opens a story with a place in capitals, and a photo credit
// names a person after an agency and a slash. Each is a feature the
// tagger weighs, crossed with the token's capitalisation.
const (
	layoutNone     uint8 = iota
	layoutCaps           // a line in capitals: "SOCCER - JAPAN GET LUCKY WIN"
	layoutTitle          // a headline in title case: "NATO Sends More Troops to Kosovo"
	layoutTable          // a row of numbers with few words and no verb: "Glamorgan 259 and 207"
	layoutDateline       // the place (and agency) that opens a story: "BRUSSELS (Reuters) -"
	layoutCredit         // the name in a photo credit: "REUTERS/Kevin Lamarque"
)

// datelineMarks end the place of a dateline.
var datelineMarks = map[string]bool{"(": true, "-": true, "--": true, "_": true, "—": true, "–": true}

// lineLayout sets f.layout for the tokens of sentence s, given the counts
// that context computed: word tokens, words in capitals, capitalised
// words, number tokens.
func (f *features) lineLayout(s Span, words, upper, capital, digits int) {
	kind := layoutNone
	switch {
	case words >= 2 && upper*10 >= words*9:
		kind = layoutCaps
	case digits >= 2 && digits*2 >= words && !f.hasVerb(s):
		kind = layoutTable
	case words >= 4 && capital*10 >= words*7 && digits*4 <= words:
		kind = layoutTitle
	}
	for i := s.First; i < s.Last; i++ {
		f.layout[i] = kind
	}
	f.dateline(s)
	f.credit(s)
}

func (f *features) hasVerb(s Span) bool {
	for i := s.First; i < s.Last; i++ {
		if strings.HasPrefix(f.toks[i].Tag, "VB") || f.toks[i].Tag == "MD" {
			return true
		}
	}
	return false
}

// dateline marks the opening place of a story: a word in capitals, up to
// five more place words, then a dash, a parenthesised agency or a date
// ("LONDON 1996-08-30", "NAIROBI, Kenya (AP) _", "WASHINGTON (Reuters) -").
func (f *features) dateline(s Span) {
	i := s.First
	if i >= s.Last || f.caps[i] != capAll || len(f.toks[i].Text) < 2 {
		return
	}
	end := -1
	for j := i + 1; j < s.Last && j <= i+6; j++ {
		t := f.toks[j].Text
		if datelineMarks[t] || f.caps[j] == capDigit {
			end = j
			break
		}
		if c := f.caps[j]; !(c == capAll || c == capInit || c == capMixed || t == "," || t == ".") {
			return
		}
	}
	if end < 0 {
		return
	}
	for j := i; j < end; j++ {
		f.layout[j] = layoutDateline
	}
	if f.toks[end].Text == "(" {
		for j := end + 1; j < s.Last && j <= end+4 && f.toks[j].Text != ")"; j++ {
			f.layout[j] = layoutDateline
		}
	}
}

// credit marks the capitalised words after an agency and a slash:
// "REUTERS/Kevin Lamarque", "(AP Photo/Bojan Slavkovic)". The tokenizer
// may keep "REUTERS/Kevin" whole or split it at the slash.
func (f *features) credit(s Span) {
	for i := s.First; i < s.Last; i++ {
		t := f.toks[i].Text
		start := -1
		switch {
		case t == "/" && i > s.First && i+1 < s.Last && isCreditWord(f.toks[i-1].Text):
			start = i + 1
		case strings.Contains(t, "/"):
			k := strings.IndexByte(t, '/')
			if isCreditWord(t[:k]) && k+1 < len(t) {
				f.layout[i] = layoutCredit
				start = i + 1
			}
		}
		if start < 0 {
			continue
		}
		for j := start; j < s.Last && j < start+4; j++ {
			c := f.caps[j]
			if !(c == capInit || c == capMixed || c == capAll || c == capSingle || f.toks[j].Text == ".") {
				break
			}
			f.layout[j] = layoutCredit
		}
	}
}

// isCreditWord reports whether w names the source of a photo: an agency
// in capitals ("REUTERS", "AFP") or "Photo" ("AP Photo").
func isCreditWord(w string) bool {
	if w == "Photo" || w == "Photos" || w == "PHOTO" {
		return true
	}
	if len(w) < 2 {
		return false
	}
	_, _, _, c := wordValues(w)
	return c == capAll
}
