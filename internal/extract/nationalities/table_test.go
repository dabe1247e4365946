package nationalities

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/extract/words"
	"github.com/newsfacts/newsfacts/internal/wordlist"
)

// TestNationalityTable checks the embedded table: well-formed rows, a note
// wherever one form names two countries, and every country of the source
// data present.
func TestNationalityTable(t *testing.T) {
	rows := wordlist.Rows(nationalitiesTSV)
	if len(rows) < 400 {
		t.Fatalf("only %d rows", len(rows))
	}
	header := wordlist.Header(nationalitiesTSV)
	if !strings.Contains(header, "mledoze") || !strings.Contains(header, "ODbL") {
		t.Error("header does not name the source and its licence")
	}
	codes := map[string]map[string]string{} // form -> code -> note
	have := map[string]bool{}
	kinds := map[string]bool{"adj": true, "adjp": true, "person": true, "people": true}
	for _, c := range rows {
		form, kind, code, country, group, note := c[0], c[1], c[2], c[3], c[4], c[5]
		if !kinds[kind] {
			t.Errorf("%s: unknown kind %q", form, kind)
		}
		if (code == "") == (group == "") {
			t.Errorf("%s: want exactly one of code %q and group %q", form, code, group)
		}
		if code != "" && country == "" {
			t.Errorf("%s: code %s without a country name", form, code)
		}
		if !words.Capitalised(form) {
			t.Errorf("%s: forms are capitalised", form)
		}
		if codes[form] == nil {
			codes[form] = map[string]string{}
		}
		codes[form][code] = note
		have[code] = true
	}
	for form, cs := range codes {
		if len(cs) < 2 {
			continue
		}
		for code, note := range cs {
			if note == "" {
				t.Errorf("%s maps to %d codes; %s has no note", form, len(cs), code)
			}
		}
	}
	b, err := os.ReadFile(devdata.Path(t, "demonyms-mledoze-countries/countries.json"))
	if err != nil {
		t.Fatal(err)
	}
	var src []struct {
		CCA2     string `json:"cca2"`
		Demonyms map[string]struct {
			M string `json:"m"`
		} `json:"demonyms"`
	}
	if err := json.Unmarshal(b, &src); err != nil {
		t.Fatal(err)
	}
	for _, c := range src {
		if !have[c.CCA2] && c.Demonyms["eng"].M != "" {
			t.Errorf("%s (%s) missing from the table", c.CCA2, c.Demonyms["eng"].M)
		}
	}
}

// TestPlaceWordLists checks the headers and sizes of the place tables the
// entities extractor shares (moved here with the tables).
func TestPlaceWordLists(t *testing.T) {
	if !strings.HasPrefix(nameWordsTXT, "#") || !strings.Contains(strings.SplitN(nameWordsTXT, "\n\n", 2)[0], "newsfacts") &&
		!strings.Contains(nameWordsTXT[:strings.Index(nameWordsTXT, "\n")], "source") {
		t.Error("namewords: no header naming its source")
	}
	n := len(wordlist.Entries(nameWordsTXT))
	if n < 10 {
		t.Errorf("namewords: only %d words", n)
	}
	if !strings.Contains(placesTSV[:400], "mledoze") || !strings.Contains(placesTSV[:400], "GeoNames") {
		t.Error("places.tsv header does not name its sources")
	}
}
