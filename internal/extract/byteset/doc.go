// Package byteset is the first-bytes prefilter of the word tables: a set of
// the first byte and first two bytes of a map's keys, so that most tokens
// are ruled out before a map lookup.
package byteset
