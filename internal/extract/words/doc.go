// Package words holds the word-level tests and look-ups that several kind
// extractors share: the shape of a word (capitalised, all capitals, made of
// letters), ASCII lowercasing that keeps byte offsets, matching a run of
// tokens, and the parts of a hyphenated word.
package words
