// Package doc turns the bytes of one article into the single representation
// every extractor reads: paragraphs, sentences and tagged tokens, each with
// byte offsets into the original input. It is built once per input; nothing
// downstream re-tokenises or searches the text to find where a string was.
//
// Sentence boundaries come from three layers. Blank lines end paragraphs.
// Inside a paragraph, a line that reads as a heading, caption credit or
// "Source:" line ends where the line ends. Inside what remains, prose's Punkt
// segmenter finds the sentences. prose alone would run a headline into the
// first paragraph, which is why the first two layers exist.
package doc
