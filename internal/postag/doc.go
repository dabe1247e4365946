// Package postag is newsfacts' own inference path over prose v3's English
// part-of-speech model: the averaged perceptron of prose/v3/tag, read from
// the very bytes prose embeds (prose/v3/tag/aptagmodel, MIT licence), and
// tagging every token exactly as prose's tag.Tagger does.
//
// It sits inside internal/doc: doc.Parse hands it the words of each sentence
// and stores the Penn Treebank tags on the tokens, which the entity tagger
// and the extractors then read.
//
// Why not call prose: its tagger builds each of the 14 feature keys of a
// token as a string ("i-1 tag+i word NN said") and finds it by binary search
// over 75,000 sorted strings, which made tagging the largest cost of the
// whole pipeline. Here every model feature is parsed once into its template
// and arguments; every argument string (word, suffix, first byte, tag) gets
// a vocabulary id, and a feature is the packed (template, ids) key of an
// open-addressing table. At tagging time each word of a sentence is
// normalised and looked up in the vocabulary once, its bytes compared
// there, and a token's features are found by integer keys: no key strings,
// no maps, no allocation once the tagger's buffers are warm. A feature
// whose word the model never saw costs no probe at all.
//
// The tables are flat bytes, so the index built from prose's model ships
// ready-made in data/index.bin and is used in place (TestIndex keeps it in
// step; -update rewrites it): loading costs a checksum of the model, not
// the ~7 ms of building the tables.
//
// Exactness: the special cases of prose's tagOne (hyphen, emoticons, "@"
// handles, Penn trace tokens, -LRB--style literals, the model's table of
// unambiguous words) and its normalize() are reproduced rule for rule, and
// weights are summed in prose's feature order in float32, so ties and
// rounding fall the same way. TestMatchesProse checks it on every token of
// the shared corpora, FuzzMatchesProse on arbitrary input.
package postag
