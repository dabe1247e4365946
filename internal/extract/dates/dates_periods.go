package dates

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Rules for periods and recurrences: durations ("two weeks"), sets
// ("every week", "daily"), quarters, seasons, holidays and rates.

var setAdverbs = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
	"yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q", "biweekly": "P2W", "semiannually": "P6M"}

func ruleSet(m *match) (string, string, bool) {
	if a := strings.ToLower(m.g("adv")); a != "" {
		// "quarterly dividend" is a kind of payment, not a recurrence
		// TimeBank marks; "daily rally" is.
		if t, ok := m.next(); ok && a == "quarterly" && strings.HasPrefix(t.Tag, "NN") {
			return "", "", false
		}
		return "SET", setAdverbs[a], true
	}
	if w := m.g("wdp"); w != "" {
		if w[0] < 'A' || w[0] > 'Z' {
			return "", "", false
		}
		return "SET", fmt.Sprintf("XXXX-WXX-%d", isoDay(weekdays[strings.ToLower(w[:len(w)-1])])), true
	}
	if w := m.g("wd"); w != "" {
		return "SET", fmt.Sprintf("XXXX-WXX-%d", isoDay(weekdays[strings.ToLower(w)])), true
	}
	if mon := m.g("mon"); mon != "" {
		mo, ok := month(mon)
		if !ok {
			return "", "", false
		}
		return "SET", fmt.Sprintf("XXXX-%02d", mo), true
	}
	if p := strings.ToLower(m.g("part")); p != "" {
		return "SET", "XXXX-XX-XXT" + partCodes[p], true
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

var quarterWords = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
	"fourth": 4, "4th": 4, "final": 4, "march": 1, "june": 2, "september": 3, "december": 4}

func ruleQuarter(m *match) (string, string, bool) {
	txt := strings.ToLower(m.x.s.Text[m.start:m.end])
	qo := norm(m.g("qo"))
	if qo == "most recent" {
		qo = "latest"
	}
	if strings.EqualFold(m.g("qh"), "period") && qo == "current" {
		qo = ""
	}
	half := strings.EqualFold(m.g("qh"), "half")
	year := m.g("y1")
	if year == "" {
		year = m.g("y2")
	}
	ry := m.g("ry")
	if ry == "" {
		ry = m.g("ry2")
	}
	n, numbered := quarterWords[qo]
	if q := m.gstart("qh"); q > 0 && m.x.s.Text[q-1] == '-' {
		m.dropThe()
	}
	if half && year == "" && ry == "" && strings.HasPrefix(strings.TrimLeft(strings.ToLower(m.x.s.Text[m.end:]), " "), "of ") {
		// "the last half of the '80s", "the first half of the decade":
		// a half of something other than a year.
		return "", "", false
	}
	if half {
		switch {
		case qo == "first":
			n = 1
		case qo == "second" || qo == "last":
			n = 2
		default:
			return "", "", false
		}
	}
	// "the quarter" alone needs its determiner; a bare "quarter" is too
	// often "a quarter of the vote".
	if qo == "" && year == "" && ry == "" && !strings.HasPrefix(txt, "the") {
		return "", "", false
	}
	ref, ok := m.ref()
	if year == "" && ry == "" && !ok {
		if half {
			return "DATE", fmt.Sprintf("XXXX-H%d", n), true
		}
		if numbered {
			return "DATE", fmt.Sprintf("XXXX-Q%d", n), true
		}
		return "DATE", "XXXX-QX", true
	}
	y := 0
	switch {
	case year != "":
		y = atoi(year)
	case ry != "":
		y = ref.Year() + relStep(ry)
		if strings.EqualFold(ry, "this") {
			y = ref.Year()
		}
	}
	if half {
		if y == 0 {
			y = ref.Year()
			if n == 2 && ref.Month() <= 6 && m.tense() != tenseFuture {
				y--
			}
		}
		return "DATE", fmt.Sprintf("%04d-H%d", y, n), true
	}
	if !numbered {
		// The quarter being reported is the last one to have ended, about
		// six weeks before the report.
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
			return "DATE", fmt.Sprintf("%04d-Q%d", y, (int(base.Month())-1)/3+1), true
		}
		return "DATE", fmtQuarter(base), true
	}
	if y == 0 {
		y = ref.Year()
		if time.Month(3*n-2) > ref.Month() && m.tense() != tenseFuture {
			y--
		}
		if m.g("ya") != "" {
			y--
		}
	}
	return "DATE", fmt.Sprintf("%04d-Q%d", y, n), true
}

