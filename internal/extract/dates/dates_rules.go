package dates

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// dateRules are tried on every sentence; on a tie in length the rule listed
// first wins. Extents follow the TimeML 1.2.1 / TempEval-3 guidelines: a
// preposition ("on", "in", "at", "since") stays outside, the determiner and
// modifiers ("the", "early", "nearly", "the past") are inside.
var dateRules = []*dateRule{
	// "Tuesday, May 30, 2023", "Aug. 7, 1998", "May 30", "mid-May 30"
	compileRule(`(?:{WD}\s*,?\s+)?(?:(?P<em>early|late|mid)[\s-]+)?{MON}\s+{DAY}(?:\s*,?\s+{YEAR}|,?\s+'(?P<yy>\d\d))?`, hMonths, ruleMonthDay).proper(),
	// "the week of March 6": that date's ISO week.
	compileRule(`the\s+week\s+of\s+{MON}\s+{DAY}(?:\s*,?\s+{YEAR})?`, hMonths+"&week of", ruleWeekOf).proper(),
	// "30 May 2023", "the 5th of May"
	compileRule(`(?:{WD}\s*,?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MON}(?:\s*,?\s+{YEAR})?`, hMonths, ruleMonthDay).proper(),
	// "October of next year", "July last year"
	compileRule(`{MONF}\s+(?:of\s+)?(?P<ry>this|last|next)\s+year`, hMonths+"&year", ruleMonthRelYear).proper().mods(modsEM),
	// "November 1989", "late May 2023"
	compileRule(`{MON}(?:\s+of)?\s*,?\s+{YEAR}`, hMonths, ruleMonthYear).proper().mods(modsEM),
	compileRule(`{MONF}(?:\s+of)?\s*,?\s+{SYEAR}`, hMonths+"&nineteen|thousand", ruleMonthYear).proper().mods(modsEM),
	// ISO 8601 "2023-05-30", optionally with a clock time.
	compileRule(`(?P<year>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hh>[012]\d):(?P<mm>[0-5]\d))?`, "19|20", ruleISO).proper(),
	// "30/05/2023", "5/30/2023": only when the order is unambiguous.
	compileRule(`(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d\d)`, "/19|/20|.19|.20", ruleNumeric).proper(),
	// Clock time with its day: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6".
	compileRule(`{APPROX}{TIME}\s*,?\s+(?:{WD}|(?P<rd>today|yesterday|tomorrow|tonight)|{MON}\s+{DAY}(?:\s*,?\s+{YEAR})?)`, hTime+"&day|today|yesterday|tomorrow|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", ruleTimeDay),
	// "today", "yesterday afternoon", "10:30 a.m. today", "this morning", "last night"
	compileRule(`(?P<rd>today|tonight|yesterday|tomorrow)(?:\s+{PART})?`, "today|tonight|yesterday|tomorrow", ruleRelDay).mods(modsEMD),
	compileRule(`(?P<rd>this|last|tomorrow|yesterday)\s+{PART}`, "morning|afternoon|evening|night&this|last|tomorrow|yesterday", ruleRelDay).mods(modsEM),
	compileRule(`(?P<rd>overnight)`, "overnight", ruleRelDay),
	// "mid-afternoon", "late evening Friday", "mid-afternoon yesterday":
	// a part of the day named or, alone, of the article's day.
	compileRule(`(?P<em>early|late|mid)[\s-]+(?P<part>morning|afternoon|evening)(?:\s+(?P<rd>yesterday|today|tomorrow)|\s+{WD})?`, "early|late|mid&morning|afternoon|evening", ruleEMPart),
	// "will one day be": some time ahead.
	compileRule(`(?:will|would|could|may|might|can|shall|to)\s+(?P<x>one\s+day)`, "one day", ruleOneDay),
	// "last week", "earlier this month", "next summer", "last Friday", "the past year"
	compileRule(`{REL}\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<u>week|month|year|quarter|decade|century|weekend|fortnight)|{SEASON}|{MONF}|{WD})`, "last|this|next|coming|past|previous|current|following|preceding&week|month|year|quarter|decade|centur|fortnight|spring|summer|fall|autumn|winter|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", ruleRel).mods(modsEM),
	// "the end of the year", "the rest of the week"
	compileRule(`(?P<em>the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|earlier\s+in|later\s+in)\s+the\s+(?P<u>week|month|year|decade|century)`, "the end|the beginning|the start|the middle|the rest|the remainder|earlier in|later in", ruleRel),
	// "in three weeks", "in five years" said of the future: that date.
	compileRule(`\bin\s+(?P<x>{NUM}[\s-]+{UNIT})`, hUnits, ruleInFuture),
	// Anaphors: "that year", "later that day", "the same day", "the following
	// month", "the next morning" (in a past narrative) take the last date
	// the article gave (see resolveAnaphors).
	compileRule(`(?:(?P<em>later|earlier)\s+)?(?P<ana>that\s+same|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+day\s+before|the\s+day\s+after)\s+(?P<u>day|morning|afternoon|evening|night|week|month|year|quarter)`, "that|same|following|next|previous|preceding", ruleAnaphor),
	// "two days ago", "a year earlier", "three weeks from now"
	compileRule(`{APPROX}{NUM}[\s-]+(?:more\s+)?{UNIT}(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from\s+now|hence)`, "ago|earlier|from now|hence&"+hUnits, ruleAgo),
	// "months ago", "years earlier": some time back.
	compileRule(`(?P<unit>years|months|weeks|days|decades)\s+(?P<dir>ago|earlier)`, "ago|earlier", ruleVagueAgo),
	// "the quarter a year ago", "the period a year earlier"
	compileRule(`the\s+(?P<per>quarter|period)\s+a\s+year\s+(?:ago|earlier)`, "a year ago|a year earlier", ruleYearAgo),
	// Financial "year-earlier", "the year-ago quarter".
	compileRule(`(?:the\s+)?(?P<ya>year[\s-](?:earlier|ago))(?:\s+(?P<per>quarter|period|months?))?`, "year", ruleYearAgo),
	// Sets: "every week", "each Monday", "twice a year", "$5 a year", "daily"
	compileRule(`(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:{NUM}\s+)?(?:{UNIT}|{WD}|{MONF}|{PART})`, "every|each|per", ruleSet),
	compileRule(`(?P<x>(?:once|twice|(?:\d+|two|three|four|five|six|several|many)\s+times)\s+(?:a|an|per|each)\s+{UNIT})`, "once|twice|times", ruleSet),
	compileRule(`(?:\d|%|percent|cents?|dollars?|million|billion|euros?|pounds?|yen)\s+(?P<x>a\s+{UNIT})`, hUnits+"& a ", ruleSet),
	// "four flights a week", "700 seats a week": a count per unit of time.
	compileRule(`[a-z]+s\s+(?P<x>(?:a|an|per)\s+(?P<unit>day|week|month|year|hour|night))\b`, "s a day|s a week|s a month|s a year|s a night|s an hour|s per ", ruleRate),
	compileRule(`(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|semiannually)`, "daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|semiannually", ruleSet),
	compileRule(`(?:on\s+)(?P<x>(?P<wdp>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))`, "days", ruleSet).proper(),
	// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
	// "this year's third quarter", "the first half of 1989", "the quarter".
	compileRule(`(?:(?:(?P<y1>(?:1[5-9]|20)\d\d)|(?P<ry>this|last|next)\s+year)'s\s+|(?:the\s+)?(?P<y1>(?:1[5-9]|20)\d\d)\s+|(?:the\s+)?fiscal\s+(?P<y1>(?:1[5-9]|20)\d\d)\s+)?(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?:(?P<ya>year-earlier|year-ago|year\s+earlier|comparable|corresponding|prior-year)[\s-]+)?(?:(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|past|year-earlier|year-ago|comparable|same|most\s+recent|next|coming|following|june|september|december|march)[\s-]+)?(?:fiscal[\s-]+)?(?P<qh>quarter|half)(?:\s+(?:of|in)\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<y2>(?:1[5-9]|20)\d\d)|(?P<ry2>this|last|next)\s+year|the\s+year))?`, "quarter|half", ruleQuarter),
	// "the first half" handled above; "the nine months" is a duration:
	// "three days", "the past two weeks", "the first nine months", "18 months", "a decade",
	// "two-year", "8-month-old".
	compileRule(`(?:the\s+)?(?:(?P<dir>past|last|next|first|final|coming|previous|following|ensuing|recent|initial|remaining|latest|same|other|additional)\s+)?(?:(?P<halfpre>half)\s+(?:an?\s+)?|{NUM}(?P<half>\s+and\s+a\s+half|\s+1/2|½)?[\s-]+)(?:(?:full|straight|consecutive|more|additional|long|extra|whole|trading|business|working|school)\s+)?{UNIT}(?P<half2>\s+and\s+a\s+half)?(?:(?P<old>[\s-]old))?(?:\s+or\s+so)?`, hUnits, ruleDuration),
	compileRule(`(?:the\s+)?(?P<dir>past|last|next|coming|recent|previous|following)\s+(?:(?P<num>few|several|many)\s+)?(?P<unit>seconds|minutes|hours|days|nights|weeks|weekends|months|years|decades|centuries|quarters)`, "past|last|next|coming|recent|previous|following&"+hUnits, ruleVaguePeriod),
	compileRule(`(?:for|in|over|within|take|took|takes|taken)\s+(?P<x>(?:the\s+)?(?:(?P<num>several|many)\s+)?(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries))`, "years|months|weeks|days|decades|hours|minutes|centuries", ruleDuration),
	compileRule(`(?P<x>(?:several|a\s+few|many)\s+(?P<unit>years|months|weeks|days|decades|hours|minutes))\s+(?:later|afterwards|before)`, "several|few|many&years|months|weeks|days|decades|hours|minutes", ruleDuration),
	// Decades and centuries: "the 1990s", "the '90s", "the early eighties", "the 19th century".
	compileRule(`(?:(?P<em>early|late|mid)[\s-]+)?(?:(?P<dec>(?:1[5-9]|20)\d0)'?s|'(?P<d2>\d0)s)|the\s+(?P<x>(?:(?P<em>early|late|mid)[\s-]+)?'?(?P<d2>[1-9]0)s)`, "0s", ruleDecade).proper(),
	compileRule(`the\s+(?:(?P<em>early|late|mid)[\s-]+)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`, "ties", ruleDecade).proper(),
	compileRule(`(?:the\s+)?(?:(?P<em>early|late|mid)[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first|twenty[\s-]second)[\s-]+century`, "century", ruleCentury),
	// Holidays: "Christmas", "Thanksgiving Day 1998".
	compileRule(`(?P<hol>`+holidayPattern()+`)(?:\s*,?\s+{YEAR})?`, "christmas|thanksgiving|new year|valentine|patrick|independence|halloween|veterans|boxing|luther|memorial|labor", ruleHoliday).proper(),
	// "the last Sunday of May", "the first Monday in September 2024"
	compileRule(`(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+{WD}\s+(?:of|in)\s+{MONF}(?:\s*,?\s+{YEAR})?`, "first|second|third|fourth|last&day", ruleNthWeekday),
	// The second day of "April 24 and 25", "May 3-5".
	compileRule(`{MON}\s+[0-3]?\d(?:st|nd|rd|th)?\s*(?:and|or|to|through|-|–)\s*(?P<x>(?P<day>[0-3]?\d))(?:st|nd|rd|th)?(?:\s*,?\s+{YEAR})?`, hMonths+"&and|or|to|through|-|–", ruleMonthDay).proper(),
	// Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
	compileRule(`{SYEAR}`, "nineteen|thousand", ruleSpokenYear),
	// Seasons: "the summer", "the winter of 1994", "summer 2023".
	compileRule(`(?:the\s+)?(?:(?P<em>early|late|mid)[\s-]+)?{SEASON}(?:\s+of)?\s+(?:{YEAR}|{SYEAR})`, "spring|summer|fall|autumn|winter", ruleSeason),
	compileRule(`the\s+(?:(?P<em>early|late|mid)[\s-]+)?{SEASON}`, "spring|summer|fall|autumn|winter", ruleSeason),
	// "year-end", "by year's end"
	compileRule(`(?:(?P<em>around)\s+)?(?P<ye>year[\s-]end|year's\s+end|the\s+end\s+of\s+the\s+year)`, "end&year", ruleYearEnd),
	// "Q3", "Q1 2023", "H1 2023" in financial reports.
	compileRule(`(?P<qh>[qh])(?P<qn>[1-4])(?:\s+(?P<y1>(?:19|20)\d\d))?`, "=Q1|Q2|Q3|Q4|H1|H2", ruleQn).proper(),
	// Financial "the latest period": the quarter being reported.
	compileRule(`the\s+(?P<qo>latest|most\s+recent|current)\s+(?P<qh>period)`, "period", ruleQuarter),
	// "Tuesday", "early Friday", "Friday morning", "10 p.m. Wednesday" (above).
	compileRule(`{WD}(?:\s+{PART})?`, "day", ruleWeekday).proper().mods(modsEMD),
	// "in March", "late November", "May" after a preposition.
	compileRule(`{MONF}`, hMonths, ruleMonth).proper().mods(modsEM),
	// "4 in the morning", "10 o'clock at night"
	compileRule(`(?P<hh>[012]?\d)(?::(?P<mm>[0-5]\d))?\s+(?:o'clock\s+)?(?:in\s+the|at)\s+(?P<part>morning|afternoon|evening|night)`, "morning|afternoon|evening|night", ruleClockPart),
	// Clock times: "10:30 a.m.", "noon", "around 7:15 p.m.".
	compileRule(`{APPROX}{TIME}`, hTime, ruleTime),
	// Years: "2008", "fiscal 1989", "early 2023".
	compileRule(`(?:(?P<fy>fiscal|calendar|fiscal\s+year|calendar\s+year|the\s+year)\s+)?{YEAR}`, "15|16|17|18|19|20", ruleYear).proper().mods(modsEMY),
	// Market reports: "to end the day", "later in the day", "for the day"
	// are the day of the report.
	compileRule(`(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|for|during|in|of|rest\s+of)\s+(?P<x>the\s+(?P<u>day))\b`, "the day", ruleTheDay),
	// Annual reports: "for the year", "the fiscal year ended March 31".
	compileRule(`(?:for|of|during|throughout|through|in)\s+(?P<x>the\s+(?:(?P<fq>full|fiscal|current|entire|whole|calendar|latest)\s+)?(?:fiscal\s+)?(?P<u>year|month|week))\b`, "the year|fiscal year|full year|entire year|whole year|calendar year|current year|latest year|the month|the week|entire month|entire week|whole month|whole week|full month|full week", ruleTheYear),
	// "the weekend"
	compileRule(`the\s+(?P<u>weekend)`, "weekend", ruleTheWeekend),
	// TimeML's vague references to now, the past and the future.
	compileRule(`(?P<w>now|currently|presently|nowadays|the\s+present|recently|lately|current|the\s+(?:near\s+|foreseeable\s+|immediate\s+|distant\s+)?future|future|the\s+(?:near|short)\s+term|these\s+days|the\s+(?:recent\s+|distant\s+)?past)`, "now|current|present|recent|lately|future|past|term|these days", ruleRef),
}

