// Package quotes finds direct, reported and mixed quotes and chooses each
// one's speaker. Quotation marks are paired over paragraphs
// (quotes_marks.go), reported speech is found from its cue verbs
// (quotes_reported.go) over the phrase helpers of quotes_phrases.go, and
// the speaker is chosen among the article's mentions (quotes_speakers.go),
// from the entities passed in by the caller.
package quotes
