package dates

import (
	"regexp"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/doc"
)

// Full dates an article gives for itself: "May 30, 2023", "Tuesday, 30 May
// 2023", "2023-05-30", "30/05/2023".
var (
	refMonthFirst = regexp.MustCompile(`(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+([0-3]?\d)(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)\b`)
	refDayFirst   = regexp.MustCompile(`(?i)\b([0-3]?\d)(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s*,?\s+((?:19|20)\d\d)\b`)
	refISO        = regexp.MustCompile(`\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b`)
	refNumeric    = regexp.MustCompile(`\b([0-3]?\d)[/.]([0-3]?\d)[/.]((?:19|20)\d\d)\b`)
	refStamp      = regexp.MustCompile(`(?i)\b(published|updated|posted|last modified|first published)\b`)
)

// refTop is how far into the article its own date is looked for: the
// headline, byline, dateline, caption and first paragraphs.
const (
	refTopSentences = 8
	refTopBytes     = 2000
)

// ReferenceDate finds the article's own date: a "Published"/"Updated"
// line if there is one near the top, else the first full date in the first
// sentences (a dateline or a caption such as "Tuesday, May 30, 2023").
func ReferenceDate(d *doc.Document) (time.Time, bool) {
	var first time.Time
	found := false
	for i, s := range d.Sentences {
		if i >= refTopSentences || s.Start > refTopBytes {
			break
		}
		t, ok := fullDateIn(s.Text)
		if !ok {
			continue
		}
		if refStamp.MatchString(s.Text) {
			return t, true
		}
		if !found {
			first, found = t, true
		}
	}
	return first, found
}

// fullDateIn returns the first full date written in s.
func fullDateIn(s string) (time.Time, bool) {
	if !hasYear(s) {
		// Each pattern ends in a year; most sentences have none, and the
		// case-insensitive patterns are slow to fail.
		return time.Time{}, false
	}
	best, bestAt := time.Time{}, len(s)+1
	try := func(at int, y, mo, d int) {
		t := date(y, time.Month(mo), d)
		if at < bestAt && mo >= 1 && mo <= 12 && t.Day() == d {
			best, bestAt = t, at
		}
	}
	// Case-insensitive for datelines in capitals ("MAY 30, 2023"); month()
	// still wants the capital that tells the month from "may".
	if m := refMonthFirst.FindStringSubmatchIndex(s); m != nil {
		if mo, ok := month(s[m[2]:m[3]]); ok {
			try(m[0], atoi(s[m[6]:m[7]]), int(mo), atoi(s[m[4]:m[5]]))
		}
	}
	if m := refDayFirst.FindStringSubmatchIndex(s); m != nil {
		if mo, ok := month(s[m[4]:m[5]]); ok {
			try(m[0], atoi(s[m[6]:m[7]]), int(mo), atoi(s[m[2]:m[3]]))
		}
	}
	if m := refISO.FindStringSubmatchIndex(s); m != nil {
		try(m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if m := refNumeric.FindStringSubmatchIndex(s); m != nil {
		a, b := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
		y := atoi(s[m[6]:m[7]])
		// Only an order that cannot be misread: a day above 12 shows it.
		switch {
		case a > 12 && b <= 12:
			try(m[0], y, b, a)
		case b > 12 && a <= 12, a == b:
			try(m[0], y, a, b)
		}
	}
	return best, bestAt <= len(s) && !strings.Contains(s[:min(bestAt, len(s))], "\x00")
}

// hasYear reports whether s holds four digits starting 19 or 20, which
// every full date pattern above needs.
func hasYear(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}
