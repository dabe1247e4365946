package specs

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/newsfacts/newsfacts/internal/facts"
	"github.com/newsfacts/newsfacts/internal/units"
)

// Case is one input of a suite with the quantities it must give.
type Case struct {
	File  string // the suite file, as reported ("CurrencyModel")
	Input string
	Want  []Want
	// Negative cases must give no money (Duckling's negativeCorpus).
	Negative bool
}

// Want is one expected quantity. Start and End are byte offsets into the
// input; a Duckling case, which is the quantity alone, spans all of it.
type Want struct {
	Text       string
	Start, End int
	// Value and Max (set for ranges) are in the unit Unit; HasValue is false
	// when the suite gives none (an open range "(40,)" has only Value).
	Value, Max float64
	HasValue   bool
	HasMax     bool
	// Unit is the canonical name of the peer's unit (units.Canonical):
	// "USD", "km", "yr"; empty where the suite has no unit (Number).
	Unit string
	// PeerUnit is the unit as the suite names it, for the failure file.
	PeerUnit string
}

// recognizersCase is one case of a Recognizers-Text spec file.
type recognizersCase struct {
	Input   string
	Results []struct {
		Text       string
		Start, End int
		Resolution struct {
			Value       *string `json:"value"`
			Unit        string  `json:"unit"`
			ISOCurrency string  `json:"isoCurrency"`
		}
	}
}

