// Package lang tells, cheaply, whether a text looks like English, so that
// newsfacts can warn instead of printing nonsense facts for a French or
// Russian article. It reads only the opening of the text, with two tests: the
// share of letters in Latin script, and the share of words that are frequent
// English function words. The command warns once per document and `check`
// has a rule built on it; neither changes the extracted facts.
package lang