// Modifiers that belong inside an expression's extent, found by looking
// back from a match instead of in the pattern, which keeps the patterns
// small and fast. "earlier" and "later" are signals before a day ("Earlier
// Friday"), kept outside as TimeBank does.
var (
	modsEMD = []string{"early", "late", "mid"}
	modsEMY = []string{"early", "late", "mid", "the end of", "the beginning of", "the start of", "the middle of"}
	modsEM  = []string{"early", "late", "mid", "earlier", "later", "the end of", "the beginning of", "the start of",
		"the middle of", "the rest of", "the remainder of"}
)

// Prefilter hints (see dates_hints.go): words one of which must be in a
// sentence for a rule to be worth running.
const (
	// Month names count only capitalised, so the hint is case-sensitive.
	hMonths = "=Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
	hTime   = "noon|midnight|midday|#clock"
	hUnits  = "year|month|week|day|hour|minute|second|night|decade|centur|quarter|fortnight"
)

// holidayPattern is the alternation of the holiday names, longest first.
func holidayPattern() string {
	names := make([]string, 0, len(dateHolidays))
	for n := range dateHolidays {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	for i, n := range names {
		names[i] = strings.ReplaceAll(strings.ReplaceAll(regexpQuote(n), " ", `\s+`), "'", `['’]`)
	}
	return strings.Join(names, "|")
}

func regexpQuote(s string) string { return strings.ReplaceAll(s, ".", `\.`) }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

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
		ref, ok := m.ref()
		if !ok {
			return fmt.Sprintf("XXXX-%02d-%02d", mo, day), true
		}
		y := pickYear(ref, func(y int) time.Time { return date(y, mo, day) }, m.tense(), 30*24*time.Hour)
		if mo == 2 && day == 29 && date(y, mo, day).Day() != 29 {
			return "", false
		}
		return fmtDay(date(y, mo, day)), true
	}
	if wd := m.g("wd"); wd != "" {
		if wd[0] < 'A' || wd[0] > 'Z' {
			return "", false
		}
		w := weekdays[strings.ToLower(wd)]
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
	tz := ""
	if z := strings.ToUpper(m.g("tz")); z == "UTC" || z == "GMT" {
		tz = "Z"
	}
	return fmt.Sprintf("T%02d:%02d", h, mm) + tz, true
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
		if st := m.start; st > 0 && !strings.HasSuffix(strings.ToLower(strings.TrimSpace(m.x.s.Text[:st])), "at") {
			return "", "", false
		}
	}
	// The day is the one the sentence (or the one before) names, found
	// once all dates are known; see resolveAnaphors.
	return "TIME", "@" + c, true
}

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
		return "TIME", d + "T" + partCodes[part], true
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
		return "TIME", d + "T" + partCodes[p], true
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
	if u := strings.ToLower(m.g("u")); u != "" {
		if (u == "decade" || u == "century") && step < 0 && strings.HasPrefix(norm(m.g("rel")), "the") {
			// "over the past decade" is the ten years up to now.
			return "DURATION", duration("1", u), true
		}
		if !ok {
			return "DATE", unknown(u), true
		}
		if u == "year" && norm(m.g("rel")) == "last" && m.g("em") == "" {
			return "DATE", yearAgo(ref, false), true
		}
		return "DATE", shift(ref, u, step), true
	}
	if s := strings.ToLower(m.g("season")); s != "" {
		code := seasonCodes[s]
		if !ok {
			return "DATE", "XXXX-" + code, true
		}
		y := ref.Year()
		start := seasonMonth[code]
		cur := ref.Month() >= start && ref.Month() < start+3 || code == "WI" && ref.Month() < 3
		switch {
		case step < 0 && (cur || start > ref.Month()):
			y--
		case step > 0 && (cur || start <= ref.Month()):
			y++
		}
		return "DATE", fmt.Sprintf("%04d-%s", y, code), true
	}
	if mon := m.g("mon"); mon != "" {
		mo, ok2 := month(mon)
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
	if wd := m.g("wd"); wd != "" {
		if rest := strings.ToLower(m.x.s.Text[m.end:]); strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, " in ") {
			// "the last Sunday of May" names a day of that month, not
			// the Sunday before the article.
			return "", "", false
		}
		w := weekdays[strings.ToLower(wd)]
		if !ok {
			return "DATE", fmt.Sprintf("XXXX-WXX-%d", isoDay(w)), true
		}
		if r := norm(m.g("rel")); r == "previous" || r == "preceding" {
			if b := strings.ToLower(strings.TrimRight(m.x.s.Text[:m.start], " ")); strings.HasSuffix(b, " the") || b == "the" {
				// "the previous Friday": the one before the day the
				// article last named (see resolveAnaphors).
				m.start = len(b) - 3
				return "DATE", fmt.Sprintf("@W:%d", int(w)), true
			}
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
	return "", "", false
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
		return "DATE", yearAgo(ref, false), true
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
	return "DATE", yearAgo(ref, p == "quarter"), true
}

// yearAgo is the placeholder of "a year ago", "last year", "year-earlier":
// in an earnings report they name the same period a year before the one
// being reported, which resolveYearAgo finds once the article's dates are
// known. quarter is set when the expression itself says "quarter".
func yearAgo(ref time.Time, quarter bool) string {
	if quarter {
		return "@YQ:" + fmtQuarter(ref.AddDate(-1, 0, -45))
	}
	return "@Y:" + fmtYear(ref.Year()-1)
}

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

// prepositions that introduce a bare month; "May" needs one of these (or a
// modifier) to be read as the month and not the modal verb.
var monthPreps = dateWords["month-prepositions"]

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
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !monthPreps[w] && w != "and" && w != "or"
}

