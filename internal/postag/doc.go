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
// whole pipeline. Here every model feature is parsed once, at load, into its
// template and arguments and entered in an open-addressing table under a
// hash of (template, hash of each argument). At tagging time each word of a
// sentence is normalised and hashed once, and a token's features are found
// by combining those hashes: no key strings, no maps, no allocation once the
// tagger's buffers are warm. A hit is confirmed against the feature's bytes,
// so a hash collision can only cost time, never change a tag.
//
// Exactness: the special cases of prose's tagOne (hyphen, emoticons, "@"
// handles, Penn trace tokens, -LRB--style literals, the model's table of
// unambiguous words) and its normalize() are reproduced rule for rule, and
// weights are summed in prose's feature order in float32, so ties and
// rounding fall the same way. TestMatchesProse checks it on every token of
// the shared corpora, FuzzMatchesProse on arbitrary input.
package postag
