package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Rules for periods and recurrences: durations ("two weeks"), sets
// ("every week", "daily"), quarters, seasons, holidays and rates.

func ruleSet(m *match) (string, string, bool) {
	if a := strings.ToLower(m.g("adv")); a != "" {
		// "quarterly dividend" is a kind of payment, not a recurrence
		// TimeBank marks; "daily rally" is.
		if t, ok := m.next(); ok && a == "quarterly" && strings.HasPrefix(t.Tag, "NN") {
			return "", "", false
		}
		return "SET", lex().setAdverbs[a], true
	}
	if w := m.g("wdp"); w != "" {
		if w[0] < 'A' || w[0] > 'Z' {
			return "", "", false
		}
		return "SET", fmt.Sprintf("XXXX-WXX-%d", isoDay(weekdays.get()[strings.ToLower(w[:len(w)-1])])), true
	}
	if w := m.g("wd"); w != "" {
		return "SET", fmt.Sprintf("XXXX-WXX-%d", isoDay(weekdays.get()[strings.ToLower(w)])), true
	}
	if mon := m.g("mon"); mon != "" {
		mo, ok := month(mon)
		if !ok {
			return "", "", false
		}
		return "SET", fmt.Sprintf("XXXX-%02d", mo), true
	}
	if p := strings.ToLower(m.g("part")); p != "" {
		return "SET", "XXXX-XX-XXT" + partCodes.get()[p], true
	}
	unit := unitOf(m.g("unit"))
	n := "1"
	if s := m.g("num"); s != "" {
		v, ok := amount(s)
		if !ok {
			return "", "", false
		}
		n = v
	}
	if m.g("other") != "" {
		n = "2"
	}
	return "SET", duration(n, unit), true
}

var quarterWords = &lazyMap[string, int]{build: func() map[string]int {
	return map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
		"fourth": 4, "4th": 4, "final": 4, "march": 1, "june": 2, "september": 3, "december": 4}
}}

// quarter is what a quarter or half-year match says: its ordinal or
// relative word, whether it is a half, and its year, stated or relative.
type quarter struct {
	qo       string // "first", "last", "current", ...; normalised
	half     bool
	year, ry string // a stated year; a relative year word ("this", "last")
	n        int    // the quarter's or half's number, when qo gives one
	numbered bool
}

func readQuarter(m *match) quarter {
	q := quarter{qo: norm(m.g("qo")), half: strings.EqualFold(m.g("qh"), "half"), year: m.g("y1"), ry: m.g("ry")}
	if q.qo == "most recent" {
		q.qo = "latest"
	}
	if strings.EqualFold(m.g("qh"), "period") && q.qo == "current" {
		q.qo = ""
	}
	if q.year == "" {
		q.year = m.g("y2")
	}
	if q.ry == "" {
		q.ry = m.g("ry2")
	}
	q.n, q.numbered = quarterWords.get()[q.qo]
	return q
}

// notAPeriod reports a match that names no period of a year; it settles a
// half's number on the way.
func (q *quarter) notAPeriod(m *match) bool {
	undated := q.year == "" && q.ry == ""
	if q.half && undated {
		if strings.HasPrefix(headLower(strings.TrimLeft(m.x.s.Text[m.end:], " ")), "of ") {
			// "the last half of the '80s", "the first half of the decade":
			// a half of something other than a year.
			return true
		}
		if m.aboutSports() {
			// "scored in the second half": a match's half, not the year's.
			return true
		}
	}
	if q.half {
		switch {
		case q.qo == "first":
			q.n = 1
		case q.qo == "second" || q.qo == "last":
			q.n = 2
		default:
			return true
		}
	}
	// "the quarter" alone needs its determiner; a bare "quarter" is too
	// often "a quarter of the vote".
	return q.qo == "" && undated && !strings.HasPrefix(strings.ToLower(m.x.s.Text[m.start:m.end]), "the")
}

// unanchored is the value with no year to place it in.
func (q *quarter) unanchored() string {
	switch {
	case q.half:
		return fmt.Sprintf("XXXX-H%d", q.n)
	case q.numbered:
		return fmt.Sprintf("XXXX-Q%d", q.n)
	}
	return "XXXX-QX"
}

// statedYear is the year the text gives, stated or relative to ref; 0 for
// none.
func (q *quarter) statedYear(ref time.Time) int {
	switch {
	case q.year != "":
		return atoi(q.year)
	case strings.EqualFold(q.ry, "this"):
		return ref.Year()
	case q.ry != "":
		return ref.Year() + relStep(q.ry)
	}
	return 0
}

