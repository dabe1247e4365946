package lexicon

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/newsfacts/newsfacts/internal/wordlist"
)

//go:embed data/titles.txt
var titlesData string

//go:embed data/orgwords.txt
var orgWordsData string

//go:embed data/calendar.txt
var calendarData string

// CalendarWords returns the calendar words whose kind is one of kinds
// (month, abbr, weekday, day), in file order and capitalised. A month
// marked "word" (May) is left out unless withWords is set.
func CalendarWords(withWords bool, kinds ...string) []string {
	var out []string
	for _, r := range wordlist.Rows(calendarData) {
		if slices.Contains(kinds, r[1]) && (withWords || !slices.Contains(r[2:], "word")) {
			out = append(out, r[0])
		}
	}
	return out
}

//go:embed data/number-words.txt
var numberWordsData string

// NumberWord is one number word: its kind (card, ord, scale, vague,
// article, count, indef; see data/number-words.txt) and its value as
// written there ("12", "1000000", or X for a vague amount).
type NumberWord struct {
	Word, Kind, Value string
}

// NumberWords returns the number words whose kind is one of kinds, in file
// order: numbers read the cardinals, ordinals and multipliers, dates the
// cardinals and multipliers with their counting words.
func NumberWords(kinds ...string) []NumberWord {
	var out []NumberWord
	for _, r := range wordlist.Rows(numberWordsData) {
		if len(r) == 3 && slices.Contains(kinds, r[1]) {
			out = append(out, NumberWord{Word: r[0], Kind: r[1], Value: r[2]})
		}
	}
	return out
}

// OrgWords returns the last words of organisation names, in file order
// and as news capitalises them ("Party", "Ministry", "Inc.").
func OrgWords() []string { return wordlist.Entries(orgWordsData) }

// NameOrgWords returns the organisation words marked "name": those that
// make a tagged name an ORG in the entities extractor, matching the
// written form.
func NameOrgWords() []string { return tagged(orgWordsData, "name") }

// Titles returns the titles and roles written before a person's name, in
// file order and as news capitalises them there ("President", "Sen.",
// "CEO"). Quotes match them in lower case.
func Titles() []string { return wordlist.Entries(titlesData) }

// SplitTitles returns the titles marked "split": those the entities
// extractor splits off a tagged name, matching the written form.
func SplitTitles() []string { return tagged(titlesData, "split") }

// tagged returns the entries of a list whose later fields include tag.
func tagged(data, tag string) []string {
	var out []string
	for _, r := range wordlist.Rows(data) {
		if slices.Contains(r[1:], tag) {
			out = append(out, r[0])
		}
	}
	return out
}

// Set returns the words of a list as a set, as written.
func Set(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[w] = true
	}
	return m
}

// LowerSet returns the words of a list as a set, in lower case, for a user
// that matches lower-cased text.
func LowerSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[strings.ToLower(w)] = true
	}
	return m
}
