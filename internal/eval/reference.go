package eval

import (
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// How a document's creation time (TimeML's DCT, MEANTIME's creation time)
// reaches the pipeline. Given is how TempEval-3 scores: the reference date
// is handed over. The other two judge the pipeline finding the article's
// date itself: None withholds it (the text as the corpus has it, most of
// which states no date of its own), Dateline withholds it and writes it as
// the first line of the text, as a newspaper or a wire page would.
const (
	ReferenceGiven    = "given"
	ReferenceNone     = "none"
	ReferenceDateline = "dateline"
)

// References lists the reference modes, default first.
var References = []string{ReferenceGiven, ReferenceNone, ReferenceDateline}

// datelineStyles are real conventions for a story's date line: a newspaper
// page header, a byline stamp, a wire dateline, a web page's "Updated", an
// ISO stamp. Documents take them in turn, so every style is tried on about
// the same number of documents.
var datelineStyles = []func(time.Time) string{
	func(t time.Time) string { return t.Format("Monday, January 2, 2006") },
	func(t time.Time) string { return "Published: " + t.Format("2 January 2006") },
	func(t time.Time) string { return "NEW YORK, " + apMonth(t) + " " + t.Format("2, 2006") + " --" },
	func(t time.Time) string { return "Updated " + apMonth(t) + " " + t.Format("2, 2006") + " 5:02 p.m. ET" },
	func(t time.Time) string { return "By Staff Reporter | " + t.Format("2006-01-02") + " 10:35 GMT" },
}

// apMonth is the month as AP style abbreviates it in a dateline.
func apMonth(t time.Time) string {
	switch t.Month() {
	case time.March, time.April, time.May, time.June, time.July:
		return t.Format("January")
	case time.September:
		return "Sept."
	}
	return t.Format("Jan.")
}

// withReference rewrites d for the reference mode; n is its index in the
// dataset, which picks the dateline style.
func withReference(d *document, mode string, n int) *document {
	if mode == "" || mode == ReferenceGiven {
		return d
	}
	ref := d.ref
	out := *d
	out.ref = nil
	if mode == ReferenceDateline && ref != nil {
		prefix := datelineStyles[n%len(datelineStyles)](*ref) + "\n\n"
		out.text = prefix + d.text
		score := d.score
		out.score = func(s *scorer, pred *facts.Document) { score(s, shiftFacts(pred, len(prefix))) }
	}
	score := out.score
	out.score = func(s *scorer, pred *facts.Document) {
		scoreArticleDate(s, out.source, ref, pred)
		score(s, pred)
	}
	return &out
}

// scoreArticleDate scores the article's date the pipeline found against the
// creation time: recall is the share of documents whose date was found and
// right, precision the share of dates found that are right.
func scoreArticleDate(s *scorer, source string, ref *time.Time, pred *facts.Document) {
	f := s.figure(Figure{Name: "dates.article", Kind: facts.KindDates, Match: Exact, errors: true})
	var gold, found []Item
	if ref != nil {
		gold = []Item{{Label: ref.Format(time.DateOnly)}}
	}
	if pred.Date != nil {
		found = []Item{{Label: *pred.Date, Text: fmt.Sprintf("%s (%s)", *pred.Date, pred.DateSource)}}
	}
	s.add(f, source, "", gold, found)
}

// shiftFacts moves the spans of pred back by n bytes, the length of a line
// put before the gold text, and drops the facts found in that line.
func shiftFacts(pred *facts.Document, n int) *facts.Document {
	out := *pred
	out.Dates = shifted(pred.Dates, n, func(x *facts.Date) *facts.Span { return &x.Span })
	out.Entities = shifted(pred.Entities, n, func(x *facts.Entity) *facts.Span { return &x.Span })
	out.Numbers = shifted(pred.Numbers, n, func(x *facts.Number) *facts.Span { return &x.Span })
	out.Nationalities = shifted(pred.Nationalities, n, func(x *facts.Nationality) *facts.Span { return &x.Span })
	out.Quotes = shifted(pred.Quotes, n, func(x *facts.Quote) *facts.Span { return &x.Span })
	for i := range out.Quotes {
		q := &out.Quotes[i]
		q.CueStart, q.CueEnd = q.CueStart-n, q.CueEnd-n
		if q.Speaker != "" {
			q.SpeakerStart, q.SpeakerEnd = q.SpeakerStart-n, q.SpeakerEnd-n
		}
	}
	return &out
}

func shifted[T any](xs []T, n int, span func(*T) *facts.Span) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		sp := span(&x)
		if sp.Start < n {
			continue
		}
		sp.Start -= n
		sp.End -= n
		out = append(out, x)
	}
	return out
}
