package extract

import (
	"regexp"
	"time"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// dates fills Out.Dates. Not built yet: see the dates issue.
func dates(c *Context) {}

var fullDate = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December) ([0-9]{1,2}), ([0-9]{4})\b`)

// referenceDate finds the article's own date: the first full date in the
// first sentences (a dateline or a caption such as "Tuesday, May 30, 2023").
func referenceDate(d *doc.Document) (time.Time, bool) {
	for i, s := range d.Sentences {
		if i >= 5 {
			break
		}
		if m := fullDate.FindStringSubmatch(s.Text); m != nil {
			t, err := time.Parse("January 2 2006", m[1]+" "+m[2]+" "+m[3])
			if err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}