// Recognizers reads one Recognizers-Text spec file. money tells how to read
// the unit names shared by money and measures ("Pound").
func Recognizers(path string, money bool) ([]Case, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	b = []byte(strings.TrimPrefix(string(b), "\ufeff"))
	var raw []recognizersCase
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	name := strings.TrimSuffix(filepath.Base(path), ".json")
	out := make([]Case, 0, len(raw))
	for _, rc := range raw {
		c := Case{File: name, Input: rc.Input}
		offs := utf16Offsets(rc.Input)
		for _, r := range rc.Results {
			// Offsets count UTF-16 code units (C# strings); End is inclusive.
			if r.Start < 0 || r.End+1 >= len(offs) || r.Start > r.End {
				continue
			}
			w := Want{Text: r.Text, Start: offs[r.Start], End: offs[r.End+1], PeerUnit: r.Resolution.Unit}
			if r.Resolution.Value == nil {
				// A unit named without a number ("paid in dollars"): not a
				// quantity in the newsfacts contract, so not scored.
				continue
			}
			w.Value, w.Max, w.HasValue, w.HasMax = parseValue(*r.Resolution.Value)
			peer := r.Resolution.Unit
			if r.Resolution.ISOCurrency != "" {
				peer = r.Resolution.ISOCurrency
			}
			if peer != "" {
				var f float64
				w.Unit, f = PeerUnit(peer, money)
				w.Value, w.Max = w.Value*f, w.Max*f
				if name == "AgeModel" && w.Unit != "" {
					w.Unit = "age_" + w.Unit // newsfacts marks an age by its unit
				}
			}
			if strings.HasSuffix(deref(r.Resolution.Value), "%") {
				w.Unit = "percent"
			}
			c.Want = append(c.Want, w)
		}
		out = append(out, c)
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// utf16Offsets maps each UTF-16 code unit index of s (and the end) to its
// byte offset.
func utf16Offsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i, r := range s {
		offs = append(offs, i)
		if utf16.RuneLen(r) == 2 {
			offs = append(offs, i)
		}
	}
	return append(offs, len(s))
}

// parseValue reads a resolved value: "75000000", "10%", or a range in
// interval notation "[20,30)", "(40,)", "(,5]".
func parseValue(s string) (v, max float64, ok, hasMax bool) {
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	if strings.HasPrefix(s, "[") || strings.HasPrefix(s, "(") {
		lo, hi, _ := strings.Cut(strings.Trim(s, "[]()"), ",")
		a, errA := strconv.ParseFloat(strings.TrimSpace(lo), 64)
		b, errB := strconv.ParseFloat(strings.TrimSpace(hi), 64)
		switch {
		case errA == nil && errB == nil:
			return a, b, true, true
		case errA == nil:
			return a, 0, true, false
		case errB == nil:
			return b, 0, true, false
		}
		return 0, 0, false, false
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, 0, err == nil, false
}

// PeerUnit maps a peer's unit name ("Kilometer per hour", "Cent", "C") to
// the canonical name of the units lexicon and the factor that converts the
// peer's value to it (0.01 for "Cent"). Names are tried as written, in lower
// case and pluralised; money prefers the currency reading of a name both
// kinds have ("Pound"), a measure the other one. A name the lexicon does not
// know is kept in lower case, so it can still agree with nothing.
func PeerUnit(name string, money bool) (string, float64) {
	switch name {
	case "Unnamed":
		return "", 1
	case "Age":
		return "yr", 1 // "age 87": Recognizers-Text's unit for an age in years
	case "Ton":
		// Recognizers-Text gives "Ton" for tonnes too ("25 lakh tonnes"):
		// its Ton is the newsfacts t, as news uses the word.
		return "t", 1
	}
	if len(units.Lookup(name)) == 0 && len(units.Lookup(strings.ToLower(name))) == 0 {
		// "Meter per millisecond", a rate the lexicon has no name for: the
		// unit over its denominator, "m/ms".
		if a, b, ok := strings.Cut(name, " per "); ok {
			num, f := PeerUnit(a, money)
			den, g := PeerUnit(b, false)
			return num + "/" + den, f / g
		}
	}
	for _, s := range []string{name, strings.ToLower(name), strings.ToLower(name) + "s"} {
		us := units.Lookup(s)
		for _, u := range us {
			if (u.Kind == units.Currency) == money {
				return u.Name, u.Factor
			}
		}
		if len(us) > 0 {
			return us[0].Name, us[0].Factor
		}
	}
	return strings.ToLower(name), 1
}

// predRate is the canonical name of a rate newsfacts output with its
// denominator: "m/ms" for unit "m" per "ms". A peer's rate agrees with it
// (see PeerUnit); a peer that names only the numerator ("Dollar" for
// "$71.10 a barrel") agrees with the unit alone.
func predRate(n facts.Number, money bool) string {
	return PredUnit(n.Unit, money) + "/" + PredUnit(n.Per, false)
}

// PredUnit is the canonical name of a unit newsfacts output: "USD",
// "percent", "km"; "celsius" is "°C".
func PredUnit(u string, money bool) string {
	if _, ok := units.ByName(strings.TrimPrefix(u, "age_")); ok || u == "" || u == "percent" {
		return u
	}
	c, _ := PeerUnit(u, money)
	return c
}

// ducklingGroup is one line of duckling_en_examples.jsonl.
type ducklingGroup struct {
	Dimension string   `json:"dimension"`
	Section   string   `json:"section"`
	Expr      *string  `json:"expr"`
	Texts     []string `json:"texts"`
	Parsed    *struct {
		Kind  string `json:"kind"`
		Value any    `json:"value"` // a number for numerals, a string for times
	} `json:"parsed"`
}

// Duckling reads the groups of the wanted dimensions from Duckling's
// examples: each text of a group is a case whose whole input is the
// quantity. Latent examples ("five" as money only when asked for) are left
// out: newsfacts has no latent mode.
func Duckling(path string, dimensions ...string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	want := map[string]bool{}
	for _, d := range dimensions {
		want[d] = true
	}
	var out []Case
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var g ducklingGroup
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if !want[g.Dimension] || strings.HasPrefix(g.Section, "latent") {
			continue
		}
		w, neg, ok := ducklingWant(g)
		if !ok {
			continue
		}
		for _, t := range g.Texts {
			c := Case{File: g.Dimension, Input: t, Negative: neg}
			if !neg {
				w.Text, w.Start, w.End = t, 0, len(t)
				c.Want = []Want{w}
			}
			out = append(out, c)
		}
	}
	return out, sc.Err()
}

// ducklingWant reads a group's expected value: a numeral's parsed value, or
// the Haskell expression of the other dimensions, "simple Dollar 10",
// "between Gram (100,1000) (Just \"x\")", "under EUR 7", "above Cup 2".
func ducklingWant(g ducklingGroup) (Want, bool, bool) {
	if g.Parsed != nil && g.Parsed.Kind == "negative" {
		return Want{}, true, true
	}
	if g.Dimension == "Numeral" && g.Parsed != nil {
		v, ok := g.Parsed.Value.(float64)
		return Want{Value: v, HasValue: ok}, false, ok
	}
	if g.Expr == nil {
		return Want{}, false, false
	}
	f := strings.Fields(*g.Expr)
	if len(f) < 3 {
		return Want{}, false, false
	}
	money := g.Dimension == "AmountOfMoney"
	w := Want{PeerUnit: f[1]}
	var fac float64
	w.Unit, fac = PeerUnit(f[1], money)
	if f[0] == "between" {
		rest := strings.Join(f[2:], " ")
		rest = rest[:strings.IndexByte(rest, ')')+1]
		v, m, ok, hasMax := parseValue(rest)
		w.Value, w.Max, w.HasValue, w.HasMax = v*fac, m*fac, ok, hasMax
	} else {
		v, _, ok, _ := parseValue(strings.Trim(f[2], "()"))
		w.Value, w.HasValue = v*fac, ok
	}
	return w, false, w.HasValue
}

// Outcome is how one expected quantity fared.
type Outcome struct {
	Found, Value, Unit bool
	Got                []facts.Number // the overlapping numbers
}

// Score is the tally of one suite file.
type Score struct {
	File                     string
	Cases, CasesOK           int
	Gold, Found, Value, Unit int
	// Spurious counts numbers that overlap no expected quantity.
	Pred, Spurious int
	// UnitScored counts the expected quantities that have a unit.
	UnitScored int
}

// Check scores the numbers found in one case and returns the outcome of
// each wanted quantity and the spurious numbers.
func Check(c Case, got []facts.Number) ([]Outcome, []facts.Number) {
	out := make([]Outcome, len(c.Want))
	used := make([]bool, len(got))
	money := c.File == "CurrencyModel" || c.File == "AmountOfMoney"
	for i, w := range c.Want {
		o := &out[i]
		for j, n := range got {
			if n.End <= w.Start || n.Start >= w.End {
				continue
			}
			used[j] = true
			o.Found = true
			o.Got = append(o.Got, n)
			v := valueAgrees(w, n)
			o.Value = o.Value || v
			o.Unit = o.Unit || v && (w.Unit == "" || PredUnit(n.Unit, money) == w.Unit || n.Per != "" && predRate(n, money) == w.Unit)
		}
	}
	var spurious []facts.Number
	for j, n := range got {
		if !used[j] && relevant(c.File, n) && !(c.Negative && n.Unit == "") {
			spurious = append(spurious, n)
		}
	}
	return out, spurious
}

// relevant reports whether a number is of the class a suite file annotates:
// the NumberWithUnit files mark only money, measures, ages or temperatures,
// so the other numbers of their sentences are not false alarms there.
func relevant(file string, n facts.Number) bool {
	u, _ := units.ByName(strings.TrimPrefix(n.Unit, "age_"))
	switch file {
	case "CurrencyModel":
		return u.Kind == units.Currency
	case "DimensionModel":
		return u.Kind != "" && u.Kind != units.Currency && u.Kind != "time" && u.Kind != "temperature"
	case "AgeModel":
		return strings.HasPrefix(n.Unit, "age_")
	case "TemperatureModel":
		return u.Kind == "temperature" || n.Unit == "celsius" || n.Unit == "fahrenheit" || n.Unit == "degree"
	}
	return true
}

func valueAgrees(w Want, n facts.Number) bool {
	if !w.HasValue {
		return true
	}
	if !near(n.Value, w.Value) {
		// An open range's one bound may be the number's upper bound.
		return !w.HasMax && n.ValueMax != nil && near(*n.ValueMax, w.Value)
	}
	if w.HasMax {
		return n.ValueMax != nil && near(*n.ValueMax, w.Max)
	}
	return true
}

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// Run scores every case with run, writes each failing case to failures
// (one tab-separated line: input, expected, what was found) and returns
// the tally.
func Run(cases []Case, run func(string) ([]facts.Number, error), failures io.Writer) (Score, error) {
	var s Score
	if len(cases) > 0 {
		s.File = cases[0].File
	}
	fmt.Fprintln(failures, "# input\texpected text\texpected value\texpected unit (peer's / canonical)\tproblem\tfound (text = value unit)")
	for _, c := range cases {
		got, err := run(c.Input)
		if err != nil {
			return s, fmt.Errorf("%s: %q: %w", c.File, c.Input, err)
		}
		outs, spurious := Check(c, got)
		s.Cases++
		s.Pred += len(got)
		s.Spurious += len(spurious)
		ok := len(spurious) == 0
		for i, w := range c.Want {
			o := outs[i]
			s.Gold++
			if w.Unit != "" {
				s.UnitScored++
			}
			s.Found += b2i(o.Found)
			s.Value += b2i(o.Value)
			s.Unit += b2i(o.Unit)
			if !o.Unit {
				ok = false
				problem := "missed"
				switch {
				case o.Value:
					problem = "unit"
				case o.Found:
					problem = "value"
				}
				fmt.Fprintf(failures, "%s\t%s\t%s\t%s / %s\t%s\t%s\n", oneLine(c.Input), w.Text, wantValue(w),
					w.PeerUnit, w.Unit, problem, show(o.Got))
			}
		}
		for _, n := range spurious {
			fmt.Fprintf(failures, "%s\t\t\t\tspurious\t%s\n", oneLine(c.Input), show([]facts.Number{n}))
		}
		s.CasesOK += b2i(ok)
	}
	return s, nil
}

func wantValue(w Want) string {
	if !w.HasValue {
		return "?"
	}
	v := strconv.FormatFloat(w.Value, 'g', -1, 64)
	if w.HasMax {
		v += "-" + strconv.FormatFloat(w.Max, 'g', -1, 64)
	}
	return v
}

func show(ns []facts.Number) string {
	var parts []string
	for _, n := range ns {
		v := strconv.FormatFloat(n.Value, 'g', -1, 64)
		if n.ValueMax != nil {
			v += "-" + strconv.FormatFloat(*n.ValueMax, 'g', -1, 64)
		}
		parts = append(parts, fmt.Sprintf("%s = %s %s", n.Text, v, n.Unit))
	}
	return strings.Join(parts, "; ")
}

func oneLine(s string) string { return strings.NewReplacer("\t", " ", "\n", " ").Replace(s) }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
