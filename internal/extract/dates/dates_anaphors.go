package dates

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// The last pass over an article's dates: expressions whose value needs the
// dates around them ("that year", "the next morning", a bare clock
// time).

// ruleAnaphor leaves its value to resolveAnaphors, which knows every date
// of the article.
func ruleAnaphor(m *match) (string, string, bool) {
	ana := norm(m.g("ana"))
	unit := strings.ToLower(m.g("u"))
	step := 0
	switch ana {
	case "the next":
		// "the next year" said of the future counts from the article's
		// day (the relative-unit rule); in a past narrative from the last
		// date told.
		if m.tense() != tensePast {
			return "", "", false
		}
		step = 1
	case "the following":
		step = 1
	case "the previous", "the preceding":
		step = -1
	case "the day before":
		step = -1
	case "the day after":
		step = 1
	}
	if strings.HasPrefix(ana, "the day") && unit != "morning" && unit != "afternoon" && unit != "evening" && unit != "night" {
		return "", "", false
	}
	if unit == "time" {
		// "by that time": the time just told, as told; "at the same
		// time" only joins two events.
		if ana != "that" {
			return "", "", false
		}
		m.pend = &pending{kind: pendAnaphor, reach: 2, fallback: "PAST_REF"}
		return "DATE", "PAST_REF", true
	}
	typ := "DATE"
	if partCodes.get()[unit] != "" {
		typ = "TIME"
	}
	m.pend = &pending{kind: pendAnaphor, step: step, unit: unit}
	return typ, "", true
}

// resolveAnaphors gives "that year", "the same day" and the like the value
// of the last date before them that names a year, shifted by their step;
// what the anchor does not say stays X, and with no anchor at all the
// expression is unresolved.
func resolveAnaphors(c *article.Article, ds []facts.Date, pend []*pending) {
	anchor, anchorAt := "", -1
	// day is the last day the article named, for "the previous Friday".
	day := ""
	// reportAt is the index of the quarter the report is about (see
	// reportQuarter), -1 for none, -2 until first needed.
	reportAt := -2
	for i := range ds {
		d, p := &ds[i], pend[i]
		if p == nil {
			if d.Type == "DATE" && len(d.Value) == 10 && !strings.ContainsRune(d.Value, 'X') {
				day = d.Value
			}
			if len(d.Value) >= 4 && d.Value[0] >= '0' && d.Value[0] <= '9' && !strings.ContainsRune(d.Value[:4], 'X') &&
				d.Type != "DURATION" && d.Type != "SET" {
				anchor, anchorAt = d.Value, d.Sentence
			}
			continue
		}
		switch p.kind {
		case pendYearAgo:
			d.Value = yearAgoValue(c, ds, i, p)
			anchor, anchorAt = d.Value, d.Sentence
		case pendWeekdayBefore:
			d.Value = weekdayBefore(c, day, p.weekday)
			anchor, anchorAt, day = d.Value, d.Sentence, d.Value
		case pendQuarter:
			if reportAt == -2 {
				reportAt = reportQuarter(c, ds, pend)
			}
			d.Value = p.fallback
			if reportAt >= 0 && reportAt < i {
				d.Value = ds[reportAt].Value
			}
		case pendSameAgo:
			d.Value = sameAgoValue(ds, i, p.unit, p.fallback)
		case pendClock:
			d.Value, d.Resolved = clockDay(c, ds, i, p.clock), true
			if strings.HasPrefix(d.Value, "X") {
				d.Resolved = false
			}
		case pendAnaphor:
			if anchor == "" || p.reach > 0 && d.Sentence-anchorAt > p.reach {
				if p.fallback != "" {
					d.Value, d.Resolved = p.fallback, true
					continue
				}
				d.Value, d.Resolved = anaphorValue("", p.step, p.unit)
				continue
			}
			d.Value, d.Resolved = anaphorValue(anchor, p.step, p.unit)
		}
	}
}

