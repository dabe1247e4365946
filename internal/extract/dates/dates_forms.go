package dates

import "strings"

// ruleYearRange reads either year of "1968-69", "1999-2000": the second
// written with two digits takes the first one's century, or the next
// one's ("1999-00").
func ruleYearRange(m *match) (string, string, bool) {
	rest := m.x.s.Text[m.loc[1]:]
	if rest != "" && (rest[0] == '-' || rest[0] == '/' || isDigit(rest[0])) {
		// "2023-05-30", "1998-08-07T10:35": a full date, not a range.
		return "", "", false
	}
	y1, yy := atoi(m.g("y1")), atoi(m.g("yy"))
	y2 := y1/100*100 + yy
	if y2 <= y1 {
		y2 += 100
	}
	if y2-y1 > 10 {
		// "1991-97" spans years, "2023-12" is a month: only a short
		// range reads as one.
		return "", "", false
	}
	if m.gstart("x") == m.gstart("y1") {
		return "DATE", fmtYear(y1), true
	}
	return "DATE", fmtYear(y2), true
}

// ruleRangeStart is the first end of a range of durations, with the unit
// written after the second end.
func ruleRangeStart(m *match) (string, string, bool) {
	n, ok := amount(m.g("num"))
	if !ok {
		return "", "", false
	}
	return "DURATION", duration(n, unitOf(m.g("unit"))), true
}

// ruleVagueOffset: "minutes before the blast" is a duration of some
// minutes (TimeML PTXM), the signal word left outside.
func ruleVagueOffset(m *match) (string, string, bool) {
	return "DURATION", duration("X", unitOf(m.g("unit"))), true
}

// ruleAtTheTime: "at the time" points back to a time the story has told;
// TimeBank marks it PAST_REF rather than copying that time's value. "At the
// time of the attack" names its time itself.
func ruleAtTheTime(m *match) (string, string, bool) {
	rest := headLower(strings.TrimLeft(m.x.s.Text[m.end:], " "))
	for _, w := range []string{"of ", "when ", "that ", "being"} {
		if strings.HasPrefix(rest, w) {
			return "", "", false
		}
	}
	return "DATE", "PAST_REF", true
}

// aboutSports reports a sports word among the sentence's tokens.
func (m *match) aboutSports() bool {
	for _, t := range m.x.toks {
		if lex().sportsWords[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}
