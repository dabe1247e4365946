package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// tense is the time of the clause around an expression, which decides
// whether "on Tuesday" or "in March" is the last one or the next one.
type tense int

const (
	tenseNone tense = iota
	tensePast
	tensePresent
	tenseFuture
)

// tense looks outwards from the expression for the nearest verb that marks
// tense, alternating left and right so that in "told a news conference on
// Tuesday" the verb of the expression's own clause wins over a distant one.
func (m *match) tense() tense {
	if m.tenseDone {
		return m.tenseVal
	}
	m.tenseDone = true
	toks := m.x.toks
	first, last := -1, -1
	st, en := m.x.s.Start+m.start, m.x.s.Start+m.end
	for i, t := range toks {
		if t.End > st && t.Start < en {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return tenseNone
	}
	for d := 1; d < len(toks); d++ {
		for _, i := range [2]int{first - d, last + d} {
			if i < 0 || i >= len(toks) {
				continue
			}
			if t := verbTense(toks, i); t != tenseNone {
				m.tenseVal = t
				return t
			}
		}
	}
	return tenseNone
}

// verbTense reads the tense marked by token i and its auxiliaries.
func verbTense(toks []doc.Token, i int) tense {
	w := strings.ToLower(toks[i].Text)
	switch toks[i].Tag {
	case "MD":
		switch w {
		case "will", "'ll", "shall", "wo", "would", "'d":
			return tenseFuture
		}
		return tensePresent
	case "VBD":
		return tensePast
	case "VBN", "VBG", "VB":
		// The auxiliaries before the verb decide: "will be held", "has
		// said", "was meeting", "is going to", "plans to meet".
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			a := strings.ToLower(toks[j].Text)
			switch {
			case toks[j].Tag == "MD":
				return verbTense(toks, j)
			case a == "to":
				if j > 0 && toks[j-1].Tag == "VBD" && toks[j-1].Text != "going" {
					continue
				}
				return tenseFuture
			case a == "has" || a == "have" || a == "had" || a == "was" || a == "were" || a == "did":
				return tensePast
			case a == "is" || a == "are" || a == "am" || a == "'s" || a == "'re":
				if toks[i].Tag == "VBG" {
					// "is meeting on Friday" speaks of a planned event.
					return tenseFuture
				}
				return tensePresent
			}
		}
		if toks[i].Tag == "VBN" {
			return tensePast
		}
		return tenseNone
	case "VBZ", "VBP":
		if i+1 < len(toks) {
			n := strings.ToLower(toks[i+1].Text)
			if n == "due" || n == "scheduled" || n == "expected" || n == "set" || n == "slated" || n == "going" {
				return tenseFuture
			}
		}
		return tensePresent
	}
	return tenseNone
}
