// Package entities turns the tagger's entity labels into the entities of
// the output: nationality words become NORP, boundaries and labels are
// fixed by named rules, acronyms the article defines are expanded, and each
// name gets its canonical form. It receives the nationalities found by
// package nationalities as an argument, and reads place names from that
// package's gazetteer.
package entities