// financial matches the figures of an earnings comparison: "from $1.2
// million", "up 5%", "14 cents a share".
var financial = &lazyRegexp{expr: `\$|%|\b(?:cents?|percent|million|billion)\b`}

// yearAgoValue resolves a year-ago placeholder. Earnings reports compare
// the quarter they report with "a year ago" or "last year": there it is
// that quarter a year back (1988-Q3), unless the sentence has just named a
// longer period ("the nine months", "the year"), which the comparison is
// then of. Elsewhere it is the year before the article.
func yearAgoValue(c *article.Article, ds []facts.Date, i int, p *pending) string {
	val, fallback := p.fallback, p.fallback
	report := ""
	for j := i - 1; j >= 0 && ds[i].Sentence-ds[j].Sentence <= reportWindow; j-- {
		v := ds[j].Value
		if ds[j].Sentence == ds[i].Sentence && (ds[j].Type == "DURATION" && strings.HasSuffix(v, "M") || v == "P1Y") {
			return fallback
		}
		// The quarter reported on has begun: "losses through the third
		// quarter of 1990" said in 1989 is a forecast.
		if len(v) == 7 && v[4] == '-' && v[5] == 'Q' && v[:4] > val[:4] && (!c.HasRef || v <= fmtQuarter(c.Ref)) {
			report = v
			break
		}
	}
	if report == "" {
		return fallback
	}
	if !p.quarter && !strings.Contains(strings.ToLower(ds[i].Text), "year-") {
		// "from $93.3 million a year earlier": the figure comes first;
		// or the sentence is about the quarter ("the third quarter
		// narrowed from a year earlier").
		s := c.Doc.Sentences[ds[i].Sentence]
		if !financial.MatchString(c.Doc.Text[s.Start:ds[i].Start]) && !strings.Contains(strings.ToLower(s.Text), "quarter") {
			return fallback
		}
	}
	return fmt.Sprintf("%04d-%s", atoi(report[:4])-1, report[5:])
}

// reportWindow is how many sentences back the quarter being reported is
// still the topic of a year-ago comparison.
const reportWindow = 5

func anaphorValue(anchor string, step int, unit string) (string, bool) {
	y, mo, day := 0, 0, 0
	if len(anchor) >= 4 {
		y = atoi(anchor[:4])
	}
	if len(anchor) >= 7 && anchor[4] == '-' && anchor[5] != 'W' && anchor[5] != 'Q' && anchor[5] != 'H' {
		mo = atoi(anchor[5:7])
	}
	if mo > 0 && len(anchor) >= 10 {
		day = atoi(anchor[8:10])
	}
	if y == 0 {
		return unknown(unit), false
	}
	switch unit {
	case "":
		// "at the time": the time told, as told.
		return anchor, true
	case "decade":
		return fmt.Sprintf("%03d", y/10+step), true
	case "century":
		return fmt.Sprintf("%02d", y/100+step), true
	case "year":
		return fmtYear(y + step), true
	case "month":
		if mo == 0 {
			return fmtYear(y) + "-XX", true
		}
		return fmtMonth(date(y, time.Month(mo)+time.Month(step), 1)), true
	case "quarter":
		if mo == 0 {
			return fmtYear(y) + "-QX", true
		}
		return fmtQuarter(date(y, time.Month(mo)+time.Month(3*step), 1)), true
	case "week":
		if day == 0 {
			return fmtYear(y) + "-WXX", true
		}
		return fmtWeek(date(y, time.Month(mo), day+7*step)), true
	}
	v := ""
	switch {
	case day > 0:
		v = fmtDay(date(y, time.Month(mo), day+step))
	case mo > 0:
		v = fmt.Sprintf("%04d-%02d-XX", y, mo)
	default:
		v = fmtYear(y) + "-XX-XX"
	}
	if c := partCodes.get()[unit]; c != "" {
		v += "T" + c
	}
	return v, true
}

