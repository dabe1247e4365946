package dates

import (
	"sort"
	"strconv"
	"strings"
)

// Named pieces of the longest patterns (issue 21), so that each part of a
// quarter or a duration can be read, and changed, on its own.
const (
	// pYear4 is a year of four digits from 1500 to 2099.
	pYear4 = `(?:1[5-9]|20)\d\d`
	// pQuarterYearBefore is the year a quarter belongs to, written before
	// it: "1989's", "this year's", "the 1989", "fiscal 1989".
	pQuarterYearBefore = `(?:(?:(?P<y1>` + pYear4 + `)|(?P<ry>this|last|next)\s+year)'s\s+|(?:the\s+)?(?P<y1>` + pYear4 + `)\s+|(?:the\s+)?fiscal\s+(?P<y1>` + pYear4 + `)\s+)?`
	// pYearAgo compares with the year before: "the year-earlier quarter",
	// "the comparable quarter".
	pYearAgo = `(?:(?P<ya>year-earlier|year-ago|year\s+earlier|comparable|corresponding|prior-year)[\s-]+)?`
	// pQuarterWhich says which quarter or half: "third", "latest", "June".
	pQuarterWhich = `(?:(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|past|year-earlier|year-ago|comparable|same|most\s+recent|next|coming|following|june|september|december|march)[\s-]+)?`
	// pQuarterYearAfter is the year written after: "of 1989", "in fiscal
	// 1990", "of next year", "of the year".
	pQuarterYearAfter = `(?:\s+(?:of|in)\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<y2>` + pYear4 + `)|(?P<ry2>this|last|next)\s+year|the\s+year))?`
	// pDurationDir places a duration: "the past two weeks", "the first
	// nine months".
	pDurationDir = `(?:(?P<dir>past|last|next|first|final|coming|previous|following|ensuing|recent|initial|remaining|latest|same|other|additional)\s+)?`
	// pDurationAmount is how many: "half an", "two and a half", "18".
	pDurationAmount = `(?:(?P<halfpre>half)\s+(?:an?\s+)?|{NUM}(?P<half>\s+and\s+a\s+half|\s+1/2|½)?[\s-]+)`
	// pDurationKind qualifies the unit: "full", "straight", "trading".
	pDurationKind = `(?:(?:full|straight|consecutive|more|additional|long|extra|whole|trading|business|working|school)\s+)?`
)

