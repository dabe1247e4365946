// Package eval measures extraction against gold annotations. It reads gold
// data in four formats (CoNLL-2003 NER columns, TempEval-3 TimeML,
// NewsReader MEANTIME CAT XML and the newsfacts gold JSONL), runs the same
// pipeline as extraction (extract.Run) on the text each format carries, and
// scores the predicted facts: precision, recall and F1 per kind and label,
// and the accuracy of attributes (values, types, speakers) over matches.
//
// It sits beside the renderers in the flow: gold in, figures out. The
// command layer (cmd/newsfacts/eval.go) only binds flags and picks exit codes.
//
// Each format loader turns a file into documents: the text the pipeline
// reads, the reference date, the kinds to extract, and the gold items with
// byte offsets into that text. Scoring is shared: exact-span matching
// (conlleval) or overlap matching (one-to-one, greedy by largest overlap, as
// TempEval-3's relaxed match), then attribute comparison on matched pairs.
package eval