// clockDay dates a bare clock time ("at 10:35 a.m.") by the day named in
// its sentence or the sentence before ("Friday", "Nov. 6"), else by the
// reference date.
//
// Only the dates of those two sentences are read (ds is in text order), so
// an article of many clock times costs time linear in its dates.
func clockDay(c *article.Article, ds []facts.Date, i int, clock string) string {
	for back := 0; back <= 1; back++ {
		s := ds[i].Sentence - back
		first := i
		for first > 0 && ds[first-1].Sentence >= s {
			first--
		}
		for j := first; j < len(ds) && ds[j].Sentence == s; j++ {
			// A day, or the day of a time ("4 a.m. EDT Thursday").
			v := ds[j].Value
			if len(v) > 10 && v[10] == 'T' {
				v = v[:10]
			}
			if j != i && len(v) == 10 && v[4] == '-' && !strings.ContainsRune(v, 'X') {
				return v + clock
			}
		}
	}
	if !c.HasRef {
		return "XXXX-XX-XX" + clock
	}
	return c.Ref.Format(time.DateOnly) + clock
}

// sameAgoValue is the last period of the kind unit names ("month",
// "quarter", "week", "day"; a "period" is any but a day) named before date
// i in its sentence or the one before ("sales fell in January, compared
// with the same month a year ago"), a year back; fallback with none.
func sameAgoValue(ds []facts.Date, i int, unit, fallback string) string {
	for j := i - 1; j >= 0 && ds[i].Sentence-ds[j].Sentence <= 1; j-- {
		v := ds[j].Value
		if ds[j].Type != "DATE" || len(v) < 7 || v[4] != '-' || !isDigit(v[0]) || strings.ContainsRune(v, 'X') || !periodOf(v, unit) {
			continue
		}
		return fmt.Sprintf("%04d", atoi(v[:4])-1) + v[4:]
	}
	return fallback
}

// reportQuarter is the index of the quarter a report is about: the first
// it names ("Sun earned $5.2 million in the fiscal first quarter"), named
// outright, not resolved from others ("a year earlier"), not a forecast's
// ("expects a loss in the fourth quarter"), ended before the article's
// quarter (a report's "latest quarter" is over: not "the impact on
// fourth-quarter results" said in November) and less than a year before it
// (not the comparison's "the 1988 period"); a quarter named in passing
// later ("after a flat second quarter") does not displace it. -1 for none.
func reportQuarter(c *article.Article, ds []facts.Date, pend []*pending) int {
	for j := range ds {
		v := ds[j].Value
		if pend[j] != nil || ds[j].Type != "DATE" || len(v) != 7 || v[5] != 'Q' || !isDigit(v[6]) || !isDigit(v[0]) {
			continue
		}
		if ds[j].Tense == "future" || c.HasRef && (v >= fmtQuarter(c.Ref) || v < fmtQuarter(c.Ref.AddDate(-1, 0, 0))) {
			continue
		}
		return j
	}
	return -1
}

// periodOf reports a value ("2009-01", "1989-Q3") of the kind of period
// unit names.
func periodOf(v, unit string) bool {
	switch unit {
	case "month":
		return len(v) == 7 && isDigit(v[5])
	case "quarter":
		return v[5] == 'Q'
	case "week":
		return v[5] == 'W'
	case "day":
		return len(v) == 10
	}
	return len(v) < 10
}

// weekdayBefore is the weekday wd strictly before the anchor day, or
// before the reference date when the article named no day.
func weekdayBefore(c *article.Article, anchor string, wd time.Weekday) string {
	t, err := time.Parse(time.DateOnly, anchor)
	if err != nil || len(anchor) != 10 {
		if !c.HasRef {
			return fmt.Sprintf("XXXX-WXX-%d", isoDay(wd))
		}
		t = time.Date(c.Ref.Year(), c.Ref.Month(), c.Ref.Day(), 0, 0, 0, 0, time.UTC)
	}
	back := (int(t.Weekday()) - int(wd) + 7) % 7
	if back == 0 {
		back = 7
	}
	return fmtDay(t.AddDate(0, 0, -back))
}
