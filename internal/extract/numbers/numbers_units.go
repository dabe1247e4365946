package numbers

import (
	"math"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/units"
)

// The generated unit lexicon (package units) backs the hand-made list of
// data/numbers-units.txt: that list keeps the names news gold uses ("t" for
// tons, "celsius", "point") and its readings of ambiguous words, and any
// unit it lacks ("mAh", "horsepower", "lb-ft", "sq ft", "RM", "zł", every
// ISO 4217 code) comes from the lexicon. A number followed by a known unit
// is a quantity, not a model name or a code.

// lexiconUnit reads the surface s, as written, in the generated lexicon:
// symbols by case ("MW" is not "mW"), names in any case. glued says that
// no space comes between the number and s, which codes that are English
// words ("TRY") need.
func lexiconUnit(s string, glued bool) (numUnit, bool) {
	return firstReading(units.Lookup(s), words.IsASCII(s), glued)
}

// firstReading picks the first reading a number can take after it.
func firstReading(us []units.Unit, ascii, glued bool) (numUnit, bool) {
	for _, u := range us {
		// A sign written before the number in the lexicon may follow it
		// when it is a symbol ("100 ₡", "100₾"), not letters ("R").
		if u.Where == units.Pre && ascii || u.Match == units.Adjacent && !glued {
			continue
		}
		return toNumUnit(u), true
	}
	return numUnit{}, false
}

// toNumUnit gives a lexicon reading the form of the hand list: money is a
// "word" whose minor units divide ("MYR/100" for sen), a measure keeps its
// kind so that durations ("yr") and ages can be told.
func toNumUnit(u units.Unit) numUnit {
	if u.Kind == units.Currency {
		name := u.Name
		if u.Factor != 1 {
			name += "/" + strconv.Itoa(int(math.Round(1/u.Factor)))
		}
		return numUnit{unit: name, class: "word"}
	}
	return numUnit{unit: u.Name, class: "measure", kind: u.Kind}
}

// minorUnit splits "USD/100" into the major unit and the divisor.
func minorUnit(unit string) (string, float64) {
	major, div, ok := strings.Cut(unit, "/")
	if !ok {
		return unit, 1
	}
	d, err := strconv.ParseFloat(div, 64)
	if err != nil || d == 0 {
		return unit, 1 // "km/h": a compound unit, not a minor one
	}
	return major, d
}

// signBefore reads a currency sign or code that the lexicon writes before a
// number, as the whole of s ("RM", "HK$", "EUR"). Signs of one ASCII
// letter ("R" for the rand) are left out: "R2" is more often a name.
func signBefore(s string) (string, bool) {
	u, n, ok := units.Prefix(s)
	if !ok || n != len(s) || u.Match == units.Adjacent || n == 1 && s[0] < 0x80 && s != "$" {
		return "", false
	}
	return u.Name, true
}

// timeKind reports whether a unit is a unit of time: a number with one is
// a duration ("13 years"), or an age ("55 years old").
func timeKind(u numUnit) bool { return u.kind == "time" }
