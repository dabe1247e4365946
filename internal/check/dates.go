package check

import (
	_ "embed"
	"strings"
	"time"
	"unicode"
)

// relativeDateNoReference: a relative date ("yesterday", "on Monday") that
// could not be resolved because the document has no reference date: neither
// --date, a JSONL record's date, nor a dateline was found.
type relativeDateNoReference struct{}

func (relativeDateNoReference) Name() string      { return "relative-date-no-reference" }
func (relativeDateNoReference) Default() Severity { return Warning }
func (relativeDateNoReference) Describe() string {
	return "a relative date with no reference date to resolve it"
}

func (relativeDateNoReference) Check(d *Document, report func(int, int, string)) {
	if d.Facts.Date != nil {
		return
	}
	for _, t := range d.Facts.Dates {
		if !t.Resolved {
			report(t.Start, t.End, "relative date \""+excerpt(t.Text)+"\" has no reference date (give --date, or a \"date\" in the JSONL record)")
		}
	}
}

// dateAfterArticle: a calendar date later than the article's own date in a
// sentence that reports the past ("The talks were held on June 5" in an
// article of May 30). It usually means a wrong year or month, or a wrong
// reference date. A sentence with a future or planning word ("will",
// "scheduled", "next") is left alone: a later date is expected there.
type dateAfterArticle struct{}

func (dateAfterArticle) Name() string      { return "date-after-article" }
func (dateAfterArticle) Default() Severity { return Warning }
func (dateAfterArticle) Describe() string {
	return "a date after the article's date in past-tense reporting"
}

var (
	//go:embed data/past-tense.txt
	pastTenseData string
	//go:embed data/future-markers.txt
	futureData  string
	pastTense   = wordSet(pastTenseData)
	futureWords = wordSet(futureData)
)

// wordSet reads a word list: one word a line, # comments.
func wordSet(data string) map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(data, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			set[line] = true
		}
	}
	return set
}

func (dateAfterArticle) Check(d *Document, report func(int, int, string)) {
	if d.Facts.Date == nil {
		return
	}
	ref, err := time.Parse(time.DateOnly, *d.Facts.Date)
	if err != nil {
		return
	}
	for _, t := range d.Facts.Dates {
		if t.Type != "DATE" || !t.Resolved {
			continue
		}
		first, ok := periodStart(t.Value)
		if !ok || !first.After(ref) {
			continue
		}
		if t.Sentence < 0 || t.Sentence >= len(d.Facts.Sentences) {
			continue
		}
		if tense(d.Facts.Sentences[t.Sentence].Text) != past {
			continue
		}
		report(t.Start, t.End, "date \""+excerpt(t.Text)+"\" ("+t.Value+") is after the article's date "+*d.Facts.Date+" in past-tense reporting")
	}
}

// periodStart is the first day of a TIMEX3 calendar value: 2023, 2023-06 or
// 2023-06-05.
func periodStart(v string) (time.Time, bool) {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if len(v) == len(layout) {
			if t, err := time.Parse(layout, v); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

type sentenceTense int

const (
	unknown sentenceTense = iota
	past
	future
)

// tense is a light reading of a sentence's tense from its words: any future
// or planning word makes it future; otherwise a past-tense verb (from the
// list, or a regular -ed form) makes it past.
func tense(sentence string) sentenceTense {
	words := strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	t := unknown
	for _, w := range words {
		w = strings.TrimPrefix(strings.TrimSuffix(w, "'"), "'")
		if futureWords[w] || strings.HasSuffix(w, "'ll") {
			return future
		}
		if pastTense[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") {
			t = past
		}
	}
	return t
}