func ruleQuarter(m *match) (string, string, bool) {
	q := readQuarter(m)
	if i := m.gstart("qh"); i > 0 && m.x.s.Text[i-1] == '-' {
		m.dropThe()
	}
	if q.notAPeriod(m) {
		return "", "", false
	}
	ref, ok := m.ref()
	if q.year == "" && q.ry == "" && !ok {
		return "DATE", q.unanchored(), true
	}
	y := q.statedYear(ref)
	switch {
	case q.half:
		if y == 0 {
			y = ref.Year()
			if q.n == 2 && ref.Month() <= 6 && m.tense() != tenseFuture {
				y--
			}
		}
		return "DATE", fmt.Sprintf("%04d-H%d", y, q.n), true
	case !q.numbered:
		v := reportedQuarter(m, q.qo, y, ref)
		if y == 0 && m.g("ya") == "" && (q.qo == "" || q.qo == "latest") {
			// "the quarter", "the latest period": the quarter the
			// report is about, when it has named it ("its fiscal
			// first quarter ... sales for the quarter");
			// resolveAnaphors looks for it.
			m.pend = &pending{kind: pendQuarter, fallback: v}
		}
		return "DATE", v, true
	}
	if y == 0 {
		y = ref.Year()
		if time.Month(3*q.n-2) > ref.Month() && m.tense() != tenseFuture {
			y--
		}
		if m.g("ya") != "" {
			y--
		}
	}
	return "DATE", fmt.Sprintf("%04d-Q%d", y, q.n), true
}

// reportedQuarter places a quarter named by a relative word ("the latest
// quarter", "the year-ago quarter"): the quarter being reported is the last
// one to have ended, about six weeks before the report.
func reportedQuarter(m *match, qo string, y int, ref time.Time) string {
	base := ref.AddDate(0, 0, -45)
	if m.g("ya") != "" {
		qo = "year-ago"
	}
	switch qo {
	case "current":
		base = ref
	case "last", "previous", "past":
		base = ref.AddDate(0, -3, 0)
	case "next", "coming", "following":
		base = ref.AddDate(0, 3, 0)
	case "year-earlier", "year-ago", "comparable", "same":
		base = base.AddDate(-1, 0, 0)
	}
	if y != 0 {
		return fmt.Sprintf("%04d-Q%d", y, (int(base.Month())-1)/3+1)
	}
	return fmtQuarter(base)
}

var firstQuartersYear = &lazyRegexp{expr: `^\s+(?:of|in)\s+((?:19|20)\d\d)\b`}

func ruleDuration(m *match) (string, string, bool) {
	unit := unitOf(m.g("unit"))
	n, ok := durationAmount(m)
	if !ok || countedWrongly(m, n, unit) {
		return "", "", false
	}
	if typ, val, ok := firstQuarters(m, n, unit); ok {
		return typ, val, true
	}
	if notATimeSpan(m, unit) {
		return "", "", false
	}
	if u := m.gstart("unit"); u > 0 && m.x.s.Text[u-1] == '-' {
		m.dropThe()
	}
	return "DURATION", duration(n, unit), true
}

// durationAmount reads the number of units, "X" when none is written, with
// a half added ("two and a half years") or alone ("half a year").
func durationAmount(m *match) (string, bool) {
	num := m.g("num")
	n, ok := amount(num)
	if !ok {
		return "", false
	}
	if num == "" {
		n = "X"
	}
	if m.g("halfpre") != "" {
		return "0.5", true
	}
	if m.g("half") != "" || m.g("half2") != "" {
		v, err := strconv.ParseFloat(n, 64)
		if err != nil {
			return "", false
		}
		n = strconv.FormatFloat(v+0.5, 'f', -1, 64)
	}
	return n, true
}

// countedWrongly rejects a number that does not agree with its unit ("a
// years", "many year") and a quarter that is not a span of time ("a
// quarter", "two quarters" without a direction word).
func countedWrongly(m *match, n, unit string) bool {
	plural := strings.HasSuffix(strings.ToLower(m.g("unit")), "s")
	ln := norm(m.g("num"))
	switch {
	case (ln == "a" || ln == "an" || ln == "one" || ln == "single") && plural && m.g("half") == "":
		return true
	case (ln == "some" || ln == "many") && !plural:
		return true
	case unit == "quarter" && m.g("dir") == "" && !quarterSpan.MatchString(strings.ToLower(m.x.s.Text[m.start:m.end])):
		// "three quarters of the vote" is a fraction; "two
		// consecutive quarters" and "several quarters of losses" are
		// spans of time.
		return true
	case n == "1" && unit == "quarter":
		return true
	}
	return false
}

// quarterSpan matches the quarters that can only be spans of time: counted
// with "consecutive" or "straight", or vaguely ("several").
var quarterSpan = &lazyRegexp{expr: `\b(?:consecutive|straight)\s|^(?:several|a\s+few|few|many)\s`}

// firstQuarters reads "the first two quarters of 1990" as that year's first
// half, and the first three as nine months.
func firstQuarters(m *match, n, unit string) (string, string, bool) {
	if unit != "quarter" || !strings.EqualFold(m.g("dir"), "first") || (n != "2" && n != "3") {
		return "", "", false
	}
	y := firstQuartersYear.FindStringSubmatch(m.x.s.Text[m.end:])
	if y == nil {
		return "", "", false
	}
	m.end += len(y[0])
	if n == "2" {
		return "DATE", y[1] + "-H1", true
	}
	return "DURATION", "P9M", true
}

