// Package corpus runs a function over the documents of a corpus in
// parallel and hands the results back in input order, as soon as each is
// ready, with memory bounded by a fixed window of documents in flight
// whatever the corpus size. It sits between internal/input, which yields the
// documents, and the command layer, which extracts and renders them.
//
// The design is GNU parallel's --keep-order: a reader feeds a bounded work
// queue, N workers take from it, and the caller's goroutine reorders their
// results in a window; when the oldest document is slow, reading stops once
// the window is full instead of buffering the rest of the corpus.
package corpus