func ruleMonth(m *match) (string, string, bool) {
	mon := m.g("mon")
	mo, ok := month(mon)
	if !ok {
		return "", "", false
	}
	before := strings.Fields(strings.ToLower(m.x.s.Text[:m.gstart("mon")]))
	prev := ""
	if len(before) > 0 {
		prev = strings.TrimRight(before[len(before)-1], "-")
	}
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
	if mo == 5 && mon == "May" && !monthPreps[prev] {
		return "", "", false
	}
	// "March" and "August" are also names: "August Wilson", "March Madness".
	if rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' && !monthPreps[prev] {
		return "", "", false
	}
	ref, has := m.ref()
	if !has {
		return "DATE", fmt.Sprintf("XXXX-%02d", mo), true
	}
	tn := m.tense()
	if tn == tensePresent || tn == tenseFuture && attributive(prev, rest) {
		// "is continuing to sell itself under a June agreement": a month
		// naming the time of a thing is not put ahead by the clause's
		// verb; the nearest one is meant.
		tn = tenseNone
	}
	y := pickYear(ref, func(y int) time.Time { return date(y, mo, 15) }, tn, 20*24*time.Hour)
	return "DATE", fmt.Sprintf("%04d-%02d", y, mo), true
}

// eventPlurals are the plural nouns a year may modify ("2008 elections");
// any other plural common noun makes the number a count ("1500 troops").
var eventPlurals = dateWords["event-plurals"]

