// Package lexicon holds the word lists that more than one kind extractor
// reads, each once: the titles written before a person's name (entities
// split them off, quotes strip them to find a speaker) and the last words
// of organisation names (entities make such a name an ORG, quotes read it
// as no person), and the number words (numbers read cardinals, ordinals
// and multipliers; dates the cardinals with the counting words of
// durations, "a couple of", "a few"), and the calendar words (month and
// weekday names, read by numbers, entities and quotes). Each list is a
// data file under data/ in the one format of package wordlist, its source
// named in its header; a kind package that needs a narrower set selects it
// by the list's own columns, never by a copy.
package lexicon
