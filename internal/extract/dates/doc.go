// Package dates finds the temporal expressions of an article and normalises
// them as TIMEX3 values ("2023-05-30", "P2W", "PRESENT_REF") against the
// reference date, which ReferenceDate also reads from the text when the
// command line gives none. Rules are regular expressions over one
// sentence, each with hint words that spare it the sentences it cannot
// match (dates_hints.go) and a function that builds the value: the table
// is in dates_rules.go, the functions by family in dates_calendar.go,
// dates_relative.go, dates_periods.go and dates_anaphors.go. The tense of
// the sentence decides between the last and the next Tuesday
// (dates_tense.go). It depends on no other kind: numbers receive its spans
// to leave the numbers inside dates alone.
package dates
