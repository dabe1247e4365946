// Package extract finds facts in a parsed document. It holds the registry
// of extractors and the plan that runs them; each kind of fact has its own
// package (dates, numbers, quotes, entities, nationalities) with an Extract
// function that reads the shared article (package article: the parsed
// doc.Document and the reference date) and returns its facts. The
// registry in extract.go lists them in the order their dependencies need
// and passes each the facts it depends on as arguments (numbers get the
// date spans, entities the nationalities, quotes the entities), so --only
// runs just what it must.
package extract
