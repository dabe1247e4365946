package input

import (
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"

	readability "codeberg.org/readeck/go-readability/v2"
)

// pageDate is the publication date a page states in its metadata, as
// readability reads it (JSON-LD datePublished first, then the Open Graph
// article:published_time, then Dublin Core and Parse.ly tags), or nil.
//
// The day is the one the page writes, in the page's own offset: a story
// stamped "2023-05-30T23:30:00-04:00" is of May 30 where it was published,
// not of May 31 in UTC. A modified time is not used: an update months later
// says nothing about the time the story tells of.
func pageDate(art readability.Article) *time.Time {
	t, err := art.PublishedTime()
	if err != nil || t.Year() < 1800 || t.Year() > 9999 {
		return nil
	}
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return &day
}

// Where a document's own date came from, as facts.Document.DateSource
// names it.
const (
	DateRecord = facts.DateSourceRecord
	DateMeta   = facts.DateSourceMeta
)
