package dates

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Rules for calendar dates, clock times, months, years, decades and
// centuries: expressions whose value the text spells out, given at most
// the reference year.

// dayOf resolves the day named by the wd, rd, mon/day/year groups of a match.
func (m *match) dayOf() (string, bool) {
	if mon := m.g("mon"); mon != "" {
		mo, ok := month(mon)
		day := atoi(m.g("day"))
		if !ok || day < 1 || day > 31 {
			return "", false
		}
		if y := m.g("year"); y != "" {
			t := date(atoi(y), mo, day)
			if t.Day() != day {
				return "", false
			}
			return fmtDay(t), true
		}
		if yy := m.g("yy"); yy != "" {
			y := 1900 + atoi(yy)
			if y < 1950 {
				y += 100
			}
			t := date(y, mo, day)
			if t.Day() != day {
				return "", false
			}
			return fmtDay(t), true
		}
		if day > daysIn(mo) {
			return "", false
		}
		ref, story, ok := m.storyRef()
		if !ok {
			return fmt.Sprintf("XXXX-%02d-%02d", mo, day), true
		}
		tn := m.tense()
		if story {
			// A story moves forward from the time it has told.
			tn = tenseFuture
		}
		y := pickYear(ref, func(y int) time.Time { return date(y, mo, day) }, tn, 30*24*time.Hour)
		if mo == 2 && day == 29 && date(y, mo, day).Day() != 29 {
			return "", false
		}
		return fmtDay(date(y, mo, day)), true
	}
	if wd := m.g("wd"); wd != "" {
		if wd[0] < 'A' || wd[0] > 'Z' {
			return "", false
		}
		w := weekdays.get()[strings.ToLower(wd)]
		ref, ok := m.ref()
		if !ok {
			return fmt.Sprintf("XXXX-WXX-%d", isoDay(w)), true
		}
		return fmtDay(weekdayNear(ref, w, m.tense())), true
	}
	if rd := strings.ToLower(m.g("rd")); rd != "" {
		ref, ok := m.ref()
		if !ok {
			return "XXXX-XX-XX", true
		}
		switch rd {
		case "yesterday":
			return fmtDay(ref.AddDate(0, 0, -1)), true
		case "tomorrow":
			return fmtDay(ref.AddDate(0, 0, 1)), true
		case "last":
			if strings.EqualFold(m.g("part"), "night") {
				return fmtDay(ref.AddDate(0, 0, -1)), true
			}
		case "overnight":
			// In a report, the night that has just ended.
			if m.tense() != tenseFuture {
				return fmtDay(ref.AddDate(0, 0, -1)), true
			}
		}
		return fmtDay(ref), true
	}
	return "", false
}

// daysIn is the most days month mo can have (29 for February).
func daysIn(mo time.Month) int {
	return date(2000, mo+1, 0).Day()
}

func ruleMonthDay(m *match) (string, string, bool) {
	v, ok := m.dayOf()
	if !ok {
		return "", "", false
	}
	// "May 5" at the start of a sentence could be the modal "May"; a day
	// number after it is what makes it a month, which the pattern already
	// requires. A bare number before a month ("3 March") must not be part
	// of a larger number or a score.
	return "DATE", v, true
}

func ruleMonthYear(m *match) (string, string, bool) {
	mo, ok := month(m.g("mon"))
	if !ok {
		return "", "", false
	}
	return "DATE", fmt.Sprintf("%s-%02d", m.yearOf(), mo), true
}

func ruleISO(m *match) (string, string, bool) {
	y, mo, d := atoi(m.g("year")), atoi(m.g("mo")), atoi(m.g("day"))
	t := date(y, time.Month(mo), d)
	if mo < 1 || mo > 12 || t.Day() != d {
		return "", "", false
	}
	if hh := m.g("hh"); hh != "" {
		return "TIME", fmtDay(t) + "T" + hh + ":" + m.g("mm"), true
	}
	return "DATE", fmtDay(t), true
}

