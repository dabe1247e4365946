// Package tokenize splits the text of a sentence into word and punctuation
// tokens with byte offsets, exactly as prose v3's default tokenizer
// (github.com/jdkato/prose/v3/tokenize, tokenize.New()) does: the same
// tokens at the same offsets for every input, valid UTF-8 or not.
//
// It sits inside internal/doc, which tokenises each sentence and hands the
// words to the part-of-speech tagger; the tagger's model was trained on
// prose's tokens, so the split must stay prose's to the byte.
//
// Why not call prose: its tokenizer runs a regular expression on every
// whitespace-delimited span and again on every piece split from one, looks
// each up in a map of emoticons, and searches each span ten times for
// contractions, which made it a twelfth of the whole pipeline. Here each
// rule is a hand scan of the bytes it needs, and tokens are appended to a
// slice the caller reuses, so tokenising allocates nothing once the slice
// is large enough.
package tokenize
