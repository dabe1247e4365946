package check

import (
	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/quotes"
)

// quoteNoSpeaker: a direct quote that the quote extractor could attribute
// to nobody. News style attributes every direct quote, so one without a
// speaker is an editing slip or a hole in extraction, either worth a look.
type quoteNoSpeaker struct{}

func (quoteNoSpeaker) Name() string      { return "quote-no-speaker" }
func (quoteNoSpeaker) Default() Severity { return Warning }
func (quoteNoSpeaker) Describe() string  { return "a direct quote with no speaker" }

func (quoteNoSpeaker) Check(d *Document, report func(int, int, string)) {
	for _, q := range d.Facts.Quotes {
		if q.Kind == "indirect" || q.Speaker != "" || q.SpeakerText != "" {
			continue
		}
		report(q.Start, q.End, "direct quote has no speaker: \""+excerpt(q.Text)+"\"")
	}
}

// unbalancedQuote: a double quotation mark opened and never closed, or
// closed and never opened. The marks are paired by the quote extractor's own
// scan (quotes.UnpairedMarks) over the paragraphs the parser finds
// (doc.SplitParagraphs), so a quote this rule calls unclosed is one the
// extractor cut short, and the two cannot disagree: curly and straight
// marks, the backquote and apostrophe pairs of older wire copy, quotes
// continued over paragraphs (news style opens each paragraph with a mark
// and closes only the last), and a second opening mark that ends a quote
// whose closing mark was lost. Single marks are left alone: they are mostly
// apostrophes.
type unbalancedQuote struct{}

func (unbalancedQuote) Name() string      { return "unbalanced-quote" }
func (unbalancedQuote) Default() Severity { return Error }
func (unbalancedQuote) Describe() string {
	return "a quotation mark that is never closed, or closes nothing"
}

func (unbalancedQuote) Check(d *Document, report func(int, int, string)) {
	pd := &doc.Document{Text: d.Text, Paragraphs: doc.SplitParagraphs(d.Text)}
	for _, m := range quotes.UnpairedMarks(pd) {
		if m.Opening {
			report(m.Start, m.End, "quotation mark is never closed")
		} else {
			report(m.Start, m.End, "closing quotation mark with no opening mark")
		}
	}
}
