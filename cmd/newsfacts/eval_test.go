package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

const evalGold = "../../internal/eval/testdata/gold-mini.jsonl"

// evalWrong is gold that is wrong on purpose (a value of 701 for "700", a
// quote where there is none), so thresholds fail whatever the extractors do.
const evalWrong = "testdata/eval-wrong.jsonl"

func runMain(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestEvalCommand(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		out, err string // substrings expected
	}{
		{"table of figures", []string{"eval", evalGold}, exitOK, "quotes ", ""},
		{"json report", []string{"eval", "--format", "json", evalGold}, exitOK, `"datasets"`, ""},
		{"threshold met", []string{"eval", "--min", "entities=0", evalGold}, exitOK, "", ""},
		{"threshold failed", []string{"eval", "--min", "quotes=1", evalWrong}, exitFailed, "", "below minimum"},
		{"attribute threshold failed", []string{"eval", "--min", "numbers.value=1.0", evalWrong}, exitFailed, "", "accuracy"},
		{"unknown figure", []string{"eval", "--min", "entitys=0.5", evalGold}, exitUsage, "", "no figure"},
		{"bad threshold", []string{"eval", "--min", "entities", evalGold}, exitUsage, "", "NAME=X"},
		{"no gold", []string{"eval"}, exitUsage, "", "GOLD"},
		{"bad format", []string{"eval", "--format", "csv", evalGold}, exitUsage, "", "--format"},
		{"bad gold format", []string{"eval", "--gold-format", "xml", evalGold}, exitUsage, "", "--gold-format"},
		{"bad timex type", []string{"eval", "--types", "DATE,WHEN", evalGold}, exitUsage, "", "WHEN"},
		{"missing gold file", []string{"eval", "no-such.jsonl"}, exitFailed, "", "no-such.jsonl"},
		{"misaligned gold", []string{"eval", "../../internal/eval/testdata/bad"}, exitFailed, "", "text-mismatch.jsonl:1"},
		{"PolNeAR directory", []string{"eval", "../../internal/eval/testdata/polnear-mini"}, exitOK, "quotes.direct", ""},
		{"slice of the files", []string{"eval", "--slice", "0:0.5", "../../internal/eval/testdata/polnear-mini"}, exitOK, "polnear │ 1 ", ""},
		{"bad slice", []string{"eval", "--slice", "0.8:0.2", evalGold}, exitUsage, "", "--slice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runMain(tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tc.code, errs)
			}
			if !strings.Contains(out, tc.out) {
				t.Errorf("stdout lacks %q:\n%s", tc.out, out)
			}
			if !strings.Contains(errs, tc.err) {
				t.Errorf("stderr lacks %q:\n%s", tc.err, errs)
			}
		})
	}
}

func TestEvalJSONIsDeterministicAndListsErrors(t *testing.T) {
	args := []string{"eval", "--format", "json", "--errors", evalGold, "../../internal/eval/testdata/tbaq-mini.tml"}
	_, first, _ := runMain(args...)
	_, second, _ := runMain(args...)
	if first != second {
		t.Fatalf("two runs differ")
	}
	var rep struct {
		Datasets []struct {
			Format   string
			Problems []struct{ Type, Context string }
		}
	}
	if err := json.Unmarshal([]byte(first), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Datasets) != 2 || rep.Datasets[1].Format != "timeml" {
		t.Fatalf("datasets = %+v", rep.Datasets)
	}
	// The stub date extractor finds nothing: each gold timex is a miss, with
	// its context.
	misses := 0
	for _, p := range rep.Datasets[1].Problems {
		if p.Type == "miss" && strings.Contains(p.Context, "[") {
			misses++
		}
	}
	if misses == 0 && len(rep.Datasets[1].Problems) == 0 {
		t.Errorf("no problems listed for the TimeML gold")
	}
}

func TestRootStillTakesFiles(t *testing.T) {
	code, out, errs := runMain("--only", "sentences", "../../testdata/kosovo-kfor-2023-05-30.txt")
	if code != exitOK || !strings.Contains(out, `"sentences"`) {
		t.Errorf("exit %d, stderr %s", code, errs)
	}
}
