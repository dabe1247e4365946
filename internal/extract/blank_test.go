package extract

import (
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// TestNoFactsWithoutSentences: every extractor finds nothing in a text
// without a sentence, with or without a reference date, so Run may skip
// them there (and their lexicons' first build).
func TestNoFactsWithoutSentences(t *testing.T) {
	ref := time.Date(2023, 5, 30, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{"", " ", "\n\n\t\n", "\uFEFF", "\uFEFF \u00a0\n\u2003"} {
		for _, date := range []*time.Time{nil, &ref} {
			d, err := doc.Parse(text, doc.Options{Entities: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Sentences) != 0 {
				t.Fatalf("Parse(%q): %d sentences", text, len(d.Sentences))
			}
			c := &Context{Article: article.Article{Doc: d}, Out: facts.New("blank"), opt: Options{Date: date}}
			if date != nil {
				c.Ref, c.HasRef = *date, true
			}
			for _, e := range registry {
				e.run(c)
			}
			o := c.Out
			if n := len(o.Sentences) + len(o.Entities) + len(o.Numbers) + len(o.Nationalities) + len(o.Dates) + len(o.Quotes); n != 0 {
				t.Errorf("%q (date %v): %d facts without a sentence: %+v", text, date != nil, n, o)
			}
		}
	}
}
