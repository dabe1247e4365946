package dates

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsfacts/newsfacts/internal/extract/lexicon"
	"github.com/newsfacts/newsfacts/internal/wordlist"
)

//go:embed data/dates-holidays.txt
var dateHolidaysData string

//go:embed data/dates-ref-words.txt
var refWordsData string

//go:embed data/dates-set-adverbs.txt
var setAdverbsData string

//go:embed data/words/*.txt
var dateWordFiles embed.FS

// dateLexicon is every word table of the package, built from the
// embedded lists the first time a date is looked for: start-up reads none
// of them (a process asked for other kinds never does).
type dateLexicon struct {
	// lists are the word lists of data/words (one file a list, named for
	// the list) with their entries in file order, and sets the same as
	// sets.
	lists map[string][]string
	sets  map[string]map[string]bool
	// numbers maps number words to their value; "X" is a vague amount.
	numbers map[string]string
	// spokenUnits are the values of the words of a spoken year ("nineteen
	// ninety-six"): the cardinals of the one list of number words. A word
	// of no value ("hundred", "and") adds nothing.
	spokenUnits map[string]int
	// holidays maps a holiday name to "MM-DD" or "MM/N/W".
	holidays map[string]string
	// refWords maps a word of the present, past or future only ("now",
	// "recently", "soon") to its TIMEX3 value, PRESENT_REF and the like.
	refWords map[string]string
	// setAdverbs maps an adverb of a recurrence ("daily") to its period
	// (P1D).
	setAdverbs map[string]string
	// The named lists the rules read, looked up once here.
	// futureCues and pastCues are words right before an expression that
	// settle its direction whatever the verb: "payable Dec. 15",
	// "effective Feb. 1", "planned for early March", "since Jan. 13".
	futureCues, pastCues map[string]bool
	// planVerbs take an infinitive complement that lies ahead: "plans to
	// meet Friday".
	planVerbs, reportingVerbs map[string]bool
	// futureParticiples are passive participles that speak of what lies
	// ahead: "is expected in December".
	futureParticiples map[string]bool
	// monthPreps are the prepositions that introduce a bare month; "May"
	// needs one of these (or a modifier) to be read as the month and not
	// the modal verb.
	monthPreps map[string]bool
	// eventPlurals are the plural nouns a year may modify ("2008
	// elections"); any other plural common noun makes the number a count
	// ("1500 troops").
	eventPlurals map[string]bool
	// sportsWords mark a sentence about a match, whose "second half" is
	// the game's.
	sportsWords map[string]bool
}

var (
	lexOnce sync.Once
	lexData *dateLexicon
)

// lex returns the word tables, loading them at the first call.
func lex() *dateLexicon {
	lexOnce.Do(func() { lexData = loadLexicon() })
	return lexData
}

func loadLexicon() *dateLexicon {
	x := &dateLexicon{numbers: map[string]string{}, spokenUnits: map[string]int{}}
	x.lists, x.sets = loadLists(dateWordFiles)
	for _, w := range lexicon.NumberWords("card", "scale", "article", "count", "indef") {
		x.numbers[w.Word] = w.Value
	}
	for _, w := range lexicon.NumberWords("card") {
		if v, err := strconv.Atoi(w.Value); err == nil {
			x.spokenUnits[w.Word] = v
		}
	}
	x.holidays = loadPairs(dateHolidaysData)
	x.refWords = loadPairs(refWordsData)
	x.setAdverbs = loadPairs(setAdverbsData)
	x.futureCues, x.pastCues = x.sets["future-cues"], x.sets["past-cues"]
	x.planVerbs, x.reportingVerbs = x.sets["plan-verbs"], x.sets["reporting-verbs"]
	x.futureParticiples = x.sets["future-participles"]
	x.monthPreps, x.eventPlurals = x.sets["month-prepositions"], x.sets["event-plurals"]
	x.sportsWords = x.sets["sports-words"]
	return x
}

func loadLists(fsys embed.FS) (map[string][]string, map[string]map[string]bool) {
	lists, sets := map[string][]string{}, map[string]map[string]bool{}
	files, err := fs.Glob(fsys, "data/words/*.txt")
	if err != nil {
		panic(err)
	}
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			panic(err) // embedded: cannot happen
		}
		name := strings.TrimSuffix(path.Base(f), ".txt")
		lists[name] = wordlist.Entries(string(data))
		sets[name] = wordlist.Set(string(data))
	}
	return lists, sets
}

// loadPairs maps the first field of each entry to its second.
func loadPairs(data string) map[string]string {
	out := map[string]string{}
	for _, r := range wordlist.Rows(data) {
		if len(r) > 1 {
			out[r[0]] = r[1]
		}
	}
	return out
}

