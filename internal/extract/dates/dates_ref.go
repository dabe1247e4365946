package dates

import (
	"sort"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// Full dates an article gives for itself: "May 30, 2023", "Tuesday, 30 May
// 2023", "2023-05-30", "30/05/2023".
var (
	refMonthFirst = &lazyRegexp{expr: `(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+([0-3]?\d)(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)\b`}
	refDayFirst   = &lazyRegexp{expr: `(?i)\b([0-3]?\d)(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s*,?\s+((?:19|20)\d\d)\b`}
	refISO        = &lazyRegexp{expr: `\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b`}
	refNumeric    = &lazyRegexp{expr: `\b([0-3]?\d)[/.]([0-3]?\d)[/.]((?:19|20)\d\d)\b`}
)

// The evidence for an article's date, strongest first (see articleDate).
var (
	// A stamp line: "Published: 30 May 2023", "Updated 2023-05-31 10:00",
	// "By Jane Doe | May 30, 2023", "Posted on Tuesday, May 30, 2023".
	refStamp = &lazyRegexp{expr: `(?i)^\W*(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|issued|released|dated)\b|by\s+\p{Lu})`}
	// A dateline's end: the dash, the agency, or the wire underscore after
	// "WASHINGTON, May 30, 2023" or "KYIV, MAY 30, 2023 (Reuters)".
	refDatelineEnd = &lazyRegexp{expr: `^\s*(?:\([A-Za-z][\w .&-]{0,30}\)\s*)?(?:--|—|–|-\s|_\s|:|$|\(|\|)`}
	// The place before a dateline's date: a few capitalised words and
	// commas ("WASHINGTON,", "Pristina, Kosovo,"), at most refPlaceWords.
	refPlace = &lazyRegexp{expr: `^\s*(?:\p{Lu}[\p{L}.'-]*\.?,?\s+){1,4}$`}
)

// refTop is how far into the article its own date is looked for: the
// headline, byline, dateline, caption and first paragraphs. Beyond it a
// full date is the story's, not the article's.
const (
	refTopLines = 12
	refTopBytes = 2000
	// refTextLines bounds the weaker evidence, a date line or a caption:
	// further down, a line that is a date is a timeline's entry ("Oct.
	// 31, 2012 The Obama 'hug.'").
	refTextLines = 6
	// refStampWords is the most words a stamp or byline line has: "By
	// Sanders's own argument, superdelegates have no right ..." is a
	// sentence.
	refStampWords = 14
)

// ArticleDate finds the article's own date where news puts it, and says
// what the evidence was (a facts.DateSource* value):
//
//   - dateline: a stamp line ("Published: 30 May 2023", "By Jane Doe |
//     2023-05-30") anywhere in the top lines, which wins over anything
//     before it; else a dateline, the date right after the place at the
//     start of a line and before the dash or the agency ("WASHINGTON, Aug.
//     11, 1998 (Xinhua) --");
//   - text: a line that is a date and little else ("Tuesday, May 30,
//     2023", "May 30, 2023 10:35 a.m. EDT"), or a photo caption, whose
//     clause is in the present tense and names the weekday or carries a
//     credit ("Soldiers guard a building in Zvecan, Tuesday, May 30, 2023.
//     (AP Photo)").
//
// A date in a past-tense clause ("On Sept. 11, 2001, hijackers crashed
// ...") tells of an event, not of the article, and is never taken: with
// no other evidence the answer is none, and relative dates stay
// unresolved rather than resolved against a guess.
func ArticleDate(d *doc.Document) (time.Time, string, bool) {
	var first time.Time
	firstSource := ""
	at, lines := 0, 0
	for at < len(d.Text) && at < refTopBytes && lines < refTopLines {
		end := strings.IndexByte(d.Text[at:], '\n')
		if end < 0 {
			end = len(d.Text)
		} else {
			end += at
		}
		line := d.Text[at:end]
		lineStart := at
		at = end + 1
		if strings.TrimSpace(line) == "" {
			continue
		}
		lines++
		t, ds, de, ok := fullDateIn(line)
		if !ok {
			continue
		}
		if refStamp.MatchString(line) && len(strings.Fields(line)) <= refStampWords {
			return t, facts.DateSourceDateline, true
		}
		if firstSource != "" {
			// Keep looking only for a stamp line.
			continue
		}
		switch {
		case isPlace(line[:ds]) && refDatelineEnd.MatchString(line[de:]):
			first, firstSource = t, facts.DateSourceDateline
		case lines > refTextLines:
		case dateOnlyLine(d, lineStart, line, ds, de):
			first, firstSource = t, facts.DateSourceText
		case caption(line, ds) && !pastClause(d, lineStart+ds, lineStart+de):
			first, firstSource = t, facts.DateSourceText
		}
	}
	return first, firstSource, firstSource != ""
}

// refPhoto is a photo credit: "(AP Photo/Visar Kryeziu)", "Photo: Reuters".
var refPhoto = &lazyRegexp{expr: `\b(?:Photo|PHOTO|Photograph)\b`}

// caption reports a line written as a photo caption: a credit, or the day
// of the week before the date ("..., Tuesday, May 30, 2023."), which a
// caption gives and a date in a story's sentence seldom does.
func caption(line string, ds int) bool {
	if refPhoto.MatchString(line) {
		return true
	}
	f := strings.Fields(line[:ds])
	if len(f) == 0 {
		return false
	}
	_, wd := weekdays.get()[strings.ToLower(strings.Trim(f[len(f)-1], ","))]
	return wd
}

// isPlace reports the start of a dateline before its date: a place, not
// the weekday of "Tuesday, May 30, 2023".
func isPlace(s string) bool {
	_, wd := weekdays.get()[strings.ToLower(strings.Trim(s, " ,"))]
	return !wd && refPlace.MatchString(s)
}

// ReferenceDate is ArticleDate without the evidence.
func ReferenceDate(d *doc.Document) (time.Time, bool) {
	t, _, ok := ArticleDate(d)
	return t, ok
}

// dateOnlyLine reports a line that is a date and little else: a weekday,
// a clock time, a zone, separators; no finite verb.
func dateOnlyLine(d *doc.Document, lineStart int, line string, ds, de int) bool {
	rest := strings.Fields(line[:ds] + " " + line[de:])
	if len(rest) > 6 {
		return false
	}
	for _, t := range tokensIn(d, lineStart, lineStart+len(line)) {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}

// pastClause reports that the date at document offsets st..en is in a
// past-tense clause, read as the date rules read tense: from the nearest
// tense-marking verb of its sentence.
func pastClause(d *doc.Document, st, en int) bool {
	si := d.SentenceAt(st)
	if si < 0 {
		return false
	}
	toks := d.SentenceTokens(si)
	first, last := -1, -1
	for i, t := range toks {
		if t.End > st && t.Start < en {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return false
	}
	return nearestTense(toks, first, last) == tensePast
}

// tokensIn returns the tokens that start in st..en.
func tokensIn(d *doc.Document, st, en int) []doc.Token {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= st })
	j := i
	for j < len(d.Tokens) && d.Tokens[j].Start < en {
		j++
	}
	return d.Tokens[i:j]
}

// fullDateIn returns the first full date written in s and its span.
func fullDateIn(s string) (t time.Time, start, end int, ok bool) {
	if !hasYear(s) {
		// Each pattern ends in a year; most sentences have none, and the
		// case-insensitive patterns are slow to fail.
		return time.Time{}, 0, 0, false
	}
	best, bestAt, bestEnd := time.Time{}, len(s)+1, 0
	try := func(m []int, y, mo, d int) {
		t := date(y, time.Month(mo), d)
		if m[0] < bestAt && mo >= 1 && mo <= 12 && t.Day() == d {
			best, bestAt, bestEnd = t, m[0], m[1]
		}
	}
	// Case-insensitive for datelines in capitals ("MAY 30, 2023"); month()
	// still wants the capital that tells the month from "may".
	if m := refMonthFirst.FindStringSubmatchIndex(s); m != nil {
		if mo, ok := month(s[m[2]:m[3]]); ok {
			try(m, atoi(s[m[6]:m[7]]), int(mo), atoi(s[m[4]:m[5]]))
		}
	}
	if m := refDayFirst.FindStringSubmatchIndex(s); m != nil {
		if mo, ok := month(s[m[4]:m[5]]); ok {
			try(m, atoi(s[m[6]:m[7]]), int(mo), atoi(s[m[2]:m[3]]))
		}
	}
	if m := refISO.FindStringSubmatchIndex(s); m != nil {
		try(m, atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if m := refNumeric.FindStringSubmatchIndex(s); m != nil {
		a, b := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
		y := atoi(s[m[6]:m[7]])
		// Only an order that cannot be misread: a day above 12 shows it.
		switch {
		case a > 12 && b <= 12:
			try(m, y, b, a)
		case b > 12 && a <= 12, a == b:
			try(m, y, a, b)
		}
	}
	if bestAt > len(s) {
		return time.Time{}, 0, 0, false
	}
	return best, bestAt, bestEnd, true
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