func ruleYear(m *match) (string, string, bool) {
	s := m.x.s.Text
	ys := m.gstart("year")
	y := atoi(m.g("year"))
	before := strings.TrimRight(s[:ys], " ")
	after := s[m.end:]
	if strings.HasSuffix(before, "$") || strings.HasSuffix(before, "#") || strings.HasSuffix(before, "£") ||
		strings.HasSuffix(before, "€") || strings.HasSuffix(before, ",") && len(before) > 0 && before != "" && endsDigit(before[:len(before)-1]) {
		return "", "", false
	}
	lb := strings.ToLower(before)
	for _, w := range dateLists["count-before-number"] {
		if strings.HasSuffix(lb, " "+w) || lb == w {
			return "", "", false
		}
	}
	if ys > 1 && (s[ys-1] == '/' || s[ys-1] == '.') && endsDigit(s[:ys-1]) {
		// the year of a numeric date that was not read: "05/06/2023"
		return "", "", false
	}
	if len(after) > 0 {
		switch {
		case after[0] == '%', after[0] == '.' && len(after) > 1 && after[1] >= '0' && after[1] <= '9',
			after[0] == ',' && len(after) > 1 && after[1] >= '0' && after[1] <= '9',
			after[0] == ':' && len(after) > 1 && after[1] >= '0' && after[1] <= '9':
			return "", "", false
		}
		la := strings.ToLower(strings.TrimLeft(after, " -"))
		for _, w := range dateLists["count-after-number"] {
			if strings.HasPrefix(la, w) {
				return "", "", false
			}
		}
	}
	// A plural common noun after the number makes it a count.
	for _, t := range m.x.toks {
		if t.Start >= m.x.s.Start+m.end {
			if t.Tag == "NNS" && !eventPlurals[strings.ToLower(t.Text)] && t.Text[0] >= 'a' && t.Text[0] <= 'z' {
				return "", "", false
			}
			break
		}
	}
	if m.x.c.HasRef && y > m.x.c.Ref.Year()+30 {
		return "", "", false
	}
	if y < 1600 {
		return "", "", false
	}
	return "DATE", fmtYear(y), true
}