var spaces = &lazyReplacer{oldnew: []string{"\n", " ", "\t", " ", "  ", " ", "-", " "}}

// norm lower-cases a phrase and folds its white space and hyphens.
func norm(s string) string { return spaces.get().Replace(strings.ToLower(s)) }

// amount reads "three", "twenty-four", "18", "a few": the number as TIMEX3
// writes it, X when vague.
func amount(s string) (string, bool) {
	s = norm(s)
	if s == "" {
		return "1", true
	}
	if s == "the" {
		return "1", true
	}
	if v, ok := lex().numbers[s]; ok {
		return v, true
	}
	// "1,000" as written in digits.
	if d := strings.ReplaceAll(s, ",", ""); d != "" {
		if _, err := strconv.ParseFloat(d, 64); err == nil {
			return d, true
		}
	}
	// "twenty four" / "twenty-four"
	if f := strings.Fields(s); len(f) == 2 {
		a, ok1 := lex().numbers[f[0]]
		b, ok2 := lex().numbers[f[1]]
		if ok1 && ok2 {
			x, _ := strconv.Atoi(a)
			y, _ := strconv.Atoi(b)
			return strconv.Itoa(x + y), true
		}
	}
	return "", false
}

// The month and weekday numbers, the parts of the day and the seasons with
// their TIMEX3 codes stay in code: closed sets of the calendar and of
// TimeML, complete as they stand, which the rules index by value.
var months = &lazyMap[string, time.Month]{build: func() map[string]time.Month {
	return map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
}}

// month reads a month name; it must be capitalised, so "may" the verb and
// "march" the noun are not months.
func month(s string) (time.Month, bool) {
	if s == "" || s[0] < 'A' || s[0] > 'Z' || len(s) < 3 {
		return 0, false
	}
	mo, ok := months.get()[strings.ToLower(s[:3])]
	return mo, ok
}

var weekdays = &lazyMap[string, time.Weekday]{build: func() map[string]time.Weekday {
	return map[string]time.Weekday{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3,
		"thursday": 4, "friday": 5, "saturday": 6}
}}

// isoDay is the TIMEX3 day of the week: Monday 1 ... Sunday 7.
func isoDay(w time.Weekday) int {
	if w == 0 {
		return 7
	}
	return int(w)
}

var partCodes = &lazyMap[string, string]{build: func() map[string]string {
	return map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
		"overnight": "NI", "tonight": "NI"}
}}

var seasonCodes = &lazyMap[string, string]{build: func() map[string]string {
	return map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
}}

// seasonMonth is the first month of each season, for "last summer".
var seasonMonth = &lazyMap[string, time.Month]{build: func() map[string]time.Month {
	return map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}
}}

func fmtDay(t time.Time) string   { return t.Format("2006-01-02") }
func fmtMonth(t time.Time) string { return t.Format("2006-01") }
func fmtYear(y int) string        { return fmt.Sprintf("%04d", y) }
func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}
func fmtQuarter(t time.Time) string {
	return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// pickYear chooses the year of a date given without one ("May 30", "in
// March"): past-tense clauses take the latest such date not after the
// reference date (with slack for reports written a little early), future
// ones the earliest not before it, anything else the nearest.
func pickYear(ref time.Time, mk func(y int) time.Time, tn tense, slack time.Duration) int {
	best, bestD := ref.Year(), time.Duration(1<<62)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t := mk(y)
		d := t.Sub(ref)
		switch tn {
		case tensePast:
			if d > slack {
				continue
			}
		case tenseFuture:
			if d < -slack {
				continue
			}
		}
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = y, d
		}
	}
	return best
}