// notATimeSpan rejects the ordinal "a second group", "a second A380", and
// ages ("the 6-year-old"), which are not temporal expressions in TimeBank,
// whose conventions the TempEval measures follow.
func notATimeSpan(m *match, unit string) bool {
	ln := norm(m.g("num"))
	if (ln == "a" || ln == "an" || ln == "one") && unit == "second" && m.g("dir") == "" {
		return true
	}
	return m.g("old") != ""
}

func ruleHoliday(m *match) (string, string, bool) {
	h := m.g("hol")
	if h[0] < 'A' || h[0] > 'Z' {
		return "", "", false
	}
	spec := lex().holidays[strings.ReplaceAll(norm(h), "’", "'")]
	if spec == "" {
		return "", "", false
	}
	mk := func(y int) time.Time {
		if p := strings.Split(spec, "/"); len(p) == 3 {
			return nthWeekday(y, time.Month(atoi(p[0])), atoi(p[1]), time.Weekday(atoi(p[2])))
		}
		p := strings.Split(spec, "-")
		return date(y, time.Month(atoi(p[0])), atoi(p[1]))
	}
	if y := m.g("year"); y != "" {
		return "DATE", fmtDay(mk(atoi(y))), true
	}
	ref, ok := m.ref()
	if !ok {
		return "DATE", "XXXX-" + fmtDay(mk(2000))[5:], true
	}
	return "DATE", fmtDay(mk(pickYear(ref, mk, m.tense(), 7*24*time.Hour))), true
}

func ruleSeason(m *match) (string, string, bool) {
	code := seasonCodes.get()[strings.ToLower(m.g("season"))]
	if y := m.yearOf(); y != "" {
		return "DATE", y + "-" + code, true
	}
	ref, story, ok := m.storyRef()
	if !ok {
		return "DATE", "XXXX-" + code, true
	}
	tn := m.tense()
	if story {
		// A story moves forward from the time it has told.
		tn = tenseFuture
	}
	mk := func(y int) time.Time { return date(y, seasonMonth.get()[code]+1, 15) }
	return "DATE", fmt.Sprintf("%04d-%s", pickYear(ref, mk, tn, 60*24*time.Hour), code), true
}

// ruleRate reads "a week" after a plural noun as a rate, unless it starts
// a relative expression ("troops a week later").
func ruleRate(m *match) (string, string, bool) {
	prev := -1
	for i, t := range m.x.toks {
		if t.End <= m.x.s.Start+m.start {
			prev = i
		}
	}
	if prev < 0 || m.x.toks[prev].Tag != "NNS" {
		return "", "", false
	}
	rest := headLower(strings.TrimLeft(m.x.s.Text[m.end:], " "))
	for _, w := range []string{"ago", "later", "earlier", "after", "before", "from", "or", "and"} {
		if strings.HasPrefix(rest, w+" ") || rest == w || strings.HasPrefix(rest, w+".") || strings.HasPrefix(rest, w+",") {
			return "", "", false
		}
	}
	return "SET", duration("1", unitOf(m.g("unit"))), true
}

// ruleQn reads "Q3 2023" and "H1"; without a year, the latest such period
// that has begun, or the next one when the clause looks ahead.
func ruleQn(m *match) (string, string, bool) {
	kind := m.x.s.Text[m.start : m.start+1]
	n := atoi(m.g("qn"))
	if kind != "Q" && kind != "H" || kind == "H" && n > 2 {
		return "", "", false
	}
	if y := m.g("y1"); y != "" {
		return "DATE", fmt.Sprintf("%s-%s%d", y, kind, n), true
	}
	ref, ok := m.ref()
	if !ok {
		return "DATE", fmt.Sprintf("XXXX-%s%d", kind, n), true
	}
	months := 3
	if kind == "H" {
		months = 6
	}
	y := ref.Year()
	start := time.Month(months*(n-1) + 1)
	if start > ref.Month() && m.tense() != tenseFuture {
		y--
	}
	return "DATE", fmt.Sprintf("%04d-%s%d", y, kind, n), true
}

func ruleEMPart(m *match) (string, string, bool) {
	part := strings.ToLower(m.g("part"))
	if m.g("rd") != "" || m.g("wd") != "" {
		d, ok := m.dayOf()
		if !ok {
			return "", "", false
		}
		return "TIME", d + "T" + partCodes.get()[part], true
	}
	ref, ok := m.ref()
	if !ok {
		return "TIME", "XXXX-XX-XXT" + partCodes.get()[part], true
	}
	return "TIME", fmtDay(ref) + "T" + partCodes.get()[part], true
}
