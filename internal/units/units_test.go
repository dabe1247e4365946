package units

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name, surface string
		want          string // "Name/Kind/Factor" of the preferred reading, "" for none
	}{
		{"SI prefix on a symbol", "km", "km/length/1"},
		{"SI prefix on a name", "kilometres", "km/length/1"},
		{"US spelling of a name", "Kilometers", "km/length/1"},
		{"prefix every name takes", "megametre", "Mm/length/1"},
		{"micro sign", "µm", "µm/length/1"},
		{"Greek mu for micro", "μm", "µm/length/1"},
		{"nanometre", "nm", "nm/length/1"},
		{"case tells mega from milli", "MW", "MW/power/1"},
		{"milliwatt", "mW", "mW/power/1"},
		{"battery charge", "mAh", "mAh/charge/1"},
		{"frequency", "GHz", "GHz/frequency/1"},
		{"data rate", "Mbps", "Mbps/data rate/1"},
		{"horsepower", "hp", "hp/power/1"},
		{"torque: newton-metre", "Nm", "Nm/torque/1"},
		{"torque: pound-feet", "lb-ft", "lb-ft/torque/1"},
		{"area: sq ft", "sq ft", "ft2/area/1"},
		{"speed: km/hr", "km/hr", "km/h/speed/1"},
		{"engine speed", "rpm", "rpm/rotational speed/1"},
		{"food energy is kcal", "Calories", "kcal/energy/1"},
		{"double prime is inches", "″", "in/length/1"},
		{"prime is feet", "′", "ft/length/1"},
		{"duration unit", "months", "mo/time/1"},
		{"ISO code", "EUR", "EUR/currency/1"},
		{"historical ISO code", "DEM", "DEM/currency/1"},
		{"CLDR English symbol", "CA$", "CAD/currency/1"},
		{"local sign", "RM", "MYR/currency/1"},
		{"zloty sign", "zł", "PLN/currency/1"},
		{"ISO name pluralised", "australian dollars", "AUD/currency/1"},
		{"informal name", "Quid", "GBP/currency/1"},
		{"minor unit: sen", "sen", "MYR/currency/0.01"},
		{"minor unit: pence", "p", "GBP/currency/0.01"},
		{"minor unit of a 3-digit currency", "fils", "AED/currency/0.01"},
		{"pounds: money first", "pounds", "GBP/currency/1"},
		{"bare B is not a unit (3 B = billion)", "B", ""},
		{"bare s is not a unit (1990s)", "s", ""},
		{"bare K is not a unit ($10K)", "K", ""},
		{"FT is not feet", "FT", ""},
		{"not a unit", "soldiers", ""},
		{"a dash is no unit", "-", ""},
		{"bars are counted, a bar of pressure is written bar", "bars", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if us := Lookup(tt.surface); len(us) > 0 {
				u := us[0]
				got = u.Name + "/" + u.Kind + "/" + strconv.FormatFloat(u.Factor, 'g', -1, 64)
			}
			if got != tt.want {
				t.Errorf("Lookup(%q) = %q, want %q", tt.surface, got, tt.want)
			}
		})
	}
}

func TestAlternatives(t *testing.T) {
	us := Lookup("pounds")
	var kinds []string
	for _, u := range us {
		kinds = append(kinds, u.Name+"/"+u.Kind)
	}
	if got := strings.Join(kinds, " "); got != "GBP/currency lb/mass" {
		t.Errorf("readings of pounds = %q, want money then mass", got)
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "Name n", "" for none
	}{
		{"dollar sign", "$71.10", "USD 1"},
		{"longest sign wins", "US$12.5", "USD 3"},
		{"country after the sign", "$US12.5", "USD 3"},
		{"Australian dollar", "A$5", "AUD 2"},
		{"Australian dollar, sign first", "$A5", "AUD 2"},
		{"Hong Kong dollar", "HK$3", "HKD 3"},
		{"Singapore dollar", "S$4", "SGD 2"},
		{"Canadian dollar", "C$1", "CAD 2"},
		{"ringgit", "RM4.80", "MYR 2"},
		{"rand", "R250", "ZAR 1"},
		{"rupees", "Rs 40", "INR 2"},
		{"ISO code before", "EUR 20", "EUR 3"},
		{"word code against the number", "TRY5", "TRY 3"},
		{"word code across a space is not money", "ALL 5", ""},
		{"zloty sign goes after", "zł5", ""},
		{"ISO code with a dollar sign", "NZD$15", "NZD 4"},
		{"ISO code with a dollar sign in lower case", "usd$", "USD 4"},
		{"no sign", "five", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if u, n, ok := Prefix(tt.text); ok {
				got = u.Name + " " + string(rune('0'+n))
			}
			if got != tt.want {
				t.Errorf("Prefix(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCanonical(t *testing.T) {
	for _, c := range [][2]string{{"kilometre", "km"}, {"km", "km"}, {"Kilometers", "km"},
		{"degrees Celsius", "°C"}, {"US dollars", "USD"}, {"widgets", "widgets"}} {
		if got := Canonical(c[0]); got != c[1] {
			t.Errorf("Canonical(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

func TestStartsPhrase(t *testing.T) {
	for w, want := range map[string]bool{"square": true, "miles": true, "pounds": true, "said": false, "widgets": false} {
		if got := StartsPhrase(w); got != want {
			t.Errorf("StartsPhrase(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestByName(t *testing.T) {
	for _, c := range [][2]string{{"t", "mass"}, {"km", "length"}, {"USD", "currency"}, {"yr", "time"}, {"lb-ft", "torque"}} {
		if u, ok := ByName(c[0]); !ok || u.Kind != c[1] {
			t.Errorf("ByName(%q) = %+v, %v; want kind %s", c[0], u, ok, c[1])
		}
	}
	if _, ok := ByName("tonnes"); ok {
		t.Errorf("ByName(tonnes): a surface is not a name")
	}
}

// TestEveryCurrency checks the generated data against its source: every
// code the ISO list has is there, each with a currency reading.
func TestEveryCurrency(t *testing.T) {
	data, err := os.ReadFile("data/currencies.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 6 && f[0] == f[1] {
			n++
			if us := Lookup(f[0]); len(us) == 0 || us[0].Kind != Currency {
				t.Errorf("code %s has no currency reading", f[0])
			}
		}
	}
	if n < 200 {
		t.Errorf("%d ISO codes, want every ISO 4217 code (over 200)", n)
	}
	if MaxWords() < 3 {
		t.Errorf("MaxWords() = %d, want at least 3 (millimetres of mercury)", MaxWords())
	}
}

// FuzzPrefix: any text, a sign found is a prefix of it.
func FuzzPrefix(f *testing.F) {
	for _, s := range []string{"$5", "US$12.5", "TRY5", "zł", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if u, n, ok := Prefix(s); ok && (n <= 0 || n > len(s) || u.Kind != Currency) {
			t.Fatalf("Prefix(%q) = %v, %d", s, u, n)
		}
		_ = Lookup(s)
	})
}
