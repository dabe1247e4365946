package numbers

// Internals the external tests reach.
var (
	Shouting   = shouting
	Exclusions = exclusionNames
)
