package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Rules for dates relative to the reference date: "yesterday", "on
// Tuesday", "next month", "two weeks ago", "now", "the year-ago
// quarter".

func ruleRelDay(m *match) (string, string, bool) {
	d, ok := m.dayOf()
	if !ok {
		return "", "", false
	}
	part := strings.ToLower(m.g("part"))
	switch strings.ToLower(m.g("rd")) {
	case "tonight":
		part = "tonight"
	case "overnight":
		part = "overnight"
	}
	if part != "" {
		return "TIME", d + "T" + partCodes.get()[part], true
	}
	return "DATE", d, true
}

func ruleWeekday(m *match) (string, string, bool) {
	if rest := m.x.s.Text[m.end:]; m.g("part") == "" && (strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")) {
		// "Wednesday's ruling", "Thursday's closing price": the day of
		// something already done, whatever the clause's tense.
		m.tenseDone, m.tenseVal = true, tensePast
	}
	d, ok := m.dayOf()
	if !ok {
		return "", "", false
	}
	if p := strings.ToLower(m.g("part")); p != "" {
		return "TIME", d + "T" + partCodes.get()[p], true
	}
	return "DATE", d, true
}

// relStep is the direction of "last", "this", "next".
func relStep(rel string) int {
	switch norm(rel) {
	case "last", "past", "previous", "the past", "the last", "this past":
		return -1
	case "next", "coming", "the coming", "the next", "this coming":
		return 1
	}
	return 0
}

func ruleRel(m *match) (string, string, bool) {
	step := relStep(m.g("rel"))
	ref, ok := m.ref()
	switch {
	case m.g("u") != "":
		return relUnit(m, strings.ToLower(m.g("u")), step, ref, ok)
	case m.g("season") != "":
		return relSeason(seasonCodes.get()[strings.ToLower(m.g("season"))], step, ref, ok)
	case m.g("mon") != "":
		return relMonth(m, step, ref, ok)
	case m.g("wd") != "":
		return relWeekday(m, step, ref, ok)
	}
	return "", "", false
}

// relUnit reads "last year", "next month", "the past decade".
func relUnit(m *match, u string, step int, ref time.Time, ok bool) (string, string, bool) {
	if (u == "decade" || u == "century") && step != 0 && strings.HasPrefix(norm(m.g("rel")), "the") {
		// "over the past decade" is the ten years up to now, "over
		// the next decade" the ten years from now: stretches of
		// time, not the calendar decade.
		return "DURATION", duration("1", u), true
	}
	if !ok {
		return "DATE", unknown(u), true
	}
	if u == "year" && norm(m.g("rel")) == "last" && m.g("em") == "" {
		return "DATE", m.yearAgo(ref, false), true
	}
	return "DATE", shift(ref, u, step), true
}

// relSeason reads "last summer", "next winter": "last summer" is this
// year's once it has ended, the year before's while it lasts or is still
// ahead; "next" the other way round.
func relSeason(code string, step int, ref time.Time, ok bool) (string, string, bool) {
	if !ok {
		return "DATE", "XXXX-" + code, true
	}
	y := ref.Year()
	start := seasonMonth.get()[code]
	cur := ref.Month() >= start && ref.Month() < start+3 || code == "WI" && ref.Month() < 3
	switch {
	case step < 0 && (cur || start > ref.Month()):
		y--
	case step > 0 && (cur || start <= ref.Month()):
		y++
	}
	return "DATE", fmt.Sprintf("%04d-%s", y, code), true
}

// relMonth reads "last October", "next March": the nearest such month
// before or after the article's.
func relMonth(m *match, step int, ref time.Time, ok bool) (string, string, bool) {
	mo, ok2 := month(m.g("mon"))
	if rest := strings.TrimLeft(m.x.s.Text[m.end:], " "); !ok2 || rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		// "last Oct. 23": the month-day rule reads the date.
		return "", "", false
	}
	if !ok {
		return "DATE", fmt.Sprintf("XXXX-%02d", mo), true
	}
	y := ref.Year()
	switch {
	case step < 0 && mo >= ref.Month():
		y--
	case step > 0 && mo <= ref.Month():
		y++
	}
	return "DATE", fmt.Sprintf("%04d-%02d", y, mo), true
}

