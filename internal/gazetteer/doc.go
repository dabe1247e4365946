// Package gazetteer holds the public name lists that the entity tagger reads
// as features: cities, countries, states, companies, first names, surnames
// and nationality words. Each list is a data file under data/, one name a
// line (first-names.tsv adds the gender), with its source and licence in a header, built by ./gen from npm
// packages and the shared country table so that anyone can rebuild it.
//
// The lists are knowledge the tagger weighs, not rules: internal/ner/train
// reads them and stores their hashes in the model, and the tagger learns how
// far to trust "is in the city list" from CoNLL-2003. Only the first-name
// list is read at run time, by the quote extractor, for the gender of a
// speaker (FirstNames): one list of first names, with their gender, serves
// both.
package gazetteer
