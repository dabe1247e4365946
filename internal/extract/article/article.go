package article

import (
	"time"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// Article is what every extractor sees: the parsed document and the
// reference date. The facts of other kinds an extractor depends on are
// passed to it as arguments, not read from here.
type Article struct {
	Doc *doc.Document
	// Ref is the reference date; HasRef is false when none was given or found.
	Ref    time.Time
	HasRef bool
}

// Span builds the Span of text[start:end].
func (c *Article) Span(start, end int) facts.Span {
	return facts.Span{Text: c.Doc.Text[start:end], Start: start, End: end, Sentence: c.Doc.SentenceAt(start)}
}