// relWeekday reads "last Friday", "next Monday", "this Sunday".
func relWeekday(m *match, step int, ref time.Time, ok bool) (string, string, bool) {
	if rest := headLower(m.x.s.Text[m.end:]); strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, " in ") {
		// "the last Sunday of May" names a day of that month, not
		// the Sunday before the article.
		return "", "", false
	}
	w := weekdays.get()[strings.ToLower(m.g("wd"))]
	if !ok {
		return "DATE", fmt.Sprintf("XXXX-WXX-%d", isoDay(w)), true
	}
	if m.previousWeekday(w) {
		return "DATE", "", true
	}
	back := (int(ref.Weekday()) - int(w) + 7) % 7
	fwd := (int(w) - int(ref.Weekday()) + 7) % 7
	switch {
	case step < 0:
		if back == 0 {
			back = 7
		}
		return "DATE", fmtDay(ref.AddDate(0, 0, -back)), true
	case step > 0:
		if fwd == 0 {
			fwd = 7
		}
		return "DATE", fmtDay(ref.AddDate(0, 0, fwd)), true
	}
	return "DATE", fmtDay(weekdayNear(ref, w, m.tense())), true
}

// previousWeekday leaves "the previous Friday" pending: it is the one
// before the day the article last named (see resolveAnaphors), so its
// value waits for the article's dates. It widens the match over "the".
func (m *match) previousWeekday(w time.Weekday) bool {
	if r := norm(m.g("rel")); r != "previous" && r != "preceding" {
		return false
	}
	before := strings.TrimRight(m.x.s.Text[:m.start], " ")
	if b := tailLower(before); !strings.HasSuffix(b, " the") && b != "the" {
		return false
	}
	m.start = len(before) - 3
	m.pend = &pending{kind: pendWeekdayBefore, weekday: w}
	return true
}

func ruleAgo(m *match) (string, string, bool) {
	n, ok := amount(m.g("num"))
	unit := unitOf(m.g("unit"))
	if !ok || unit == "" {
		return "", "", false
	}
	dir := -1
	if d := norm(m.g("dir")); d == "from now" || d == "hence" {
		dir = 1
	}
	ref, has := m.ref()
	k, err := strconv.Atoi(n)
	if err != nil {
		if dir < 0 {
			return "DATE", "PAST_REF", true
		}
		return "DATE", "FUTURE_REF", true
	}
	if !has {
		return "DATE", unknown(unit), true
	}
	if unit == "year" && k == 1 && dir < 0 {
		return "DATE", m.yearAgo(ref, false), true
	}
	if norm(m.g("dir")) == "earlier" {
		// "The plant closed on March 3, 2009. A month earlier, ...":
		// earlier than the time the story has just told, if it told one
		// in this sentence or the one before; else than the article.
		m.pend = &pending{kind: pendAnaphor, step: -k, unit: unit, reach: 1, fallback: shift(ref, unit, -k)}
	}
	return "DATE", shift(ref, unit, dir*k), true
}

func ruleYearAgo(m *match) (string, string, bool) {
	ref, ok := m.ref()
	if !ok {
		return "DATE", "XXXX", true
	}
	p := strings.ToLower(m.g("per"))
	if p == "" {
		m.dropThe()
	}
	return "DATE", m.yearAgo(ref, p == "quarter"), true
}

// ruleSameAgo leaves "the same month a year ago" to resolveAnaphors: the
// period the text has just named, a year back; with none, the year before
// the article's.
func ruleSameAgo(m *match) (string, string, bool) {
	ref, ok := m.ref()
	if !ok {
		return "DATE", "XXXX", true
	}
	m.pend = &pending{kind: pendSameAgo, unit: strings.ToLower(m.g("per")), fallback: fmtYear(ref.Year() - 1)}
	return "DATE", fmtYear(ref.Year() - 1), true
}

// yearAgo marks "a year ago", "last year", "year-earlier":
// in an earnings report they name the same period a year before the one
// being reported, which resolveYearAgo finds once the article's dates are
// known. quarter is set when the expression itself says "quarter".
func (m *match) yearAgo(ref time.Time, quarter bool) string {
	fallback := fmtYear(ref.Year() - 1)
	if quarter {
		fallback = fmtQuarter(ref.AddDate(-1, 0, -45))
	}
	m.pend = &pending{kind: pendYearAgo, quarter: quarter, fallback: fallback}
	return fallback
}

