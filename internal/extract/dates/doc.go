// Package dates finds the temporal expressions of an article and normalises
// them as TIMEX3 values ("2023-05-30", "P2W", "PRESENT_REF") against the
// reference date, which ArticleDate reads from the top lines of the text,
// with its evidence (dateline or text), when neither the input nor the
// command line gives one (dates_ref.go). Rules are regular expressions over
// one sentence, each with hint words that spare it the sentences it cannot
// match (dates_hints.go) and a function that builds the value: the table is
// in dates_rules.go, the functions by family in dates_calendar.go,
// dates_relative.go, dates_periods.go, dates_forms.go and dates_anaphors.go.
// The tense of the clause decides between the last and the next Tuesday
// (dates_tense.go) and is kept on each date for the date-after-article
// check; a story set in another year moves the reference for the months
// after it (dates_story.go); values that wait for the article's other dates
// are typed pending values (dates_pending.go). It depends on no other kind:
// numbers receive its spans to leave the numbers inside dates alone.
package dates