func ruleNumeric(m *match) (string, string, bool) {
	a, b, y := atoi(m.g("a")), atoi(m.g("b")), atoi(m.g("y"))
	var mo, d int
	switch {
	case a == b && a <= 12:
		mo, d = a, b
	case a > 12 && b <= 12:
		d, mo = a, b
	case b > 12 && a <= 12:
		mo, d = a, b
	default:
		return "", "", false
	}
	t := date(y, time.Month(mo), d)
	if mo < 1 || d < 1 || t.Day() != d {
		return "", "", false
	}
	return "DATE", fmtDay(t), true
}

// clock reads the hh/mm/ap/noon groups as "T14:30".
func (m *match) clock() (string, bool) {
	switch strings.ToLower(m.g("noon")) {
	case "noon", "midday":
		return "T12:00", true
	case "midnight":
		return "T24:00", true
	}
	hs := m.g("hh")
	if hs == "" {
		return "", false
	}
	h, mm := atoi(hs), 0
	if s := m.g("mm"); s != "" {
		mm = atoi(s)
	}
	ap := strings.ToLower(m.g("ap"))
	switch {
	case ap == "":
		if m.g("mm") == "" && !strings.Contains(strings.ToLower(m.x.s.Text[m.start:m.end]), "o'clock") {
			return "", false
		}
		if h > 24 {
			return "", false
		}
	case h < 1 || h > 12:
		return "", false
	case ap[0] == 'p' && h < 12:
		h += 12
	case ap[0] == 'a' && h == 12:
		h = 0
	}
	sec := ""
	if ss := m.g("ss"); ss != "" {
		// "2:11:48 p.m.": the seconds, as stated.
		sec = ":" + ss
	}
	// The zone only where the text states UTC or GMT; "EST" or "local
	// time" have no TIMEX3 form, and no zone is assumed.
	tz := ""
	if z := strings.ToUpper(m.g("tz")); z == "UTC" || z == "GMT" {
		tz = "Z"
	}
	return fmt.Sprintf("T%02d:%02d", h, mm) + sec + tz, true
}

func ruleTimeDay(m *match) (string, string, bool) {
	c, ok := m.clock()
	if !ok {
		return "", "", false
	}
	d, ok := m.dayOf()
	if !ok {
		return "", "", false
	}
	return "TIME", d + c, true
}

func ruleTime(m *match) (string, string, bool) {
	c, ok := m.clock()
	if !ok {
		return "", "", false
	}
	// A bare "10:30" is a clock time only with am/pm or in a sentence that
	// talks about time; scores and ratios also look like this.
	if m.g("ap") == "" && m.g("noon") == "" && m.g("tz") == "" && !strings.Contains(strings.ToLower(m.x.s.Text[m.start:m.end]), "o'clock") {
		if st := m.start; st > 0 && !strings.HasSuffix(tailLower(strings.TrimSpace(m.x.s.Text[:st])), "at") {
			return "", "", false
		}
	}
	// The day is the one the sentence (or the one before) names, found
	// once all dates are known; see resolveAnaphors.
	m.pend = &pending{kind: pendClock, clock: c}
	return "TIME", "", true
}

func ruleDecade(m *match) (string, string, bool) {
	if d := m.g("dec"); d != "" {
		return "DATE", d[:3], true
	}
	if d := m.g("d2"); d != "" {
		if d[0] >= '3' {
			return "DATE", "19" + d[:1], true
		}
		return "DATE", "20" + d[:1], true
	}
	dw := map[string]string{"twenties": "2", "thirties": "3", "forties": "4", "fifties": "5", "sixties": "6",
		"seventies": "7", "eighties": "8", "nineties": "9"}[strings.ToLower(m.g("dw"))]
	return "DATE", "19" + dw, true
}