func ruleTheWeekend(m *match) (string, string, bool) {
	ref, ok := m.ref()
	if !ok {
		return "DATE", "XXXX-WXX-WE", true
	}
	// The most recent weekend in past-tense reports, the next one otherwise.
	sat := ref
	if m.tense() == tenseFuture {
		for sat.Weekday() != time.Saturday {
			sat = sat.AddDate(0, 0, 1)
		}
	} else {
		for sat.Weekday() != time.Saturday {
			sat = sat.AddDate(0, 0, -1)
		}
	}
	return "DATE", fmtWeek(sat) + "-WE", true
}

func ruleRef(m *match) (string, string, bool) {
	w := norm(m.g("w"))
	if f := strings.Fields(w); len(f) == 3 && lex().refWords[w] == "" {
		// "the near future", "the distant past"
		w = f[0] + " " + f[2]
	}
	v := lex().refWords[w]
	if v == "" {
		return "", "", false
	}
	rest := headLower(strings.TrimLeft(m.x.s.Text[m.end:], " "))
	if w == "soon" || w == "very soon" {
		// "as soon as he arrives", "soon after the vote" are signals of
		// another event's time, not a time themselves.
		before := tailLower(strings.TrimRight(m.x.s.Text[:m.start], " "))
		if strings.HasSuffix(before, " as") || before == "as" || strings.HasPrefix(rest, "as ") ||
			strings.HasPrefix(rest, "after") || strings.HasPrefix(rest, "afterward") || strings.HasPrefix(rest, "thereafter") ||
			strings.HasPrefix(m.x.s.Text[m.end:], "-") {
			return "", "", false
		}
		if m.tense() == tensePast {
			// "the trickle soon became a flood": soon after the time
			// told, not a time ahead of the article.
			return "", "", false
		}
	}
	if w == "future" {
		// The bare adjective ("future earnings") is a modifier of the noun,
		// not a reference TimeBank marks; "the future" is.
		return "", "", false
	}
	if w == "current" {
		if b := tailLower(m.x.s.Text[:m.start]); strings.HasSuffix(b, "then ") || strings.HasSuffix(b, "then-") {
			// "the then current price": current at a past time.
			m.start -= 5
			return "DATE", "PAST_REF", true
		}
		for _, n := range []string{"account", "affairs", "events", "law", "rules", "system", "price", "prices", "levels", "rate"} {
			if strings.HasPrefix(rest, n) {
				return "", "", false
			}
		}
	}
	return "DATE", v, true
}

// ruleVaguePeriod: "the next few days", "recent weeks", "coming months" are
// durations of unknown length; "past years" and "next months" without the
// article are vague references to the past and the future.
func ruleVaguePeriod(m *match) (string, string, bool) {
	dir := strings.ToLower(m.g("dir"))
	if m.g("num") == "" && !strings.HasPrefix(strings.ToLower(m.x.s.Text[m.start:m.end]), "the") {
		switch dir {
		case "past", "last", "previous":
			return "DATE", "PAST_REF", true
		case "next":
			return "DATE", "FUTURE_REF", true
		}
		// "in recent weeks", "in coming months": a stretch of time of
		// unknown length (TimeML: DURATION PXW), as the guidelines read
		// "the past few weeks".
	}
	return ruleDuration(m)
}

func ruleYearEnd(m *match) (string, string, bool) {
	ref, ok := m.ref()
	if !ok {
		return "DATE", "XXXX", true
	}
	if ye := strings.ToLower(m.g("ye")); ye == "year-end" && m.g("em") == "" {
		// The accountant's "year-end" is a day, December 31: the coming
		// one ("by year-end"), or the last one in a past clause or after
		// "since".
		y := ref.Year()
		if lastWordLower(m.x.s.Text[:m.start]) == "since" || m.tense() == tensePast {
			y--
		}
		if ref.Month() == 12 && ref.Day() == 31 {
			y = ref.Year()
		}
		return "DATE", fmt.Sprintf("%04d-12-31", y), true
	}
	y := ref.Year()
	if m.tense() == tensePast && ref.Month() < 6 {
		y--
	}
	return "DATE", fmtYear(y), true
}