var firstQuartersYear = regexp.MustCompile(`^\s+(?:of|in)\s+((?:19|20)\d\d)\b`)

func ruleDuration(m *match) (string, string, bool) {
	unit := unitOf(m.g("unit"))
	num := m.g("num")
	n, ok := amount(num)
	if !ok {
		return "", "", false
	}
	if num == "" {
		n = "X"
	}
	if m.g("halfpre") != "" {
		n = "0.5"
	} else if m.g("half") != "" || m.g("half2") != "" {
		v, err := strconv.ParseFloat(n, 64)
		if err != nil {
			return "", "", false
		}
		n = strconv.FormatFloat(v+0.5, 'f', -1, 64)
	}
	plural := strings.HasSuffix(strings.ToLower(m.g("unit")), "s")
	ln := norm(num)
	if (ln == "a" || ln == "an" || ln == "one" || ln == "single") && plural && m.g("half") == "" {
		return "", "", false
	}
	if ln == "some" || ln == "many" {
		if !plural {
			return "", "", false
		}
	}
	if (unit == "quarter") && m.g("dir") == "" {
		return "", "", false
	}
	if n == "1" && unit == "quarter" {
		return "", "", false
	}
	if unit == "quarter" && strings.EqualFold(m.g("dir"), "first") && (n == "2" || n == "3") {
		// "the first two quarters of 1990" is that year's first half.
		if y := firstQuartersYear.FindStringSubmatch(m.x.s.Text[m.end:]); y != nil {
			m.end += len(y[0])
			if n == "2" {
				return "DATE", y[1] + "-H1", true
			}
			return "DURATION", "P9M", true
		}
	}
	if (ln == "a" || ln == "an" || ln == "one") && unit == "second" && m.g("dir") == "" {
		// "a second group", "a second A380": the ordinal, not a time.
		return "", "", false
	}
	if m.g("old") != "" {
		// Ages ("the 6-year-old") are not temporal expressions in TimeBank,
		// whose conventions the TempEval measures follow.
		return "", "", false
	}
	if u := m.gstart("unit"); u > 0 && m.x.s.Text[u-1] == '-' {
		m.dropThe()
	}
	return "DURATION", duration(n, unit), true
}

func ruleHoliday(m *match) (string, string, bool) {
	h := m.g("hol")
	if h[0] < 'A' || h[0] > 'Z' {
		return "", "", false
	}
	spec := dateHolidays[strings.ReplaceAll(norm(h), "’", "'")]
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
	code := seasonCodes[strings.ToLower(m.g("season"))]
	if y := m.yearOf(); y != "" {
		return "DATE", y + "-" + code, true
	}
	ref, ok := m.ref()
	if !ok {
		return "DATE", "XXXX-" + code, true
	}
	mk := func(y int) time.Time { return date(y, seasonMonth[code]+1, 15) }
	return "DATE", fmt.Sprintf("%04d-%s", pickYear(ref, mk, m.tense(), 60*24*time.Hour), code), true
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
	rest := strings.ToLower(strings.TrimLeft(m.x.s.Text[m.end:], " "))
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
		return "TIME", d + "T" + partCodes[part], true
	}
	ref, ok := m.ref()
	if !ok {
		return "TIME", "XXXX-XX-XXT" + partCodes[part], true
	}
	return "TIME", fmtDay(ref) + "T" + partCodes[part], true
}
