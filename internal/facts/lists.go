package facts

// Lists gives the facts of a document kind by kind without holding them in
// memory: a document too large for that (issue 18: one text extracted in
// windows) has its facts written out as each window is done, and its
// Document's lists left empty, with Document.Spilled set to this.
type Lists interface {
	// Len is the number of facts of kind.
	Len(kind string) int
	// Each calls fn with every fact of kind in output order, as a value of
	// the list's element type (Sentence, Entity, Number, Nationality, Date,
	// Quote), and stops at fn's first error.
	Each(kind string, fn func(v any) error) error
	// Close releases what holds the facts (temporary files); Each fails
	// after it.
	Close() error
}