func ruleTheDay(m *match) (string, string, bool) {
	// "the day after his death", "the day before the plunge" are anchored
	// to an event, not to the article's day.
	rest := strings.TrimLeft(m.x.s.Text[m.end:], " ")
	for _, w := range []string{"after", "before", "of ", "when", "that", "he ", "she ", "they "} {
		if strings.HasPrefix(strings.ToLower(rest), w) {
			return "", "", false
		}
	}
	// The day of the report is the one the report names: "On Monday,
	// the Dow fell 3.4% to end the day at 7,114" is Monday's close in a
	// story dated Tuesday. As a bare clock time, it takes the day its
	// sentence or the one before names, else the article's day.
	m.pend = &pending{kind: pendClock}
	return "DATE", "", true
}

var nths = &lazyMap[string, int]{build: func() map[string]int {
	return map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
}}

func ruleNthWeekday(m *match) (string, string, bool) {
	mo, ok := month(m.g("mon"))
	wd := m.g("wd")
	if !ok || wd == "" || wd[0] < 'A' || wd[0] > 'Z' {
		return "", "", false
	}
	n, w := nths.get()[strings.ToLower(m.g("nth"))], weekdays.get()[strings.ToLower(wd)]
	mk := func(y int) time.Time { return nthWeekday(y, mo, n, w) }
	if y := m.g("year"); y != "" {
		return "DATE", fmtDay(mk(atoi(y))), true
	}
	ref, has := m.ref()
	if !has {
		return "DATE", fmt.Sprintf("XXXX-%02d-XX", mo), true
	}
	return "DATE", fmtDay(mk(pickYear(ref, mk, m.tense(), 30*24*time.Hour))), true
}

// ruleInFuture reads "will leave in three weeks" as the date three weeks on;
// in any other tense "in three weeks" is how long something took.
func ruleInFuture(m *match) (string, string, bool) {
	if m.tense() != tenseFuture || relativeClauseAfter(m) {
		// "would be minimal in a quarter that produced a loss": a
		// quarter described, not one ahead.
		return ruleDuration(m)
	}
	n, ok := amount(m.g("num"))
	unit := unitOf(m.g("unit"))
	k, err := strconv.Atoi(n)
	if !ok || err != nil || unit == "second" || unit == "minute" || unit == "hour" {
		return ruleDuration(m)
	}
	ref, has := m.ref()
	if !has {
		return "DATE", unknown(unit), true
	}
	return "DATE", shift(ref, unit, k), true
}

// relativeClauseAfter reports "that", "which" or "when" right after the
// expression.
func relativeClauseAfter(m *match) bool {
	rest := headLower(strings.TrimLeft(m.x.s.Text[m.end:], " "))
	for _, w := range []string{"that ", "which ", "when "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

func ruleTheYear(m *match) (string, string, bool) {
	rest := headLower(strings.TrimLeft(m.x.s.Text[m.end:], " "))
	switch {
	case strings.HasPrefix(rest, "ended") || strings.HasPrefix(rest, "ending") || strings.HasPrefix(rest, "to "):
		// "the year ended Sept. 30": a twelve-month period ending then.
		return "DURATION", duration("1", strings.ToLower(m.g("u"))), true
	case rest == "" || rest[0] == ',' || rest[0] == '.' || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "were") ||
		strings.HasPrefix(rest, "was") || strings.HasPrefix(rest, "is") || strings.HasPrefix(rest, "of $") || strings.HasPrefix(rest, "and"):
	default:
		// "the year before", "the year that", "the year 2000": not this
		// year.
		return "", "", false
	}
	unit := strings.ToLower(m.g("u"))
	ref, ok := m.ref()
	if !ok {
		return "DATE", unknown(unit), true
	}
	step := 0
	if strings.EqualFold(m.g("fq"), "latest") {
		step = -1
	}
	return "DATE", shift(ref, unit, step), true
}

func ruleVagueAgo(m *match) (string, string, bool) {
	return "DATE", "PAST_REF", true
}

func ruleOneDay(m *match) (string, string, bool) { return "DATE", "FUTURE_REF", true }

func ruleWeekOf(m *match) (string, string, bool) {
	d, ok := m.dayOf()
	if !ok {
		return "", "", false
	}
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return "DATE", "XXXX-WXX", true
	}
	return "DATE", fmtWeek(t), true
}
