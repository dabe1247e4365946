package numbers

// Internals the external tests reach.
var (
	KeepOrdinals = &keepOrdinals
	Shouting     = shouting
)