// dateRules are tried on every sentence; on a tie in length the rule listed
// first wins. Extents follow the TimeML 1.2.1 / TempEval-3 guidelines: a
// preposition ("on", "in", "at", "since") stays outside, the determiner and
// modifiers ("the", "early", "nearly", "the past") are inside. It is called
// once, by rules.
func dateRules() []*dateRule {
	return []*dateRule{
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
		compileRule(`(?P<rd>today|tonight|yesterday|tomorrow)(?:\s+{PART})?`, "today|tonight|yesterday|tomorrow", ruleRelDay).mods(modsRelDay).fixed(),
		compileRule(`(?P<rd>this|last|tomorrow|yesterday)\s+{PART}`, "morning|afternoon|evening|night&this|last|tomorrow|yesterday", ruleRelDay).mods(modsEM).fixed(),
		compileRule(`(?P<rd>overnight)`, "overnight", ruleRelDay).fixed(),
		// "mid-afternoon", "late evening Friday", "mid-afternoon yesterday":
		// a part of the day named or, alone, of the article's day.
		compileRule(`(?P<em>early|late|mid)[\s-]+(?P<part>morning|afternoon|evening)(?:\s+(?P<rd>yesterday|today|tomorrow)|\s+{WD})?`, "early|late|mid&morning|afternoon|evening", ruleEMPart).fixed(),
		// "will one day be": some time ahead.
		compileRule(`(?:will|would|could|may|might|can|shall|to)\s+(?P<x>one\s+day)`, "one day", ruleOneDay).fixed(),
		// "last week", "earlier this month", "next summer", "last Friday", "the past year"
		compileRule(`{REL}\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<u>week|month|year|quarter|decade|century|weekend|fortnight)|{SEASON}|{MONF}|{WD})`, "last|this|next|coming|past|previous|current|following|preceding&week|month|year|quarter|decade|centur|fortnight|spring|summer|fall|autumn|winter|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", ruleRel).mods(modsEM).fixed(),
		// "the end of the year", "the rest of the week"
		compileRule(`(?P<em>the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|earlier\s+in|later\s+in)\s+the\s+(?P<u>week|month|year|decade|century)`, "the end|the beginning|the start|the middle|the rest|the remainder|earlier in|later in", ruleRel).fixed(),
		// "in three weeks", "in five years" said of the future: that date.
		compileRule(`\bin\s+(?P<x>{NUM}[\s-]+{UNIT})`, hUnits, ruleInFuture),
		// Anaphors: "that year", "later that day", "the same day", "the following
		// month", "the next morning" (in a past narrative) take the last date
		// the article gave (see resolveAnaphors).
		compileRule(`(?:(?P<em>later|earlier)\s+)?(?P<ana>that\s+same|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+day\s+before|the\s+day\s+after)\s+(?P<u>day|morning|afternoon|evening|night|week|month|year|quarter|decade|century|time)`, "that|same|following|next|previous|preceding", ruleAnaphor).fixed(),
		// "two days ago", "a year earlier", "three weeks from now"
		compileRule(`{APPROX}{NUM}[\s-]+(?:more\s+)?{UNIT}(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from\s+now|hence)`, "ago|earlier|from now|hence&"+hUnits, ruleAgo).fixed(),
		// "months ago", "years earlier": some time back.
		compileRule(`(?P<unit>years|months|weeks|days|decades)\s+(?P<dir>ago|earlier)`, "ago|earlier", ruleVagueAgo).fixed(),
		// "the same month a year ago", "the same period last year": the
		// month, quarter or day just named, a year back.
		compileRule(`the\s+(?:same|corresponding|comparable)\s+(?P<per>month|period|quarter|week|day)\s+(?:of\s+)?(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior|last)\s+year)`, "same|corresponding|comparable&year", ruleSameAgo).fixed(),
		// "the quarter a year ago", "the period a year earlier"
		compileRule(`the\s+(?P<per>quarter|period)\s+a\s+year\s+(?:ago|earlier)`, "a year ago|a year earlier", ruleYearAgo).fixed(),
		// Financial "year-earlier", "the year-ago quarter".
		compileRule(`(?:the\s+)?(?P<ya>year[\s-](?:earlier|ago))(?:\s+(?P<per>quarter|period|months?))?`, "year", ruleYearAgo).fixed(),
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
		compileRule(pQuarterYearBefore+`(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?`+pYearAgo+pQuarterWhich+`(?:fiscal[\s-]+)?(?P<qh>quarter|half)`+pQuarterYearAfter, "quarter|half", ruleQuarter),
		// "the first half" handled above; "the nine months" is a duration:
		// "three days", "the past two weeks", "the first nine months", "18 months", "a decade",
		// "two-year", "8-month-old".
		compileRule(`(?:the\s+)?`+pDurationDir+pDurationAmount+pDurationKind+`{UNIT}(?P<half2>\s+and\s+a\s+half)?(?:(?P<old>[\s-]old))?(?:\s+or\s+so)?`, hUnits, ruleDuration).mods(modsBound).bounds(),
		compileRule(`(?:the\s+)?(?P<dir>past|last|next|coming|recent|previous|following)\s+(?:(?P<num>few|several|many)\s+)?(?P<unit>seconds|minutes|hours|days|nights|weeks|weekends|months|years|decades|centuries|quarters)`, "past|last|next|coming|recent|previous|following&"+hUnits, ruleVaguePeriod),
		// A bare plural after "the" leaves the determiner out, as TimeBank
		// does ("in the [weeks] before", "in the [days] after").
		compileRule(`(?:for|in|over|within|take|took|takes|taken)\s+(?:the\s+)?(?P<x>(?:(?P<num>several|many)\s+)?(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries))`, "years|months|weeks|days|decades|hours|minutes|centuries", ruleDuration),
		compileRule(`(?P<x>(?:several|a\s+few|many)\s+(?P<unit>years|months|weeks|days|decades|hours|minutes))\s+(?:later|afterwards|before)`, "several|few|many&years|months|weeks|days|decades|hours|minutes", ruleDuration),
		// Year ranges "1968-69", "1999-2000": the first year here, the second
		// (written with two digits) by ruleYearRangeEnd.
		compileRule(`(?P<x>(?P<y1>(?:1[5-9]|20)\d\d))[-–/](?P<yy>\d\d)\b`, "19|20|15|16|17|18", ruleYearRange).proper(),
		compileRule(`(?P<y1>(?:1[5-9]|20)\d\d)[-–/](?P<x>(?P<yy>\d\d))\b`, "19|20|15|16|17|18", ruleYearRange).proper(),
		// The first end of a range of durations: the "6" of "between 6 and 9
		// months", the "two" of "two to three weeks" (the second end is an
		// ordinary duration).
		compileRule(`(?P<x>(?P<num>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*(?:-|–|to|and|or)\s*(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+{UNIT}`, hUnits, ruleRangeStart),
		// "minutes before", "hours after": a stretch of unknown length,
		// anchored by the event that follows. ("Seconds before" is too short
		// to be a time TimeBank marks; "days before" mostly a vague date.)
		compileRule(`(?P<x>(?P<unit>minutes|hours))\s+(?:before|after|later)\b`, "minutes|hours&before|after|later", ruleVagueOffset),
		// "at the time": a time the story has told.
		compileRule(`at\s+(?P<x>the\s+time)\b`, "at the time", ruleAtTheTime).fixed(),
		// Decades and centuries: "the 1990s", "the '90s", "the early eighties", "the 19th century".
		// A decade written in full is a noun phrase whose determiner TimeML
		// keeps inside ("[the early 1980s]"; TimeBank 4 in, 2 out).
		compileRule(`(?:the\s+)?(?:(?P<em>early|late|mid)[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0)'?s|(?:(?P<em>early|late|mid)[\s-]+)?'(?P<d2>\d0)s|the\s+(?P<x>(?:(?P<em>early|late|mid)[\s-]+)?'?(?P<d2>[1-9]0)s)`, "0s", ruleDecade).proper(),
		// The second of two decades: "the 70s and 80s", "the '70s or '80s".
		compileRule(`'?[1-9]0s\s*(?:,|and|or|to)\s+(?P<x>'?(?P<d2>[1-9]0)s)\b`, "0s", ruleDecade),
		// A year written with an apostrophe after a preposition: "since '82".
		compileRule(`(?:since|in|of|from|until|till|by|before|after)\s+(?P<x>['’](?P<yy>\d\d))\b`, "'|’", ruleShortYear),
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
		compileRule(`(?:(?P<em>around)\s+)?(?P<ye>year[\s-]end|year's\s+end|(?:the\s+)?end\s+of\s+(?:the\s+)?year)`, "end&year", ruleYearEnd).fixed(),
		// "Q3", "Q1 2023", "H1 2023" in financial reports.
		compileRule(`(?P<qh>[qh])(?P<qn>[1-4])(?:\s+(?P<y1>(?:19|20)\d\d))?`, "=Q1|Q2|Q3|Q4|H1|H2", ruleQn).proper(),
		// Financial "the latest period": the quarter being reported; "the
		// 1989 period", that quarter in the year named.
		compileRule(`the\s+(?P<qo>latest|most\s+recent|current)\s+(?P<qh>period)`, "period", ruleQuarter),
		compileRule(`the\s+(?P<y1>`+pYear4+`)\s+(?P<qh>period)`, "period", ruleQuarter),
		// "Tuesday", "early Friday", "Friday morning", "10 p.m. Wednesday" (above).
		compileRule(`{WD}(?:\s+{PART})?`, "day", ruleWeekday).proper().mods(modsEMD),
		// "in March", "late November", "May" after a preposition.
		compileRule(`{MONF}`, hMonths, ruleMonth).proper().mods(modsEM),
		// "4 in the morning", "10 o'clock at night"
		compileRule(`(?P<hh>[012]?\d)(?::(?P<mm>[0-5]\d))?\s+(?:o'clock\s+)?(?:in\s+the|at)\s+(?P<part>morning|afternoon|evening|night)`, "morning|afternoon|evening|night", ruleClockPart),
		// Clock times: "10:30 a.m.", "noon", "around 7:15 p.m.".
		compileRule(`{APPROX}{TIME}`, hTime, ruleTime),
		// Years: "2008", "fiscal 1989", "early 2023".
		compileRule(`(?:(?P<fy>fiscal|calendar|fiscal\s+year|calendar\s+year|the\s+year)\s+)?{YEAR}`, "15|16|17|18|19|20", ruleYear).proper().mods(modsEMY).isYear(),
		// Market reports: "to end the day", "later in the day", "for the day"
		// are the day of the report.
		compileRule(`(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|for|during|in|of|rest\s+of)\s+(?P<x>the\s+(?P<u>day))\b`, "the day", ruleTheDay).fixed(),
		// Annual reports: "for the year", "the fiscal year ended March 31".
		compileRule(`(?:for|of|during|throughout|through|in)\s+(?P<x>the\s+(?:(?P<fq>full|fiscal|current|entire|whole|calendar|latest)\s+)?(?:fiscal\s+)?(?P<u>year|month|week))\b`, "the year|fiscal year|full year|entire year|whole year|calendar year|current year|latest year|the month|the week|entire month|entire week|whole month|whole week|full month|full week", ruleTheYear).fixed(),
		// "the weekend"
		compileRule(`the\s+(?P<u>weekend)`, "weekend", ruleTheWeekend),
		// TimeML's vague references to now, the past and the future.
		compileRule(`(?P<w>now|currently|presently|nowadays|the\s+present|recently|lately|current|the\s+(?:near\s+|foreseeable\s+|immediate\s+|distant\s+)?future|future|the\s+(?:near|short|long)\s+term|these\s+days|the\s+(?:recent\s+|distant\s+)?past|the\s+time\s+being|(?:very\s+)?soon|as\s+soon\s+as\s+possible)`, "now|current|present|recent|lately|future|past|term|these days|time being|soon", ruleRef).fixed(),
	}
}

