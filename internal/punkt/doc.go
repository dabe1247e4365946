// Package punkt finds sentence boundaries exactly as prose v3's segmenter
// (prose/v3/segment: the Punkt algorithm of gopkg.in/neurosnap/sentences.v1
// with prose's English customisations) does, but reads its trained model in
// place.
//
// It sits inside internal/doc: doc.Parse hands it each block of a paragraph
// that holds a '.', '?' or '!' and records the sentences it returns.
//
// Why not call prose: segment.New gunzips and JSON-decodes sentences.v1's
// English model (403 kB of JSON, 20,501 words) into four Go maps at the first
// call, 8-19 ms of every process start, a large share of a one-article run.
// Here the model is data/english.bin, written by gen/ (go generate) from the
// very same model: the words sorted in one blob with an offset array and a
// flag byte each, and the 37 collocations in a second such table. Nothing is
// decoded at start; a look-up is a binary search over the embedded bytes.
//
// The algorithm is prose's, rule for rule (see punkt.go), including its
// quirks: a word's final period is cut at the count of its runes rather than
// its bytes, and the last word of a text ending in a multi-byte character is
// never looked at. prose stays as the test
// oracle: TestMatchesProse segments every TBAQ, CoNLL-2003 validation,
// MEANTIME and PolNeAR text with both, and FuzzMatchesProse arbitrary input.
package punkt

//go:generate go run ./gen
