package nationalities_test

import (
	"os"
	"slices"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/article/articletest"
	"github.com/newsfacts/newsfacts/internal/extract/nationalities"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// nat is the part of a facts.Nationality a test row checks.
type nat struct{ text, code, form, group string }

func runNationalities(t *testing.T, text string) []facts.Nationality {
	t.Helper()
	out, err := extract.Run("test", text, extract.Options{Kinds: []string{facts.KindNationalities}})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range out.Nationalities {
		if text[n.Start:n.End] != n.Text {
			t.Errorf("%q: span [%d,%d) is %q, text %q", text, n.Start, n.End, text[n.Start:n.End], n.Text)
		}
	}
	return out.Nationalities
}

func TestNationalities(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []nat
	}{
		{"adjective before a noun", "Hungarian soldiers were wounded.", []nat{{"Hungarian", "HU", "adjective", ""}}},
		{"adjective before a title", "He met Norwegian Prime Minister Jonas Gahr Store.", []nat{{"Norwegian", "NO", "adjective", ""}}},
		{"coordinated adjectives share the noun", "Eleven Italian and 19 Hungarian soldiers were hurt.",
			[]nat{{"Italian", "IT", "adjective", ""}, {"Hungarian", "HU", "adjective", ""}}},
		{"predicative adjective", "The driver was Hungarian.", []nat{{"Hungarian", "HU", "adjective", ""}}},
		{"person after an article", "A Hungarian was arrested.", []nat{{"Hungarian", "HU", "person", ""}}},
		{"person noun", "The Briton won the race.", []nat{{"Briton", "GB", "person", ""}}},
		{"plural people", "Clashes between ethnic Serbs and police.", []nat{{"Serbs", "RS", "people", ""}}},
		{"ethnic keeps the country", "Ethnic Albanians make up most of the population.", []nat{{"Albanians", "AL", "people", ""}}},
		{"the Dutch as a people", "The Dutch voted on Sunday.", []nat{{"Dutch", "NL", "people", ""}}},
		{"Swiss as an adjective", "Swiss banks closed.", []nat{{"Swiss", "CH", "adjective", ""}}},
		{"Serb as an adjective", "Kosovo has a restive Serb minority.", []nat{{"Serb", "RS", "adjective", ""}}},
		{"British and Britons", "British troops and three Britons left.", []nat{{"British", "GB", "adjective", ""}, {"Britons", "GB", "people", ""}}},
		{"Filipina", "A Filipina nurse and two Filipinos arrived.", []nat{{"Filipina", "PH", "person", ""}, {"Filipinos", "PH", "people", ""}}},
		{"Emirati", "Emirati officials said so.", []nat{{"Emirati", "AE", "adjective", ""}}},
		{"Kosovar and Kosovan map to XK", "Kosovar police and Kosovan leaders met.", []nat{{"Kosovar", "XK", "adjective", ""}, {"Kosovan", "XK", "adjective", ""}}},
		{"Saudi", "Saudi forces struck.", []nat{{"Saudi", "SA", "adjective", ""}}},
		{"multi-word: New Zealander", "A New Zealander was killed.", []nat{{"New Zealander", "NZ", "person", ""}}},
		{"multi-word: South Korean", "South Korean troops arrived.", []nat{{"South Korean", "KR", "adjective", ""}}},
		{"multi-word: Sri Lankan", "Sri Lankan workers protested.", []nat{{"Sri Lankan", "LK", "adjective", ""}}},
		{"hyphenated: Serb-dominated", "In the Serb-dominated north.", []nat{{"Serb", "RS", "adjective", ""}}},
		{"hyphenated: Russian-backed", "Russian-backed separatists and Chinese-made drones.", []nat{{"Russian", "RU", "adjective", ""}, {"Chinese", "CN", "adjective", ""}}},
		{"hyphenated: pro- prefix", "A pro-Russian party won.", []nat{{"Russian", "RU", "adjective", ""}}},
		{"case-sensitive: polish", "They polish the floor and eat turkey.", nil},
		{"country names are not nationalities", "China and Chad met Jordan in Turkey.", nil},
		{"organisation name: European Union", "Most European Union nations agreed.", nil},
		{"organisation name: party", "The Serbian Progressive Party won.", nil},
		{"place name: Indian Ocean", "Ships in the Indian Ocean.", nil},
		{"surname after a given name", "The goal was scored by Peter German, who left.", nil},
		{"given name Finn", "Finn Russell kicked the ball.", nil},
		{"group with no country: Kurds", "Kurds and Arabs marched.", []nat{{"Kurds", "", "people", "Kurds"}, {"Arabs", "", "people", "Arabs"}}},
		{"group adjective: European", "European leaders met.", []nat{{"European", "", "adjective", "Europeans"}}},
		{"Congolese without evidence", "Congolese troops crossed.", []nat{{"Congolese", "", "adjective", "Congolese: DR Congo (CD) or Congo (CG)"}}},
		{"Congolese with the DRC named", "Congolese troops crossed from the Democratic Republic of the Congo.", []nat{{"Congolese", "CD", "adjective", ""}}},
		{"Congolese with Brazzaville named", "Congolese police in Brazzaville said.", []nat{{"Congolese", "CG", "adjective", ""}}},
		{"Dominican defaults to the Republic", "Dominican players won.", []nat{{"Dominican", "DO", "adjective", ""}}},
		{"country name starting with a demonym", "The buildup in Saudi Arabia continued.", nil},
		{"former state", "Soviet officials and Yugoslav leaders met.", []nat{{"Soviet", "SU", "adjective", ""}, {"Yugoslav", "YU", "adjective", ""}}},
		{"language, not nationality", "She answered in rapid-fire Spanish.", nil},
		{"airline name", "Korean Air bought planes.", nil},
		{"continental group", "North American sales fell.", []nat{{"North American", "", "adjective", "North Americans"}}},
		{"hyphenated head noun is people", "Hundreds of Cuban-Americans marched.", []nat{{"Cuban", "CU", "adjective", ""}, {"Americans", "US", "people", ""}}},
		{"coordinated with a non-demonym", "He went to war with an Arab and Muslim nation.", []nat{{"Arab", "", "adjective", "Arabs"}}},
		{"apposition is a person", "Officials escorted the Libyan, Atif Issa Enhamed, to the airport.", []nat{{"Libyan", "LY", "person", ""}}},
		{"demonym inside a country name", "The United Arab Emirates and the Central African Republic voted.", nil},
		{"company name", "He paid with American Express.", nil},
		{"national body described by its adjective", "The Soviet Foreign Ministry said.", []nat{{"Soviet", "SU", "adjective", ""}}},
		{"the Vatican is the state", "The Vatican said. Vatican officials agreed.", []nat{{"Vatican", "VA", "adjective", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []nat
			for _, n := range runNationalities(t, tt.text) {
				got = append(got, nat{n.Text, n.Code, n.Form, n.Group})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestNationalitiesSample checks the reference article end to end.
func TestNationalitiesSample(t *testing.T) {
	b, err := os.ReadFile("../../../testdata/kosovo-kfor-2023-05-30.txt")
	if err != nil {
		t.Skip(err)
	}
	var got []string
	for _, n := range runNationalities(t, string(b)) {
		got = append(got, n.Text+"/"+n.Code+"/"+n.Form)
	}
	want := []string{"German/DE/adjective", "Serbs/RS/people", "Norwegian/NO/adjective", "Italian/IT/adjective",
		"Hungarian/HU/adjective", "Hungarian/HU/adjective", "Serb/RS/adjective", "Albanian/AL/adjective",
		"Albanians/AL/people", "Serb/RS/adjective"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func FuzzNationalities(f *testing.F) {
	f.Add("Eleven Italian and 19 Hungarian soldiers in the Serb-dominated north.")
	f.Add("A New Zealander, the Briton and -Russian- South")
	f.Fuzz(func(t *testing.T, s string) {
		out, err := extract.Run("fuzz", s, extract.Options{Kinds: []string{facts.KindNationalities}})
		if err != nil {
			return
		}
		for _, n := range out.Nationalities {
			if n.Start < 0 || n.End > len(s) || s[n.Start:n.End] != n.Text {
				t.Fatalf("bad span %+v", n)
			}
		}
	})
}

// TestPalestinians checks the date rule: Palestine is a state in texts from
// 2012 on; before, Palestinians are a people with no state code.
func TestPalestinians(t *testing.T) {
	for _, tt := range []struct {
		year       int
		code, grou string
	}{{1999, "", "Palestinians"}, {2023, "PS", ""}} {
		ref := time.Date(tt.year, 5, 1, 0, 0, 0, 0, time.UTC)
		out, err := extract.Run("test", "Palestinian officials met.", extract.Options{Kinds: []string{facts.KindNationalities}, Date: &ref})
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Nationalities) != 1 || out.Nationalities[0].Code != tt.code || out.Nationalities[0].Group != tt.grou {
			t.Errorf("%d: got %+v, want code %q group %q", tt.year, out.Nationalities, tt.code, tt.grou)
		}
	}
}

// BenchmarkNationalities is the nationalities extractor alone, on
// documents parsed once.
func BenchmarkNationalities(b *testing.B) {
	articletest.Bench(b, doc.Options{}, func(*article.Article) struct{} { return struct{}{} },
		func(c *article.Article, _ struct{}) { nationalities.Extract(c) })
}