func endsDigit(s string) bool { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }

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

var refWords = map[string]string{"now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
	"nowadays": "PRESENT_REF", "the present": "PRESENT_REF", "current": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
	"recent": "PAST_REF", "the past": "PAST_REF",
	"soon": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
	"the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "these days": "PRESENT_REF"}

func ruleRef(m *match) (string, string, bool) {
	w := norm(m.g("w"))
	if f := strings.Fields(w); len(f) == 3 && refWords[w] == "" {
		// "the near future", "the distant past"
		w = f[0] + " " + f[2]
	}
	v := refWords[w]
	if v == "" {
		return "", "", false
	}
	rest := strings.ToLower(strings.TrimLeft(m.x.s.Text[m.end:], " "))
	if w == "future" {
		// The bare adjective ("future earnings") is a modifier of the noun,
		// not a reference TimeBank marks; "the future" is.
		return "", "", false
	}
	if w == "current" {
		if b := strings.ToLower(m.x.s.Text[:m.start]); strings.HasSuffix(b, "then ") || strings.HasSuffix(b, "then-") {
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

// ruleVaguePeriod: "the next few days" is a duration of unknown length, but
// TimeBank reads "recent years" and "coming months" as vague references to
// the past and the future.
func ruleVaguePeriod(m *match) (string, string, bool) {
	dir := strings.ToLower(m.g("dir"))
	if m.g("num") == "" && !strings.HasPrefix(strings.ToLower(m.x.s.Text[m.start:m.end]), "the") {
		switch dir {
		case "recent", "past", "last", "previous":
			return "DATE", "PAST_REF", true
		case "coming", "next":
			return "DATE", "FUTURE_REF", true
		}
	}
	return ruleDuration(m)
}

var spokenUnits = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 0}

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
		y += spokenUnits[w]
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
		before := strings.Fields(strings.ToLower(m.x.s.Text[:m.start]))
		if len(before) > 0 && before[len(before)-1] == "since" || m.tense() == tensePast {
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
	ref, ok := m.ref()
	if !ok {
		return "DATE", "XXXX-XX-XX", true
	}
	return "DATE", fmtDay(ref), true
}

var nths = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}

func ruleNthWeekday(m *match) (string, string, bool) {
	mo, ok := month(m.g("mon"))
	wd := m.g("wd")
	if !ok || wd == "" || wd[0] < 'A' || wd[0] > 'Z' {
		return "", "", false
	}
	n, w := nths[strings.ToLower(m.g("nth"))], weekdays[strings.ToLower(wd)]
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
	if m.tense() != tenseFuture {
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

func ruleTheYear(m *match) (string, string, bool) {
	rest := strings.ToLower(strings.TrimLeft(m.x.s.Text[m.end:], " "))
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
	ref, ok := m.ref()
	day := "XXXX-XX-XX"
	if ok {
		day = fmtDay(ref)
	}
	return "TIME", fmt.Sprintf("%sT%02d:%02d", day, h, mm), true
}

// ruleAnaphor writes a placeholder "@STEP:UNIT" that resolveAnaphors
// replaces once every date of the article is known.
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
	typ := "DATE"
	if partCodes[unit] != "" {
		typ = "TIME"
	}
	return typ, fmt.Sprintf("@%d:%s", step, unit), true
}

// resolveAnaphors gives "that year", "the same day" and the like the value
// of the last date before them that names a year, shifted by their step;
// what the anchor does not say stays X, and with no anchor at all the
// expression is unresolved.
func resolveAnaphors(c *article.Article, ds []facts.Date) {
	anchor := ""
	// day is the last day the article named, for "the previous Friday".
	day := ""
	for i := range ds {
		d := &ds[i]
		if strings.HasPrefix(d.Value, "@Y") {
			d.Value = yearAgoValue(c, ds, i)
			anchor = d.Value
			continue
		}
		if strings.HasPrefix(d.Value, "@W:") {
			d.Value = weekdayBefore(c, day, time.Weekday(atoi(d.Value[3:])))
			anchor, day = d.Value, d.Value
			continue
		}
		if d.Type == "DATE" && len(d.Value) == 10 && !strings.ContainsRune(d.Value, 'X') {
			day = d.Value
		}
		if strings.HasPrefix(d.Value, "@T") {
			d.Value, d.Resolved = clockDay(c, ds, i), true
			if strings.HasPrefix(d.Value, "X") {
				d.Resolved = false
			}
			continue
		}
		if !strings.HasPrefix(d.Value, "@") {
			if len(d.Value) >= 4 && d.Value[0] >= '0' && d.Value[0] <= '9' && !strings.ContainsRune(d.Value[:4], 'X') &&
				d.Type != "DURATION" && d.Type != "SET" {
				anchor = d.Value
			}
			continue
		}
		step, unit, _ := strings.Cut(d.Value[1:], ":")
		d.Value, d.Resolved = anaphorValue(anchor, atoi(step), unit)
	}
}

// financial matches the figures of an earnings comparison: "from $1.2
// million", "up 5%", "14 cents a share".
var financial = regexp.MustCompile(`\$|%|\b(?:cents?|percent|million|billion)\b`)

// yearAgoValue resolves a year-ago placeholder. Earnings reports compare
// the quarter they report with "a year ago" or "last year": there it is
// that quarter a year back (1988-Q3), unless the sentence has just named a
// longer period ("the nine months", "the year"), which the comparison is
// then of. Elsewhere it is the year before the article.
func yearAgoValue(c *article.Article, ds []facts.Date, i int) string {
	kind, val, _ := strings.Cut(ds[i].Value[1:], ":")
	fallback := val[:4]
	if kind == "YQ" {
		fallback = val
	}
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
	if kind == "Y" && !strings.Contains(strings.ToLower(ds[i].Text), "year-") {
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
	if c := partCodes[unit]; c != "" {
		v += "T" + c
	}
	return v, true
}

// clockDay dates a bare clock time ("at 10:35 a.m.") by the day named in
// its sentence or the sentence before ("Friday", "Nov. 6"), else by the
// reference date.
func clockDay(c *article.Article, ds []facts.Date, i int) string {
	clock := ds[i].Value[1:]
	best, bestDist := "", 2
	for j, d := range ds {
		dist := ds[i].Sentence - d.Sentence
		if j == i || dist < 0 || dist >= bestDist || len(d.Value) != 10 || d.Value[4] != '-' || strings.ContainsRune(d.Value, 'X') {
			continue
		}
		best, bestDist = d.Value, dist
	}
	if best != "" {
		return best + clock
	}
	if !c.HasRef {
		return "XXXX-XX-XX" + clock
	}
	return c.Ref.Format(time.DateOnly) + clock
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
