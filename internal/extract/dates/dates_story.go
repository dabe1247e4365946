package dates

import (
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// storyTime is the time a narrative has moved to: a story set in another
// year than the article's ("That March night in 2009 ... In July, ...")
// needs its own reference for the dates without a year that follow.
//
// How far it reaches: an explicit date with its year in another year than
// the article's, dating a past-tense clause ("In 2009, the plant closed",
// "it closed on March 3, 2009"; not "since 1980" or "its 1987 car"), sets
// it; it holds for the rest of that sentence and the next one
// (storyReach), in the same paragraph, unless that sentence
// returns to the present (its first finite verb in the present or the
// future tense: "Today the plant employs 300", "he says"), at a date with a
// year in the article's own year, or at the paragraph's end. Inside it, a
// month, a month and day or a season without a year ("in July", "on July
// 4", "the summer") takes
// the first such month from the story's time on (a story moves forward),
// whatever the clause's tense; weekdays,
// "yesterday" and "last week" still count from the article.
type storyTime struct {
	at        time.Time
	paragraph int
	// sentence is the sentence that set it, and from the document offset
	// where it did: it holds after that point.
	sentence int
	from     int
}

// storyReach is how many sentences after the one that set it a story time
// holds. News moves back to the present fast: "On May 22, 1995, he was
// made a general, and the following year he was appointed attache.
// However, cited by the police in December, he was ordered home" is
// December of the article's time, not 1995's.
const storyReach = 1

// moveStory returns the story time after sentence si, whose dates are ds.
func moveStory(c *article.Article, si int, ds []facts.Date, st *storyTime) *storyTime {
	s := c.Doc.Sentences[si]
	for _, d := range ds {
		at, ok := writtenYear(d)
		if !ok || !storyPoint(c, d) {
			continue
		}
		if c.HasRef && at.Year() == c.Ref.Year() {
			st = nil
			continue
		}
		st = &storyTime{at: at, paragraph: s.Paragraph, sentence: si, from: d.End}
	}
	return st
}

// holds reports whether the story time still holds at sentence si: in
// the same paragraph, within storyReach sentences, and si does not return
// to the present.
func (st *storyTime) holds(c *article.Article, si int) bool {
	return st != nil && c.Doc.Sentences[si].Paragraph == st.paragraph && si-st.sentence <= storyReach &&
		!presentSentence(c, si)
}

// storyInSentence returns the story time a sentence sets for the rest of
// itself, when a month without its year follows the date that sets it; nil
// otherwise, which is nearly always.
func storyInSentence(c *article.Article, si int, ds []facts.Date) *storyTime {
	st := moveStory(c, si, ds, nil)
	if st == nil {
		return nil
	}
	for _, d := range ds {
		if d.Start >= st.from && d.Type == "DATE" && !strings.ContainsAny(d.Text, "0123456789") {
			return st
		}
	}
	return nil
}

// storyPoint reports a date that sets a story's time: the time at which
// the clause's past-tense verb happened ("In 2009, the plant closed", "the
// plant closed on March 3, 2009"), after "in", "on" or "during"; not a year
// in passing ("since 1980", "dating to 1994", "its 1987 Chevrolet").
func storyPoint(c *article.Article, d facts.Date) bool {
	if d.Tense != "past" {
		return false
	}
	before := strings.Fields(strings.ToLower(c.Doc.Text[max(0, d.Start-12):d.Start]))
	if len(before) == 0 {
		return false
	}
	switch before[len(before)-1] {
	case "in", "on", "during":
		return true
	}
	return false
}

// writtenYear reads a date that states its year ("2009", "March 2009",
// "March 3, 2009") as a point in time: the day, the middle of the month,
// the middle of the year.
func writtenYear(d facts.Date) (time.Time, bool) {
	v := d.Value
	if d.Type != "DATE" || len(v) < 4 || !isDigit(v[0]) || !strings.Contains(d.Text, v[:4]) {
		return time.Time{}, false
	}
	y := atoi(v[:4])
	switch {
	case len(v) == 10 && v[4] == '-' && isDigit(v[5]) && isDigit(v[8]):
		return date(y, time.Month(atoi(v[5:7])), atoi(v[8:10])), true
	case len(v) == 7 && v[4] == '-' && isDigit(v[5]):
		return date(y, time.Month(atoi(v[5:7])), 15), true
	case len(v) == 4:
		return date(y, time.July, 1), true
	}
	return time.Time{}, false
}

// presentSentence reports a sentence whose first finite verb is in the
// present or the future tense.
func presentSentence(c *article.Article, si int) bool {
	for _, t := range c.Doc.SentenceTokens(si) {
		switch t.Tag {
		case "VBD":
			return false
		case "VBZ", "VBP":
			return true
		case "MD":
			w := strings.ToLower(t.Text)
			return w == "will" || w == "'ll" || w == "shall"
		}
	}
	return false
}

// storyRef is the reference a month without its year counts from, and
// whether the story's time gave it (the nearest such month is then meant,
// whatever the tense).
func (m *match) storyRef() (ref time.Time, story, ok bool) {
	if st := m.x.story; st != nil && m.x.s.Start+m.start >= st.from {
		return st.at, true, true
	}
	ref, ok = m.ref()
	return ref, false, ok
}
