// Package render prints facts.Documents: JSON, JSON Lines, CSV, TSV and
// terminal tables. Renderers know nothing of extraction; they walk the
// facts.Document lists and facts.Kinds only.
package render
