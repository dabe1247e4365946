// Package extract finds facts in a parsed document. Each kind of fact has
// its own file (entities.go, numbers.go, nationalities.go, dates.go,
// quotes.go) with one function that reads the shared doc.Document and
// appends to the facts.Document; the registry in extract.go lists them in
// the order their dependencies need, so --only runs just what it must.
package extract
