package conform

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	input := "Kosovo is tense. NATO sent 700 troops."
	good := `{"source":"-","date":null,"date_source":"none",
	 "sentences":[{"index":0,"text":"Kosovo is tense.","start":0,"end":16,"paragraph":0},
	              {"index":1,"text":"NATO sent 700 troops.","start":17,"end":38,"paragraph":0}],
	 "entities":[{"text":"NATO","start":17,"end":21,"sentence":1,"label":"ORG","canonical":"NATO","entity":1}],
	 "numbers":[],"nationalities":[],"dates":[],"quotes":[]}`
	if err := Check(input, []byte(good)); err != nil {
		t.Fatalf("valid document rejected: %v", err)
	}
	bad := map[string]string{
		"offsets do not locate text": strings.Replace(good, `"start":17,"end":21`, `"start":18,"end":22`, 1),
		"unknown label":              strings.Replace(good, `"ORG"`, `"COMPANY"`, 1),
		"missing list":               strings.Replace(good, `"quotes":[]`, `"extra":[]`, 1),
		"null list":                  strings.Replace(good, `"quotes":[]`, `"quotes":null`, 1),
		"wrong sentence":             strings.Replace(good, `"sentence":1,"label"`, `"sentence":0,"label"`, 1),
		"end past input":             strings.Replace(good, `"start":17,"end":38`, `"start":17,"end":99`, 1),
		"entity id missing":          strings.Replace(good, `,"entity":1`, ``, 1),
		"entity id zero":             strings.Replace(good, `"entity":1`, `"entity":0`, 1),
	}
	withQuote := strings.Replace(good, `"quotes":[]`, `"quotes":[{"text":"Kosovo is tense.","start":0,"end":16,"sentence":0,"kind":"direct","cue":"","cue_start":null,"cue_end":null,"speaker":"","speaker_text":"","speaker_start":null,"speaker_end":null,"speaker_label":"","speaker_via":"","speaker_entity":null}]`, 1)
	if err := Check(input, []byte(withQuote)); err != nil {
		t.Errorf("quote with null cue and speaker offsets rejected: %v", err)
	}
	if err := Check(input, []byte(`{"source":"a.txt","error":"binary file (contains NUL bytes)"}`)); err != nil {
		t.Errorf("error record rejected: %v", err)
	}
	bad["error record with facts"] = `{"source":"a.txt","error":"x","sentences":[]}`
	bad["error record without message"] = `{"source":"a.txt","error":""}`
	bad["negative speaker offset"] = strings.Replace(withQuote, `"speaker_start":null`, `"speaker_start":-1`, 1)
	bad["version not a string"] = strings.Replace(good, `"source":"-"`, `"source":"-","newsfacts_version":1`, 1)
	for name, doc := range bad {
		if err := Check(input, []byte(doc)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