// Modifiers that belong inside an expression's extent, found by looking
// back from a match instead of in the pattern, which keeps the patterns
// small and fast. "earlier" and "later" are signals before a day ("Earlier
// Friday"), kept outside as TimeBank does.
var (
	modsEMD = []string{"early", "late", "mid"}
	// modsRelDay: before "today" and "yesterday", "earlier" and "later"
	// narrow the day and belong to it ("[earlier today]"; TimeBank and
	// MEANTIME 5 in, 1 out), unlike before a weekday.
	modsRelDay = []string{"early", "late", "mid", "earlier", "later"}
	// modsBound are the bounds TimeML puts inside a duration's extent
	// (its MOD attribute): "[nearly two years]", "[more than four hours]",
	// "[at least 30 days]". "About", "almost" and "around" are left
	// outside, as TimeBank mostly leaves them (README: dates).
	modsBound = []string{"nearly", "no more than", "no less than", "more than", "less than", "at least", "up to"}
	modsEMY   = []string{"early", "late", "mid", "the end of", "the beginning of", "the start of", "the middle of"}
	modsEM    = []string{"early", "late", "mid", "earlier", "later", "the end of", "the beginning of", "the start of",
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
	names := make([]string, 0, len(lex().holidays))
	for n := range lex().holidays {
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