// ruleShortYear reads "'82" as 1982 and "'05" as 2005: a two-digit year
// up to the article's own (or 29 with no article date) is this century's.
func ruleShortYear(m *match) (string, string, bool) {
	yy := atoi(m.g("yy"))
	limit := 29
	if ref, ok := m.ref(); ok {
		limit = ref.Year() % 100
		if ref.Year() < 2000 {
			limit = -1
		}
	}
	if yy <= limit {
		return "DATE", fmt.Sprintf("20%02d", yy), true
	}
	return "DATE", fmt.Sprintf("19%02d", yy), true
}

var ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
	"eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second"}

func ruleCentury(m *match) (string, string, bool) {
	o := norm(m.g("ord"))
	n := slices.Index(ordinals, o) + 1
	if n == 0 {
		n = atoi(strings.TrimRight(o, "stndrh"))
	}
	if n < 1 || n > 22 {
		return "", "", false
	}
	return "DATE", fmt.Sprintf("%02d", n-1), true
}

// attributive reports a month between a determiner and its noun: "a June
// agreement", "its March meeting".
func attributive(prev, rest string) bool {
	switch prev {
	case "a", "an", "the", "its", "their", "his", "her", "our", "this", "that":
	default:
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(w, ".,;:'\"")
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !lex().monthPreps[w] && w != "and" && w != "or"
}

func ruleMonth(m *match) (string, string, bool) {
	mon := m.g("mon")
	mo, ok := month(mon)
	if !ok {
		return "", "", false
	}
	prev := strings.TrimRight(lastWordLower(m.x.s.Text[:m.gstart("mon")]), "-")
	rest := strings.TrimLeft(m.x.s.Text[m.end:], " ")
	if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		// A number after the month made a date that did not hold ("Feb.
		// 29, 2023"); the month alone is not the answer.
		return "", "", false
	}
	if prev == "the" || prev == "a" || prev == "an" || prev == "annual" {
		// "the annual March for Life", "the March of the Mothers" are
		// events; "the October slaying", "a June agreement" are months.
		if strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "for ") || strings.HasPrefix(rest, "on ") ||
			rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			return "", "", false
		}
	}
	if mo == 5 && mon == "May" && !lex().monthPreps[prev] {
		return "", "", false
	}
	// "March" and "August" are also names: "August Wilson", "March Madness".
	if rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' && !lex().monthPreps[prev] {
		return "", "", false
	}
	ref, story, has := m.storyRef()
	if !has {
		return "DATE", fmt.Sprintf("XXXX-%02d", mo), true
	}
	tn := m.tense()
	if story {
		// A story moves forward from the time it has told.
		tn = tenseFuture
	} else if tn == tensePresent || tn == tenseFuture && attributive(prev, rest) {
		// "is continuing to sell itself under a June agreement": a month
		// naming the time of a thing is not put ahead by the clause's
		// verb; the nearest one is meant.
		tn = tenseNone
	}
	y := pickYear(ref, func(y int) time.Time { return date(y, mo, 15) }, tn, 20*24*time.Hour)
	return "DATE", fmt.Sprintf("%04d-%02d", y, mo), true
}

func ruleYear(m *match) (string, string, bool) {
	y := atoi(m.g("year"))
	if notAYearBefore(m) || notAYearAfter(m.x.s.Text[m.end:]) || countNounAfter(m) {
		return "", "", false
	}
	if m.x.c.HasRef && y > m.x.c.Ref.Year()+30 {
		return "", "", false
	}
	if y < 1600 {
		return "", "", false
	}
	return "DATE", fmtYear(y), true
}

// notAYearBefore rejects a number that what precedes it makes an amount
// ("$2000", "1,2000"), a count ("more than 2000") or part of a numeric
// date that was not read ("05/06/2023").
func notAYearBefore(m *match) bool {
	s := m.x.s.Text
	ys := m.gstart("year")
	before := strings.TrimRight(s[:ys], " ")
	if strings.HasSuffix(before, "$") || strings.HasSuffix(before, "#") || strings.HasSuffix(before, "£") ||
		strings.HasSuffix(before, "€") || strings.HasSuffix(before, ",") && len(before) > 0 && before != "" && endsDigit(before[:len(before)-1]) {
		return true
	}
	lb := tailLower(before)
	for _, w := range lex().lists["count-before-number"] {
		if strings.HasSuffix(lb, " "+w) || lb == w {
			return true
		}
	}
	// the year of a numeric date that was not read: "05/06/2023"
	return ys > 1 && (s[ys-1] == '/' || s[ys-1] == '.') && endsDigit(s[:ys-1])
}

