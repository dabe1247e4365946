// Package check holds the rules of `newsfacts check`: findings about a
// document and its extracted facts that a CI job can act on (a quote nobody
// said, a quotation mark never closed, a date that cannot be anchored or
// that lies after the article in past-tense reporting, an article with no
// facts at all). It reads facts from internal/extract and the text they
// point into; it knows nothing of how either was produced.
//
// As in Vale (errata-ai/vale), each rule family is one file behind the Rule
// interface, a Checker runs the enabled rules with their severities, and the
// output formats (table, jsonl, GitHub annotations) live apart from the
// rules, in format.go.
package check
