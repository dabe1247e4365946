package specs

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// outDir receives one failure file per suite file, <file>.tsv, and
// summary.txt with the table; it is git-ignored.
const outDir = "out"

// floors are the value+unit agreements the pipeline has reached per suite
// file (agreeing quantities / expected quantities): a change that falls
// below one fails. Raise them as the extractor improves.
var floors = map[string]float64{
	"recognizers/CurrencyModel": 0.89, "recognizers/DimensionModel": 0.91, "recognizers/AgeModel": 0.99,
	"recognizers/TemperatureModel": 0.87, "recognizers/NumberModel": 0.39, "recognizers/PercentModel": 0.44,
	"recognizers/NumberRangeModel": 0.61, "recognizers/OrdinalModel": 0,
	"duckling/Numeral": 0.64, "duckling/AmountOfMoney": 0.72, "duckling/Quantity": 0.52,
	"duckling/Distance": 0.46, "duckling/Volume": 0.57, "duckling/Temperature": 0.78,
}

// TestPeers runs every case of the peers' suites through the pipeline
// (numbers only) and prints value and unit agreement per file:
//
//	go test ./internal/specs -run TestPeers -v
func TestPeers(t *testing.T) {
	if testing.Short() {
		t.Skip("peers' suites: not in -short")
	}
	ms := devdata.Path(t, "ms-recognizers-text-specs-en/Specs")
	duck := devdata.Path(t, "duckling-en-corpus/derived/duckling_en_examples.jsonl")
	type suite struct {
		name  string
		cases func() ([]Case, error)
	}
	var suites []suite
	for _, f := range []string{"NumberWithUnit/English/CurrencyModel", "NumberWithUnit/English/DimensionModel",
		"NumberWithUnit/English/AgeModel", "NumberWithUnit/English/TemperatureModel",
		"Number/English/NumberModel", "Number/English/PercentModel", "Number/English/NumberRangeModel",
		"Number/English/OrdinalModel"} {
		path := filepath.Join(ms, f+".json")
		money := strings.HasSuffix(f, "CurrencyModel")
		suites = append(suites, suite{"recognizers/" + filepath.Base(f), func() ([]Case, error) { return Recognizers(path, money) }})
	}
	for _, d := range []string{"Numeral", "AmountOfMoney", "Quantity", "Distance", "Volume", "Temperature"} {
		suites = append(suites, suite{"duckling/" + d, func() ([]Case, error) { return Duckling(duck, d) }})
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	run := func(text string) ([]facts.Number, error) {
		d, err := extract.Run("spec", text, extract.Options{Kinds: []string{facts.KindNumbers}})
		if err != nil {
			return nil, err
		}
		return d.Numbers, nil
	}
	var table strings.Builder
	fmt.Fprintf(&table, "%-32s %6s %6s %6s %7s %7s %7s %9s\n", "suite file", "cases", "ok", "gold", "found", "value", "unit", "spurious")
	for _, s := range suites {
		cases, err := s.cases()
		if err != nil {
			t.Fatal(err)
		}
		name := strings.ReplaceAll(s.name, "/", "-")
		f, err := os.Create(filepath.Join(outDir, name+".tsv"))
		if err != nil {
			t.Fatal(err)
		}
		sc, err := Run(cases, run, f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		unit := ratio(sc.Unit, sc.Gold)
		fmt.Fprintf(&table, "%-32s %6d %6d %6d %7.3f %7.3f %7.3f %9d\n", s.name, sc.Cases, sc.CasesOK, sc.Gold,
			ratio(sc.Found, sc.Gold), ratio(sc.Value, sc.Gold), unit, sc.Spurious)
		if fl, ok := floors[s.name]; ok && unit < fl {
			t.Errorf("%s: value+unit agreement %.3f, below its floor %.3f (failures in %s/%s.tsv)", s.name, unit, fl, outDir, name)
		}
	}
	t.Log("\n" + table.String())
	if err := os.WriteFile(filepath.Join(outDir, "summary.txt"), []byte(table.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
