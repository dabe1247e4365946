// Package ner is newsfacts' named-entity tagger: a first-order averaged
// perceptron over BIO labels for the four CoNLL-2003 types (PER, ORG, LOC,
// MISC), decoded with Viterbi under the BIO constraint.
//
// It sits between the tokens and tags of internal/doc and the entities
// extractor: doc.Parse hands it a document's tokens with prose's POS tags and
// its sentence spans, and turns the labels into entities. It replaces prose's
// maxent entity model, which scores about 0.49 F1 on CoNLL-2003 and runs at
// about 0.1 MB/s; see docs/ner-model.md for data, features and figures.
//
// The whole document is tagged at once because the strongest cue to whether a
// capitalised word is a name lies outside its sentence: a word that the same
// article writes in lower case elsewhere ("Police", "police") is rarely a
// name, and one capitalised in mid-sentence elsewhere usually is.
//
// Besides the word and its neighbours, the tagger weighs knowledge from
// outside CoNLL: public name lists (internal/gazetteer), word clusters
// learned from unlabeled news (./clusters), the layout of the line
// (headline, table row, dateline, photo credit) and the contexts of the
// word's other mentions in the article.
//
// Features are hashed to 32-bit keys without building strings, so tagging
// allocates nothing per token once its scratch space is warm. The model is
// trained by ./train and embedded as data/model.bin, whose tables Default
// uses in place: nothing is decoded when a process starts.
package ner