// notAYearAfter rejects a number that what follows makes a percentage, a
// decimal, a larger number, a time or a count ("2000 people").
func notAYearAfter(after string) bool {
	if len(after) == 0 {
		return false
	}
	switch {
	case after[0] == '%', after[0] == '.' && len(after) > 1 && after[1] >= '0' && after[1] <= '9',
		after[0] == ',' && len(after) > 1 && after[1] >= '0' && after[1] <= '9',
		after[0] == ':' && len(after) > 1 && after[1] >= '0' && after[1] <= '9':
		return true
	}
	la := strings.ToLower(strings.TrimLeft(after, " -"))
	for _, w := range lex().lists["count-after-number"] {
		if strings.HasPrefix(la, w) {
			return true
		}
	}
	return false
}

// countNounAfter is true when a plural common noun follows the number,
// which makes it a count ("1500 troops"), unless the noun names events a
// year may modify ("2008 elections").
func countNounAfter(m *match) bool {
	for _, t := range m.x.toks {
		if t.Start >= m.x.s.Start+m.end {
			return t.Tag == "NNS" && !lex().eventPlurals[strings.ToLower(t.Text)] && t.Text[0] >= 'a' && t.Text[0] <= 'z'
		}
	}
	return false
}

func endsDigit(s string) bool { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }

func ruleSpokenYear(m *match) (string, string, bool) {
	y, ok := spokenYear(m.g("sy"))
	if !ok {
		return "", "", false
	}
	return "DATE", fmtYear(y), true
}

// spokenYear reads "nineteen ninety-six" or "the year two thousand".
func spokenYear(s string) (int, bool) {
	f := strings.Fields(norm(s))
	y := 0
	switch {
	case len(f) > 0 && f[0] == "nineteen":
		y = 1900
		f = f[1:]
	case len(f) >= 4 && f[0] == "the":
		y = 2000
		f = f[4:]
	default:
		return 0, false
	}
	for _, w := range f {
		y += lex().spokenUnits[w]
	}
	return y, true
}

// yearOf is the year group of a match, written in digits or read out.
func (m *match) yearOf() string {
	if y := m.g("year"); y != "" {
		return y
	}
	if y, ok := spokenYear(m.g("sy")); ok {
		return fmtYear(y)
	}
	return ""
}

// ruleClockPart reads "4 in the morning" as 04:00 and "8 in the evening" as
// 20:00.
func ruleClockPart(m *match) (string, string, bool) {
	h, mm := atoi(m.g("hh")), atoi(m.g("mm"))
	part := strings.ToLower(m.g("part"))
	if h < 1 || h > 12 {
		return "", "", false
	}
	switch {
	case part == "morning" && h == 12:
		h = 0
	case part != "morning" && h < 12 && !(part == "night" && h < 5):
		h += 12
	}
	// As a bare clock time: the day its sentence (or the one before)
	// names, else the article's ("will leave at 4 in the morning (4 a.m.
	// EDT Thursday)").
	m.pend = &pending{kind: pendClock, clock: fmt.Sprintf("T%02d:%02d", h, mm)}
	return "TIME", "", true
}

func ruleMonthRelYear(m *match) (string, string, bool) {
	mo, ok := month(m.g("mon"))
	if !ok {
		return "", "", false
	}
	ref, has := m.ref()
	if !has {
		return "DATE", fmt.Sprintf("XXXX-%02d", mo), true
	}
	y := ref.Year() + relStep(m.g("ry"))
	return "DATE", fmt.Sprintf("%04d-%02d", y, mo), true
}
