package quotes

import (
	_ "embed"
	"sync"

	"github.com/newsfacts/newsfacts/internal/extract/lexicon"
	"github.com/newsfacts/newsfacts/internal/gazetteer"
	"github.com/newsfacts/newsfacts/internal/wordlist"
)

var (
	//go:embed data/quotes-verbs.txt
	quoteVerbsData string
	//go:embed data/quotes-pronouns.txt
	quotePronounsData string
	//go:embed data/quotes-person-nouns.txt
	quotePersonNounsData string
	//go:embed data/quotes-particles.txt
	quoteParticlesData string
	//go:embed data/quotes-noun-cues.txt
	quoteNounCuesData string
	//go:embed data/quotes-document-nouns.txt
	quoteDocumentNounsData string
)

// The word lists of the rules, each in its data file. Closed-class sets of
// grammar stay beside their rules in the Go code (relative pronouns, forms
// of "be" and the auxiliaries, clause prepositions and conjunctions,
// quantifiers, the spelled-out numbers one to ten, part-of-speech tag sets,
// dashes): they are part of the grammar a rule encodes, complete as they
// stand, not vocabulary that grows.

// quoteDocumentNouns are what speakers issue; "a statement saying" is the
// issuer's speech.
var quoteDocumentNouns = wordlist.Set(quoteDocumentNounsData)

// quoteNounCues are nouns of speech whose "that" clause is what was said:
// "the senator's claim that ...", "her remark that ...".
var quoteNounCues = wordlist.Set(quoteNounCuesData)

// quoteParticles are the lower-case parts of names: "Ahmed Maher el-Sayed",
// "Osama bin Laden", "Ursula von der Leyen".
var quoteParticles = wordlist.Set(quoteParticlesData)

// quotePersonNouns head noun phrases that denote a person ("a spokesman for the
// ministry", "an official"), on top of the titles list.
var quotePersonNouns = wordlist.Set(quotePersonNounsData)

// quoteCalendarWords are capitalised but never part of a speaker's name ("On
// Tuesday Stoltenberg said").
// They are the month, weekday and day names of package lexicon, May left
// out (a verb and a name).
var quoteCalendarWords = lexicon.LowerSet(lexicon.CalendarWords(false, "month", "weekday", "day"))

// quoteCue is one inflected form of a reporting verb.
type quoteCue struct {
	lemma string
	// object: the hearer comes between verb and clause ("told reporters").
	object bool
	// direct: a cue for direct quotes only ("he asked").
	direct bool
	// needThat: reported speech only with an explicit "that", or after
	// the clause.
	needThat bool
}

type quoteLexicon struct {
	verbs map[string]quoteCue
	// formIndex numbers the forms of verbs: forms[formIndex[w]] is
	// verbs[w] and trusted tells the common forms ("said") that need no
	// verb tag.
	formIndex map[string]int32
	forms     []quoteCue
	trusted   []bool
	titles    map[string]bool
	orgHeads  map[string]bool
	pronouns  map[string]string
}

// firstNameGender gives a capitalised first name's pronoun, "he" or "she",
// where one sex has most of its births, and "" for names of either sex
// and words that are no first name. The gazetteer searches its list in
// place: building a map of its 17,000 names was a fifth of the CPU of a
// one-article process.
func firstNameGender(name string) string {
	switch gazetteer.FirstNameGender(name) {
	case "female":
		return "she"
	case "male":
		return "he"
	}
	return ""
}

var quoteLex = sync.OnceValue(func() *quoteLexicon {
	lx := &quoteLexicon{verbs: map[string]quoteCue{}, pronouns: map[string]string{}}
	for _, f := range wordlist.Rows(quoteVerbsData) {
		v := quoteCue{lemma: f[0]}
		var forms []string
		for _, w := range f {
			switch w {
			case "object":
				v.object = true
			case "direct":
				v.direct = true
			case "that":
				v.needThat = true
			default:
				forms = append(forms, w)
			}
		}
		for _, w := range forms {
			lx.verbs[w] = v
		}
	}
	lx.formIndex = make(map[string]int32, len(lx.verbs))
	for w, v := range lx.verbs {
		lx.formIndex[w] = int32(len(lx.forms))
		lx.forms = append(lx.forms, v)
		lx.trusted = append(lx.trusted, w == "said" || w == "says" || w == "told" || w == "added")
	}
	lx.titles = lexicon.LowerSet(lexicon.Titles())
	lx.orgHeads = lexicon.LowerSet(lexicon.OrgWords())
	for _, f := range wordlist.Rows(quotePronounsData) {
		lx.pronouns[f[0]] = f[1]
	}
	return lx
})
