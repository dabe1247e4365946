package dates

import "time"

// pendingKind says what a date waits for before it has its value: the
// dates around it, known once the whole article has been read (see
// resolveAnaphors). A rule that cannot settle its value alone sets
// match.pend instead of writing a marker into the value.
type pendingKind int

const (
	// pendAnaphor: "that year", "the following decade", "at the time", "a
	// month earlier": the last date the article told, shifted by step
	// units.
	pendAnaphor pendingKind = iota + 1
	// pendYearAgo: "a year ago" in an earnings report: the quarter being
	// reported, a year back.
	pendYearAgo
	// pendWeekdayBefore: "the previous Friday": the one before the last
	// day the article named.
	pendWeekdayBefore
	// pendClock: a bare clock time, or a market report's "the day" (clock
	// ""), on the day its sentence (or the one before) names.
	pendClock
	// pendSameAgo: "the same month a year ago", "the same period last
	// year": the month, quarter, week or day its sentence (or the one
	// before) last named, a year back.
	pendSameAgo
	// pendQuarter: "the quarter", "the latest period": the quarter the
	// report is about, the first it names.
	pendQuarter
)

// pending is a date whose value waits for the dates around it.
type pending struct {
	kind pendingKind
	// step and unit shift an anaphor's anchor: step -1, unit "month" is
	// "a month earlier"; unit "" takes the anchor as it is ("at the
	// time").
	step int
	unit string
	// reach, when above zero, is how many sentences back the anchor may
	// be; further, the text has moved on and fallback is taken.
	reach   int
	weekday time.Weekday
	// clock is the time of day of a pendClock, as "T14:30".
	clock string
	// quarter is set on a year-ago that says "quarter" itself.
	quarter bool
	// fallback is the value when nothing anchors the date: the reading
	// against the article's date, or "" for unknown (unresolved).
	fallback string
}
