package input

import (
	"bytes"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// timeDate is the publication date an HTML5 <time> element gives, read
// when the page's metadata gives none: a <time pubdate> or <time
// itemprop="datePublished"> anywhere (their markup says what they are), or
// else the first <time> inside the article's header or byline (a <header>
// element, or an element whose class or id names a byline or dateline),
// where news pages print the story's date. A <time> elsewhere dates an
// event the story tells of ("the vote on <time>May 4</time>"), not the
// story, and is not read. The value is the datetime attribute, or the
// element's text when it has none, and must begin with YYYY-MM-DD; its day
// is the one written, as pageDate takes it. One pass over the tokens,
// without building a tree, so the cost is linear in the page.
func timeDate(page []byte) *time.Time {
	z := html.NewTokenizer(bytes.NewReader(page))
	depth := 0
	// inside is the depth at which the open header or byline began, or
	// -1 outside one.
	inside := -1
	var first *time.Time
	for {
		switch z.Next() {
		case html.ErrorToken:
			return first
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := tagAttrs(z, hasAttr)
			if a == atom.Time {
				day := timeValue(z, attrs["datetime"])
				if day == nil {
					continue
				}
				if _, ok := attrs["pubdate"]; ok || strings.EqualFold(attrs["itemprop"], "datePublished") {
					return day
				}
				if inside >= 0 && first == nil {
					first = day
				}
				continue
			}
			if !counted(a) {
				continue
			}
			depth++
			if inside < 0 && (a == atom.Header || bylineClass(attrs["class"]) || bylineClass(attrs["id"])) {
				inside = depth
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); a != atom.Time && counted(a) && depth > 0 {
				if depth == inside {
					inside = -1
				}
				depth--
			}
		}
	}
}

// tagAttrs is the current tag's attributes, names lower-cased.
func tagAttrs(z *html.Tokenizer, more bool) map[string]string {
	attrs := map[string]string{}
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		attrs[string(k)] = string(v)
	}
	return attrs
}

// bylineClass reports a class or id that marks a byline or dateline
// ("byline", "article-byline", "story-dateline").
func bylineClass(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "byline") || strings.Contains(s, "dateline")
}

// timeValue reads a <time> element's date: its datetime attribute, else
// its text (the next token), when it begins with a valid YYYY-MM-DD.
func timeValue(z *html.Tokenizer, datetime string) *time.Time {
	s := strings.TrimSpace(datetime)
	if s == "" && z.Next() == html.TextToken {
		s = strings.TrimSpace(string(z.Text()))
	}
	if len(s) < 10 {
		return nil
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	if err != nil || len(s) > 10 && s[10] != 'T' && s[10] != ' ' || t.Year() < 1800 {
		return nil
	}
	return &t
}
