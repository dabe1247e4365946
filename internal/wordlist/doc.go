// Package wordlist reads the word lists and tables that the extractors
// embed from their data/ folders, all in one format:
//
//	# What the list holds. Source: where it comes from (and its licence).
//	# More comment lines.
//	entry
//	entry<TAB>field<TAB>field
//
// A line that is "#" alone or starts with "# " is a comment; the comment
// lines before the first entry are the header, which must name the source.
// Blank lines are skipped. Every other line is one entry, its first field
// the word or phrase (spaces allowed) and further fields, if any, separated
// by tabs. An entry may itself start with "#" when no space follows (the
// pound sign "#" of Penn Treebank text).
package wordlist
