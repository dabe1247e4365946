package numbers

import (
	"strconv"
	"strings"
	"sync"

	"github.com/newsfacts/newsfacts/internal/extract/byteset"
	"github.com/newsfacts/newsfacts/internal/extract/lexicon"
	"github.com/newsfacts/newsfacts/internal/units"
	"github.com/newsfacts/newsfacts/internal/wordlist"
)

// The lexicon: the word lists parsed once into the tables the lexer and
// parser read.

type numWord struct {
	kind  string // card, ord, scale, vague
	value float64
}

type numUnit struct {
	unit  string
	class string // sym, code, word, pct, measure
	kind  string // for measures of the generated lexicon: "length", "time"...
}

type numQualifier struct {
	words     []string
	qualifier string
}

// numLexicon is the parsed word lists, built once.
type numLexicon struct {
	words map[string]numWord
	// units maps a lower-case phrase (words joined by one space) to its
	// unit; symbols and ISO codes are matched case-sensitively in syms.
	units    map[string]numUnit
	syms     []string // currency symbols and codes, longest first
	symUnits map[string]numUnit
	// maxUnitWords is the longest unit phrase, in words.
	maxUnitWords int
	// pre and post hold the qualifier phrases by their first word,
	// longest first.
	pre, post map[string][]numQualifier
	context   map[string]string
	// wordFirst, symFirst and qualFirst hold the first bytes of the keys
	// of words, symUnits, and pre and post together.
	wordFirst, symFirst, qualFirst *byteset.Set
	// unitFirst and contextFirst hold those of units and context.
	unitFirst, contextFirst *byteset.Set
	// maxPre is the longest qualifier phrase before a number, in words.
	maxPre int
	// phraseFirst holds the first words of the units of several words.
	phraseFirst map[string]bool
	// coreWords are the words that are the core of a quantity without
	// being number pieces: fraction words ("half", "thirds") and
	// multipliers ("twice"); see numParser.core.
	coreWords map[string]bool
	// entries joins words and coreWords for the lexer's one lookup per
	// token; entryFirst holds their first bytes.
	entries    map[string]lexEntry
	entryFirst *byteset.Set
}

// lexEntry is a word of words (number set) or of coreWords.
type lexEntry struct {
	numWord
	number bool
}

var numbersLexicon = sync.OnceValue(func() *numLexicon {
	lx := &numLexicon{words: map[string]numWord{}, units: map[string]numUnit{},
		symUnits: map[string]numUnit{}, context: map[string]string{}}
	for _, w := range lexicon.NumberWords("card", "ord", "scale", "vague") {
		v, err := strconv.ParseFloat(w.Value, 64)
		if err != nil {
			panic("number-words.txt: " + err.Error())
		}
		lx.words[w.Word] = numWord{kind: w.Kind, value: v}
	}
	for _, f := range wordlist.Rows(numbersUnitsData) {
		u := numUnit{unit: f[1], class: f[2]}
		switch u.class {
		case "sym", "code":
			lx.symUnits[f[0]] = u
			lx.syms = append(lx.syms, f[0])
			if u.class == "code" {
				lx.units[strings.ToLower(f[0])] = u
			}
		default:
			lx.units[f[0]] = u
			lx.maxUnitWords = max(lx.maxUnitWords, len(strings.Fields(f[0])))
		}
	}
	lx.maxUnitWords = max(lx.maxUnitWords, units.MaxWords())
	// Longest symbol first, so "US$" wins over "$".
	for i := 1; i < len(lx.syms); i++ {
		for j := i; j > 0 && len(lx.syms[j]) > len(lx.syms[j-1]); j-- {
			lx.syms[j], lx.syms[j-1] = lx.syms[j-1], lx.syms[j]
		}
	}
	lx.pre, lx.post = map[string][]numQualifier{}, map[string][]numQualifier{}
	for _, f := range wordlist.Rows(numbersQualifiersData) {
		q := numQualifier{words: strings.Fields(f[0]), qualifier: f[1]}
		m := lx.post
		if f[2] == "pre" {
			m = lx.pre
		}
		m[q.words[0]] = append(m[q.words[0]], q)
		if f[2] == "pre" {
			lx.maxPre = max(lx.maxPre, len(q.words))
		}
	}
	// Longest phrase first, so "no more than" wins over "no".
	for _, m := range []map[string][]numQualifier{lx.pre, lx.post} {
		for _, qs := range m {
			for i := 1; i < len(qs); i++ {
				for j := i; j > 0 && len(qs[j].words) > len(qs[j-1].words); j-- {
					qs[j], qs[j-1] = qs[j-1], qs[j]
				}
			}
		}
	}
	for _, f := range wordlist.Rows(numbersContextData) {
		lx.context[f[0]] = f[1]
	}
	// The month and weekday classes are the calendar words of package
	// lexicon, May and the month abbreviations included.
	for _, w := range lexicon.CalendarWords(true, "month", "abbr") {
		lx.context[strings.ToLower(w)] = "month"
	}
	for _, w := range lexicon.CalendarWords(true, "weekday", "day") {
		lx.context[strings.ToLower(w)] = "weekday"
	}
	lx.coreWords = coreWords(lx.words)
	lx.phraseFirst = map[string]bool{}
	for k := range lx.units {
		if first, _, ok := strings.Cut(k, " "); ok {
			lx.phraseFirst[first] = true
		}
	}
	lx.entries = map[string]lexEntry{}
	for w := range lx.coreWords {
		lx.entries[w] = lexEntry{}
	}
	for w, n := range lx.words {
		lx.entries[w] = lexEntry{numWord: n, number: true}
	}
	lx.entryFirst = byteset.Of(lx.entries)
	lx.wordFirst, lx.symFirst = byteset.Of(lx.words), byteset.Of(lx.symUnits)
	lx.qualFirst = byteset.Of(lx.pre)
	lx.qualFirst.Union(byteset.Of(lx.post))
	lx.unitFirst, lx.contextFirst = byteset.Of(lx.units), byteset.Of(lx.context)
	return lx
})
