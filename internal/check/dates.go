package check

import (
	"time"
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
// clause in the past tense ("The talks were held on June 5" in an article of
// May 30). It usually means a wrong year or month, or a wrong reference
// date. The tense is the one the dates extractor read from the tagged tokens
// of the expression's own clause (facts.Date.Tense), the reading it resolved
// the date with, so the check and the extractor cannot disagree on it: "the
// dividend is payable Jan. 2", "notes due Nov. 17", "said it will vote on
// June 5" are not in the past.
type dateAfterArticle struct{}

func (dateAfterArticle) Name() string      { return "date-after-article" }
func (dateAfterArticle) Default() Severity { return Warning }
func (dateAfterArticle) Describe() string {
	return "a date after the article's date in past-tense reporting"
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
		if t.Type != "DATE" || !t.Resolved || t.Tense != "past" {
			continue
		}
		first, ok := periodStart(t.Value)
		if !ok || !first.After(ref) {
			continue
		}
		report(t.Start, t.End, "date \""+excerpt(t.Text)+"\" ("+t.Value+") is after the article's date "+*d.Facts.Date+" in past-tense reporting")
	}
}

// periodStart is the first day of a TIMEX3 calendar value of a day or a
// month: 2023-06-05 or 2023-06. A bare year after the article in a past
// clause is nearly always the year of a plan or a budget ("boosted funding
// in 2016", "premiums rose for 2016"), written as such, so years are left
// alone.
func periodStart(v string) (time.Time, bool) {
	for _, layout := range []string{time.DateOnly, "2006-01"} {
		if len(v) == len(layout) {
			if t, err := time.Parse(layout, v); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}
