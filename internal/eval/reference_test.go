package eval

import (
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"
)

func TestDatelineStyles(t *testing.T) {
	day := time.Date(1998, time.September, 4, 0, 0, 0, 0, time.UTC)
	want := []string{
		"Friday, September 4, 1998",
		"Published: 4 September 1998",
		"NEW YORK, Sept. 4, 1998 --",
		"Updated Sept. 4, 1998 5:02 p.m. ET",
		"By Staff Reporter | 1998-09-04 10:35 GMT",
	}
	for i, style := range datelineStyles {
		if got := style(day); got != want[i] {
			t.Errorf("style %d: %q, want %q", i, got, want[i])
		}
	}
	if got := apMonth(time.Date(2000, time.March, 1, 0, 0, 0, 0, time.UTC)); got != "March" {
		t.Errorf("AP spells out March, got %q", got)
	}
}

// A dateline copy withholds the reference, puts the date line first and
// scores the pipeline's facts back on the gold text's offsets.
func TestWithReferenceDateline(t *testing.T) {
	ref := time.Date(1998, time.August, 8, 0, 0, 0, 0, time.UTC)
	var scored *facts.Document
	d := &document{source: "a.tml", text: "Troops left on Friday.", ref: &ref,
		score: func(_ *scorer, p *facts.Document) { scored = p }}
	got := withReference(d, ReferenceDateline, 1)
	prefix := "Published: 8 August 1998\n\n"
	if got.ref != nil || got.text != prefix+d.text {
		t.Fatalf("ref %v, text %q", got.ref, got.text)
	}
	day := "1998-08-08"
	pred := facts.New("a.tml")
	pred.Date, pred.DateSource = &day, facts.DateSourceDateline
	pred.Dates = []facts.Date{
		{Span: facts.Span{Text: "8 August 1998", Start: 11, End: 24}},
		{Span: facts.Span{Text: "Friday", Start: len(prefix) + 15, End: len(prefix) + 21}},
	}
	s := newScorer("t", false)
	got.score(s, pred)
	if len(scored.Dates) != 1 || scored.Dates[0].Start != 15 || d.text[scored.Dates[0].Start:scored.Dates[0].End] != "Friday" {
		t.Errorf("shifted dates %+v", scored.Dates)
	}
	f := s.byName["dates.article"]
	if f == nil || f.TP != 1 || f.FP != 0 || f.FN != 0 {
		t.Errorf("dates.article %+v, want one right", f)
	}
	// A wrong article date is a false alarm and a miss.
	wrong := "2001-09-11"
	pred.Date = &wrong
	got.score(s, pred)
	if f.TP != 1 || f.FP != 1 || f.FN != 1 {
		t.Errorf("after a wrong date: %+v", f)
	}
}

func TestWithReferenceGivenAndNone(t *testing.T) {
	ref := time.Date(1998, time.August, 8, 0, 0, 0, 0, time.UTC)
	d := &document{source: "a", text: "x", ref: &ref, score: func(*scorer, *facts.Document) {}}
	if withReference(d, ReferenceGiven, 0) != d {
		t.Error("given must leave the document as it is")
	}
	n := withReference(d, ReferenceNone, 0)
	if n.ref != nil || n.text != "x" || !strings.EqualFold(n.source, "a") {
		t.Errorf("none: %+v", n)
	}
}