// weekdayNear resolves a bare day name against ref by tense.
func weekdayNear(ref time.Time, wd time.Weekday, tn tense) time.Time {
	back := (int(ref.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(ref.Weekday()) + 7) % 7
	switch tn {
	case tenseFuture:
		return ref.AddDate(0, 0, fwd)
	case tensePresent:
		if fwd < back {
			return ref.AddDate(0, 0, fwd)
		}
	}
	return ref.AddDate(0, 0, -back)
}

// nthWeekday is the nth weekday wd of month mo (n -1 is the last).
func nthWeekday(y int, mo time.Month, n int, wd time.Weekday) time.Time {
	if n < 0 {
		t := date(y, mo+1, 0)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	t := date(y, mo, 1)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

// shift moves ref by n units and writes the result at that unit's
// granularity: "last week" is shift(ref, "week", -1).
func shift(ref time.Time, unit string, n int) string {
	switch unit {
	case "day", "night":
		return fmtDay(ref.AddDate(0, 0, n))
	case "week", "fortnight":
		return fmtWeek(ref.AddDate(0, 0, 7*n))
	case "weekend":
		return fmtWeek(ref.AddDate(0, 0, 7*n)) + "-WE"
	case "month":
		return fmtMonth(date(ref.Year(), ref.Month()+time.Month(n), 1))
	case "quarter":
		return fmtQuarter(date(ref.Year(), ref.Month()+time.Month(3*n), 1))
	case "year":
		return fmtYear(ref.Year() + n)
	case "decade":
		return fmt.Sprintf("%03d", ref.Year()/10+n)
	case "century":
		return fmt.Sprintf("%02d", ref.Year()/100+n)
	case "hour", "minute", "second":
		return fmtDay(ref)
	}
	return ""
}

// unknown is the value of a relative expression of that unit when there is
// no reference date.
func unknown(unit string) string {
	switch unit {
	case "day", "night", "hour", "minute", "second":
		return "XXXX-XX-XX"
	case "week", "fortnight":
		return "XXXX-WXX"
	case "weekend":
		return "XXXX-WXX-WE"
	case "month":
		return "XXXX-XX"
	case "quarter":
		return "XXXX-QX"
	case "decade":
		return "XXX"
	case "century":
		return "XX"
	}
	return "XXXX"
}

// unitOf folds "weeks" and "centuries" to the unit names shift knows.
func unitOf(s string) string {
	s = strings.ToLower(s)
	if s == "centuries" {
		return "century"
	}
	return strings.TrimSuffix(s, "s")
}

// smaller says how a fraction of a unit is written: half a year is six
// months, half an hour thirty minutes.
var smaller = &lazyMap[string, struct {
	k    float64
	unit string
}]{build: func() map[string]struct {
	k    float64
	unit string
} {
	return map[string]struct {
		k    float64
		unit string
	}{"year": {12, "month"}, "month": {30, "day"}, "week": {7, "day"}, "day": {24, "hour"},
		"hour": {60, "minute"}, "minute": {60, "second"}}
}}

// designators are the TIMEX3 letters of each unit, time units after "T".
var designators = []struct{ unit, letter string }{{"year", "Y"}, {"month", "M"}, {"week", "W"}, {"day", "D"},
	{"hour", "H"}, {"minute", "M"}, {"second", "S"}}

// fraction writes a non-whole amount as whole units plus the next smaller
// unit: 2.5 years is P2Y6M, 5.5 hours PT5H30M.
func fraction(v float64, unit string) (string, bool) {
	sm, ok := smaller.get()[unit]
	if !ok {
		return "", false
	}
	whole := float64(int(v))
	rest := (v - whole) * sm.k
	if rest != float64(int(rest)) {
		return "", false
	}
	parts := map[string]int{unit: int(whole), sm.unit: int(rest)}
	out, timePart := "P", false
	for _, d := range designators {
		if parts[d.unit] == 0 {
			continue
		}
		if (d.unit == "hour" || d.unit == "minute" || d.unit == "second") && !timePart {
			out += "T"
			timePart = true
		}
		out += strconv.Itoa(parts[d.unit]) + d.letter
	}
	return out, out != "P"
}

// duration writes "P3D", "PT2H", "P10Y", "PXY" for n units.
func duration(n, unit string) string {
	if v, err := strconv.ParseFloat(n, 64); err == nil && v != float64(int(v)) && unit != "decade" && unit != "century" {
		if s, ok := fraction(v, unit); ok {
			return s
		}
	}
	n = strings.TrimSuffix(n, ".0")
	mul := func(k int) string {
		if v, err := strconv.ParseFloat(n, 64); err == nil {
			return strconv.FormatFloat(v*float64(k), 'f', -1, 64)
		}
		return n
	}
	switch unit {
	case "second":
		return "PT" + n + "S"
	case "minute":
		return "PT" + n + "M"
	case "hour":
		return "PT" + n + "H"
	case "day", "night":
		return "P" + n + "D"
	case "weekend":
		return "P" + mul(2) + "D"
	case "week":
		return "P" + n + "W"
	case "fortnight":
		return "P" + mul(2) + "W"
	case "month":
		return "P" + n + "M"
	case "quarter":
		return "P" + n + "Q"
	case "year":
		return "P" + n + "Y"
	case "decade":
		if n == "X" {
			return "PXDE"
		}
		return "P" + mul(10) + "Y"
	case "century":
		if n == "X" {
			return "PXCE"
		}
		return "P" + mul(100) + "Y"
	}
	return ""
}
