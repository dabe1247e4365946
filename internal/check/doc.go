// Package check holds the rules of `newsfacts check`: findings about a
// document and its extracted facts that a CI job can act on (a quote nobody
// said, a quotation mark never closed, a date that cannot be anchored or
// that lies after the article in past-tense reporting, an article with no
// facts at all). It reads facts from internal/extract and the text they
// point into, and no reading of its own that an extractor also makes: a
// date's tense is the one the dates extractor resolved it with
// (facts.Date.Tense), and quotation marks are paired by the quote
// extractor's own scan over the parser's paragraphs
// (quotes.UnpairedMarks, doc.SplitParagraphs), so a check cannot disagree
// with the extractor it checks.
//
// As in Vale (errata-ai/vale), each rule family is one file behind the Rule
// interface, a Checker runs the enabled rules with their severities, and the
// output formats (table, jsonl, GitHub annotations) live apart from the
// rules, in format.go.
package check
