// Package goldcheck holds only a test: it checks that the hand-annotated development gold in
// testdata/gold/*.jsonl is well formed, so that a typo in an offset or an attribute is caught
// when the gold is written and not later as a puzzling evaluation figure. The format and the
// annotation rules are described in docs/annotation-guidelines.md.
package goldcheck
